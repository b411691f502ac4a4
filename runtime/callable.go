package runtime

// BuiltinFn is the Go signature of a built-in function: positional arguments
// followed by keyword values named by kwnames; arguments are borrowed, the
// result is a new reference.
type BuiltinFn func(ts *ThreadState, args []Object, kwnames []string) (Object, error)

// MethodFn is a built-in method: like BuiltinFn with the receiver split out.
type MethodFn func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error)

// Builtin is a built-in function (builtin_function_or_method), optionally bound
// to a module or object (Self).
type Builtin struct {
	Header
	Name   string
	Fn     BuiltinFn
	Doc    string
	Module string
}

func (b *Builtin) Type() *Type { return BuiltinType }

// NewBuiltin makes a built-in function.
func NewBuiltin(name string, fn BuiltinFn) *Builtin {
	return &Builtin{Header: immortal(), Name: name, Fn: fn}
}

func builtinCall(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	return self.(*Builtin).Fn(ts, args, kwnames)
}

// MethodDescr is a built-in type's method as found in the type's dict
// (method_descriptor); getting it from an instance binds it.
type MethodDescr struct {
	Header
	Name  string
	Owner *Type
	Fn    MethodFn
	Doc   string
	// Class marks a classmethod-like descriptor (dict.fromkeys): it binds to the
	// class rather than the instance.
	Class bool
	// Static marks a staticmethod-like descriptor (str.maketrans).
	Static bool
	// slotWrapper marks the dunder that exposes a built-in Go slot.
	slotWrapper bool
	// RawSelf passes the receiver as is; otherwise an instance of a user
	// subclass of a built-in type is unwrapped to its built-in value (Base).
	RawSelf bool
}

func (m *MethodDescr) Type() *Type { return MethodDescrType }

// NewMethod makes a method descriptor for owner.
func NewMethod(owner *Type, name string, fn MethodFn) *MethodDescr {
	return &MethodDescr{Header: immortal(), Name: name, Owner: owner, Fn: fn}
}

// CallDescr calls a method descriptor with self and the remaining arguments,
// checking the receiver's type as CPython does.
func (m *MethodDescr) CallDescr(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	if !m.Class && !m.Static && !self.Type().IsSubtype(m.Owner) {
		if m.slotWrapper {
			// CPython's wrapper_descriptor words it differently.
			return nil, NewTypeError("descriptor '%s' requires a '%s' object but received a '%s'",
				m.Name, m.Owner.Name, TypeName(self))
		}
		return nil, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.Name, m.Owner.Name, TypeName(self))
	}
	return m.invoke(ts, self, args, kwnames)
}

// invoke calls Fn, unwrapping the built-in value of subclass instances.
func (m *MethodDescr) invoke(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	if !m.RawSelf {
		self = Unwrap(self)
	}
	return m.Fn(ts, self, args, kwnames)
}

func methodDescrCall(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	m := self.(*MethodDescr)
	if m.Static {
		return m.Fn(ts, nil, args, kwnames)
	}
	if len(args)-len(kwnames) < 1 {
		return nil, NewTypeError("unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	return m.CallDescr(ts, args[0], args[1:], kwnames)
}

func methodDescrGet(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
	m := self.(*MethodDescr)
	if m.Static {
		return Xref(m), nil
	}
	if m.Class {
		if owner == nil {
			owner = obj.Type()
		}
		return NewMethodObject(m, owner), nil
	}
	if obj == nil {
		return Xref(m), nil
	}
	return NewMethodObject(m, obj), nil
}

// Method is a bound method: Func called with Self prepended.
type Method struct {
	Header
	Func Object
	Self Object
}

func (m *Method) Type() *Type { return MethodType }

// NewMethodObject binds fn to self (taking new references to both).
func NewMethodObject(fn, self Object) *Method {
	Incref(fn)
	Incref(self)
	m := &Method{Header: fresh(), Func: fn, Self: self}
	Track(m)
	return m
}

func methodCall(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	m := self.(*Method)
	if d, ok := m.Func.(*MethodDescr); ok {
		return d.invoke(ts, m.Self, args, kwnames)
	}
	full := make([]Object, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return Call(ts, m.Func, full, kwnames)
}

func methodDealloc(o Object) {
	m := o.(*Method)
	Decref(m.Func)
	Decref(m.Self)
	m.Func, m.Self = nil, nil
}

// GetSetDescr is a computed attribute of a built-in type (getset_descriptor).
type GetSetDescr struct {
	Header
	Name  string
	Owner *Type
	Get   func(ts *ThreadState, self Object) (Object, error)
	// Set is nil for read-only attributes; a nil value deletes.
	Set func(ts *ThreadState, self, value Object) error
}

func (g *GetSetDescr) Type() *Type { return GetSetDescrType }

func getSetGet(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
	g := self.(*GetSetDescr)
	if obj == nil {
		return Xref(g), nil
	}
	return g.Get(ts, obj)
}

func getSetSet(ts *ThreadState, self, obj, value Object) error {
	g := self.(*GetSetDescr)
	if g.Set == nil {
		if value == nil {
			return NewAttributeError("attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
		}
		return NewAttributeError("attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.Set(ts, obj, value)
}

// Property is Python's property.
type Property struct {
	Header
	Fget, Fset, Fdel, Doc Object
	Name                  string
}

func (p *Property) Type() *Type { return PropertyType }

func propertyGet(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
	p := self.(*Property)
	if obj == nil {
		return Xref(p), nil
	}
	if p.Fget == nil || p.Fget == None {
		return nil, NewAttributeError("property%s of '%s' object has no getter", propName(p), TypeName(obj))
	}
	return Call(ts, p.Fget, []Object{obj}, nil)
}

func propName(p *Property) string {
	if p.Name != "" {
		return " '" + p.Name + "'"
	}
	return ""
}

func propertySet(ts *ThreadState, self, obj, value Object) error {
	p := self.(*Property)
	if value == nil {
		if p.Fdel == nil || p.Fdel == None {
			return NewAttributeError("property%s of '%s' object has no deleter", propName(p), TypeName(obj))
		}
		r, err := Call(ts, p.Fdel, []Object{obj}, nil)
		Decref(r)
		return err
	}
	if p.Fset == nil || p.Fset == None {
		return NewAttributeError("property%s of '%s' object has no setter", propName(p), TypeName(obj))
	}
	r, err := Call(ts, p.Fset, []Object{obj, value}, nil)
	Decref(r)
	return err
}

// ClassMethod and StaticMethod wrap a callable.
type ClassMethod struct {
	Header
	Func Object
	Dict *Dict
}

func (c *ClassMethod) Type() *Type { return ClassMethodType }

type StaticMethod struct {
	Header
	Func Object
	Dict *Dict
}

func (s *StaticMethod) Type() *Type { return StaticMethodType }

func classMethodGet(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
	c := self.(*ClassMethod)
	var o Object = owner
	if owner == nil {
		o = obj.Type()
	}
	return NewMethodObject(c.Func, o), nil
}

func staticMethodGet(ts *ThreadState, self, obj Object, owner *Type) (Object, error) {
	return Xref(self.(*StaticMethod).Func), nil
}

// Cell is a closure cell: a variable shared between a function and the
// functions nested in it.
type Cell struct {
	Header
	Value Object // nil when empty
}

func (c *Cell) Type() *Type { return CellType }

// NewCell makes a cell holding value (a new reference is taken).
func NewCell(value Object) *Cell {
	Incref(value)
	c := &Cell{Header: fresh(), Value: value}
	Track(c)
	return c
}

func cellDealloc(o Object) {
	c := o.(*Cell)
	v := c.Value
	c.Value = nil
	Decref(v)
}

// Module is a module object.
type Module struct {
	Header
	Name string
	Dict *Dict
	// fromPython marks a module made by calling types.ModuleType, whose repr
	// has no "(built-in)".
	fromPython bool
}

func (m *Module) Type() *Type { return ModuleType }

// NewModule creates a module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Header: fresh(), Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", None)
	return m
}

// Set binds name in the module's namespace (the module takes a reference;
// the caller keeps its own).
func (m *Module) Set(name string, value Object) { m.Dict.SetStr(name, value) }

// AddFunc adds a built-in function to the module.
func (m *Module) AddFunc(name string, fn BuiltinFn) {
	b := NewBuiltin(name, fn)
	b.Module = m.Name
	m.Dict.SetStr(name, b)
}

func moduleRepr(ts *ThreadState, self Object) (string, error) {
	m := self.(*Module)
	if f := m.Dict.GetStr("__file__"); f != nil {
		if s, ok := f.(*Str); ok {
			return "<module '" + m.Name + "' from '" + s.S + "'>", nil
		}
	}
	if m.fromPython {
		return "<module '" + m.Name + "'>", nil
	}
	return "<module '" + m.Name + "' (built-in)>", nil
}

func moduleGetAttr(ts *ThreadState, self Object, name *Str) (Object, error) {
	m := self.(*Module)
	if v := m.Dict.GetStr(name.S); v != nil {
		return Xref(v), nil
	}
	if name.S == "__dict__" {
		return Xref(m.Dict), nil
	}
	if ga := m.Dict.GetStr("__getattr__"); ga != nil {
		return Call(ts, ga, []Object{name}, nil)
	}
	return GenericGetAttr(ts, self, name)
}
