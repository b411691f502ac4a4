package runtime

// Per-thread free lists of int and float objects.
//
// Arithmetic in a loop makes and drops an int or float object per operation.
// The eval loop's hot paths allocate their results through the ThreadState
// (ts.NewInt, ts.NewFloat) and drop operands through ts.Decref, which keeps
// an int or float whose count reaches zero on the thread's free list instead
// of leaving it to Go's collector. The lists belong to one ThreadState, so
// they are only touched by the goroutine running that thread while it holds
// the GIL; objects may move between threads' lists freely. Counting is
// unchanged: an object goes on a list only when its count reaches zero, which
// is when CPython frees it too.

// freeListMax bounds each list.
const freeListMax = 256

type freeLists struct {
	ints   []*Int
	floats []*Float
}

// NewInt is NewInt reusing a free int object.
func (ts *ThreadState) NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	fl := &ts.free
	if n := len(fl.ints); n > 0 {
		i := fl.ints[n-1]
		fl.ints = fl.ints[:n-1]
		i.rc = 1
		i.V = v
		return i
	}
	return &Int{Header: fresh(), V: v}
}

// NewFloat is NewFloat reusing a free float object.
func (ts *ThreadState) NewFloat(v float64) *Float {
	fl := &ts.free
	if n := len(fl.floats); n > 0 {
		f := fl.floats[n-1]
		fl.floats = fl.floats[:n-1]
		f.rc = 1
		f.V = v
		return f
	}
	return &Float{Header: fresh(), V: v}
}

// Decref is Decref keeping dead ints and floats for reuse.
func (ts *ThreadState) Decref(o Object) {
	h := hdr(o)
	if h == nil {
		return
	}
	if h.rc != 1 {
		h.rc--
		return
	}
	switch v := o.(type) {
	case *Int:
		if v.Big == nil && len(ts.free.ints) < freeListMax {
			h.rc = 0
			ts.free.ints = append(ts.free.ints, v)
			return
		}
	case *Float:
		if len(ts.free.floats) < freeListMax {
			h.rc = 0
			ts.free.floats = append(ts.free.floats, v)
			return
		}
	}
	h.rc = 0
	dealloc(o)
}

// BinaryOp is BinaryOp for the eval loop: int and float arithmetic is done
// here, with results from the thread's free lists; everything else goes
// through the full protocol.
func (ts *ThreadState) BinaryOp(op BinOp, a, b Object) (Object, error) {
	if r := ts.numericOp(op, a, b); r != nil {
		return r, nil
	}
	if r := strConcat(op, a, b); r != nil {
		return r, nil
	}
	return BinaryOp(ts, op, a, b)
}

// InplaceOp is InplaceOp for the eval loop (ints and floats have no in-place
// form, so `a op= b` is a op b for them).
func (ts *ThreadState) InplaceOp(op BinOp, a, b Object) (Object, error) {
	if r := ts.numericOp(op, a, b); r != nil {
		return r, nil
	}
	if r := strConcat(op, a, b); r != nil {
		return r, nil
	}
	return InplaceOp(ts, op, a, b)
}

// numericOp computes the common int and float operations that cannot fail;
// it returns nil for anything else (other types, big ints, overflow, division
// by zero, the rarer operators), which the caller then does in full.
func (ts *ThreadState) numericOp(op BinOp, a, b Object) Object {
	switch x := a.(type) {
	case *Int:
		switch y := b.(type) {
		case *Int:
			if x.Big != nil || y.Big != nil {
				return nil
			}
			return ts.intOp(op, x.V, y.V)
		case *Float:
			if x.Big == nil && absI(x.V) < 1<<53 {
				return ts.floatOp(op, float64(x.V), y.V)
			}
		}
	case *Float:
		switch y := b.(type) {
		case *Float:
			return ts.floatOp(op, x.V, y.V)
		case *Int:
			if y.Big == nil && absI(y.V) < 1<<53 {
				return ts.floatOp(op, x.V, float64(y.V))
			}
		}
	}
	return nil
}

// strConcat is str + str, or nil for other operands.
func strConcat(op BinOp, a, b Object) Object {
	if op != OpAdd {
		return nil
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			return NewStr(x.S + y.S)
		}
	}
	return nil
}

func (ts *ThreadState) intOp(op BinOp, a, b int64) Object {
	switch op {
	case OpAdd:
		if s := a + b; (s > a) == (b > 0) {
			return ts.NewInt(s)
		}
	case OpSub:
		if d := a - b; (d < a) == (b > 0) {
			return ts.NewInt(d)
		}
	case OpMul:
		if a > -1<<31 && a < 1<<31 && b > -1<<31 && b < 1<<31 {
			return ts.NewInt(a * b)
		}
	case OpFloorDiv:
		if b > 0 {
			return ts.NewInt(floorDiv(a, b))
		}
	case OpMod:
		if b > 0 {
			return ts.NewInt(floorMod(a, b))
		}
	case OpAnd:
		return ts.NewInt(a & b)
	case OpOr:
		return ts.NewInt(a | b)
	case OpXor:
		return ts.NewInt(a ^ b)
	case OpRShift:
		if b >= 0 && b <= 63 {
			return ts.NewInt(a >> b)
		}
	case OpLShift:
		if b >= 0 && b < 63 && a == (a<<b)>>b {
			return ts.NewInt(a << b)
		}
	}
	return nil
}

func (ts *ThreadState) floatOp(op BinOp, x, y float64) Object {
	switch op {
	case OpAdd:
		return ts.NewFloat(x + y)
	case OpSub:
		return ts.NewFloat(x - y)
	case OpMul:
		return ts.NewFloat(x * y)
	case OpTrueDiv:
		if y != 0 {
			return ts.NewFloat(x / y)
		}
	}
	return nil
}

// CompareFast computes a op b for two small ints, two floats or two strs
// without making a result object; ok is false for other operands.
func CompareFast(a, b Object, op CmpOp) (result, ok bool) {
	switch x := a.(type) {
	case *Int:
		if y, isInt := b.(*Int); isInt && x.Big == nil && y.Big == nil {
			switch op {
			case CmpEq:
				return x.V == y.V, true
			case CmpNe:
				return x.V != y.V, true
			case CmpLt:
				return x.V < y.V, true
			case CmpLe:
				return x.V <= y.V, true
			case CmpGt:
				return x.V > y.V, true
			}
			return x.V >= y.V, true
		}
	case *Float:
		if y, isFloat := b.(*Float); isFloat {
			return cmpFloats(x.V, y.V, op), true
		}
	case *Str:
		if y, isStr := b.(*Str); isStr {
			return strCmp(x.S, y.S, op), true
		}
	}
	return false, false
}

// SeqIndex returns the item of a list or tuple at an int index (negative
// counting from the end) as a borrowed reference; ok is false when seq is
// not a list or tuple, key not a small int, or the index out of range (the
// caller then takes the full path, which raises the right error).
func SeqIndex(seq, key Object) (item Object, ok bool) {
	i, isInt := key.(*Int)
	if !isInt || i.Big != nil {
		return nil, false
	}
	var items []Object
	switch s := seq.(type) {
	case *List:
		items = s.Items
	case *Tuple:
		items = s.Items
	default:
		return nil, false
	}
	idx := i.V
	if idx < 0 {
		idx += int64(len(items))
	}
	if uint64(idx) >= uint64(len(items)) {
		return nil, false
	}
	return items[idx], true
}

// ListStore does l[key] = value for a list and an in-range small int key,
// taking over the caller's reference to value and returning the item it
// replaced (a reference the caller must drop); ok is false otherwise.
func ListStore(seq, key, value Object) (old Object, ok bool) {
	l, isList := seq.(*List)
	i, isInt := key.(*Int)
	if !isList || !isInt || i.Big != nil {
		return nil, false
	}
	idx := i.V
	if idx < 0 {
		idx += int64(len(l.Items))
	}
	if uint64(idx) >= uint64(len(l.Items)) {
		return nil, false
	}
	old = l.Items[idx]
	l.Items[idx] = value
	return old, true
}
