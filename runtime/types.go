package runtime

import (
	"strings"
	"unsafe"
)

// The built-in types. Each is wired in init below: slots first, then the
// per-type setup function in the type's own file adds methods, then Ready
// (bases before subclasses).
var (
	TypeType   = NewBuiltinType("type", nil)
	ObjectType = NewBuiltinType("object", nil)

	NoneTypeType           = NewBuiltinType("NoneType", nil)
	NotImplementedTypeType = NewBuiltinType("NotImplementedType", nil)
	EllipsisTypeType       = NewBuiltinType("ellipsis", nil)

	IntType     = NewBuiltinType("int", nil)
	BoolType    = NewBuiltinType("bool", nil)
	FloatType   = NewBuiltinType("float", nil)
	ComplexType = NewBuiltinType("complex", nil)

	StrType       = NewBuiltinType("str", nil)
	BytesType     = NewBuiltinType("bytes", nil)
	ByteArrayType = NewBuiltinType("bytearray", nil)
	TupleType     = NewBuiltinType("tuple", nil)
	ListType      = NewBuiltinType("list", nil)
	DictType      = NewBuiltinType("dict", nil)
	SetType       = NewBuiltinType("set", nil)
	FrozenSetType = NewBuiltinType("frozenset", nil)
	RangeType     = NewBuiltinType("range", nil)
	SliceType     = NewBuiltinType("slice", nil)

	BuiltinType      = NewBuiltinType("builtin_function_or_method", nil)
	MethodDescrType  = NewBuiltinType("method_descriptor", nil)
	MethodType       = NewBuiltinType("method", nil)
	GetSetDescrType  = NewBuiltinType("getset_descriptor", nil)
	PropertyType     = NewBuiltinType("property", nil)
	ClassMethodType  = NewBuiltinType("classmethod", nil)
	StaticMethodType = NewBuiltinType("staticmethod", nil)
	CellType         = NewBuiltinType("cell", nil)
	ModuleType       = NewBuiltinType("module", nil)
	TracebackType    = NewBuiltinType("traceback", nil)
	SuperType        = NewBuiltinType("super", nil)
)

// Id is id(o): the object's address (Go's collector does not move objects).
func Id(o Object) uintptr {
	return uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1])
}

func identityHash(ts *ThreadState, o Object) (int64, error) {
	return int64(Id(o) >> 4), nil
}

func init() {
	for _, t := range []*Type{TypeType, NoneTypeType, NotImplementedTypeType, EllipsisTypeType, IntType, FloatType,
		ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType,
		RangeType, SliceType, BuiltinType, MethodDescrType, MethodType, GetSetDescrType, PropertyType,
		ClassMethodType, StaticMethodType, CellType, ModuleType, TracebackType, SuperType} {
		t.Base = ObjectType
		t.Bases = []*Type{ObjectType}
	}
	BoolType.Base = IntType
	BoolType.Bases = []*Type{IntType}
	BaseExceptionType.Base = ObjectType
	BaseExceptionType.Bases = []*Type{ObjectType}

	for _, t := range []*Type{TypeType, IntType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		TupleType, ListType, DictType, SetType, FrozenSetType, PropertyType, ClassMethodType, StaticMethodType,
		ModuleType, SuperType, ObjectType} {
		t.Flags |= FlagBaseType
	}

	// object
	ObjectType.New = objectNew
	ObjectType.Init = objectInit
	ObjectType.Repr = objectRepr
	ObjectType.Hash = identityHash
	ObjectType.Compare = objectCompare
	ObjectType.GetAttr = GenericGetAttr
	ObjectType.SetAttr = GenericSetAttr
	ObjectType.Format = objectFormat
	ObjectType.Dealloc = func(Object) {}
	setupObject(ObjectType)
	ObjectType.Ready()

	// type
	TypeType.Call = TypeCall
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Repr = typeRepr
	TypeType.New = typeNew
	TypeType.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	TypeType.Binary = typeBinary
	setupType(TypeType)

	// singletons
	NoneTypeType.Repr = func(*ThreadState, Object) (string, error) { return "None", nil }
	NoneTypeType.Bool = func(*ThreadState, Object) (bool, error) { return false, nil }
	NoneTypeType.New = func(ts *ThreadState, t *Type, a []Object, k []string) (Object, error) {
		if len(a) > 0 {
			return nil, NewTypeError("NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedTypeType.Repr = func(*ThreadState, Object) (string, error) { return "NotImplemented", nil }
	EllipsisTypeType.Repr = func(*ThreadState, Object) (string, error) { return "Ellipsis", nil }

	// numbers
	IntType.Repr = func(ts *ThreadState, o Object) (string, error) { return o.(*Int).String(), nil }
	IntType.Hash = func(ts *ThreadState, o Object) (int64, error) { return intHash(o.(*Int)), nil }
	IntType.Compare = intCompare
	IntType.Binary = intBinary
	IntType.Unary = intUnary
	IntType.Index = func(ts *ThreadState, o Object) (*Int, error) { i, _ := asInt(o); return Xref(i).(*Int), nil }
	IntType.Bool = func(ts *ThreadState, o Object) (bool, error) { i, _ := asInt(o); return i.Sign() != 0, nil }
	BoolType.Repr = func(ts *ThreadState, o Object) (string, error) {
		if o.(*Bool).V {
			return "True", nil
		}
		return "False", nil
	}
	BoolType.Hash = func(ts *ThreadState, o Object) (int64, error) {
		if o.(*Bool).V {
			return 1, nil
		}
		return 0, nil
	}
	BoolType.Binary = boolBinary
	FloatType.Repr = func(ts *ThreadState, o Object) (string, error) { return FloatRepr(o.(*Float).V), nil }
	FloatType.Hash = func(ts *ThreadState, o Object) (int64, error) { return floatHash(o.(*Float).V), nil }
	FloatType.Compare = floatCompare
	FloatType.Binary = floatBinary
	FloatType.Unary = floatUnary
	FloatType.Bool = func(ts *ThreadState, o Object) (bool, error) { return o.(*Float).V != 0, nil }
	setupInt(IntType)
	setupBool(BoolType)
	setupFloat(FloatType)
	setupComplex(ComplexType)

	// containers and text
	StrType.Repr = func(ts *ThreadState, o Object) (string, error) { return StrRepr(o.(*Str).S), nil }
	StrType.Str = func(ts *ThreadState, o Object) (string, error) { return o.(*Str).S, nil }
	StrType.Hash = func(ts *ThreadState, o Object) (int64, error) { return o.(*Str).Hash(), nil }
	setupStr(StrType)
	setupBytes(BytesType, ByteArrayType)
	TupleType.Dealloc = tupleDealloc
	setupTuple(TupleType)
	ListType.Dealloc = listDealloc
	setupList(ListType)
	DictType.Dealloc = dictDealloc
	setupDict(DictType)
	setupSet(SetType, FrozenSetType)
	setupRange(RangeType)
	setupSlice(SliceType)

	// callables and descriptors
	BuiltinType.Call = builtinCall
	BuiltinType.Repr = func(ts *ThreadState, o Object) (string, error) {
		return "<built-in function " + o.(*Builtin).Name + ">", nil
	}
	BuiltinType.GetAttr = builtinGetAttr
	MethodDescrType.Call = methodDescrCall
	MethodDescrType.DescrGet = methodDescrGet
	MethodDescrType.Flags |= FlagMethodLike
	MethodDescrType.Repr = func(ts *ThreadState, o Object) (string, error) {
		m := o.(*MethodDescr)
		return "<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	MethodDescrType.GetAttr = methodDescrGetAttr
	MethodType.Call = methodCall
	MethodType.Dealloc = methodDealloc
	// types.MethodType(function, instance)
	MethodType.New = func(ts *ThreadState, _ *Type, args []Object, kwnames []string) (Object, error) {
		if err := NoKeywords("method", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("method", len(args), 2, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Call == nil {
			return nil, NewTypeError("first argument must be callable")
		}
		if args[1] == None {
			return nil, NewTypeError("instance must not be None")
		}
		return NewMethodObject(args[0], args[1]), nil
	}
	MethodType.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	MethodType.Repr = methodRepr
	MethodType.GetAttr = boundMethodGetAttr
	MethodType.Compare = methodCompare
	MethodType.New = func(ts *ThreadState, t *Type, a []Object, k []string) (Object, error) {
		if err := NoKeywords("method", k); err != nil {
			return nil, err
		}
		if err := CheckPositional("method", len(a), 2, 2); err != nil {
			return nil, err
		}
		if a[0].Type().Call == nil {
			return nil, NewTypeError("first argument must be callable")
		}
		if a[1] == None {
			return nil, NewTypeError("instance must not be None")
		}
		return NewMethodObject(a[0], a[1]), nil
	}
	MethodType.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	MethodType.Hash = func(ts *ThreadState, o Object) (int64, error) {
		m := o.(*Method)
		return int64(Id(m.Self)>>4) ^ int64(Id(m.Func)>>4), nil
	}
	GetSetDescrType.DescrGet = getSetGet
	GetSetDescrType.DescrSet = getSetSet
	setupProperty(PropertyType)
	ClassMethodType.DescrGet = classMethodGet
	StaticMethodType.DescrGet = staticMethodGet
	setupClassStaticMethod(ClassMethodType, StaticMethodType)
	CellType.Dealloc = cellDealloc
	ModuleType.Repr = moduleRepr
	ModuleType.GetAttr = moduleGetAttr
	ModuleType.SetAttr = GenericSetAttr
	ModuleType.New = func(ts *ThreadState, t *Type, a []Object, k []string) (Object, error) {
		if len(a) < 1 {
			return nil, NewTypeError("module() missing required argument 'name' (pos 1)")
		}
		name, ok := a[0].(*Str)
		if !ok {
			return nil, NewTypeError("module.__init__() argument 'name' must be str, not %s", TypeName(a[0]))
		}
		m := NewModule(name.S)
		m.fromPython = true
		return m, nil
	}
	ModuleType.Init = func(ts *ThreadState, self Object, a []Object, k []string) error {
		if len(a) >= 2 && len(k) == 0 {
			if m, ok := self.(*Module); ok {
				m.Dict.SetStr("__doc__", a[1])
			}
		}
		return nil
	}
	TracebackType.Dealloc = tracebackDealloc
	setupTraceback(TracebackType)

	// exceptions
	BaseExceptionType.New = excNew
	BaseExceptionType.Init = excInit
	BaseExceptionType.Repr = excRepr
	BaseExceptionType.Str = excStr
	BaseExceptionType.Dealloc = exceptionDealloc
	BaseExceptionType.GetAttr = GenericGetAttr
	BaseExceptionType.SetAttr = GenericSetAttr
	setupExceptions()

	for _, t := range []*Type{TypeType, NoneTypeType, NotImplementedTypeType, EllipsisTypeType, IntType, BoolType,
		FloatType, ComplexType, StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType,
		FrozenSetType, RangeType, SliceType, BuiltinType, MethodDescrType, MethodType, GetSetDescrType,
		PropertyType, ClassMethodType, StaticMethodType, CellType, ModuleType, TracebackType, SuperType} {
		t.Ready()
	}
	for _, t := range exceptionTypes {
		t.Ready()
	}
	// Types that only exist at run time (iterators, dict views, unions, ...).
	readyExtraTypes()
}

func typeRepr(ts *ThreadState, o Object) (string, error) {
	t := o.(*Type)
	return "<class '" + t.FullName() + "'>", nil
}

// typeNew is type(name, bases, dict) (and type(x), handled in TypeCall).
func typeNew(ts *ThreadState, meta *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos == 1 && len(kwnames) == 0 {
		return Xref(args[0].Type()), nil
	}
	if npos != 3 {
		return nil, NewTypeError("type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, NewTypeError("type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, NewTypeError("type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := Unwrap(args[2]).(*Dict) // a dict subclass from __prepare__ too
	if !ok {
		return nil, NewTypeError("type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	bases := make([]*Type, 0, len(bt.Items))
	for _, b := range bt.Items {
		bty, ok := b.(*Type)
		if !ok {
			return nil, NewTypeError("bases must be types")
		}
		bases = append(bases, bty)
	}
	t, err := NewClass(ts, meta, name.S, bases, ns)
	if err != nil {
		return nil, err
	}
	// As in CPython, type.__new__ fills the class body's __class__ cell and
	// then calls the parent's __init_subclass__ with its own keywords (a
	// metaclass's __new__ may consume some before calling type.__new__).
	if c, ok := t.Dict.GetStr("__classcell__").(*Cell); ok {
		Incref(t)
		old := c.Value
		c.Value = t
		if old != nil {
			Decref(old)
		}
		t.Dict.DelStr("__classcell__")
	}
	if err := InitSubclass(ts, t, args[npos:], kwnames); err != nil {
		Decref(t)
		return nil, err
	}
	return t, nil
}

// typeBinary supports `int | None` style unions in annotations (returns a
// union-like tuple-free object: we keep the left type, which is what
// isinstance-free annotation code needs).
func typeBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	if op != OpOr {
		return NotImplemented, nil
	}
	return NewUnion(a, b), nil
}

// objectCompare is object's rich comparison: identity for ==, the negation
// of __eq__ for !=.
func objectCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	switch op {
	case CmpEq:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNe:
		if a.Type().Compare != nil {
			eq, err := a.Type().Compare(ts, a, b, CmpEq)
			if err != nil || eq == NotImplemented {
				return eq, err
			}
			t, err := Truth(ts, eq)
			Decref(eq)
			return NewBool(!t), err
		}
	}
	return NotImplemented, nil
}

func objectFormat(ts *ThreadState, self Object, spec string) (Object, error) {
	if spec != "" {
		return nil, NewTypeError("unsupported format string passed to %s.__format__", TypeName(self))
	}
	s, err := StrOf(ts, self)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func methodRepr(ts *ThreadState, o Object) (string, error) {
	m := o.(*Method)
	name := "?"
	if n, err := LookupAttr(ts, m.Func, "__qualname__"); err == nil && n != nil {
		if s, ok := n.(*Str); ok {
			name = s.S
		}
		Decref(n)
	} else if d, ok := m.Func.(*MethodDescr); ok {
		name = d.Owner.Name + "." + d.Name
	}
	if _, ok := m.Func.(*MethodDescr); ok {
		d := m.Func.(*MethodDescr)
		return "<built-in method " + d.Name + " of " + TypeName(m.Self) + " object at " + addrOf(m.Self) + ">", nil
	}
	self, err := Repr(ts, m.Self)
	if err != nil {
		return "", err
	}
	return "<bound method " + name + " of " + self + ">", nil
}

func methodCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := a.(*Method)
	y, ok2 := b.(*Method)
	if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	eq := x.Self == y.Self && x.Func == y.Func
	return NewBool(eq == (op == CmpEq)), nil
}

// boundMethodGetAttr exposes __func__, __self__ and forwards other
// attributes (__name__, __doc__, ...) to the function.
func boundMethodGetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	m := o.(*Method)
	switch name.S {
	case "__func__":
		return Xref(m.Func), nil
	case "__self__":
		return Xref(m.Self), nil
	case "__class__":
		return Xref(MethodType), nil
	case "__doc__": // the function's, as CPython's method_get_doc
		return GetAttr(ts, m.Func, name)
	}
	v, err := GenericGetAttr(ts, o, name)
	if err == nil {
		return v, nil
	}
	Decref(err.(*Exception))
	return GetAttr(ts, m.Func, name)
}

func builtinGetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	b := o.(*Builtin)
	switch name.S {
	case "__name__", "__qualname__":
		return NewStr(b.Name), nil
	case "__doc__":
		if b.Doc == "" {
			return None, nil
		}
		return NewStr(b.Doc), nil
	case "__module__":
		if b.Module == "" {
			return None, nil
		}
		return NewStr(b.Module), nil
	case "__self__":
		return None, nil
	}
	return GenericGetAttr(ts, o, name)
}

func methodDescrGetAttr(ts *ThreadState, o Object, name *Str) (Object, error) {
	m := o.(*MethodDescr)
	switch name.S {
	case "__name__":
		return NewStr(m.Name), nil
	case "__qualname__":
		return NewStr(m.Owner.Name + "." + m.Name), nil
	case "__objclass__":
		return Xref(m.Owner), nil
	case "__doc__":
		if m.Doc == "" {
			return None, nil
		}
		return NewStr(m.Doc), nil
	}
	return GenericGetAttr(ts, o, name)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
