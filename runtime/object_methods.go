package runtime

import (
	"sort"
	"strings"
)

// object's and type's attributes and methods (CPython's
// Objects/typeobject.c), isinstance/issubclass, dir(), and the typing helper
// types types.UnionType (int | None) and types.GenericAlias (list[int]).

// ---- object ----

func setupObject(t *Type) {
	// Plain object() instances have no __dict__ (heap classes do).
	t.Flags |= FlagNoDict
	t.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
	t.Dict.SetStr("__doc__", NewStr(t.Doc))
	addRawGetSet(t, "__class__", func(ts *ThreadState, o Object) (Object, error) {
		return Xref(o.Type()), nil
	}, objectSetClass)
	addRawGetSet(t, "__dict__", func(ts *ThreadState, o Object) (Object, error) {
		if in, ok := o.(*Instance); ok && in.cls.slotNames != nil {
			// __slots__ without __dict__: the slots live in a hidden dict.
			return nil, NewAttributeError("'%s' object has no attribute '__dict__'", TypeName(o))
		}
		if d := instanceDict(o); d != nil {
			return ExposeDict(d), nil
		}
		return nil, NewAttributeError("'%s' object has no attribute '__dict__'", TypeName(o))
	}, func(ts *ThreadState, o, v Object) error {
		in, ok := o.(*Instance)
		if !ok || in.Dict == nil {
			return NewAttributeError("'%s' object has no attribute '__dict__'", TypeName(o))
		}
		if v == nil {
			return NewTypeError("cannot delete __dict__")
		}
		d, ok := v.(*Dict)
		if !ok {
			return NewTypeError("__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		old := in.Dict
		in.Dict = Xref(d).(*Dict)
		Decref(old)
		return nil
	})
	m := addClassMethod(t, "__init_subclass__", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		name := "object"
		if c, ok := cls.(*Type); ok {
			name = c.Name
		}
		if len(kwnames) > 0 {
			return nil, NewTypeError("%s.__init_subclass__() takes no keyword arguments", name)
		}
		if len(args) > 0 {
			return nil, NewTypeError("%s.__init_subclass__() takes no arguments (%d given)", name, len(args))
		}
		return None, nil
	})
	m.Doc = "This method is called when a class is subclassed."
	addClassMethod(t, "__subclasshook__", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		return NotImplemented, nil
	})
	dir := addMethod(t, "__dir__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("object.__dir__", args, kwnames); err != nil {
			return nil, err
		}
		names, err := objectDir(ts, self)
		if err != nil {
			return nil, err
		}
		return strList(names), nil
	})
	dir.RawSelf = true
	addMethod(t, "__sizeof__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("object.__sizeof__", args, kwnames); err != nil {
			return nil, err
		}
		return NewInt(16), nil
	})
	str := addMethod(t, "__str__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("object.__str__", args, kwnames); err != nil {
			return nil, err
		}
		r, err := Repr(ts, self)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	str.RawSelf = true
	str.slotWrapper = true
	red := addMethod(t, "__reduce_ex__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var proto int
		if err := UnpackPositional(ts, "object.__reduce_ex__", args, kwnames, 1, &proto); err != nil {
			return nil, err
		}
		if f := self.Type().Lookup("__reduce__"); f != nil && f != ObjectType.Dict.GetStr("__reduce__") {
			return callUnbound(ts, f, self)
		}
		return commonReduce(ts, self, proto)
	})
	red.RawSelf = true
	red = addMethod(t, "__reduce__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("object.__reduce__", args, kwnames); err != nil {
			return nil, err
		}
		return commonReduce(ts, self, 0)
	})
	red.RawSelf = true
	gs := addMethod(t, "__getstate__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("object.__getstate__", args, kwnames); err != nil {
			return nil, err
		}
		if d := instanceDict(self); d != nil && d.Len() > 0 {
			return d.Copy(), nil
		}
		return None, nil
	})
	gs.RawSelf = true
}

// objectSetClass is `obj.__class__ = cls` for instances of compatible
// heap classes.
func objectSetClass(ts *ThreadState, o, v Object) error {
	if v == nil {
		return NewTypeError("can't delete __class__ attribute")
	}
	nt, ok := v.(*Type)
	if !ok {
		return NewTypeError("__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	in, ok := o.(*Instance)
	if !ok || in.cls.Flags&FlagHeap == 0 || nt.Flags&FlagHeap == 0 {
		return NewTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if nt.layout() != in.cls.layout() || (nt.Flags&FlagNoDict) != (in.cls.Flags&FlagNoDict) {
		return NewTypeError("__class__ assignment: '%s' object layout differs from '%s'", nt.Name, in.cls.Name)
	}
	old := in.cls
	Incref(nt)
	in.cls = nt
	Decref(old)
	return nil
}

// mergeClassDict adds the attribute names of cls and its bases.
func mergeClassDict(names map[string]bool, cls *Type) {
	for _, k := range cls.Dict.Keys() {
		if s, ok := k.(*Str); ok {
			// object's __dict__ descriptor serves every class here; CPython
			// lists it only for classes whose instances have a dict.
			if cls == ObjectType && s.S == "__dict__" {
				continue
			}
			names[s.S] = true
		}
	}
	if cls.Flags&FlagHeap != 0 && cls.Flags&FlagNoDict == 0 {
		names["__dict__"] = true
		names["__weakref__"] = true
	}
	if cls == BaseExceptionType {
		names["__dict__"] = true
	}
	for _, b := range cls.Bases {
		mergeClassDict(names, b)
	}
}

// commonReduce is object.__reduce_ex__'s default: copyreg's protocol.
func commonReduce(ts *ThreadState, self Object, proto int) (Object, error) {
	if ts.Interp == nil || ts.Interp.Exec == nil {
		return nil, NewTypeError("cannot pickle '%s' object", TypeName(self))
	}
	copyreg, err := ts.Interp.Exec.Import(ts, "copyreg", nil, nil, 0)
	if err != nil {
		return nil, err
	}
	defer Decref(copyreg)
	if proto < 2 {
		f, err := GetAttrStr(ts, copyreg, "_reduce_ex")
		if err != nil {
			return nil, err
		}
		defer Decref(f)
		p := NewInt(int64(proto))
		defer Decref(p)
		return Call(ts, f, []Object{self, p}, nil)
	}
	newobj, err := GetAttrStr(ts, copyreg, "__newobj__")
	if err != nil {
		return nil, err
	}
	args := []Object{self.Type()}
	if f := self.Type().Lookup("__getnewargs__"); f != nil {
		r, err := callUnbound(ts, f, self)
		if err != nil {
			Decref(newobj)
			return nil, err
		}
		t, ok := r.(*Tuple)
		if !ok {
			Decref(newobj)
			Decref(r)
			return nil, NewTypeError("__getnewargs__ should return a tuple, not '%s'", TypeName(r))
		}
		args = append(args, t.Items...)
		defer Decref(r)
	}
	newargs := NewTupleCopy(args)
	state, err := CallMethod(ts, self, "__getstate__")
	if err != nil {
		Decref(newobj)
		Decref(newargs)
		return nil, err
	}
	var listitems, dictitems Object = None, None
	if _, ok := asList(self); ok {
		if listitems, err = GetIter(ts, self); err != nil {
			return nil, err
		}
	}
	if _, ok := asDict(self); ok {
		items, err := CallMethod(ts, self, "items")
		if err != nil {
			return nil, err
		}
		dictitems, err = GetIter(ts, items)
		Decref(items)
		if err != nil {
			return nil, err
		}
	}
	return NewTuple([]Object{newobj, newargs, state, listitems, dictitems}), nil
}

func sortedNames(names map[string]bool) []string {
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// objectDir is object.__dir__: the instance dict's keys plus the class's
// attributes.
func objectDir(ts *ThreadState, o Object) ([]string, error) {
	if m, ok := o.(*Module); ok {
		return moduleDir(ts, m)
	}
	names := map[string]bool{}
	if d := instanceDict(o); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.S] = true
			}
		}
	}
	cls := o.Type()
	if c, err := LookupAttr(ts, o, "__class__"); err == nil && c != nil {
		if ct, ok := c.(*Type); ok {
			cls = ct
		}
		Decref(c)
	}
	mergeClassDict(names, cls)
	return sortedNames(names), nil
}

// moduleDir is module.__dir__: the module's __dir__ function if it defines
// one, else the names in its namespace.
func moduleDir(ts *ThreadState, m *Module) ([]string, error) {
	if f := m.Dict.GetStr("__dir__"); f != nil {
		r, err := Call(ts, f, nil, nil)
		if err != nil {
			return nil, err
		}
		defer Decref(r)
		items, err := ToSlice(ts, r)
		if err != nil {
			return nil, err
		}
		defer DecrefAll(items)
		out := make([]string, 0, len(items))
		for _, x := range items {
			s, ok := asStr(x)
			if !ok {
				return nil, NewTypeError("__dir__() must return an iterable of str, not %s", TypeName(x))
			}
			out = append(out, s.S)
		}
		sort.Strings(out)
		return out, nil
	}
	names := map[string]bool{}
	for _, k := range m.Dict.Keys() {
		if s, ok := k.(*Str); ok {
			names[s.S] = true
		}
	}
	return sortedNames(names), nil
}

// Dir is dir(obj): the sorted result of type(obj).__dir__(obj).
func Dir(ts *ThreadState, obj Object) ([]string, error) {
	f := obj.Type().Lookup("__dir__")
	if f == nil {
		return objectDir(ts, obj)
	}
	if md, ok := f.(*MethodDescr); ok && md.Owner == ObjectType {
		return objectDir(ts, obj)
	}
	if md, ok := f.(*MethodDescr); ok && md.Owner == TypeType {
		if t, ok := obj.(*Type); ok {
			names := map[string]bool{}
			mergeClassDict(names, t)
			return sortedNames(names), nil
		}
	}
	r, err := callUnbound(ts, f, obj)
	if err != nil {
		return nil, err
	}
	defer Decref(r)
	items, err := ToSlice(ts, r)
	if err != nil {
		return nil, err
	}
	defer DecrefAll(items)
	out := make([]string, 0, len(items))
	for _, x := range items {
		s, ok := asStr(x)
		if !ok {
			return nil, NewTypeError("__dir__() must return an iterable of str, not %s", TypeName(x))
		}
		out = append(out, s.S)
	}
	sort.Strings(out)
	return out, nil
}

// ---- type ----

func typeOf(o Object) *Type { return o.(*Type) }

func heapOnly(t *Type, attr string) error {
	if t.Flags&FlagHeap == 0 {
		return NewTypeError("cannot set '%s' attribute of immutable type '%s'", attr, t.Name)
	}
	return nil
}

// typeDoc is type.__doc__: the class's own __doc__ entry (descriptors are
// bound with no instance), else the built-in docstring.
func typeDoc(ts *ThreadState, t *Type) (Object, error) {
	if d := t.Dict.GetStr("__doc__"); d != nil {
		if g := d.Type().DescrGet; g != nil {
			return g(ts, d, nil, t)
		}
		return Xref(d), nil
	}
	if t.Doc != "" {
		return NewStr(t.Doc), nil
	}
	return None, nil
}

func setupType(t *Type) {
	t.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
	GetSetDescrType.Repr = func(ts *ThreadState, o Object) (string, error) {
		g := o.(*GetSetDescr)
		return "<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
	}
	addRawGetSet(t, "__name__", func(ts *ThreadState, o Object) (Object, error) {
		return NewStr(typeOf(o).Name), nil
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__name__"); err != nil {
			return err
		}
		s, ok := asStr(v)
		if !ok {
			if v == nil {
				return NewTypeError("cannot delete '__name__' attribute of immutable type '%s'", ty.Name)
			}
			return NewTypeError("can only assign string to %s.__name__, not '%s'", ty.Name, TypeName(v))
		}
		if strings.IndexByte(s.S, 0) >= 0 {
			return NewValueError("type name must not contain null characters")
		}
		ty.Name = s.S
		return nil
	})
	addRawGetSet(t, "__qualname__", func(ts *ThreadState, o Object) (Object, error) {
		return NewStr(typeOf(o).QualName), nil
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__qualname__"); err != nil {
			return err
		}
		s, ok := asStr(v)
		if !ok {
			return NewTypeError("can only assign string to %s.__qualname__, not '%s'", ty.Name, TypeName(propOrNone(v)))
		}
		ty.QualName = s.S
		return nil
	})
	addRawGetSet(t, "__module__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		if ty.Flags&FlagHeap != 0 {
			if m := ty.Dict.GetStr("__module__"); m != nil {
				return Xref(m), nil
			}
			return nil, NewAttributeError("__module__")
		}
		if ty.Module == "" {
			return NewStr("builtins"), nil
		}
		return NewStr(ty.Module), nil
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__module__"); err != nil {
			return err
		}
		if v == nil {
			return NewTypeError("cannot delete '__module__' attribute of immutable type '%s'", ty.Name)
		}
		ty.Dict.SetStr("__module__", v)
		if s, ok := asStr(v); ok {
			ty.Module = s.S
		}
		ty.Modified()
		return nil
	})
	addRawGetSet(t, "__doc__", func(ts *ThreadState, o Object) (Object, error) {
		return typeDoc(ts, typeOf(o))
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__doc__"); err != nil {
			return err
		}
		if v == nil {
			ty.Dict.DelStr("__doc__")
		} else {
			ty.Dict.SetStr("__doc__", v)
		}
		ty.Modified()
		return nil
	})
	addRawGetSet(t, "__bases__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		items := make([]Object, len(ty.Bases))
		for i, b := range ty.Bases {
			items[i] = b
		}
		return NewTupleCopy(items), nil
	}, nil)
	addRawGetSet(t, "__base__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		if ty.Base == nil {
			return None, nil
		}
		return Xref(ty.Base), nil
	}, nil)
	addRawGetSet(t, "__mro__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		items := make([]Object, len(ty.MRO))
		for i, b := range ty.MRO {
			items[i] = b
		}
		return NewTupleCopy(items), nil
	}, nil)
	addRawGetSet(t, "__dict__", func(ts *ThreadState, o Object) (Object, error) {
		return NewMappingProxy(typeOf(o).Dict), nil
	}, nil)
	addRawGetSet(t, "__abstractmethods__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		if ty != TypeType {
			if v := ty.Dict.GetStr("__abstractmethods__"); v != nil {
				return Xref(v), nil
			}
		}
		return nil, NewAttributeError("__abstractmethods__")
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__abstractmethods__"); err != nil {
			return err
		}
		abstract := false
		if v == nil {
			if !ty.Dict.DelStr("__abstractmethods__") {
				return NewAttributeError("__abstractmethods__")
			}
		} else {
			b, err := Truth(ts, v)
			if err != nil {
				return err
			}
			abstract = b
			ty.Dict.SetStr("__abstractmethods__", v)
		}
		if abstract {
			ty.Flags |= FlagAbstract
		} else {
			ty.Flags &^= FlagAbstract
		}
		ty.Modified()
		return nil
	})
	addRawGetSet(t, "__annotations__", func(ts *ThreadState, o Object) (Object, error) {
		ty := typeOf(o)
		if v := ty.Dict.GetStr("__annotations__"); v != nil {
			if g := v.Type().DescrGet; g != nil {
				return g(ts, v, nil, ty)
			}
			return Xref(v), nil
		}
		if ty.Flags&FlagHeap == 0 {
			return nil, NewAttributeError("type object '%s' has no attribute '__annotations__'", ty.Name)
		}
		d := NewDict()
		ty.Dict.SetStr("__annotations__", d)
		ty.Modified()
		return d, nil
	}, func(ts *ThreadState, o, v Object) error {
		ty := typeOf(o)
		if err := heapOnly(ty, "__annotations__"); err != nil {
			return err
		}
		if v == nil {
			if !ty.Dict.DelStr("__annotations__") {
				return NewAttributeError("__annotations__")
			}
		} else {
			ty.Dict.SetStr("__annotations__", v)
		}
		ty.Modified()
		return nil
	})
	raw := func(name string, fn MethodFn) {
		m := addMethod(t, name, fn)
		m.RawSelf = true
	}
	raw("mro", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("type.mro", args, kwnames); err != nil {
			return nil, err
		}
		ty := typeOf(self)
		mro := ty.MRO
		if mro == nil {
			var err error
			if mro, err = computeMRO(ty); err != nil {
				return nil, err
			}
		}
		items := make([]Object, len(mro))
		for i, b := range mro {
			items[i] = b
		}
		return NewListCopy(items), nil
	})
	raw("__subclasses__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("type.__subclasses__", args, kwnames); err != nil {
			return nil, err
		}
		ty := typeOf(self)
		items := make([]Object, 0, len(ty.subclasses))
		seen := map[*Type]bool{}
		for _, s := range ty.subclasses {
			if !seen[s] {
				seen[s] = true
				items = append(items, s)
			}
		}
		return NewListCopy(items), nil
	})
	raw("__instancecheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		inst, err := OneArg("type.__instancecheck__", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := objectIsInstance(ts, inst, self)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	})
	raw("__subclasscheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		sub, err := OneArg("type.__subclasscheck__", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := recursiveIsSubclass(ts, sub, self)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	})
	raw("__dir__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		names := map[string]bool{}
		mergeClassDict(names, typeOf(self))
		return strList(sortedNames(names)), nil
	})
	raw("__sizeof__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewInt(920), nil
	})
	addClassGetItem(t)
	addClassMethod(t, "__prepare__", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		return NewDict(), nil
	})
}

// ---- isinstance / issubclass ----

// checkClass reports whether o looks like a class (has a tuple __bases__).
func checkClass(ts *ThreadState, o Object) bool {
	if _, ok := o.(*Type); ok {
		return true
	}
	b, err := LookupAttr(ts, o, "__bases__")
	if err != nil {
		Decref(err.(*Exception))
		return false
	}
	if b == nil {
		return false
	}
	defer Decref(b)
	_, ok := b.(*Tuple)
	return ok
}

// abstractGetBases returns cls.__bases__ if it is a tuple.
func abstractGetBases(ts *ThreadState, cls Object) *Tuple {
	b, err := LookupAttr(ts, cls, "__bases__")
	if err != nil {
		Decref(err.(*Exception))
		return nil
	}
	if t, ok := b.(*Tuple); ok {
		return t
	}
	Decref(b)
	return nil
}

func abstractIsSubclass(ts *ThreadState, derived, cls Object) (bool, error) {
	for {
		if derived == cls {
			return true, nil
		}
		bases := abstractGetBases(ts, derived)
		if bases == nil {
			return false, nil
		}
		n := len(bases.Items)
		if n == 0 {
			Decref(bases)
			return false, nil
		}
		if n == 1 {
			derived = bases.Items[0]
			Decref(bases)
			continue
		}
		for _, b := range bases.Items {
			r, err := abstractIsSubclass(ts, b, cls)
			if err != nil || r {
				Decref(bases)
				return r, err
			}
		}
		Decref(bases)
		return false, nil
	}
}

// objectIsInstance is type.__instancecheck__ (object_isinstance).
func objectIsInstance(ts *ThreadState, inst, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok {
		if inst.Type().IsSubtype(t) {
			return true, nil
		}
		icls, err := LookupAttr(ts, inst, "__class__")
		if err != nil {
			return false, err
		}
		if icls != nil {
			defer Decref(icls)
			if ic, ok := icls.(*Type); ok && ic != inst.Type() {
				return ic.IsSubtype(t), nil
			}
		}
		return false, nil
	}
	if !checkClass(ts, cls) {
		return false, NewTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	icls, err := LookupAttr(ts, inst, "__class__")
	if err != nil || icls == nil {
		return false, err
	}
	defer Decref(icls)
	return abstractIsSubclass(ts, icls, cls)
}

// recursiveIsSubclass is type.__subclasscheck__.
func recursiveIsSubclass(ts *ThreadState, derived, cls Object) (bool, error) {
	if d, ok := derived.(*Type); ok {
		if c, ok := cls.(*Type); ok {
			return d.IsSubtype(c), nil
		}
	}
	if !checkClass(ts, derived) {
		return false, NewTypeError("issubclass() arg 1 must be a class")
	}
	if _, ok := cls.(*Union); !ok && !checkClass(ts, cls) {
		return false, NewTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return abstractIsSubclass(ts, derived, cls)
}

// specialChecker finds __instancecheck__/__subclasscheck__ on cls's type
// unless it is type's own (whose behaviour is known).
func specialChecker(cls Object, name string) Object {
	f := cls.Type().Lookup(name)
	if md, ok := f.(*MethodDescr); ok && md.Owner == TypeType {
		return nil
	}
	return f
}

// IsInstanceOf is isinstance(obj, cls): cls may be a type, a tuple (nested)
// of classes, a union, or any object whose type defines __instancecheck__.
func IsInstanceOf(ts *ThreadState, obj, cls Object) (bool, error) {
	if obj.Type() == cls {
		return true, nil
	}
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		return objectIsInstance(ts, obj, cls)
	}
	return classCheck(ts, obj, cls, "__instancecheck__", IsInstanceOf, objectIsInstance)
}

// IsSubclassOf is issubclass(derived, cls).
func IsSubclassOf(ts *ThreadState, derived, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		if derived == cls {
			return true, nil
		}
		return recursiveIsSubclass(ts, derived, cls)
	}
	return classCheck(ts, derived, cls, "__subclasscheck__", IsSubclassOf, recursiveIsSubclass)
}

// classCheck is what isinstance and issubclass share (CPython's
// object_isinstance/object_issubclass): a tuple or union of classes is
// checked item by item with self, a class whose metaclass defines dunder
// (__instancecheck__ / __subclasscheck__) decides, anything else is checked
// directly.
func classCheck(ts *ThreadState, x, cls Object, dunder string,
	self, direct func(ts *ThreadState, x, cls Object) (bool, error)) (bool, error) {
	if u, ok := cls.(*Union); ok {
		cls = u.Args
	}
	if tup, ok := cls.(*Tuple); ok {
		if err := ts.EnterRecursive(" in " + dunder); err != nil {
			return false, err
		}
		defer ts.LeaveRecursive()
		for _, item := range tup.Items {
			r, err := self(ts, x, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if checker := specialChecker(cls, dunder); checker != nil {
		if err := ts.EnterRecursive(" in " + dunder); err != nil {
			return false, err
		}
		r, err := callUnbound(ts, checker, cls, x)
		ts.LeaveRecursive()
		if err != nil {
			return false, err
		}
		defer Decref(r)
		return Truth(ts, r)
	}
	return direct(ts, x, cls)
}

// InitSubclass calls super(t, t).__init_subclass__(**kwargs) for a newly
// created class t, as type.__new__ does after __set_name__. args holds the
// keyword values named by kwnames.
func InitSubclass(ts *ThreadState, t *Type, args []Object, kwnames []string) error {
	if len(t.MRO) < 2 {
		return nil
	}
	for _, base := range t.MRO[1:] {
		f := base.Dict.GetStr("__init_subclass__")
		if f == nil {
			continue
		}
		bound, err := bindDescr(ts, f, nil, t)
		if err != nil {
			return err
		}
		r, err := Call(ts, bound, args, kwnames)
		Decref(bound)
		if err != nil {
			return err
		}
		Decref(r)
		return nil
	}
	return nil
}

// ---- types.UnionType ----

// Union is the result of `X | Y` on types (types.UnionType).
type Union struct {
	Header
	Args *Tuple
}

var UnionType = NewBuiltinType("UnionType", nil)

func (u *Union) Type() *Type { return UnionType }

func isUnionable(o Object) bool {
	switch o.(type) {
	case *NoneType, *Type, *Union, *GenericAlias:
		return true
	}
	return false
}

// NewUnion returns a | b for types, None, unions and generic aliases, or
// NotImplemented for other operands.
func NewUnion(a, b Object) Object {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented
	}
	var args []Object
	add := func(o Object) {
		if o == None {
			o = NoneTypeType
		}
		for _, x := range args {
			if x == o {
				return
			}
			if ga, ok := x.(*GenericAlias); ok {
				if gb, ok := o.(*GenericAlias); ok && genericAliasEqual(ga, gb) {
					return
				}
			}
		}
		args = append(args, o)
	}
	for _, o := range []Object{a, b} {
		if u, ok := o.(*Union); ok {
			for _, x := range u.Args.Items {
				add(x)
			}
		} else {
			add(o)
		}
	}
	if len(args) == 1 {
		return Xref(args[0])
	}
	return &Union{Header: fresh(), Args: NewTupleCopy(args)}
}

// typeArgRepr renders a type argument as typing does: builtins by name,
// others as module.qualname, None as None.
func typeArgRepr(ts *ThreadState, o Object) (string, error) {
	if o == Object(NoneTypeType) || o == None {
		return "None", nil
	}
	if o == Ellipsis {
		return "...", nil
	}
	if t, ok := o.(*Type); ok {
		return t.FullName(), nil
	}
	return Repr(ts, o)
}

func unionRepr(ts *ThreadState, o Object) (string, error) {
	u := o.(*Union)
	parts := make([]string, len(u.Args.Items))
	for i, x := range u.Args.Items {
		s, err := typeArgRepr(ts, x)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, " | "), nil
}

func unionCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := a.(*Union)
	y, ok2 := b.(*Union)
	if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	sa, err := NewFrozenSetFromIterable(ts, x.Args)
	if err != nil {
		return nil, err
	}
	defer Decref(sa)
	sb, err := NewFrozenSetFromIterable(ts, y.Args)
	if err != nil {
		return nil, err
	}
	defer Decref(sb)
	return setCompare(ts, sa, sb, op)
}

func setupUnion() {
	t := UnionType
	t.Module = "types"
	t.Base = ObjectType
	t.Bases = []*Type{ObjectType}
	t.Repr = unionRepr
	t.Compare = unionCompare
	t.Hash = func(ts *ThreadState, o Object) (int64, error) {
		fs, err := NewFrozenSetFromIterable(ts, o.(*Union).Args)
		if err != nil {
			return 0, err
		}
		defer Decref(fs)
		return fs.frozenHash(), nil
	}
	t.Binary = func(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
		if op != OpOr {
			return NotImplemented, nil
		}
		return NewUnion(a, b), nil
	}
	t.Dealloc = func(o Object) { Decref(o.(*Union).Args) }
	addMember(t, "__args__", func(o Object) Object { return o.(*Union).Args })
	addGetSet(t, "__parameters__", func(ts *ThreadState, o Object) (Object, error) { return NewTuple(nil), nil }, nil)
	addMethod(t, "__instancecheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("__instancecheck__", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := IsInstanceOf(ts, x, self.(*Union).Args)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	})
	addMethod(t, "__subclasscheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("__subclasscheck__", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := IsSubclassOf(ts, x, self.(*Union).Args)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	})
	t.Ready()
}

// ---- types.GenericAlias ----

// GenericAlias is a parameterized builtin class such as list[int].
type GenericAlias struct {
	Header
	Origin Object
	Args   *Tuple
}

var GenericAliasType = NewBuiltinType("GenericAlias", nil)

func (g *GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin, args Object) *GenericAlias {
	var t *Tuple
	if tt, ok := args.(*Tuple); ok {
		t = Xref(tt).(*Tuple)
	} else {
		t = NewTupleCopy([]Object{args})
	}
	return &GenericAlias{Header: fresh(), Origin: Xref(origin), Args: t}
}

// addClassGetItem gives a built-in class list[int]-style subscription.
func addClassGetItem(t *Type) {
	addClassMethod(t, "__class_getitem__", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		item, err := OneArg(t.Name+".__class_getitem__", args, kwnames)
		if err != nil {
			return nil, err
		}
		return NewGenericAlias(cls, item), nil
	})
}

func genericAliasEqual(a, b *GenericAlias) bool {
	if a.Origin != b.Origin || len(a.Args.Items) != len(b.Args.Items) {
		return false
	}
	for i, x := range a.Args.Items {
		y := b.Args.Items[i]
		if x == y {
			continue
		}
		xa, ok1 := x.(*GenericAlias)
		ya, ok2 := y.(*GenericAlias)
		if !ok1 || !ok2 || !genericAliasEqual(xa, ya) {
			return false
		}
	}
	return true
}

func genericAliasRepr(ts *ThreadState, o Object) (string, error) {
	g := o.(*GenericAlias)
	origin, err := typeArgRepr(ts, g.Origin)
	if err != nil {
		return "", err
	}
	if len(g.Args.Items) == 0 {
		return origin + "[()]", nil
	}
	parts := make([]string, len(g.Args.Items))
	for i, x := range g.Args.Items {
		var s string
		if l, ok := x.(*List); ok {
			sub := make([]string, len(l.Items))
			for j, y := range l.Items {
				if sub[j], err = typeArgRepr(ts, y); err != nil {
					return "", err
				}
			}
			s = "[" + strings.Join(sub, ", ") + "]"
		} else if s, err = typeArgRepr(ts, x); err != nil {
			return "", err
		}
		parts[i] = s
	}
	return origin + "[" + strings.Join(parts, ", ") + "]", nil
}

func setupGenericAlias() {
	t := GenericAliasType
	t.Module = "types"
	t.Base = ObjectType
	t.Bases = []*Type{ObjectType}
	t.Repr = genericAliasRepr
	t.Dealloc = func(o Object) {
		g := o.(*GenericAlias)
		Decref(g.Origin)
		Decref(g.Args)
	}
	t.Call = func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return Call(ts, self.(*GenericAlias).Origin, args, kwnames)
	}
	t.Compare = func(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
		x, ok1 := a.(*GenericAlias)
		y, ok2 := b.(*GenericAlias)
		if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		return NewBool(genericAliasEqual(x, y) == (op == CmpEq)), nil
	}
	t.Hash = func(ts *ThreadState, o Object) (int64, error) {
		g := o.(*GenericAlias)
		h1, err := Hash(ts, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(ts, g.Args)
		if err != nil {
			return 0, err
		}
		return h1 ^ h2, nil
	}
	t.Binary = func(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
		if op != OpOr {
			return NotImplemented, nil
		}
		return NewUnion(a, b), nil
	}
	t.GetAttr = func(ts *ThreadState, o Object, name *Str) (Object, error) {
		g := o.(*GenericAlias)
		switch name.S {
		case "__origin__":
			return Xref(g.Origin), nil
		case "__args__":
			return Xref(g.Args), nil
		case "__parameters__":
			return NewTuple(nil), nil
		case "__class__":
			return Xref(GenericAliasType), nil
		case "__unpacked__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
			"__reduce__", "__copy__", "__deepcopy__":
			return GenericGetAttr(ts, o, name)
		}
		// Everything else is looked up on the origin class, as CPython's
		// ga_getattro does (list[int].__name__ == 'list').
		return GetAttr(ts, g.Origin, name)
	}
	addMethod(t, "__mro_entries__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewTupleCopy([]Object{self.(*GenericAlias).Origin}), nil
	})
	addMethod(t, "__instancecheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return nil, NewTypeError("isinstance() argument 2 cannot be a parameterized generic")
	})
	addMethod(t, "__subclasscheck__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return nil, NewTypeError("issubclass() argument 2 cannot be a parameterized generic")
	})
	t.Ready()
}

// readyExtraTypes wires the types that are not in types.go's lists:
// iterators, dict views, mappingproxy, unions and generic aliases. It runs
// at the end of the package's type initialisation.
func readyExtraTypes() {
	setupDictViews()
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.Ready()
	}
	setupMappingProxy()
	setupIteratorTypes()
	setupUnion()
	setupGenericAlias()
}
