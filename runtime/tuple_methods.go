package runtime

// This file gives tuple its slots and methods (CPython's Objects/tupleobject.c).

// asTuple views a tuple or an instance of a tuple subclass as *Tuple.
func asTuple(o Object) (*Tuple, bool) {
	switch v := o.(type) {
	case *Tuple:
		return v, true
	case *Instance:
		if t, ok := v.Base.(*Tuple); ok {
			return t, true
		}
	}
	return nil, false
}

// NewTupleFromIterable is tuple(iterable).
func NewTupleFromIterable(ts *ThreadState, iterable Object) (*Tuple, error) {
	if t, ok := iterable.(*Tuple); ok {
		return Xref(t).(*Tuple), nil
	}
	items, err := ToSlice(ts, iterable)
	if err != nil {
		return nil, err
	}
	return NewTuple(items), nil
}

func tupleNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	var it Object
	if err := UnpackPositional(ts, "tuple", args, kwnames, 0, &it); err != nil {
		return nil, err
	}
	if it == nil {
		return NewTuple(nil), nil
	}
	return NewTupleFromIterable(ts, it)
}

func tupleRepr(ts *ThreadState, o Object) (string, error) {
	t := o.(*Tuple)
	if len(t.Items) == 0 {
		return "()", nil
	}
	if !ReprEnter(ts, t) {
		return "(...)", nil
	}
	defer ReprLeave(ts, t)
	if len(t.Items) == 1 {
		r, err := Repr(ts, t.Items[0])
		if err != nil {
			return "", err
		}
		return "(" + r + ",)", nil
	}
	return seqRepr(ts, "(", ")", func() []Object { return t.Items })
}

// The xxHash-derived tuple hash of CPython 3.8+.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// TupleHash is hash(tuple) for the given items.
func TupleHash(ts *ThreadState, items []Object) (int64, error) {
	acc := xxPrime5
	for _, x := range items {
		h, err := Hash(ts, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = (acc << 31) | (acc >> 33)
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleGetItem(ts *ThreadState, self, key Object) (Object, error) {
	t := self.(*Tuple)
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(ts, sl, len(t.Items))
		if err != nil {
			return nil, err
		}
		if n == len(t.Items) && step == 1 {
			return Xref(t), nil
		}
		out := make([]Object, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = Xref(t.Items[j])
		}
		return NewTuple(out), nil
	}
	if !isIndexable(key) {
		return nil, NewTypeError("tuple indices must be integers or slices, not %s", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, len(t.Items))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewIndexError("tuple index out of range")
	}
	return Xref(t.Items[i]), nil
}

func tupleContains(ts *ThreadState, self, item Object) (bool, error) {
	for _, x := range self.(*Tuple).Items {
		if x == item {
			return true, nil
		}
		eq, err := CompareBool(ts, x, item, CmpEq)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := asTuple(a)
	y, ok2 := asTuple(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return compareSeq(ts, x.Items, y.Items, op)
}

func tupleBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	switch op {
	case OpAdd:
		x, ok1 := asTuple(a)
		y, ok2 := asTuple(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if len(y.Items) == 0 && a == Object(x) {
			return Xref(x), nil
		}
		if len(x.Items) == 0 && b == Object(y) {
			return Xref(y), nil
		}
		out := make([]Object, 0, len(x.Items)+len(y.Items))
		out = append(out, copyRefs(x.Items)...)
		out = append(out, copyRefs(y.Items)...)
		return NewTuple(out), nil
	case OpMul:
		t, ok := asTuple(a)
		n := b
		if !ok {
			t, ok = asTuple(b)
			n = a
		}
		if !ok {
			return NotImplemented, nil
		}
		if _, isInt := asInt(n); !isInt {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, n)
		if err != nil {
			return nil, err
		}
		if cnt == 1 {
			if _, exact := a.(*Tuple); exact && Object(t) == a {
				return Xref(t), nil
			}
			if _, exact := b.(*Tuple); exact && Object(t) == b {
				return Xref(t), nil
			}
		}
		if err := checkRepeatSize(len(t.Items), cnt); err != nil {
			return nil, err
		}
		out := make([]Object, 0, len(t.Items)*cnt)
		for i := 0; i < cnt; i++ {
			out = append(out, copyRefs(t.Items)...)
		}
		return NewTuple(out), nil
	}
	return NotImplemented, nil
}

func setupTuple(t *Type) {
	t.New = tupleNew
	t.Init = noInit
	t.Repr = tupleRepr
	t.Hash = func(ts *ThreadState, o Object) (int64, error) { return TupleHash(ts, o.(*Tuple).Items) }
	t.GetItem = tupleGetItem
	t.Contains = tupleContains
	t.Compare = tupleCompare
	t.Binary = tupleBinary
	t.Iter = func(ts *ThreadState, o Object) (Object, error) { return newTupleIterator(o.(*Tuple)), nil }
	t.Len = func(ts *ThreadState, o Object) (int, error) { return len(o.(*Tuple).Items), nil }
	t.Bool = func(ts *ThreadState, o Object) (bool, error) { return len(o.(*Tuple).Items) != 0, nil }
	t.Doc = "Built-in immutable sequence."
	addMethod(t, "count", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("tuple.count", args, kwnames)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, y := range self.(*Tuple).Items {
			if y == x {
				n++
				continue
			}
			eq, err := CompareBool(ts, y, x, CmpEq)
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return NewInt(int64(n)), nil
	})
	addMethod(t, "index", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var x, so, eo Object
		if err := UnpackPositional(ts, "tuple.index", args, kwnames, 1, &x, &so, &eo); err != nil {
			return nil, err
		}
		items := self.(*Tuple).Items
		start, err := optIndexArg(ts, so, 0)
		if err != nil {
			return nil, err
		}
		stop, err := optIndexArg(ts, eo, len(items))
		if err != nil {
			return nil, err
		}
		n := len(items)
		if start < 0 {
			start += n
			if start < 0 {
				start = 0
			}
		}
		if stop < 0 {
			stop += n
			if stop < 0 {
				stop = 0
			}
		}
		for i := start; i < stop && i < n; i++ {
			y := items[i]
			if y == x {
				return NewInt(int64(i)), nil
			}
			eq, err := CompareBool(ts, y, x, CmpEq)
			if err != nil {
				return nil, err
			}
			if eq {
				return NewInt(int64(i)), nil
			}
		}
		return nil, NewValueError("tuple.index(x): x not in tuple")
	})
	addMethod(t, "__getnewargs__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewTuple([]Object{NewTupleCopy(self.(*Tuple).Items)}), nil
	})
	addClassGetItem(t)
}
