package runtime

import (
	"fmt"
	"strings"
)

// Instance is an instance of a user-defined class. When the class derives from
// a built-in type other than object and the exceptions (list, dict, int, ...),
// Base holds the built-in value that carries the inherited behaviour.
type Instance struct {
	Header
	cls  *Type
	Dict *Dict
	Base Object
}

func (i *Instance) Type() *Type { return i.cls }

// Class returns the instance's class.
func (i *Instance) Class() *Type { return i.cls }

// NewInstance creates an empty instance of cls.
func NewInstance(cls *Type) *Instance {
	Incref(cls)
	in := &Instance{Header: fresh(), cls: cls}
	if cls.Flags&FlagNoDict == 0 {
		in.Dict = newOwnedDict()
	}
	Track(in)
	return in
}

// Unwrap returns the built-in value inside a subclass instance, or o itself.
func Unwrap(o Object) Object {
	if in, ok := o.(*Instance); ok && in.Base != nil {
		return in.Base
	}
	return o
}

// FlagMethodLike marks callables that, found on a class, are called with the
// instance prepended (Python functions and method descriptors).
const FlagMethodLike TypeFlags = 1 << 20

func instanceDealloc(o Object) {
	in := o.(*Instance)
	if in.cls.Flags&FlagHasDel != 0 && !IsFinalized(in) {
		MarkFinalized(in)
		runDel(in)
	}
	if in.Dict != nil {
		d := in.Dict
		in.Dict = nil
		Decref(d)
	}
	if in.Base != nil {
		b := in.Base
		in.Base = nil
		Decref(b)
	}
	cls := in.cls
	Decref(cls)
}

// runDel calls __del__; errors are reported as CPython does ("Exception
// ignored in: ...") and otherwise ignored.
func runDel(o Object) {
	t := o.Type()
	if t.Interp == nil {
		return
	}
	ts := t.Interp.Holder()
	if ts == nil {
		return
	}
	del := t.Lookup("__del__")
	if del == nil {
		return
	}
	// Preserve a pending handled exception across the finaliser.
	r, err := callUnbound(ts, del, o)
	Decref(r)
	if err != nil {
		ts.Interp.WriteUnraisable(ts, err, "Exception ignored in: "+safeRepr(ts, del))
	}
}

func safeRepr(ts *ThreadState, o Object) string {
	s, err := Repr(ts, o)
	if err != nil {
		return "<object repr() failed>"
	}
	return s
}

// callUnbound calls an attribute found on a class with self prepended,
// binding descriptors that are not plain methods.
func callUnbound(ts *ThreadState, descr, self Object, args ...Object) (Object, error) {
	if descr.Type().Flags&FlagMethodLike != 0 {
		full := make([]Object, 0, len(args)+1)
		full = append(full, self)
		full = append(full, args...)
		return Call(ts, descr, full, nil)
	}
	bound, err := bindDescr(ts, descr, self, self.Type())
	if err != nil {
		return nil, err
	}
	defer Decref(bound)
	return Call(ts, bound, args, nil)
}

// CallDunder calls the special method name on self's type (not the
// instance), as the interpreter does for operators. found is false when the
// type has no such attribute.
func CallDunder(ts *ThreadState, self Object, name string, args ...Object) (r Object, found bool, err error) {
	descr := self.Type().Lookup(name)
	if descr == nil {
		return nil, false, nil
	}
	r, err = callUnbound(ts, descr, self, args...)
	return r, true, err
}

func objectRepr(ts *ThreadState, self Object) (string, error) {
	t := self.Type()
	return fmt.Sprintf("<%s object at %s>", t.FullName(), addrOf(self)), nil
}

// addrOf is the "0x7f..." address CPython shows in default reprs.
func addrOf(o Object) string {
	return fmt.Sprintf("0x%x", Id(o))
}

// ---- class creation ----

// NewClass is type.__new__(meta, name, bases, ns): it builds a heap type.
func NewClass(ts *ThreadState, meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, NewTypeError("type '%s' is not an acceptable base type", b.Name)
		}
	}
	t := &Type{Header: fresh(), Name: name, QualName: name, Bases: bases, Base: bases[0], Meta: meta,
		Flags: FlagHeap | FlagBaseType, Interp: ts.Interp}
	if meta == TypeType {
		t.Meta = nil
	}
	mro, err := computeMRO(t)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	layout, err := solidBase(bases)
	if err != nil {
		return nil, err
	}
	t.layoutBase = layout
	t.Dict = ns.Copy()
	if mod := t.Dict.GetStr("__module__"); mod != nil {
		if s, ok := mod.(*Str); ok {
			t.Module = s.S
		}
	} else if g := ts.Globals(); g != nil {
		if n := g.GetStr("__name__"); n != nil {
			t.Dict.SetStr("__module__", n)
			if s, ok := n.(*Str); ok {
				t.Module = s.S
			}
		}
	}
	if q := t.Dict.GetStr("__qualname__"); q != nil {
		if s, ok := q.(*Str); ok {
			t.QualName = s.S
		}
		t.Dict.DelStr("__qualname__")
	}
	if t.Dict.GetStr("__doc__") == nil {
		t.Dict.SetStr("__doc__", None)
	}
	if err := applySlots(ts, t); err != nil {
		return nil, err
	}
	// Wrap plain functions for __new__ (implicit staticmethod) and
	// __init_subclass__/__class_getitem__ (implicit classmethod).
	if f := t.Dict.GetStr("__new__"); f != nil && f.Type().Flags&FlagMethodLike != 0 {
		sm := &StaticMethod{Header: fresh(), Func: Xref(f)}
		t.Dict.SetStr("__new__", sm)
		Decref(sm)
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f := t.Dict.GetStr(n); f != nil && f.Type().Flags&FlagMethodLike != 0 {
			cm := &ClassMethod{Header: fresh(), Func: Xref(f)}
			t.Dict.SetStr(n, cm)
			Decref(cm)
		}
	}
	// A class that defines __eq__ without __hash__ is unhashable.
	if t.Dict.GetStr("__eq__") != nil && t.Dict.GetStr("__hash__") == nil {
		t.Dict.SetStr("__hash__", None)
	}
	if t.Dict.GetStr("__del__") != nil {
		t.Flags |= FlagHasDel
	}
	for _, b := range bases {
		Incref(b)
		b.subclasses = append(b.subclasses, t)
		if b.Flags&FlagHasDel != 0 {
			t.Flags |= FlagHasDel
		}
		if b.Flags&FlagException != 0 {
			t.Flags |= FlagException
		}
	}
	fixupSlots(t)
	// __set_name__ on descriptors, then __init_subclass__ on the parent.
	keys, values := t.Dict.Items()
	for i, k := range keys {
		v := values[i]
		if sn := v.Type().Lookup("__set_name__"); sn != nil {
			r, err := callUnbound(ts, sn, v, t, k)
			if err != nil {
				return nil, err
			}
			Decref(r)
		}
	}
	return t, nil
}

// layoutBase is stored on Type: the built-in type whose Go struct holds
// instances (object → *Instance, exceptions → *Exception, list → *Instance
// with a *List Base, ...).
func solidBase(bases []*Type) (*Type, error) {
	var solid *Type
	for _, b := range bases {
		l := b.layout()
		if solid == nil || solid.IsSubtype(l) {
			if solid == nil || solid == ObjectType {
				solid = l
			}
			continue
		}
		if l.IsSubtype(solid) {
			solid = l
			continue
		}
		if l == ObjectType {
			continue
		}
		return nil, NewTypeError("multiple bases have instance lay-out conflict")
	}
	return solid, nil
}

// layout returns the built-in type that determines how instances are stored.
func (t *Type) layout() *Type {
	if t.Flags&FlagHeap == 0 {
		return t
	}
	if t.layoutBase != nil {
		return t.layoutBase
	}
	return ObjectType
}

// slotWrapper marks a MethodDescr that exposes a built-in slot as a dunder.
type slotKind int

// fixupSlots gives a heap type its slot functions: for each dunder found on
// the MRO, either the built-in slot it wraps (when it is a built-in's own slot
// wrapper) or a dispatcher that calls the Python method.
func fixupSlots(t *Type) {
	for _, s := range slotTable {
		updateSlotDef(t, s)
	}
	layout := t.layout()
	// Instances are *Instance (wrapping a built-in Base where there is one),
	// except for exception classes, whose instances are *Exception.
	t.Dealloc = instanceDealloc
	t.Traverse, t.Clear, t.Finalize = instanceTraverse, instanceClear, instanceFinalize
	if layout.Flags&FlagException != 0 || layout == TypeType {
		t.Dealloc = layout.Dealloc
		t.Traverse, t.Clear, t.Finalize = layout.Traverse, layout.Clear, nil
	}
	if t.New == nil {
		t.New = layout.New
	}
}

// updateSlot refreshes the slot(s) fed by the dunder name after the class (or
// a base) changed it.
func updateSlot(t *Type, name string) {
	if t.Flags&FlagHeap == 0 {
		return
	}
	for _, s := range slotTable {
		for _, n := range s.names {
			if n == name {
				updateSlotDef(t, s)
				for _, sub := range t.subclasses {
					updateSlot(sub, name)
				}
			}
		}
	}
	if name == "__del__" {
		t.Flags |= FlagHasDel
	}
}

func updateSlotDef(t *Type, s *slotDef) {
	found := false
	for _, n := range s.names {
		if d := t.Lookup(n); d != nil {
			found = true
			break
		}
	}
	if !found {
		s.clear(t)
		return
	}
	// If every dunder of the slot resolves to the same built-in type's own
	// wrapper, use that type's Go slot directly.
	var owner *Type
	direct := true
	for _, n := range s.names {
		d := t.Lookup(n)
		if d == nil {
			continue
		}
		md, ok := d.(*MethodDescr)
		// A wrapper stored under another dunder's name (`__str__ =
		// int.__repr__`) is called like any method.
		if !ok || !md.slotWrapper || md.Name != n {
			direct = false
			break
		}
		if owner == nil {
			owner = md.Owner
		} else if owner != md.Owner {
			direct = false
			break
		}
	}
	if direct && owner != nil {
		s.copyFrom(t, owner, t.layout() != ObjectType && t.layout().Flags&FlagException == 0 && owner != ObjectType)
		return
	}
	s.dispatch(t)
}

// TypeCall is type.__call__: create with New, then Init if the result is an
// instance of the class.
func TypeCall(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
	t := self.(*Type)
	if t == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return Xref(args[0].Type()), nil
	}
	if t.New == nil {
		return nil, NewTypeError("cannot create '%s' instances", t.FullName())
	}
	obj, err := t.New(ts, t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !obj.Type().IsSubtype(t) {
		return obj, nil
	}
	if init := obj.Type().Init; init != nil {
		if err := init(ts, obj, args, kwnames); err != nil {
			Decref(obj)
			return nil, err
		}
	}
	return obj, nil
}

// objectNew is object.__new__ for plain classes and for subclasses of
// built-in types (whose built-in part is made by the layout type's New).
func objectNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if t.Flags&FlagAbstract != 0 {
		return nil, abstractError(t)
	}
	if t.Flags&FlagHeap == 0 && t != ObjectType {
		// A built-in type without a constructor of its own.
		return nil, NewTypeError("cannot create '%s' instances", t.FullName())
	}
	if len(args) > 0 && t.Flags&FlagHeap != 0 {
		// object.__new__ accepts extra arguments only if __init__ is overridden
		// and __new__ is not.
		if t.Lookup("__init__") == ObjectType.Dict.GetStr("__init__") {
			return nil, NewTypeError("%s() takes no arguments", t.Name)
		}
	} else if len(args) > 0 && t == ObjectType {
		return nil, NewTypeError("object() takes no arguments")
	}
	return NewInstance(t), nil
}

func abstractError(t *Type) error {
	var names []string
	if am := t.Dict.GetStr("__abstractmethods__"); am != nil {
		if fs, ok := am.(*FrozenSet); ok {
			for _, k := range fs.Items() {
				if s, ok := k.(*Str); ok {
					names = append(names, s.S)
				}
			}
		}
	}
	sortStrings(names)
	plural := "method"
	if len(names) > 1 {
		plural = "methods"
	}
	return NewTypeError("Can't instantiate abstract class %s with abstract %s %s", t.Name, plural, strings.Join(names, ", "))
}

func objectInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	t := self.Type()
	if len(args) > 0 {
		if t.Flags&FlagHeap != 0 && t.Lookup("__new__") != ObjectType.Dict.GetStr("__new__") &&
			t.Lookup("__init__") == ObjectType.Dict.GetStr("__init__") {
			return nil
		}
		if t.Lookup("__init__") != ObjectType.Dict.GetStr("__init__") {
			return NewTypeError("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		return NewTypeError("%s() takes no arguments", t.Name)
	}
	return nil
}

// builtinSubclassNew makes an instance of a heap class whose layout is a
// built-in type other than object: the built-in value is built from the
// arguments, then wrapped.
func builtinSubclassNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	layout := t.layout()
	base, err := layout.New(ts, layout, args, kwnames)
	if err != nil {
		return nil, err
	}
	in := NewInstance(t)
	in.Base = base
	return in, nil
}

// applySlots handles __slots__: when every class on the MRO declares slots
// (and none names __dict__), instances may only have the declared attributes.
// Instances still store them in a dict; only the set of names is restricted.
func applySlots(ts *ThreadState, t *Type) error {
	names := map[string]bool{}
	for _, m := range t.MRO {
		if m == ObjectType {
			continue
		}
		if m.Flags&FlagHeap == 0 {
			return nil // a built-in base other than object: no restriction
		}
		slots := m.Dict.GetStr("__slots__")
		if slots == nil {
			return nil
		}
		if s, ok := slots.(*Str); ok {
			names[s.S] = true
			continue
		}
		err := Iterate(ts, slots, func(x Object) (bool, error) {
			s, ok := x.(*Str)
			if !ok {
				return false, NewTypeError("__slots__ items must be strings, not '%s'", TypeName(x))
			}
			names[s.S] = true
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	if names["__dict__"] {
		return nil
	}
	t.slotNames = names
	return nil
}
