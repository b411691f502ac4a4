package runtime

// property, classmethod and staticmethod (CPython's Objects/descrobject.c
// and funcobject.c).

func propOrNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func isNoneOrNil(o Object) bool { return o == nil || o == None }

func propertyNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	return &Property{Header: fresh(), Fget: None, Fset: None, Fdel: None, Doc: None}, nil
}

// docOf returns fget.__doc__ (a new reference), or nil.
func docOf(ts *ThreadState, f Object) (Object, error) {
	if isNoneOrNil(f) {
		return nil, nil
	}
	d, err := LookupAttr(ts, f, "__doc__")
	if err != nil {
		return nil, err
	}
	return d, nil
}

func setPropertyFields(ts *ThreadState, p *Property, fget, fset, fdel, doc Object) error {
	old := []Object{p.Fget, p.Fset, p.Fdel, p.Doc}
	p.Fget, p.Fset, p.Fdel = Xref(propOrNone(fget)), Xref(propOrNone(fset)), Xref(propOrNone(fdel))
	if isNoneOrNil(doc) {
		d, err := docOf(ts, fget)
		if err != nil {
			return err
		}
		if d == nil {
			d = None
		}
		p.Doc = d
	} else {
		p.Doc = Xref(doc)
	}
	for _, o := range old {
		if o != nil {
			Decref(o)
		}
	}
	return nil
}

func propertyInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	var fget, fset, fdel, doc Object
	if err := UnpackArgs(ts, "property", args, kwnames, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
		return err
	}
	return setPropertyFields(ts, self.(*Property), fget, fset, fdel, doc)
}

// NewProperty is property(fget, fset, fdel, doc) (nil parts are None).
func NewProperty(ts *ThreadState, fget, fset, fdel, doc Object) (*Property, error) {
	p := &Property{Header: fresh()}
	if err := setPropertyFields(ts, p, fget, fset, fdel, doc); err != nil {
		Decref(p)
		return nil, err
	}
	return p, nil
}

func propertyDealloc(o Object) {
	p := o.(*Property)
	for _, x := range []Object{p.Fget, p.Fset, p.Fdel, p.Doc} {
		if x != nil {
			Decref(x)
		}
	}
	p.Fget, p.Fset, p.Fdel, p.Doc = nil, nil, nil, nil
}

// propertyCopy is property.getter/setter/deleter: a copy of p (of the same
// type) with one function replaced.
func propertyCopy(ts *ThreadState, self Object, which int, fn Object) (Object, error) {
	p := Unwrap(self).(*Property)
	fget, fset, fdel := p.Fget, p.Fset, p.Fdel
	switch which {
	case 0:
		fget = fn
	case 1:
		fset = fn
	case 2:
		fdel = fn
	}
	doc := p.Doc
	if which == 0 {
		// A docstring taken from the old getter follows the new getter.
		if od, err := docOf(ts, p.Fget); err == nil && od != nil {
			if od == p.Doc {
				doc = None
			}
			Decref(od)
		}
	}
	t := self.Type()
	var r Object
	var err error
	if t == PropertyType {
		var np *Property
		np, err = NewProperty(ts, fget, fset, fdel, doc)
		if np != nil {
			np.Name = p.Name
			r = np
		}
	} else {
		r, err = Call(ts, t, []Object{propOrNone(fget), propOrNone(fset), propOrNone(fdel), propOrNone(doc)}, nil)
	}
	return r, err
}

func isAbstract(ts *ThreadState, f Object) (bool, error) {
	if isNoneOrNil(f) {
		return false, nil
	}
	v, err := LookupAttr(ts, f, "__isabstractmethod__")
	if err != nil || v == nil {
		return false, err
	}
	defer Decref(v)
	return Truth(ts, v)
}

func setupProperty(t *Type) {
	t.New = propertyNew
	t.Init = propertyInit
	// Subclass instances (class cached(property)) carry the property in
	// Instance.Base.
	t.DescrGet = func(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
		if _, ok := self.(*Property); !ok && obj == nil {
			return Xref(self), nil
		}
		return propertyGet(ts, Unwrap(self), obj, owner)
	}
	t.DescrSet = func(ts *ThreadState, self, obj, value Object) error {
		return propertySet(ts, Unwrap(self), obj, value)
	}
	t.Dealloc = propertyDealloc
	t.Doc = "Property attribute."
	addMember(t, "fget", func(o Object) Object { return propOrNone(o.(*Property).Fget) })
	addMember(t, "fset", func(o Object) Object { return propOrNone(o.(*Property).Fset) })
	addMember(t, "fdel", func(o Object) Object { return propOrNone(o.(*Property).Fdel) })
	addGetSet(t, "__doc__", func(ts *ThreadState, o Object) (Object, error) {
		return Xref(propOrNone(o.(*Property).Doc)), nil
	}, func(ts *ThreadState, o, v Object) error {
		p := o.(*Property)
		old := p.Doc
		if v == nil {
			v = None
		}
		p.Doc = Xref(v)
		if old != nil {
			Decref(old)
		}
		return nil
	})
	addGetSet(t, "__isabstractmethod__", func(ts *ThreadState, o Object) (Object, error) {
		p := o.(*Property)
		for _, f := range []Object{p.Fget, p.Fset, p.Fdel} {
			ab, err := isAbstract(ts, f)
			if err != nil {
				return nil, err
			}
			if ab {
				return True, nil
			}
		}
		return False, nil
	}, nil)
	for i, name := range []string{"getter", "setter", "deleter"} {
		i, name := i, name
		m := addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			fn, err := OneArg("property."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			return propertyCopy(ts, self, i, fn)
		})
		m.RawSelf = true
	}
	addMethod(t, "__set_name__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var owner, name Object
		if err := UnpackPositional(ts, "__set_name__", args, kwnames, 2, &owner, &name); err != nil {
			return nil, err
		}
		if s, ok := asStr(name); ok {
			self.(*Property).Name = s.S
		}
		return None, nil
	})
}

// InstanceDict gives classmethod objects a __dict__ (functools.wraps and
// attribute assignment use it).
func (c *ClassMethod) InstanceDict() *Dict {
	if c.Dict == nil {
		c.Dict = NewDict()
	}
	return c.Dict
}

// InstanceDict gives staticmethod objects a __dict__.
func (s *StaticMethod) InstanceDict() *Dict {
	if s.Dict == nil {
		s.Dict = NewDict()
	}
	return s.Dict
}

// NewClassMethod is classmethod(fn).
func NewClassMethod(fn Object) *ClassMethod {
	return &ClassMethod{Header: fresh(), Func: Xref(fn)}
}

// NewStaticMethod is staticmethod(fn).
func NewStaticMethod(fn Object) *StaticMethod {
	return &StaticMethod{Header: fresh(), Func: Xref(fn)}
}

// copyWrapperAttrs copies __module__, __name__, __qualname__ and __doc__
// from the wrapped callable, as functools.wraps does.
func copyWrapperAttrs(ts *ThreadState, d *Dict, fn Object) error {
	for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__"} {
		v, err := LookupAttr(ts, fn, name)
		if err != nil {
			return err
		}
		if v != nil {
			d.SetStr(name, v)
			Decref(v)
		}
	}
	return nil
}

func wrapperInit(name string) func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	return func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
		if err := NoKeywords(name, kwnames); err != nil {
			return err
		}
		if err := CheckPositional(name, len(args), 1, 1); err != nil {
			return err
		}
		fn := args[0]
		var d *Dict
		switch v := self.(type) {
		case *ClassMethod:
			old := v.Func
			v.Func = Xref(fn)
			if old != nil {
				Decref(old)
			}
			d = v.InstanceDict()
		case *StaticMethod:
			old := v.Func
			v.Func = Xref(fn)
			if old != nil {
				Decref(old)
			}
			d = v.InstanceDict()
		}
		return copyWrapperAttrs(ts, d, fn)
	}
}

func setupClassStaticMethod(cm, sm *Type) {
	cm.New = func(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
		return &ClassMethod{Header: fresh(), Func: None}, nil
	}
	sm.New = func(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
		return &StaticMethod{Header: fresh(), Func: None}, nil
	}
	cm.DescrGet = func(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
		return classMethodGet(ts, Unwrap(self), obj, owner)
	}
	sm.DescrGet = func(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
		return staticMethodGet(ts, Unwrap(self), obj, owner)
	}
	cm.Init = wrapperInit("classmethod")
	sm.Init = wrapperInit("staticmethod")
	cm.Dealloc = func(o Object) {
		c := o.(*ClassMethod)
		if c.Func != nil {
			Decref(c.Func)
		}
		if c.Dict != nil {
			Decref(c.Dict)
		}
		c.Func, c.Dict = nil, nil
	}
	sm.Dealloc = func(o Object) {
		s := o.(*StaticMethod)
		if s.Func != nil {
			Decref(s.Func)
		}
		if s.Dict != nil {
			Decref(s.Dict)
		}
		s.Func, s.Dict = nil, nil
	}
	cm.Repr = func(ts *ThreadState, o Object) (string, error) {
		r, err := Repr(ts, o.(*ClassMethod).Func)
		return "<classmethod(" + r + ")>", err
	}
	sm.Repr = func(ts *ThreadState, o Object) (string, error) {
		r, err := Repr(ts, o.(*StaticMethod).Func)
		return "<staticmethod(" + r + ")>", err
	}
	sm.Call = func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return Call(ts, Unwrap(self).(*StaticMethod).Func, args, kwnames)
	}
	cm.Doc = "classmethod(function) -> method"
	sm.Doc = "staticmethod(function) -> method"
	funcOf := func(o Object) Object {
		switch v := o.(type) {
		case *ClassMethod:
			return v.Func
		case *StaticMethod:
			return v.Func
		}
		return None
	}
	for _, t := range []*Type{cm, sm} {
		addMember(t, "__func__", funcOf)
		addMember(t, "__wrapped__", funcOf)
		addGetSet(t, "__isabstractmethod__", func(ts *ThreadState, o Object) (Object, error) {
			ab, err := isAbstract(ts, funcOf(o))
			if err != nil {
				return nil, err
			}
			return NewBool(ab), nil
		}, nil)
		addRawGetSet(t, "__dict__", func(ts *ThreadState, o Object) (Object, error) {
			if h, ok := Unwrap(o).(DictHolder); ok {
				return Xref(h.InstanceDict()), nil
			}
			if in, ok := o.(*Instance); ok && in.Dict != nil {
				return ExposeDict(in.Dict), nil
			}
			return nil, attributeError(o, "__dict__")
		}, nil)
	}
}
