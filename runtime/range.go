package runtime

import (
	"math/big"
)

// Range is Python's range: an immutable arithmetic progression. Bounds may be
// arbitrarily large ints; the common case where everything fits in int64 is
// served by the int64 fields.
type Range struct {
	Header
	Start, Stop, Step, Length *Int
	// small reports that start, step and length fit in int64 (and so does
	// every element).
	small               bool
	start, step, length int64
}

func (r *Range) Type() *Type { return RangeType }

// rangeLength computes the number of items of range(start, stop, step).
func rangeLength(start, stop, step *big.Int) *big.Int {
	var lo, hi, st *big.Int
	if step.Sign() > 0 {
		lo, hi, st = start, stop, step
	} else {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return big.NewInt(0)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// NewRange returns range(start, stop, step); step must not be zero. The
// range takes its own references.
func NewRange(start, stop, step *Int) *Range {
	length := NewBigInt(rangeLength(start.BigValue(), stop.BigValue(), step.BigValue()))
	r := &Range{Header: fresh(), Start: Xref(start).(*Int), Stop: Xref(stop).(*Int), Step: Xref(step).(*Int), Length: length}
	if start.Big == nil && step.Big == nil && length.Big == nil {
		// The last element start+(length-1)*step must fit too.
		last := new(big.Int).Mul(big.NewInt(length.V), step.BigValue())
		last.Add(last, start.BigValue())
		if last.IsInt64() && new(big.Int).Add(last, step.BigValue()).IsInt64() {
			r.small = true
			r.start, r.step, r.length = start.V, step.V, length.V
		}
	}
	return r
}

// NewRangeInts returns range(start, stop, step) for Go ints.
func NewRangeInts(start, stop, step int64) *Range {
	a, b, c := NewInt(start), NewInt(stop), NewInt(step)
	r := NewRange(a, b, c)
	Decref(a)
	Decref(b)
	Decref(c)
	return r
}

func rangeDealloc(o Object) {
	r := o.(*Range)
	Decref(r.Start)
	Decref(r.Stop)
	Decref(r.Step)
	Decref(r.Length)
}

func rangeNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("range", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("range", len(args), 1, 3); err != nil {
		return nil, err
	}
	ints := make([]*Int, len(args))
	for i, a := range args {
		v, err := Index(ts, a)
		if err != nil {
			for _, x := range ints[:i] {
				Decref(x)
			}
			return nil, err
		}
		ints[i] = v
	}
	defer func() {
		for _, x := range ints {
			Decref(x)
		}
	}()
	switch len(ints) {
	case 1:
		zero, one := NewInt(0), NewInt(1)
		return NewRange(zero, ints[0], one), nil
	case 2:
		return NewRange(ints[0], ints[1], NewInt(1)), nil
	}
	if ints[2].Sign() == 0 {
		return nil, NewValueError("range() arg 3 must not be zero")
	}
	return NewRange(ints[0], ints[1], ints[2]), nil
}

func rangeRepr(ts *ThreadState, o Object) (string, error) {
	r := o.(*Range)
	if r.Step.Big == nil && r.Step.V == 1 {
		return "range(" + r.Start.String() + ", " + r.Stop.String() + ")", nil
	}
	return "range(" + r.Start.String() + ", " + r.Stop.String() + ", " + r.Step.String() + ")", nil
}

// item returns start + i*step.
func (r *Range) item(i *big.Int) *Int {
	v := new(big.Int).Mul(i, r.Step.BigValue())
	return NewBigInt(v.Add(v, r.Start.BigValue()))
}

func rangeGetItem(ts *ThreadState, self, key Object) (Object, error) {
	r := self.(*Range)
	if sl, ok := key.(*Slice); ok {
		t, err := sliceIndicesBig(ts, sl, r.Length)
		if err != nil {
			return nil, err
		}
		defer Decref(t)
		items := t.(*Tuple).Items
		start, stop, step := items[0].(*Int), items[1].(*Int), items[2].(*Int)
		substep := NewBigInt(new(big.Int).Mul(step.BigValue(), r.Step.BigValue()))
		substart := r.item(start.BigValue())
		substop := r.item(stop.BigValue())
		res := NewRange(substart, substop, substep)
		Decref(substep)
		Decref(substart)
		Decref(substop)
		return res, nil
	}
	if !isIndexable(key) {
		return nil, NewTypeError("range indices must be integers or slices, not %s", TypeName(key))
	}
	idx, err := Index(ts, key)
	if err != nil {
		return nil, err
	}
	defer Decref(idx)
	if r.small && idx.Big == nil {
		i := idx.V
		if i < 0 {
			i += r.length
		}
		if i < 0 || i >= r.length {
			return nil, NewIndexError("range object index out of range")
		}
		return NewInt(r.start + i*r.step), nil
	}
	i := new(big.Int).Set(idx.BigValue())
	if i.Sign() < 0 {
		i.Add(i, r.Length.BigValue())
	}
	if i.Sign() < 0 || i.Cmp(r.Length.BigValue()) >= 0 {
		return nil, NewIndexError("range object index out of range")
	}
	return r.item(i), nil
}

// rangeContainsInt tests an int arithmetically.
func rangeContainsInt(r *Range, x *Int) bool {
	v := x.BigValue()
	start, stop, step := r.Start.BigValue(), r.Stop.BigValue(), r.Step.BigValue()
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Mod(d, new(big.Int).Abs(step)).Sign() == 0
}

func rangeContains(ts *ThreadState, self, item Object) (bool, error) {
	r := self.(*Range)
	switch x := item.(type) {
	case *Int:
		return rangeContainsInt(r, x), nil
	case *Bool:
		i, _ := asInt(x)
		return rangeContainsInt(r, i), nil
	}
	found := false
	err := Iterate(ts, r, func(y Object) (bool, error) {
		eq, err := Equal(ts, y, item)
		if err != nil {
			return false, err
		}
		found = eq
		return !eq, nil
	})
	return found, err
}

func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	if intCmp(a.Length, b.Length) != 0 {
		return false
	}
	if a.Length.Sign() == 0 {
		return true
	}
	if intCmp(a.Start, b.Start) != 0 {
		return false
	}
	if a.Length.Big == nil && a.Length.V == 1 {
		return true
	}
	return intCmp(a.Step, b.Step) == 0
}

func rangeCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := a.(*Range)
	y, ok2 := b.(*Range)
	if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	return NewBool(rangeEqual(x, y) == (op == CmpEq)), nil
}

func rangeHash(ts *ThreadState, o Object) (int64, error) {
	r := o.(*Range)
	items := []Object{r.Length, None, None}
	if r.Length.Sign() != 0 {
		items[1] = r.Start
		if !(r.Length.Big == nil && r.Length.V == 1) {
			items[2] = r.Step
		}
	}
	return TupleHash(ts, items)
}

func rangeLen(ts *ThreadState, o Object) (int, error) {
	r := o.(*Range)
	if r.Length.Big != nil {
		return 0, NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return int(r.Length.V), nil
}

func setupRange(t *Type) {
	t.New = rangeNew
	t.Init = noInit
	t.Repr = rangeRepr
	t.GetItem = rangeGetItem
	t.Contains = rangeContains
	t.Compare = rangeCompare
	t.Hash = rangeHash
	t.Len = rangeLen
	t.Bool = func(ts *ThreadState, o Object) (bool, error) { return o.(*Range).Length.Sign() != 0, nil }
	t.Iter = func(ts *ThreadState, o Object) (Object, error) { return newRangeIterator(o.(*Range), false), nil }
	t.Dealloc = rangeDealloc
	t.Doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object"
	addMember(t, "start", func(o Object) Object { return o.(*Range).Start })
	addMember(t, "stop", func(o Object) Object { return o.(*Range).Stop })
	addMember(t, "step", func(o Object) Object { return o.(*Range).Step })
	addMethod(t, "__reversed__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return newRangeIterator(self.(*Range), true), nil
	})
	addMethod(t, "count", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("range.count", args, kwnames)
		if err != nil {
			return nil, err
		}
		r := self.(*Range)
		if i, ok := x.(*Int); ok {
			if rangeContainsInt(r, i) {
				return NewInt(1), nil
			}
			return NewInt(0), nil
		}
		n := 0
		err = Iterate(ts, r, func(y Object) (bool, error) {
			eq, err := Equal(ts, y, x)
			if eq {
				n++
			}
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
		return NewInt(int64(n)), nil
	})
	addMethod(t, "index", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("range.index", args, kwnames)
		if err != nil {
			return nil, err
		}
		r := self.(*Range)
		if i, ok := asInt(x); ok {
			if _, exact := x.(*Int); exact || isBoolObj(x) {
				if !rangeContainsInt(r, i) {
					return nil, NewValueError("%s is not in range", i.String())
				}
				d := new(big.Int).Sub(i.BigValue(), r.Start.BigValue())
				return NewBigInt(d.Quo(d, r.Step.BigValue())), nil
			}
		}
		idx := 0
		found := -1
		err = Iterate(ts, r, func(y Object) (bool, error) {
			eq, err := Equal(ts, y, x)
			if err != nil {
				return false, err
			}
			if eq {
				found = idx
				return false, nil
			}
			idx++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		if found < 0 {
			return nil, NewValueError("sequence.index(x): x not in sequence")
		}
		return NewInt(int64(found)), nil
	})
}

func isBoolObj(o Object) bool {
	_, ok := o.(*Bool)
	return ok
}
