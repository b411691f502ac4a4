package vm

import (
	rt "github.com/minipy/minipy/runtime"
)

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=None,
// **kwds): it runs the class body in a fresh namespace and calls the
// metaclass.
func (vm *VM) buildClass(ts *rt.ThreadState, args []rt.Object, kwnames []string) (rt.Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, rt.NewTypeError("__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, rt.NewTypeError("__build_class__: func must be a function")
	}
	nameObj, ok := args[1].(*rt.Str)
	if !ok {
		return nil, rt.NewTypeError("__build_class__: name is not a string")
	}
	bases := args[2:npos]
	var meta rt.Object
	var kwNames []string
	var kwVals []rt.Object
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	// Replace bases that are not classes by their __mro_entries__ (PEP 560:
	// class C(Generic[T]) derives from Generic), keeping the originals in
	// __orig_bases__; then find the most derived metaclass.
	origBases := bases
	var resolved []rt.Object
	var baseTypes []*rt.Type
	for _, b := range bases {
		if bt, ok := b.(*rt.Type); ok {
			resolved = append(resolved, bt)
			baseTypes = append(baseTypes, bt)
			continue
		}
		me, err := rt.LookupAttr(ts, b, "__mro_entries__")
		if err != nil {
			return nil, err
		}
		if me == nil {
			return nil, rt.NewTypeError("bases must be types")
		}
		ot := rt.NewTupleCopy(origBases)
		entries, err := rt.Call(ts, me, []rt.Object{ot}, nil)
		rt.Decref(ot)
		rt.Decref(me)
		if err != nil {
			return nil, err
		}
		et, ok := entries.(*rt.Tuple)
		if !ok {
			rt.Decref(entries)
			return nil, rt.NewTypeError("__mro_entries__ must return a tuple")
		}
		for _, e := range et.Items {
			bt, ok := e.(*rt.Type)
			if !ok {
				rt.Decref(entries)
				return nil, rt.NewTypeError("bases must be types")
			}
			resolved = append(resolved, bt)
			baseTypes = append(baseTypes, bt)
		}
		defer rt.Decref(entries)
	}
	changedBases := len(resolved) != len(bases)
	for i := range resolved {
		if !changedBases && resolved[i] != bases[i] {
			changedBases = true
		}
	}
	bases = resolved
	if meta == nil {
		if len(baseTypes) > 0 {
			meta = baseTypes[0].Type()
		} else {
			meta = rt.TypeType
		}
	}
	if mt, ok := meta.(*rt.Type); ok {
		winner := mt
		for _, b := range baseTypes {
			bm := b.Type()
			if winner.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(winner) {
				winner = bm
				continue
			}
			return nil, rt.NewTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner
	}
	basesTuple := rt.NewTupleCopy(bases)
	defer rt.Decref(basesTuple)
	// __prepare__
	var ns rt.Object
	if prep, err := rt.LookupAttr(ts, meta, "__prepare__"); err != nil {
		return nil, err
	} else if prep != nil {
		ns, err = rt.Call(ts, prep, append([]rt.Object{nameObj, basesTuple}, kwVals...), kwNames)
		rt.Decref(prep)
		if err != nil {
			return nil, err
		}
	} else {
		ns = rt.NewDict()
	}
	defer rt.Decref(ns)
	if changedBases {
		ob, key := rt.NewTupleCopy(origBases), rt.NewStr("__orig_bases__")
		err := rt.SetItem(ts, ns, key, ob)
		rt.Decref(ob)
		rt.Decref(key)
		if err != nil {
			return nil, err
		}
	}
	// Run the body with ns as its locals.
	f := newFrame(body.code, body.globals, body.builtins, ns)
	vm.initCells(f, body)
	cellObj, err := vm.runFrame(ts, f, nil)
	rt.Decref(f)
	if err != nil {
		return nil, err
	}
	defer rt.Decref(cellObj)
	callArgs := append([]rt.Object{nameObj, basesTuple, ns}, kwVals...)
	cls, err := rt.Call(ts, meta, callArgs, kwNames)
	if err != nil {
		return nil, err
	}
	if cell, ok := cellObj.(*rt.Cell); ok {
		if t, ok := cls.(*rt.Type); ok {
			rt.Incref(t)
			old := cell.Value
			cell.Value = t
			rt.Decref(old)
		}
	}
	if t, ok := cls.(*rt.Type); ok {
		if d, ok := ns.(*rt.Dict); ok {
			d.DelStr("__classcell__")
		}
		t.Dict.DelStr("__classcell__")
	}
	return cls, nil
}
