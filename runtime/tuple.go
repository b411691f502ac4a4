package runtime

// Tuple is Python's tuple.
type Tuple struct {
	Header
	Items []Object
}

func (t *Tuple) Type() *Type { return TupleType }

var emptyTuple = &Tuple{Header: immortal(), Items: []Object{}}

// NewTuple returns a tuple that takes over the references in items.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	t := &Tuple{Header: fresh(), Items: items}
	Track(t)
	return t
}

// NewTupleCopy returns a tuple holding new references to items.
func NewTupleCopy(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	t := newTupleN(len(items))
	for i, o := range items {
		Incref(o)
		t.Items[i] = o
	}
	return t
}

// NewTupleFrom returns a tuple that takes over the references in items,
// copying the slice itself (which the caller keeps, like a stack window).
func NewTupleFrom(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	t := newTupleN(len(items))
	copy(t.Items, items)
	return t
}

// Tuple2 builds (a, b) taking over the references.
func Tuple2(a, b Object) *Tuple {
	t := &tuple2{}
	t.Header = fresh()
	t.arr = [2]Object{a, b}
	t.Items = t.arr[:]
	Track(&t.Tuple)
	return &t.Tuple
}

// Small tuples are allocated together with their items: one allocation
// instead of two.
type (
	tuple1 struct {
		Tuple
		arr [1]Object
	}
	tuple2 struct {
		Tuple
		arr [2]Object
	}
	tuple3 struct {
		Tuple
		arr [3]Object
	}
	tuple4 struct {
		Tuple
		arr [4]Object
	}
)

// newTupleN returns a new tuple of n (> 0) nil items for the caller to fill.
func newTupleN(n int) *Tuple {
	t := allocTuple(n)
	Track(t)
	return t
}

func allocTuple(n int) *Tuple {
	switch n {
	case 1:
		t := &tuple1{}
		t.Header = fresh()
		t.Items = t.arr[:]
		return &t.Tuple
	case 2:
		t := &tuple2{}
		t.Header = fresh()
		t.Items = t.arr[:]
		return &t.Tuple
	case 3:
		t := &tuple3{}
		t.Header = fresh()
		t.Items = t.arr[:]
		return &t.Tuple
	case 4:
		t := &tuple4{}
		t.Header = fresh()
		t.Items = t.arr[:]
		return &t.Tuple
	}
	return &Tuple{Header: fresh(), Items: make([]Object, n)}
}

func tupleDealloc(o Object) {
	t := o.(*Tuple)
	items := t.Items
	t.Items = nil
	decrefReverse(items)
}

// List is Python's list.
type List struct {
	Header
	Items []Object
}

func (l *List) Type() *Type { return ListType }

// NewList returns a list that takes over the references in items.
func NewList(items []Object) *List {
	if items == nil {
		items = []Object{}
	}
	l := &List{Header: fresh(), Items: items}
	Track(l)
	return l
}

// NewListCopy returns a list holding new references to items.
func NewListCopy(items []Object) *List {
	cp := make([]Object, len(items))
	for i, o := range items {
		Incref(o)
		cp[i] = o
	}
	l := &List{Header: fresh(), Items: cp}
	Track(l)
	return l
}

// Append adds x (the list takes its own reference).
func (l *List) Append(x Object) {
	Incref(x)
	l.AppendOwned(x)
}

// AppendOwned adds x, taking over the caller's reference.
func (l *List) AppendOwned(x Object) {
	if n := len(l.Items); n == cap(l.Items) && n >= 256 {
		l.grow()
	}
	l.Items = append(l.Items, x)
}

// grow doubles a full list's capacity. Beyond 256 items Go's append grows a
// slice by about a quarter, which for a list built an item at a time
// allocates some five times its final size in discarded arrays; doubling
// allocates twice.
func (l *List) grow() {
	n := len(l.Items)
	items := make([]Object, n, 2*n)
	copy(items, l.Items)
	l.Items = items
}

func listDealloc(o Object) {
	l := o.(*List)
	items := l.Items
	l.Items = nil
	decrefReverse(items)
}

// decrefReverse drops the references in items last to first, the order in
// which CPython frees the items of a list or tuple (visible through __del__).
func decrefReverse(items []Object) {
	for i := len(items) - 1; i >= 0; i-- {
		Decref(items[i])
	}
}
