package runtime

import "math"

// Fast paths of the eval loop for the common operand types, in the spirit of
// CPython 3.11's specialised instructions (BINARY_OP_ADD_FLOAT,
// BINARY_SUBSCR_LIST_INT, COMPARE_OP_INT_JUMP, ...). Each returns ok=false
// (or nil) without touching anything when the operands are not its case, and
// the eval loop then takes the general path.

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

// NumberOp computes a op b for ints and floats, consuming the caller's
// references to both operands: an operand whose only reference is the
// caller's (a temporary) is reused for the result, as CPython 3.11 does for
// floats; other results come from the free lists. It returns nil, leaving the
// references alone, when it does not handle the operands or the operation
// (big ints, overflow, division by zero, the rarer operators).
func (ts *ThreadState) NumberOp(op BinOp, a, b Object) Object {
	switch x := a.(type) {
	case *Int:
		if x.Big != nil {
			return nil
		}
		switch y := b.(type) {
		case *Int:
			if y.Big == nil {
				if v, ok := intOpValue(op, x.V, y.V); ok {
					return ts.intResult(v, x, y)
				}
			}
		case *Float:
			if absI(x.V) < 1<<53 {
				if v, ok := floatOpValue(op, float64(x.V), y.V); ok {
					ts.dropInt(x)
					return ts.floatInto(v, y)
				}
			}
		}
	case *Float:
		switch y := b.(type) {
		case *Float:
			if v, ok := floatOpValue(op, x.V, y.V); ok {
				if x.rc == 1 {
					x.V = v
					ts.dropFloat(y)
					return x
				}
				ts.dropFloat(x)
				return ts.floatInto(v, y)
			}
		case *Int:
			if y.Big == nil && absI(y.V) < 1<<53 {
				if v, ok := floatOpValue(op, x.V, float64(y.V)); ok {
					ts.dropInt(y)
					return ts.floatInto(v, x)
				}
			}
		}
	}
	return nil
}

// floatInto returns the float v in f when the caller holds f's only
// reference, or else in a new float, dropping the caller's reference to f.
func (ts *ThreadState) floatInto(v float64, f *Float) *Float {
	if f.rc == 1 {
		f.V = v
		return f
	}
	f.rc-- // not the last reference
	return ts.NewFloat(v)
}

// dropFloat drops a reference to a float, keeping it on the free list when
// it was the last (a float has nothing else to release).
func (ts *ThreadState) dropFloat(f *Float) {
	if f.rc > 1 {
		f.rc--
		return
	}
	f.rc = 0
	if len(ts.free.floats) < freeListMax {
		ts.free.floats = append(ts.free.floats, f)
	}
}

// dropInt is dropFloat for a small-valued int (Big nil).
func (ts *ThreadState) dropInt(i *Int) {
	if i.rc > 1 {
		i.rc--
		return
	}
	i.rc = 0
	if len(ts.free.ints) < freeListMax {
		ts.free.ints = append(ts.free.ints, i)
	}
}

// intResult makes the int v, reusing x or y when it is held only by the
// caller (small ints stay the shared cached objects), and drops the caller's
// references to the operands.
func (ts *ThreadState) intResult(v int64, x, y *Int) Object {
	if v < smallIntMin || v > smallIntMax {
		if x.rc == 1 {
			x.V = v
			ts.dropInt(y)
			return x
		}
		if y.rc == 1 {
			y.V = v
			ts.dropInt(x)
			return y
		}
	}
	r := ts.NewInt(v)
	ts.dropInt(x)
	ts.dropInt(y)
	return r
}

// Add, Sub and Mul are the eval loop's specialised BINARY_OP for + - *
// (CPython 3.11's BINARY_OP_ADD_INT, ..._FLOAT): a op b for two small-valued
// ints or two floats, consuming the caller's references to both; nil, leaving
// the references alone, for anything else (or an int overflow).
func (ts *ThreadState) Add(a, b Object) Object {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok && x.Big == nil && y.Big == nil {
			if v := x.V + y.V; (v > x.V) == (y.V > 0) {
				return ts.intResult(v, x, y)
			}
		}
	} else if x, ok := a.(*Float); ok {
		if y, ok := b.(*Float); ok {
			return ts.floatResult(x.V+y.V, x, y)
		}
	}
	return nil
}

// ArithBorrowed is a op b for + - * on two small-valued ints or two floats,
// and % & on ints, as a new reference; the references to a and b are
// borrowed (the eval loop's LOAD_FAST LOAD_FAST/LOAD_CONST BINARY_OP). nil
// for anything else, an overflow, a modulus not above zero, or a nil operand.
func (ts *ThreadState) ArithBorrowed(op BinOp, a, b Object) Object {
	switch x := a.(type) {
	case *Int:
		y, ok := b.(*Int)
		if !ok || x.Big != nil || y.Big != nil {
			return nil
		}
		var v int64
		switch op {
		case OpAdd:
			if v = x.V + y.V; (v > x.V) != (y.V > 0) {
				return nil
			}
		case OpSub:
			if v = x.V - y.V; (v < x.V) != (y.V > 0) {
				return nil
			}
		case OpMul:
			if x.V <= -1<<31 || x.V >= 1<<31 || y.V <= -1<<31 || y.V >= 1<<31 {
				return nil
			}
			v = x.V * y.V
		case OpMod:
			if y.V <= 0 {
				return nil
			}
			v = floorMod(x.V, y.V)
		case OpAnd:
			v = x.V & y.V
		default:
			return nil
		}
		return ts.NewInt(v)
	case *Float:
		y, ok := b.(*Float)
		if !ok {
			return nil
		}
		switch op {
		case OpAdd:
			return ts.NewFloat(x.V + y.V)
		case OpSub:
			return ts.NewFloat(x.V - y.V)
		case OpMul:
			return ts.NewFloat(x.V * y.V)
		}
	}
	return nil
}

// Sub is a - b (see Add).
func (ts *ThreadState) Sub(a, b Object) Object {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok && x.Big == nil && y.Big == nil {
			if v := x.V - y.V; (v < x.V) == (y.V > 0) {
				return ts.intResult(v, x, y)
			}
		}
	} else if x, ok := a.(*Float); ok {
		if y, ok := b.(*Float); ok {
			return ts.floatResult(x.V-y.V, x, y)
		}
	}
	return nil
}

// Mul is a * b (see Add).
func (ts *ThreadState) Mul(a, b Object) Object {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok && x.Big == nil && y.Big == nil {
			if x.V > -1<<31 && x.V < 1<<31 && y.V > -1<<31 && y.V < 1<<31 {
				return ts.intResult(x.V*y.V, x, y)
			}
		}
	} else if x, ok := a.(*Float); ok {
		if y, ok := b.(*Float); ok {
			return ts.floatResult(x.V*y.V, x, y)
		}
	}
	return nil
}

// floatResult makes the float v from an operation on x and y, consuming
// the caller's references to both: a temporary operand (count 1) holds the
// result, as in CPython 3.11.
func (ts *ThreadState) floatResult(v float64, x, y *Float) *Float {
	if x.rc == 1 { // then x != y: the caller holds a and b
		x.V = v
		ts.dropFloat(y)
		return x
	}
	x.rc--
	if y.rc == 1 {
		y.V = v
		return y
	}
	y.rc--
	return ts.NewFloat(v)
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
			return NewStrConcat(x.S, y.S)
		}
	}
	return nil
}

func (ts *ThreadState) intOp(op BinOp, a, b int64) Object {
	if v, ok := intOpValue(op, a, b); ok {
		return ts.NewInt(v)
	}
	return nil
}

func (ts *ThreadState) floatOp(op BinOp, x, y float64) Object {
	if v, ok := floatOpValue(op, x, y); ok {
		return ts.NewFloat(v)
	}
	return nil
}

// intOpValue computes a op b when the result is an int64 and the operation
// cannot fail.
func intOpValue(op BinOp, a, b int64) (int64, bool) {
	switch op {
	case OpAdd:
		if s := a + b; (s > a) == (b > 0) {
			return s, true
		}
	case OpSub:
		if d := a - b; (d < a) == (b > 0) {
			return d, true
		}
	case OpMul:
		if a > -1<<31 && a < 1<<31 && b > -1<<31 && b < 1<<31 {
			return a * b, true
		}
	case OpFloorDiv:
		if b > 0 {
			return floorDiv(a, b), true
		}
	case OpMod:
		if b > 0 {
			return floorMod(a, b), true
		}
	case OpAnd:
		return a & b, true
	case OpOr:
		return a | b, true
	case OpXor:
		return a ^ b, true
	case OpRShift:
		if b >= 0 && b <= 63 {
			return a >> b, true
		}
	case OpLShift:
		if b >= 0 && b < 63 && a == (a<<b)>>b {
			return a << b, true
		}
	}
	return 0, false
}

// floatOpValue computes x op y for the float operations that cannot fail.
func floatOpValue(op BinOp, x, y float64) (float64, bool) {
	switch op {
	case OpAdd:
		return x + y, true
	case OpSub:
		return x - y, true
	case OpMul:
		return x * y, true
	case OpTrueDiv:
		if y != 0 {
			return x / y, true
		}
	case OpPow:
		// floatPow's general case: a positive finite base and a finite
		// exponent, when the result does not overflow.
		if x > 0 && !math.IsInf(x, 0) && !math.IsNaN(y) && !math.IsInf(y, 0) {
			if x == 1 || y == 0 {
				return 1, true
			}
			if r := PowFloat(x, y); !math.IsInf(r, 0) {
				return r, true
			}
		}
	}
	return 0, false
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

// SubscrConsume is seq[key] for a list or tuple and an in-range small int,
// consuming the caller's references to seq and key; ok is false otherwise
// (nothing consumed).
func (ts *ThreadState) SubscrConsume(seq, key Object) (Object, bool) {
	v, ok := SeqIndex(seq, key)
	if !ok {
		return nil, false
	}
	Incref(v)
	DecrefShared(seq)
	ts.DecrefShared(key)
	return v, true
}
