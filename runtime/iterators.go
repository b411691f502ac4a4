package runtime

import "math/big"

// The iterator types of the built-in containers and the iterator builtins
// (enumerate, zip, map, filter, reversed, iter(callable, sentinel)). Each
// returns itself from __iter__ and signals exhaustion from its Next slot with
// (nil, nil).

var (
	ListIterType        = NewBuiltinType("list_iterator", nil)
	ListRevIterType     = NewBuiltinType("list_reverseiterator", nil)
	TupleIterType       = NewBuiltinType("tuple_iterator", nil)
	StrASCIIIterType    = NewBuiltinType("str_ascii_iterator", nil)
	StrIterType         = NewBuiltinType("str_iterator", nil)
	BytesIterType       = NewBuiltinType("bytes_iterator", nil)
	ByteArrayIterType   = NewBuiltinType("bytearray_iterator", nil)
	DictKeyIterType     = NewBuiltinType("dict_keyiterator", nil)
	DictValueIterType   = NewBuiltinType("dict_valueiterator", nil)
	DictItemIterType    = NewBuiltinType("dict_itemiterator", nil)
	DictRevKeyIterType  = NewBuiltinType("dict_reversekeyiterator", nil)
	DictRevValIterType  = NewBuiltinType("dict_reversevalueiterator", nil)
	DictRevItemIterType = NewBuiltinType("dict_reverseitemiterator", nil)
	SetIterType         = NewBuiltinType("set_iterator", nil)
	RangeIterType       = NewBuiltinType("range_iterator", nil)
	LongRangeIterType   = NewBuiltinType("longrange_iterator", nil)
	SeqIterType         = NewBuiltinType("iterator", nil)
	CallableIterType    = NewBuiltinType("callable_iterator", nil)
	EnumerateType       = NewBuiltinType("enumerate", nil)
	ZipType             = NewBuiltinType("zip", nil)
	MapType             = NewBuiltinType("map", nil)
	FilterType          = NewBuiltinType("filter", nil)
	ReversedType        = NewBuiltinType("reversed", nil)
)

func selfIter(ts *ThreadState, o Object) (Object, error) { return Xref(o), nil }

// ---- list ----

type listIterator struct {
	Header
	l   *List // nil once exhausted
	i   int
	rev bool
}

func (it *listIterator) Type() *Type {
	if it.rev {
		return ListRevIterType
	}
	return ListIterType
}

func newListIterator(l *List) Object {
	Incref(l)
	return &listIterator{Header: fresh(), l: l}
}

func newListRevIterator(l *List) Object {
	Incref(l)
	return &listIterator{Header: fresh(), l: l, i: len(l.Items) - 1, rev: true}
}

func listIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*listIterator)
	if it.l == nil {
		return nil, nil
	}
	if it.rev {
		if it.i >= 0 && it.i < len(it.l.Items) {
			x := it.l.Items[it.i]
			it.i--
			return Xref(x), nil
		}
	} else if it.i < len(it.l.Items) {
		x := it.l.Items[it.i]
		it.i++
		return Xref(x), nil
	}
	l := it.l
	it.l = nil
	Decref(l)
	return nil, nil
}

func listIterHint(o Object) int {
	it := o.(*listIterator)
	if it.l == nil {
		return 0
	}
	if it.rev {
		if it.i < len(it.l.Items) {
			return it.i + 1
		}
		return 0
	}
	if n := len(it.l.Items) - it.i; n > 0 {
		return n
	}
	return 0
}

// ---- tuple ----

type tupleIterator struct {
	Header
	t *Tuple
	i int
}

func (*tupleIterator) Type() *Type { return TupleIterType }

func newTupleIterator(t *Tuple) Object {
	Incref(t)
	return &tupleIterator{Header: fresh(), t: t}
}

func tupleIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*tupleIterator)
	if it.t == nil {
		return nil, nil
	}
	if it.i < len(it.t.Items) {
		x := it.t.Items[it.i]
		it.i++
		return Xref(x), nil
	}
	t := it.t
	it.t = nil
	Decref(t)
	return nil, nil
}

// ---- str ----

type strIterator struct {
	Header
	s *Str
	i int
}

func (it *strIterator) Type() *Type {
	if it.s == nil || it.s.IsASCII() {
		return StrASCIIIterType
	}
	return StrIterType
}

func newStrIterator(s *Str) Object {
	Incref(s)
	return &strIterator{Header: fresh(), s: s}
}

func strIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*strIterator)
	if it.s == nil {
		return nil, nil
	}
	if it.i < it.s.Len() {
		c := it.s.At(it.i)
		it.i++
		return NewStr(c), nil
	}
	return nil, nil
}

// ---- bytes ----

type bytesIterator struct {
	Header
	b Object
	i int
}

func (it *bytesIterator) Type() *Type {
	if _, ok := Unwrap(it.b).(*ByteArray); ok {
		return ByteArrayIterType
	}
	return BytesIterType
}

func newBytesIterator(b Object) Object {
	Incref(b)
	return &bytesIterator{Header: fresh(), b: b}
}

func bytesIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*bytesIterator)
	data, _ := bytesData(it.b)
	if it.i < len(data) {
		c := data[it.i]
		it.i++
		return NewInt(int64(c)), nil
	}
	return nil, nil
}

// ---- dict ----

type dictIterator struct {
	Header
	d         *Dict // nil once exhausted
	kind      dictViewKind
	rev       bool
	pos       int
	used      int
	remaining int
}

func (it *dictIterator) Type() *Type {
	switch it.kind {
	case viewKeys:
		if it.rev {
			return DictRevKeyIterType
		}
		return DictKeyIterType
	case viewValues:
		if it.rev {
			return DictRevValIterType
		}
		return DictValueIterType
	}
	if it.rev {
		return DictRevItemIterType
	}
	return DictItemIterType
}

func newDictIterator(d *Dict, kind dictViewKind, rev bool) Object {
	Incref(d)
	it := &dictIterator{Header: fresh(), d: d, kind: kind, rev: rev, used: d.used, remaining: d.used}
	if rev {
		it.pos = len(d.entries) - 1
	}
	return it
}

func dictIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*dictIterator)
	d := it.d
	if d == nil {
		return nil, nil
	}
	if it.used != d.used {
		it.used = -1
		return nil, NewRuntimeError("dictionary changed size during iteration")
	}
	var k, v Object
	found := false
	if it.rev {
		for it.pos >= 0 && it.pos < len(d.entries) {
			e := &d.entries[it.pos]
			it.pos--
			if e.key != nil {
				k, v, found = e.key, e.value, true
				break
			}
		}
	} else {
		var ok bool
		it.pos, k, v, ok = d.Next(it.pos)
		found = ok
	}
	if !found {
		it.d = nil
		Decref(d)
		return nil, nil
	}
	if it.remaining == 0 {
		it.d = nil
		Decref(d)
		return nil, NewRuntimeError("dictionary keys changed during iteration")
	}
	it.remaining--
	switch it.kind {
	case viewKeys:
		return Xref(k), nil
	case viewValues:
		return Xref(v), nil
	}
	return Tuple2(Xref(k), Xref(v)), nil
}

// ---- set ----

type setIterator struct {
	Header
	set       Object // nil once exhausted
	used      int
	pos       int
	remaining int
}

func (*setIterator) Type() *Type { return SetIterType }

func newSetIterator(set Object) Object {
	s, _ := asAnySet(set)
	Incref(set)
	return &setIterator{Header: fresh(), set: set, used: s.used, remaining: s.used}
}

func setIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*setIterator)
	if it.set == nil {
		return nil, nil
	}
	s, _ := asAnySet(it.set)
	if it.used != s.used {
		it.used = -1
		return nil, NewRuntimeError("Set changed size during iteration")
	}
	var e *setEntry
	it.pos, e = s.next(it.pos)
	if e == nil {
		set := it.set
		it.set = nil
		Decref(set)
		return nil, nil
	}
	it.remaining--
	return Xref(e.key), nil
}

// ---- range ----

type rangeIterator struct {
	Header
	next, step, remaining int64
}

func (*rangeIterator) Type() *Type { return RangeIterType }

type longRangeIterator struct {
	Header
	next, step, remaining *big.Int
}

func (*longRangeIterator) Type() *Type { return LongRangeIterType }

func newRangeIterator(r *Range, reverse bool) Object {
	if r.small {
		if reverse {
			last := r.start + (r.length-1)*r.step
			if r.length == 0 {
				last = r.start
			}
			return &rangeIterator{Header: fresh(), next: last, step: -r.step, remaining: r.length}
		}
		return &rangeIterator{Header: fresh(), next: r.start, step: r.step, remaining: r.length}
	}
	start, step := new(big.Int).Set(r.Start.BigValue()), new(big.Int).Set(r.Step.BigValue())
	length := new(big.Int).Set(r.Length.BigValue())
	if reverse && length.Sign() > 0 {
		last := new(big.Int).Sub(length, big.NewInt(1))
		last.Mul(last, step)
		start.Add(start, last)
		step.Neg(step)
	}
	return &longRangeIterator{Header: fresh(), next: start, step: step, remaining: length}
}

func rangeIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*rangeIterator)
	if it.remaining <= 0 {
		return nil, nil
	}
	v := it.next
	it.remaining--
	if it.remaining > 0 {
		it.next += it.step
	}
	return ts.NewInt(v), nil
}

func longRangeIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*longRangeIterator)
	if it.remaining.Sign() <= 0 {
		return nil, nil
	}
	v := NewBigInt(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	it.remaining.Sub(it.remaining, big.NewInt(1))
	return v, nil
}

// ---- sequence iterator (__getitem__ protocol) ----

type seqIter struct {
	Header
	seq Object // nil once exhausted
	i   int
}

func (*seqIter) Type() *Type { return SeqIterType }

func newSeqIter(seq Object) Object {
	Incref(seq)
	return &seqIter{Header: fresh(), seq: seq}
}

func seqIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*seqIter)
	if it.seq == nil {
		return nil, nil
	}
	idx := NewInt(int64(it.i))
	v, err := GetItem(ts, it.seq, idx)
	Decref(idx)
	if err != nil {
		if ErrorMatches(err, IndexErrorType) || ErrorMatches(err, StopIterationType) {
			Decref(err.(*Exception))
			seq := it.seq
			it.seq = nil
			Decref(seq)
			return nil, nil
		}
		return nil, err
	}
	it.i++
	return v, nil
}

// ---- callable_iterator ----

type callableIter struct {
	Header
	fn, sentinel Object // nil once exhausted
}

func (*callableIter) Type() *Type { return CallableIterType }

// NewCallableIterator is iter(callable, sentinel).
func NewCallableIterator(fn, sentinel Object) Object {
	Incref(fn)
	Incref(sentinel)
	return &callableIter{Header: fresh(), fn: fn, sentinel: sentinel}
}

func (it *callableIter) finish() {
	fn, s := it.fn, it.sentinel
	it.fn, it.sentinel = nil, nil
	Decref(fn)
	Decref(s)
}

func callableIterNext(ts *ThreadState, o Object) (Object, error) {
	it := o.(*callableIter)
	if it.fn == nil {
		return nil, nil
	}
	v, err := Call(ts, it.fn, nil, nil)
	if err != nil {
		if ErrorMatches(err, StopIterationType) {
			Decref(err.(*Exception))
			it.finish()
			return nil, nil
		}
		return nil, err
	}
	eq, err := Equal(ts, v, it.sentinel)
	if err != nil {
		Decref(v)
		return nil, err
	}
	if eq {
		Decref(v)
		it.finish()
		return nil, nil
	}
	return v, nil
}

// ---- enumerate ----

type enumerateObj struct {
	Header
	it    Object
	index *Int
}

func (*enumerateObj) Type() *Type { return EnumerateType }

// NewEnumerate is enumerate(iterable, start).
func NewEnumerate(ts *ThreadState, iterable Object, start *Int) (Object, error) {
	it, err := GetIter(ts, iterable)
	if err != nil {
		return nil, err
	}
	if start == nil {
		start = NewInt(0)
	}
	Incref(start)
	return &enumerateObj{Header: fresh(), it: it, index: start}, nil
}

func enumerateNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	var iterable, start Object
	for _, k := range kwnames {
		if k != "iterable" && k != "start" {
			return nil, NewTypeError("'%s' is an invalid keyword argument for enumerate()", k)
		}
	}
	if len(args) == 0 {
		return nil, NewTypeError("enumerate() missing required argument 'iterable'")
	}
	if err := UnpackArgs(ts, "enumerate", args, kwnames, "iterable", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	var s *Int
	if start != nil {
		i, err := Index(ts, start)
		if err != nil {
			return nil, err
		}
		defer Decref(i)
		s = i
	}
	return NewEnumerate(ts, iterable, s)
}

func enumerateNext(ts *ThreadState, o Object) (Object, error) {
	e := o.(*enumerateObj)
	x, err := Next(ts, e.it)
	if err != nil || x == nil {
		return nil, err
	}
	idx := e.index
	next, err := IntArith(OpAdd, idx, NewInt(1))
	if err != nil {
		Decref(x)
		return nil, err
	}
	e.index = next.(*Int)
	return Tuple2(idx, x), nil
}

// ---- zip ----

type zipObj struct {
	Header
	iters  []Object
	strict bool
	done   bool
}

func (*zipObj) Type() *Type { return ZipType }

// NewZip is zip(*iterables, strict=strict).
func NewZip(ts *ThreadState, iterables []Object, strict bool) (Object, error) {
	iters := make([]Object, 0, len(iterables))
	for _, x := range iterables {
		it, err := GetIter(ts, x)
		if err != nil {
			DecrefAll(iters)
			return nil, err
		}
		iters = append(iters, it)
	}
	return &zipObj{Header: fresh(), iters: iters, strict: strict}, nil
}

func zipNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	strict := false
	if len(kwnames) > 0 {
		if len(kwnames) > 1 {
			return nil, NewTypeError("zip() takes at most 1 keyword argument (%d given)", len(kwnames))
		}
		if kwnames[0] != "strict" {
			return nil, NewTypeError("'%s' is an invalid keyword argument for zip()", kwnames[0])
		}
		b, err := Truth(ts, args[npos])
		if err != nil {
			return nil, err
		}
		strict = b
	}
	return NewZip(ts, args[:npos], strict)
}

func pluralArgs(i int) string {
	if i == 1 {
		return " "
	}
	return "s 1-"
}

func zipNext(ts *ThreadState, o Object) (Object, error) {
	z := o.(*zipObj)
	if len(z.iters) == 0 || z.done {
		return nil, nil
	}
	items := make([]Object, 0, len(z.iters))
	for i, it := range z.iters {
		x, err := Next(ts, it)
		if err != nil {
			DecrefAll(items)
			return nil, err
		}
		if x == nil {
			DecrefAll(items)
			z.done = true
			if !z.strict {
				return nil, nil
			}
			if i > 0 {
				return nil, NewValueError("zip() argument %d is shorter than argument%s%d", i+1, pluralArgs(i), i)
			}
			for j := 1; j < len(z.iters); j++ {
				y, err := Next(ts, z.iters[j])
				if err != nil {
					return nil, err
				}
				if y != nil {
					Decref(y)
					return nil, NewValueError("zip() argument %d is longer than argument%s%d", j+1, pluralArgs(j), j)
				}
			}
			return nil, nil
		}
		items = append(items, x)
	}
	return NewTuple(items), nil
}

// ---- map ----

type mapObj struct {
	Header
	fn    Object
	iters []Object
}

func (*mapObj) Type() *Type { return MapType }

// NewMap is map(fn, *iterables).
func NewMap(ts *ThreadState, fn Object, iterables []Object) (Object, error) {
	iters := make([]Object, 0, len(iterables))
	for _, x := range iterables {
		it, err := GetIter(ts, x)
		if err != nil {
			DecrefAll(iters)
			return nil, err
		}
		iters = append(iters, it)
	}
	Incref(fn)
	return &mapObj{Header: fresh(), fn: fn, iters: iters}, nil
}

func mapNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("map", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, NewTypeError("map() must have at least two arguments.")
	}
	return NewMap(ts, args[0], args[1:])
}

func mapNext(ts *ThreadState, o Object) (Object, error) {
	m := o.(*mapObj)
	args := make([]Object, 0, len(m.iters))
	defer func() { DecrefAll(args) }()
	for _, it := range m.iters {
		x, err := Next(ts, it)
		if err != nil || x == nil {
			return nil, err
		}
		args = append(args, x)
	}
	return Call(ts, m.fn, args, nil)
}

// ---- filter ----

type filterObj struct {
	Header
	fn Object
	it Object
}

func (*filterObj) Type() *Type { return FilterType }

// NewFilter is filter(fn, iterable); fn None keeps the true items.
func NewFilter(ts *ThreadState, fn, iterable Object) (Object, error) {
	it, err := GetIter(ts, iterable)
	if err != nil {
		return nil, err
	}
	Incref(fn)
	return &filterObj{Header: fresh(), fn: fn, it: it}, nil
}

func filterNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("filter", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("filter", len(args), 2, 2); err != nil {
		return nil, err
	}
	return NewFilter(ts, args[0], args[1])
}

func filterNext(ts *ThreadState, o Object) (Object, error) {
	f := o.(*filterObj)
	for {
		x, err := Next(ts, f.it)
		if err != nil || x == nil {
			return nil, err
		}
		var ok bool
		if f.fn == None || f.fn == Object(BoolType) {
			ok, err = Truth(ts, x)
		} else {
			var r Object
			r, err = Call(ts, f.fn, []Object{x}, nil)
			if err == nil {
				ok, err = Truth(ts, r)
				Decref(r)
			}
		}
		if err != nil {
			Decref(x)
			return nil, err
		}
		if ok {
			return x, nil
		}
		Decref(x)
	}
}

// ---- reversed ----

type reversedObj struct {
	Header
	seq   Object // nil once exhausted
	index int
}

func (*reversedObj) Type() *Type { return ReversedType }

// NewReversed is reversed(seq): __reversed__ if the type has one, else the
// sequence protocol (__len__ and __getitem__).
func NewReversed(ts *ThreadState, seq Object) (Object, error) {
	t := seq.Type()
	if f := t.Lookup("__reversed__"); f != nil {
		if f == None {
			return nil, NewTypeError("'%s' object is not reversible", TypeName(seq))
		}
		return callUnbound(ts, f, seq)
	}
	if _, isDict := asDict(seq); isDict || t.GetItem == nil || t.Len == nil {
		return nil, NewTypeError("'%s' object is not reversible", TypeName(seq))
	}
	n, err := Len(ts, seq)
	if err != nil {
		return nil, err
	}
	Incref(seq)
	return &reversedObj{Header: fresh(), seq: seq, index: n - 1}, nil
}

func reversedNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("reversed", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("reversed", len(args), 1, 1); err != nil {
		return nil, err
	}
	return NewReversed(ts, args[0])
}

func reversedNext(ts *ThreadState, o Object) (Object, error) {
	r := o.(*reversedObj)
	if r.seq == nil {
		return nil, nil
	}
	if r.index >= 0 {
		idx := NewInt(int64(r.index))
		v, err := GetItem(ts, r.seq, idx)
		Decref(idx)
		if err == nil {
			r.index--
			return v, nil
		}
		if !ErrorMatches(err, IndexErrorType) && !ErrorMatches(err, StopIterationType) {
			return nil, err
		}
		Decref(err.(*Exception))
	}
	seq := r.seq
	r.seq = nil
	r.index = -1
	Decref(seq)
	return nil, nil
}

// ---- wiring ----

func lengthHintMethod(t *Type, hint func(o Object) int) {
	addMethod(t, "__length_hint__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewInt(int64(hint(self))), nil
	})
}

func setupIteratorTypes() {
	iterTypes := map[*Type]struct {
		next    func(*ThreadState, Object) (Object, error)
		dealloc func(Object)
	}{
		ListIterType:        {listIterNext, listIterDealloc},
		ListRevIterType:     {listIterNext, listIterDealloc},
		TupleIterType:       {tupleIterNext, tupleIterDealloc},
		StrASCIIIterType:    {strIterNext, strIterDealloc},
		StrIterType:         {strIterNext, strIterDealloc},
		BytesIterType:       {bytesIterNext, func(o Object) { Decref(o.(*bytesIterator).b) }},
		ByteArrayIterType:   {bytesIterNext, func(o Object) { Decref(o.(*bytesIterator).b) }},
		DictKeyIterType:     {dictIterNext, dictIterDealloc},
		DictValueIterType:   {dictIterNext, dictIterDealloc},
		DictItemIterType:    {dictIterNext, dictIterDealloc},
		DictRevKeyIterType:  {dictIterNext, dictIterDealloc},
		DictRevValIterType:  {dictIterNext, dictIterDealloc},
		DictRevItemIterType: {dictIterNext, dictIterDealloc},
		SetIterType:         {setIterNext, func(o Object) { Decref(o.(*setIterator).set) }},
		RangeIterType:       {rangeIterNext, func(Object) {}},
		LongRangeIterType:   {longRangeIterNext, func(Object) {}},
		SeqIterType:         {seqIterNext, func(o Object) { Decref(o.(*seqIter).seq) }},
		CallableIterType: {callableIterNext, func(o Object) {
			it := o.(*callableIter)
			Decref(it.fn)
			Decref(it.sentinel)
		}},
		EnumerateType: {enumerateNext, func(o Object) {
			e := o.(*enumerateObj)
			Decref(e.it)
			Decref(e.index)
		}},
		ZipType: {zipNext, func(o Object) { DecrefAll(o.(*zipObj).iters) }},
		MapType: {mapNext, func(o Object) {
			m := o.(*mapObj)
			Decref(m.fn)
			DecrefAll(m.iters)
		}},
		FilterType: {filterNext, func(o Object) {
			f := o.(*filterObj)
			Decref(f.fn)
			Decref(f.it)
		}},
		ReversedType: {reversedNext, func(o Object) { Decref(o.(*reversedObj).seq) }},
	}
	for t, s := range iterTypes {
		t.Base = ObjectType
		t.Bases = []*Type{ObjectType}
		t.Iter = selfIter
		t.Next = s.next
		t.Dealloc = s.dealloc
	}
	EnumerateType.New = enumerateNew
	EnumerateType.Init = noInit
	ZipType.New = zipNew
	ZipType.Init = noInit
	MapType.New = mapNew
	MapType.Init = noInit
	FilterType.New = filterNew
	FilterType.Init = noInit
	ReversedType.New = reversedNew
	ReversedType.Init = noInit
	for _, t := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		t.Flags |= FlagBaseType
	}
	addClassGetItem(EnumerateType)

	lengthHintMethod(ListIterType, listIterHint)
	lengthHintMethod(ListRevIterType, listIterHint)
	lengthHintMethod(TupleIterType, func(o Object) int {
		it := o.(*tupleIterator)
		if it.t == nil {
			return 0
		}
		return len(it.t.Items) - it.i
	})
	strHint := func(o Object) int {
		it := o.(*strIterator)
		if it.s == nil {
			return 0
		}
		return it.s.Len() - it.i
	}
	lengthHintMethod(StrASCIIIterType, strHint)
	lengthHintMethod(StrIterType, strHint)
	bytesHint := func(o Object) int {
		it := o.(*bytesIterator)
		d, _ := bytesData(it.b)
		if n := len(d) - it.i; n > 0 {
			return n
		}
		return 0
	}
	lengthHintMethod(BytesIterType, bytesHint)
	lengthHintMethod(ByteArrayIterType, bytesHint)
	dictHint := func(o Object) int {
		it := o.(*dictIterator)
		if it.d == nil || it.used != it.d.used {
			return 0
		}
		return it.remaining
	}
	for _, t := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValIterType, DictRevItemIterType} {
		lengthHintMethod(t, dictHint)
	}
	lengthHintMethod(SetIterType, func(o Object) int {
		it := o.(*setIterator)
		if it.set == nil {
			return 0
		}
		s, _ := asAnySet(it.set)
		if it.used != s.used {
			return 0
		}
		return it.remaining
	})
	lengthHintMethod(RangeIterType, func(o Object) int { return int(o.(*rangeIterator).remaining) })
	addMethod(LongRangeIterType, "__length_hint__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewBigInt(new(big.Int).Set(self.(*longRangeIterator).remaining)), nil
	})
	lengthHintMethod(ReversedType, func(o Object) int {
		r := o.(*reversedObj)
		if r.seq == nil {
			return 0
		}
		return r.index + 1
	})
	for t := range iterTypes {
		t.Ready()
	}
}

// The deallocators check for nil: a typed nil pointer in an Object
// interface is not a nil interface.

func dictIterDealloc(o Object) {
	if it := o.(*dictIterator); it.d != nil {
		Decref(it.d)
		it.d = nil
	}
}

func listIterDealloc(o Object) {
	if it := o.(*listIterator); it.l != nil {
		Decref(it.l)
		it.l = nil
	}
}

func tupleIterDealloc(o Object) {
	if it := o.(*tupleIterator); it.t != nil {
		Decref(it.t)
		it.t = nil
	}
}

func strIterDealloc(o Object) {
	if it := o.(*strIterator); it.s != nil {
		Decref(it.s)
		it.s = nil
	}
}
