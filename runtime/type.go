package runtime

// CmpOp is a rich-comparison operator, numbered as ast.CmpOp's first six.
type CmpOp int

const (
	CmpEq CmpOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
)

var cmpDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}
var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">="}

// swapped is the reflected operator: a < b is b > a.
func (op CmpOp) swapped() CmpOp {
	return [...]CmpOp{CmpEq, CmpNe, CmpGt, CmpGe, CmpLt, CmpLe}[op]
}

// Type is a Python class, built in or user defined. The slot fields hold the Go
// implementation of each protocol; nil means "not supported" (and the generic
// code raises CPython's TypeError).
type Type struct {
	Header
	Name   string // __name__
	Module string // __module__ ("builtins" for built-in types)
	// QualName is __qualname__ (defaults to Name).
	QualName string
	Doc      string
	Bases    []*Type
	Base     *Type // the first base ("solid" base for layout)
	MRO      []*Type
	Dict     *Dict
	Meta     *Type // metaclass; nil means type
	Flags    TypeFlags
	// Interp is the interpreter that created a heap type (nil for built-ins); its
	// GIL holder is the thread that runs __del__ and other slot calls.
	Interp *Interpreter
	// version changes whenever the type (or a base) gains or loses an attribute;
	// attribute caches key on it.
	version uint64
	cache   map[string]attrCacheEntry
	// withEnter and withExit are __enter__ and __exit__ as found on the MRO
	// when version was withVer-1 (see WithMethods).
	withEnter, withExit Object
	withVer             uint64
	// subclasses are the direct subclasses, to invalidate their caches.
	subclasses []*Type
	// layoutBase is, for a heap type, the built-in type whose Go struct holds
	// its instances (see layout).
	layoutBase *Type
	// slotNames, when non-nil, are the only instance attributes allowed
	// (__slots__ without __dict__).
	slotNames map[string]bool
	// msgName, when set, is the name in error messages (see MsgName).
	msgName string
	// genericGA caches HasGenericGetAttr: 0 unknown, 1 yes, 2 no;
	// genericSA likewise for hasGenericSetAttr.
	genericGA, genericSA uint8

	// New creates an instance: tp_new. args exclude the type itself.
	New func(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error)
	// Init initialises an instance: tp_init.
	Init func(ts *ThreadState, self Object, args []Object, kwnames []string) error
	// Call makes instances callable: tp_call.
	Call func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error)
	// Repr and Str return the repr()/str() text.
	Repr func(ts *ThreadState, self Object) (string, error)
	Str  func(ts *ThreadState, self Object) (string, error)
	// Hash returns hash(self); nil means unhashable.
	Hash func(ts *ThreadState, self Object) (int64, error)
	// Compare implements rich comparison; it returns NotImplemented when it does
	// not handle the operand types.
	Compare func(ts *ThreadState, self, other Object, op CmpOp) (Object, error)
	// Bool is truth testing (nil: use Len, else true).
	Bool func(ts *ThreadState, self Object) (bool, error)
	// Len is len(self).
	Len func(ts *ThreadState, self Object) (int, error)
	// Iter returns an iterator; Next returns the next item, or (nil, nil) at the
	// end (no StopIteration is allocated on the fast path).
	Iter func(ts *ThreadState, self Object) (Object, error)
	Next func(ts *ThreadState, self Object) (Object, error)
	// GetAttr is the full attribute lookup (tp_getattro); SetAttr with a nil
	// value deletes.
	GetAttr func(ts *ThreadState, self Object, name *Str) (Object, error)
	SetAttr func(ts *ThreadState, self Object, name *Str, value Object) error
	// GetItem, SetItem (nil value deletes) and Contains are the mapping/sequence
	// protocols.
	GetItem  func(ts *ThreadState, self, key Object) (Object, error)
	SetItem  func(ts *ThreadState, self, key, value Object) error
	Contains func(ts *ThreadState, self, item Object) (bool, error)
	// Binary implements the arithmetic operators for this type: it is called
	// with self as the left operand (reflected false) or the right one (reflected
	// true), and returns NotImplemented for operand types it does not handle.
	Binary func(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error)
	// Inplace implements `a op= b` when it mutates a (list +=, set |=); it
	// returns NotImplemented to fall back to Binary.
	Inplace func(ts *ThreadState, op BinOp, a, b Object) (Object, error)
	// Unary implements -x, +x, ~x and abs(x).
	Unary func(ts *ThreadState, op UnaryOp, self Object) (Object, error)
	// Index converts to a Python int for slicing and indexing (__index__).
	Index func(ts *ThreadState, self Object) (*Int, error)
	// DescrGet and DescrSet make instances descriptors (__get__, __set__ and
	// __delete__ with a nil value).
	DescrGet func(ts *ThreadState, self, obj Object, owner *Type) (Object, error)
	DescrSet func(ts *ThreadState, self, obj, value Object) error
	// Dealloc drops an object's references when its count reaches zero.
	Dealloc func(o Object)
	// Traverse, Clear and Finalize serve the cycle collector (gc.go) for
	// containers, which their constructors Track. Traverse calls visit on
	// each reference the object owns (exactly the ones Dealloc drops);
	// Clear drops them so that a garbage cycle falls apart; Finalize, if
	// set, runs the object's finaliser (__del__, a generator's close)
	// before the collector clears it. They are not inherited.
	Traverse func(o Object, visit func(Object))
	Clear    func(o Object)
	Finalize func(o Object)
	// Format implements format(self, spec).
	Format func(ts *ThreadState, self Object, spec string) (Object, error)
}

// TypeFlags describe a type.
type TypeFlags uint32

const (
	// FlagHeap marks classes created by a class statement or type().
	FlagHeap TypeFlags = 1 << iota
	// FlagBaseType marks types that can be subclassed.
	FlagBaseType
	// FlagHasDel marks classes with __del__.
	FlagHasDel
	// FlagAbstract marks classes with abstract methods (abc).
	FlagAbstract
	// FlagException marks BaseException and its subclasses.
	FlagException
	// FlagNoDict marks heap types whose instances have no __dict__ (__slots__).
	FlagNoDict
)

type attrCacheEntry struct {
	version uint64
	value   Object // nil when absent
}

func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// IsSubtype reports whether t is b or derives from it.
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	if t.MRO == nil {
		for x := t; x != nil; x = x.Base {
			if x == b {
				return true
			}
		}
		return false
	}
	for _, m := range t.MRO {
		if m == b {
			return true
		}
	}
	return false
}

// Lookup finds name on the type's MRO without invoking descriptors; it returns a
// borrowed reference or nil.
func (t *Type) Lookup(name string) Object {
	if t.cache != nil {
		if e, ok := t.cache[name]; ok && e.version == t.version {
			return e.value
		}
	}
	var found Object
	for _, m := range t.MRO {
		if v := m.Dict.GetStr(name); v != nil {
			found = v
			break
		}
	}
	if t.cache == nil {
		t.cache = make(map[string]attrCacheEntry)
	}
	t.cache[name] = attrCacheEntry{t.version, found}
	return found
}

// WithMethods returns __enter__ and __exit__ as found on the MRO (borrowed
// references; nil when missing), remembered until the type changes: the
// with statement's lookups without hashing the names each time.
func (t *Type) WithMethods() (enter, exit Object) {
	if t.withVer != t.version+1 {
		t.withEnter, t.withExit = t.Lookup("__enter__"), t.Lookup("__exit__")
		t.withVer = t.version + 1
	}
	return t.withEnter, t.withExit
}

// Modified invalidates attribute caches of t and its subclasses.
func (t *Type) Modified() {
	t.version++
	t.genericGA, t.genericSA = 0, 0
	for _, s := range t.subclasses {
		s.Modified()
	}
}

// FullName is the name used in reprs and error messages: "module.Qualname",
// or just the qualname for built-ins.
func (t *Type) FullName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

// TypeName is the name CPython uses in messages like "'int' object is not
// subscriptable": its tp_name (see MsgName).
func TypeName(o Object) string { return o.Type().MsgName() }

// MsgName is CPython's tp_name, the type's name in error messages: a built-in
// type of a module other than builtins carries the module
// ('collections.deque', '_io.StringIO'); a class is known by its bare name
// unless SetCTypeName marked it as standing for a C type.
func (t *Type) MsgName() string {
	if t.msgName != "" {
		return t.msgName
	}
	if t.Flags&FlagHeap == 0 && t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// SetCTypeName makes a class written in Python (datetime.date, ...) show as
// 'module.Name' in error messages, like the C type it stands for.
func (t *Type) SetCTypeName() { t.msgName = t.Module + "." + t.Name }

// NewBuiltinType makes a built-in type with the given name and base; callers
// fill in slots and methods, then call Ready.
func NewBuiltinType(name string, base *Type) *Type {
	t := &Type{Header: immortal(), Name: name, QualName: name, Module: "builtins", Base: base}
	if base != nil {
		t.Bases = []*Type{base}
	}
	t.Dict = newDictImmortal()
	return t
}

// Ready computes the MRO of a built-in type, inherits slots from its base, and
// publishes its slots as dunder methods in its dict.
func (t *Type) Ready() *Type {
	if t.MRO == nil {
		mro, err := computeMRO(t)
		if err != nil {
			panic("runtime: bad built-in type hierarchy for " + t.Name)
		}
		t.MRO = mro
	}
	for _, b := range t.Bases {
		b.subclasses = append(b.subclasses, t)
	}
	if t.Base != nil {
		inheritSlots(t, t.Base)
	}
	addSlotWrappers(t)
	return t
}

// inheritSlots copies every nil slot from base.
func inheritSlots(t, base *Type) {
	if t.New == nil {
		t.New = base.New
	}
	if t.Init == nil {
		t.Init = base.Init
	}
	if t.Call == nil {
		t.Call = base.Call
	}
	if t.Repr == nil {
		t.Repr = base.Repr
	}
	if t.Str == nil {
		t.Str = base.Str
	}
	if t.Hash == nil && t.Dict.GetStr("__eq__") == nil && t.Dict.GetStr("__hash__") == nil {
		t.Hash = base.Hash
	}
	if t.Compare == nil {
		t.Compare = base.Compare
	}
	if t.Bool == nil {
		t.Bool = base.Bool
	}
	if t.Len == nil {
		t.Len = base.Len
	}
	if t.Iter == nil {
		t.Iter = base.Iter
	}
	if t.Next == nil {
		t.Next = base.Next
	}
	if t.GetAttr == nil {
		t.GetAttr = base.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = base.SetAttr
	}
	if t.GetItem == nil {
		t.GetItem = base.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = base.SetItem
	}
	if t.Contains == nil {
		t.Contains = base.Contains
	}
	if t.Binary == nil {
		t.Binary = base.Binary
	}
	if t.Inplace == nil {
		t.Inplace = base.Inplace
	}
	if t.Unary == nil {
		t.Unary = base.Unary
	}
	if t.Index == nil {
		t.Index = base.Index
	}
	if t.DescrGet == nil {
		t.DescrGet = base.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = base.DescrSet
	}
	if t.Dealloc == nil {
		t.Dealloc = base.Dealloc
	}
	if t.Format == nil {
		t.Format = base.Format
	}
	if base.Flags&FlagException != 0 {
		t.Flags |= FlagException
	}
}

// computeMRO is C3 linearisation.
func computeMRO(t *Type) ([]*Type, error) {
	if len(t.Bases) == 0 {
		return []*Type{t}, nil
	}
	var seqs [][]*Type
	for _, b := range t.Bases {
		m := b.MRO
		if m == nil {
			m = []*Type{b}
		}
		seqs = append(seqs, append([]*Type(nil), m...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	result := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return result, nil
		}
		var cand *Type
	search:
		for _, s := range seqs {
			c := s[0]
			for _, other := range seqs {
				for _, x := range other[1:] {
					if x == c {
						continue search
					}
				}
			}
			cand = c
			break
		}
		if cand == nil {
			names := ""
			for i, b := range t.Bases {
				if i > 0 {
					names += ", "
				}
				names += b.Name
			}
			return nil, NewTypeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", names)
		}
		result = append(result, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
