package runtime

// GetAttr is getattr(o, name).
func GetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	f := o.Type().GetAttr
	if f == nil {
		f = GenericGetAttr
	}
	return f(ts, o, name)
}

// GetAttrStr is getattr(o, name) for a Go string.
func GetAttrStr(ts *ThreadState, o Object, name string) (Object, error) {
	return GetAttr(ts, o, Intern(name))
}

// LookupAttr is getattr(o, name, None)-like: it returns nil without an error when
// the attribute is missing (AttributeError swallowed).
func LookupAttr(ts *ThreadState, o Object, name string) (Object, error) {
	v, err := GetAttr(ts, o, Intern(name))
	if err != nil {
		if ErrorMatches(err, AttributeErrorType) {
			Decref(err.(*Exception))
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// SetAttr is setattr(o, name, value); a nil value deletes.
func SetAttr(ts *ThreadState, o Object, name *Str, value Object) error {
	f := o.Type().SetAttr
	if f == nil {
		if _, ok := o.(*Type); ok {
			return typeSetAttr(ts, o, name, value)
		}
		return noAttrAssign(o, name.S, value == nil)
	}
	return f(ts, o, name, value)
}

func noAttrAssign(o Object, name string, del bool) error {
	if o.Type().Lookup(name) != nil {
		return NewAttributeError("'%s' object attribute '%s' is read-only", TypeName(o), name)
	}
	return NewAttributeError("'%s' object has no attribute '%s'", TypeName(o), name)
}

// instanceDict returns the __dict__ of objects that have one.
func instanceDict(o Object) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.Dict
	case *Exception:
		if v.Dict == nil {
			v.Dict = NewDict()
		}
		return v.Dict
	case *Module:
		return v.Dict
	case DictHolder:
		return v.InstanceDict()
	}
	return nil
}

// DictHolder is implemented by objects defined outside this package that have
// a __dict__ (functions, for instance).
type DictHolder interface {
	InstanceDict() *Dict
}

// isDataDescr reports whether d defines __set__ (or __delete__).
func isDataDescr(d Object) bool { return d.Type().DescrSet != nil }

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance __dict__, then other descriptors and class attributes.
func GenericGetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	t := o.Type()
	descr := t.Lookup(name.S)
	if descr != nil {
		if dt := descr.Type(); dt.DescrGet != nil && dt.DescrSet != nil {
			return dt.DescrGet(ts, descr, o, t)
		}
	}
	if d := instanceDict(o); d != nil {
		if v := d.GetStr(name.S); v != nil {
			return Xref(v), nil
		}
	}
	if descr != nil {
		if dt := descr.Type(); dt.DescrGet != nil {
			return dt.DescrGet(ts, descr, o, t)
		}
		return Xref(descr), nil
	}
	return nil, attributeError(o, name.S)
}

func attributeError(o Object, name string) error {
	if m, ok := o.(*Module); ok {
		return NewAttributeError("module '%s' has no attribute '%s'", m.Name, name)
	}
	if t, ok := o.(*Type); ok {
		return NewAttributeError("type object '%s' has no attribute '%s'", t.MsgName(), name)
	}
	return NewAttributeError("'%s' object has no attribute '%s'", TypeName(o), name)
}

// GenericSetAttr is object.__setattr__.
func GenericSetAttr(ts *ThreadState, o Object, name *Str, value Object) error {
	t := o.Type()
	if descr := t.Lookup(name.S); descr != nil {
		if set := descr.Type().DescrSet; set != nil {
			return set(ts, descr, o, value)
		}
	}
	if t.slotNames != nil && !t.slotNames[name.S] {
		return attributeError(o, name.S)
	}
	d := instanceDict(o)
	if d == nil {
		return noAttrAssign(o, name.S, value == nil)
	}
	if value == nil {
		if !d.DelStr(name.S) {
			return attributeError(o, name.S)
		}
		return nil
	}
	return d.SetItem(ts, name, value)
}

// bindDescr applies a descriptor's __get__ (if any) for obj/owner.
func bindDescr(ts *ThreadState, descr, obj Object, owner *Type) (Object, error) {
	if g := descr.Type().DescrGet; g != nil {
		return g(ts, descr, obj, owner)
	}
	return Xref(descr), nil
}

// typeGetAttr is type.__getattribute__: the metatype's data descriptors, then
// the class's own MRO (binding descriptors with obj=None), then other metatype
// attributes.
func typeGetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	t := o.(*Type)
	meta := t.Type()
	metaAttr := meta.Lookup(name.S)
	if metaAttr != nil {
		if mt := metaAttr.Type(); mt.DescrGet != nil && mt.DescrSet != nil {
			return mt.DescrGet(ts, metaAttr, t, meta)
		}
	}
	if attr := t.Lookup(name.S); attr != nil {
		if g := attr.Type().DescrGet; g != nil {
			return g(ts, attr, nil, t)
		}
		return Xref(attr), nil
	}
	if metaAttr != nil {
		if g := metaAttr.Type().DescrGet; g != nil {
			return g(ts, metaAttr, t, meta)
		}
		return Xref(metaAttr), nil
	}
	return nil, attributeError(t, name.S)
}

func typeSetAttr(ts *ThreadState, o Object, name *Str, value Object) error {
	t := o.(*Type)
	if t.Flags&FlagHeap == 0 {
		return NewTypeError("cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
	}
	if descr := t.Type().Lookup(name.S); descr != nil {
		if set := descr.Type().DescrSet; set != nil {
			return set(ts, descr, t, value)
		}
	}
	if value == nil {
		if !t.Dict.DelStr(name.S) {
			return attributeError(t, name.S)
		}
	} else if err := t.Dict.SetItem(ts, name, value); err != nil {
		return err
	}
	t.Modified()
	updateSlot(t, name.S)
	return nil
}
