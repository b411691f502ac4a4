package runtime

import (
	"math"
	"math/big"
)

// Slice is Python's slice object: the `a:b:c` of a subscript. Absent parts
// are None.
type Slice struct {
	Header
	Start, Stop, Step Object
}

func (s *Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step); nil parts mean None. The slice
// takes its own references.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	Incref(start)
	Incref(stop)
	Incref(step)
	return &Slice{Header: fresh(), Start: start, Stop: stop, Step: step}
}

func sliceDealloc(o Object) {
	s := o.(*Slice)
	Decref(s.Start)
	Decref(s.Stop)
	Decref(s.Step)
	s.Start, s.Stop, s.Step = nil, nil, nil
}

// sliceIndex is _PyEval_SliceIndex: an index through __index__, clamped to the
// Go int range.
func sliceIndex(ts *ThreadState, v Object) (int, error) {
	switch x := v.(type) {
	case *Int:
		if x.Big == nil {
			return int(x.V), nil
		}
		if x.Big.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	case *Bool:
		if x.V {
			return 1, nil
		}
		return 0, nil
	}
	if v.Type().Index == nil {
		return 0, NewTypeError("slice indices must be integers or None or have an __index__ method")
	}
	return AsIndexClamped(ts, v)
}

// Unpack is PySlice_Unpack: the raw start, stop and step, with None replaced
// by the extremes.
func (s *Slice) Unpack(ts *ThreadState) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		step, err = sliceIndex(ts, s.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = NewValueError("slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		} else {
			start = 0
		}
	} else if start, err = sliceIndex(ts, s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, err = sliceIndex(ts, s.Stop); err != nil {
		return
	}
	return
}

// AdjustIndices is PySlice_AdjustIndices: it clips start and stop to a
// sequence of the given length and returns the number of selected items.
func AdjustIndices(length int, start, stop *int, step int) int {
	if *start < 0 {
		*start += length
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= length {
		if step < 0 {
			*start = length - 1
		} else {
			*start = length
		}
	}
	if *stop < 0 {
		*stop += length
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= length {
		if step < 0 {
			*stop = length - 1
		} else {
			*stop = length
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// SliceIndices resolves a slice against a sequence of the given length: the
// first index, the stop, the step and the number of items selected. Every
// sequence type uses it for seq[a:b:c].
func SliceIndices(ts *ThreadState, s *Slice, length int) (start, stop, step, n int, err error) {
	start, stop, step, err = s.Unpack(ts)
	if err != nil {
		return
	}
	n = AdjustIndices(length, &start, &stop, step)
	return
}

// seqIndex resolves an integer subscript (already known to be index-like)
// against a sequence of length n; ok is false when out of range.
func seqIndex(ts *ThreadState, key Object, n int) (int, bool, error) {
	var i int
	switch k := key.(type) {
	case *Int:
		if k.Big != nil {
			return 0, false, NewIndexError("cannot fit 'int' into an index-sized integer")
		}
		i = int(k.V)
	default:
		x, err := Index(ts, key)
		if err != nil {
			return 0, false, err
		}
		if x.Big != nil {
			Decref(x)
			return 0, false, NewIndexError("cannot fit 'int' into an index-sized integer")
		}
		i = int(x.V)
		Decref(x)
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return i, false, nil
	}
	return i, true, nil
}

// isIndexable reports whether o can be used as a sequence index.
func isIndexable(o Object) bool {
	switch o.(type) {
	case *Int, *Bool:
		return true
	}
	return o.Type().Index != nil
}

func sliceRepr(ts *ThreadState, o Object) (string, error) {
	s := o.(*Slice)
	a, err := Repr(ts, s.Start)
	if err != nil {
		return "", err
	}
	b, err := Repr(ts, s.Stop)
	if err != nil {
		return "", err
	}
	c, err := Repr(ts, s.Step)
	if err != nil {
		return "", err
	}
	return "slice(" + a + ", " + b + ", " + c + ")", nil
}

func sliceCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := a.(*Slice)
	y, ok2 := b.(*Slice)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if x == y && (op == CmpEq || op == CmpLe || op == CmpGe) {
		return True, nil
	}
	return compareSeq(ts, []Object{x.Start, x.Stop, x.Step}, []Object{y.Start, y.Stop, y.Step}, op)
}

func sliceNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("slice", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("slice", len(args), 1, 3); err != nil {
		return nil, err
	}
	switch len(args) {
	case 1:
		return NewSlice(nil, args[0], nil), nil
	case 2:
		return NewSlice(args[0], args[1], nil), nil
	}
	return NewSlice(args[0], args[1], args[2]), nil
}

// sliceIndicesBig is slice.indices(length) with arbitrary-precision ints.
func sliceIndicesBig(ts *ThreadState, s *Slice, lengthObj Object) (Object, error) {
	li, err := Index(ts, lengthObj)
	if err != nil {
		return nil, err
	}
	defer Decref(li)
	length := li.BigValue()
	if length.Sign() < 0 {
		return nil, NewValueError("length should not be negative")
	}
	toBig := func(v Object) (*big.Int, error) {
		if v.Type().Index == nil {
			if _, ok := v.(*Bool); !ok {
				return nil, NewTypeError("slice indices must be integers or None or have an __index__ method")
			}
		}
		i, err := Index(ts, v)
		if err != nil {
			return nil, err
		}
		defer Decref(i)
		return new(big.Int).Set(i.BigValue()), nil
	}
	step := big.NewInt(1)
	if s.Step != None {
		if step, err = toBig(s.Step); err != nil {
			return nil, err
		}
		if step.Sign() == 0 {
			return nil, NewValueError("slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	var lower, upper *big.Int
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(length, lower)
	} else {
		lower = big.NewInt(0)
		upper = new(big.Int).Set(length)
	}
	clamp := func(v Object, dflt *big.Int) (*big.Int, error) {
		if v == None {
			return dflt, nil
		}
		x, err := toBig(v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	var startDefault, stopDefault *big.Int
	if neg {
		startDefault, stopDefault = upper, lower
	} else {
		startDefault, stopDefault = lower, upper
	}
	start, err := clamp(s.Start, startDefault)
	if err != nil {
		return nil, err
	}
	stop, err := clamp(s.Stop, stopDefault)
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{NewBigInt(start), NewBigInt(stop), NewBigInt(step)}), nil
}

func setupSlice(t *Type) {
	t.New = sliceNew
	t.Init = noInit
	t.Repr = sliceRepr
	t.Compare = sliceCompare
	t.Dealloc = sliceDealloc
	t.Dict.SetStr("__hash__", None)
	addMember(t, "start", func(o Object) Object { return o.(*Slice).Start })
	addMember(t, "stop", func(o Object) Object { return o.(*Slice).Stop })
	addMember(t, "step", func(o Object) Object { return o.(*Slice).Step })
	addMethod(t, "indices", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		n, err := OneArg("slice.indices", args, kwnames)
		if err != nil {
			return nil, err
		}
		return sliceIndicesBig(ts, self.(*Slice), n)
	})
}
