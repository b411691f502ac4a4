package runtime

// Temporary minimal definitions so the package builds while the full
// implementations are written; each moves to its type's own file.

func setupObject(t *Type)                 {}
func setupType(t *Type)                   {}
func setupInt(t *Type)                    {}
func setupBool(t *Type)                   {}
func setupFloat(t *Type)                  {}
func setupComplex(t *Type)                {}
func setupStr(t *Type)                    {}
func setupBytes(bytes, bytearray *Type)   {}
func setupTuple(t *Type)                  {}
func setupList(t *Type)                   {}
func setupDict(t *Type)                   {}
func setupSet(set, frozenset *Type)       {}
func setupRange(t *Type)                  {}
func setupSlice(t *Type)                  {}
func setupProperty(t *Type)               {}
func setupClassStaticMethod(cm, sm *Type) {}
func setupTraceback(t *Type)              {}
func setupExceptions()                    {}

func boolBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	return intBinary(ts, op, a, b, reflected)
}

// NewUnion returns the `X | Y` of two types (types.UnionType).
func NewUnion(a, b Object) Object { return NewTupleCopy([]Object{a, b}) }

// seqIter iterates an object through __getitem__ with 0, 1, 2, ...
type seqIter struct {
	Header
	seq Object
	i   int
}

func (s *seqIter) Type() *Type { return ObjectType }

func newSeqIter(seq Object) Object {
	Incref(seq)
	return &seqIter{Header: fresh(), seq: seq}
}

// Complex is Python's complex.
type Complex struct {
	Header
	V complex128
}

func (c *Complex) Type() *Type { return ComplexType }

// NewComplex returns the complex v.
func NewComplex(v complex128) *Complex { return &Complex{Header: fresh(), V: v} }

func complexPow(a, b complex128) complex128 { return a }

// FrozenSet is Python's frozenset.
type FrozenSet struct {
	Header
}

func (f *FrozenSet) Type() *Type { return FrozenSetType }

// Items returns the members.
func (f *FrozenSet) Items() []Object { return nil }
