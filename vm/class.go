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
	// Resolve __mro_entries__-free bases and the most derived metaclass.
	var baseTypes []*rt.Type
	for _, b := range bases {
		bt, ok := b.(*rt.Type)
		if !ok {
			return nil, rt.NewTypeError("bases must be types")
		}
		baseTypes = append(baseTypes, bt)
	}
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
