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
	return &Tuple{Header: fresh(), Items: items}
}

// NewTupleCopy returns a tuple holding new references to items.
func NewTupleCopy(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	cp := make([]Object, len(items))
	for i, o := range items {
		Incref(o)
		cp[i] = o
	}
	return &Tuple{Header: fresh(), Items: cp}
}

// Tuple2 builds (a, b) taking over the references.
func Tuple2(a, b Object) *Tuple { return NewTuple([]Object{a, b}) }

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
	return &List{Header: fresh(), Items: items}
}

// NewListCopy returns a list holding new references to items.
func NewListCopy(items []Object) *List {
	cp := make([]Object, len(items))
	for i, o := range items {
		Incref(o)
		cp[i] = o
	}
	return &List{Header: fresh(), Items: cp}
}

// Append adds x (the list takes its own reference).
func (l *List) Append(x Object) {
	Incref(x)
	l.Items = append(l.Items, x)
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
