package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Int is Python's int: V holds the value when it fits in an int64 (Big nil);
// larger values live in Big. Results are always normalised back to the int64
// form when they fit, so Big != nil implies the value does not fit.
type Int struct {
	Header
	V   int64
	Big *big.Int
}

func (i *Int) Type() *Type { return IntType }

const (
	smallIntMin = -5
	smallIntMax = 1024
)

var smallInts [smallIntMax - smallIntMin + 1]Int

func init() {
	for i := range smallInts {
		smallInts[i] = Int{Header: immortal(), V: int64(i + smallIntMin)}
	}
}

// NewInt returns the int v (small ints are shared immortals).
func NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	return &Int{Header: fresh(), V: v}
}

// NewBigInt returns the int b, normalised; b must not be modified afterwards.
func NewBigInt(b *big.Int) *Int {
	if b.IsInt64() {
		return NewInt(b.Int64())
	}
	return &Int{Header: fresh(), Big: b}
}

// IsSmall reports whether the value fits in an int64.
func (i *Int) IsSmall() bool { return i.Big == nil }

// BigValue returns the value as a big.Int (a fresh one for small ints).
func (i *Int) BigValue() *big.Int {
	if i.Big != nil {
		return i.Big
	}
	return big.NewInt(i.V)
}

// Int64 returns the value and whether it fits.
func (i *Int) Int64() (int64, bool) { return i.V, i.Big == nil }

// Sign returns -1, 0 or 1.
func (i *Int) Sign() int {
	if i.Big != nil {
		return i.Big.Sign()
	}
	switch {
	case i.V < 0:
		return -1
	case i.V > 0:
		return 1
	}
	return 0
}

// String is the decimal text.
func (i *Int) String() string {
	if i.Big != nil {
		return i.Big.String()
	}
	return strconv.FormatInt(i.V, 10)
}

// Float converts to float64, with OverflowError past the float range.
func (i *Int) Float() (float64, error) {
	if i.Big == nil {
		return float64(i.V), nil
	}
	f, _ := new(big.Float).SetInt(i.Big).Float64()
	if math.IsInf(f, 0) {
		return 0, NewOverflowError("int too large to convert to float")
	}
	return f, nil
}

// modulus of CPython's numeric hash: 2**61 - 1.
const hashModulus = (1 << 61) - 1

// intHash is CPython's hash of an int: the value modulo 2**61-1, with -1
// mapped to -2.
func intHash(i *Int) int64 {
	if i.Big == nil {
		v := i.V
		var h int64
		if v >= 0 {
			h = int64(uint64(v) % hashModulus)
		} else {
			h = -int64(uint64(-v) % hashModulus)
			if v == math.MinInt64 {
				h = -int64((uint64(1) << 63) % hashModulus)
			}
		}
		if h == -1 {
			h = -2
		}
		return h
	}
	m := new(big.Int).Abs(i.Big)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if i.Big.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// bigResult normalises a big result.
func bigResult(b *big.Int) Object { return NewBigInt(b) }

// intBinary implements the arithmetic operators for int (and bool) operands.
// Operands that are not int or bool give NotImplemented; float operands are
// handled by float's slot (reflected), which converts the int.
func intBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	x, ok1 := asInt(a)
	y, ok2 := asInt(b)
	if !ok1 || !ok2 {
		return Xref(NotImplemented), nil
	}
	return IntArith(op, x, y)
}

// asInt views an int or bool operand as an *Int.
func asInt(o Object) (*Int, bool) {
	switch v := o.(type) {
	case *Int:
		return v, true
	case *Bool:
		if v.V {
			return NewInt(1), true
		}
		return NewInt(0), true
	case *Instance:
		if v.Base != nil {
			return asInt(v.Base)
		}
	}
	return nil, false
}

// IntArith computes x op y for two ints.
func IntArith(op BinOp, x, y *Int) (Object, error) {
	if x.Big == nil && y.Big == nil {
		a, b := x.V, y.V
		switch op {
		case OpAdd:
			if s := a + b; (s > a) == (b > 0) {
				return NewInt(s), nil
			}
		case OpSub:
			if d := a - b; (d < a) == (b > 0) {
				return NewInt(d), nil
			}
		case OpMul:
			hi, lo := bits.Mul64(uint64(absI(a)), uint64(absI(b)))
			if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
				r := int64(lo)
				if (a < 0) != (b < 0) {
					r = -r
				}
				return NewInt(r), nil
			}
		case OpFloorDiv:
			if b == 0 {
				return nil, NewZeroDivisionError("integer division or modulo by zero")
			}
			if !(a == math.MinInt64 && b == -1) {
				return NewInt(floorDiv(a, b)), nil
			}
		case OpMod:
			if b == 0 {
				return nil, NewZeroDivisionError("integer modulo by zero")
			}
			if b == -1 {
				return NewInt(0), nil
			}
			return NewInt(floorMod(a, b)), nil
		case OpTrueDiv:
			if b == 0 {
				return nil, NewZeroDivisionError("division by zero")
			}
			if absI(a) < 1<<53 && absI(b) < 1<<53 {
				return NewFloat(float64(a) / float64(b)), nil
			}
		case OpAnd:
			return NewInt(a & b), nil
		case OpOr:
			return NewInt(a | b), nil
		case OpXor:
			return NewInt(a ^ b), nil
		case OpLShift:
			if b < 0 {
				return nil, NewValueError("negative shift count")
			}
			if b < 63 && a == (a<<b)>>b {
				return NewInt(a << b), nil
			}
			if a == 0 {
				return NewInt(0), nil
			}
		case OpRShift:
			if b < 0 {
				return nil, NewValueError("negative shift count")
			}
			if b > 63 {
				b = 63
			}
			return NewInt(a >> b), nil
		case OpPow:
			if b >= 0 {
				if r, ok := powInt64(a, b); ok {
					return NewInt(r), nil
				}
			}
		}
	}
	return intArithBig(op, x, y)
}

func intArithBig(op BinOp, x, y *Int) (Object, error) {
	a, b := x.BigValue(), y.BigValue()
	r := new(big.Int)
	switch op {
	case OpAdd:
		return bigResult(r.Add(a, b)), nil
	case OpSub:
		return bigResult(r.Sub(a, b)), nil
	case OpMul:
		return bigResult(r.Mul(a, b)), nil
	case OpFloorDiv, OpMod:
		if b.Sign() == 0 {
			if op == OpMod {
				return nil, NewZeroDivisionError("integer modulo by zero")
			}
			return nil, NewZeroDivisionError("integer division or modulo by zero")
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(a, b, m) // Euclidean: m >= 0
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Add(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == OpMod {
			return bigResult(m), nil
		}
		return bigResult(q), nil
	case OpTrueDiv:
		if b.Sign() == 0 {
			return nil, NewZeroDivisionError("division by zero")
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, NewOverflowError("integer division result too large for a float")
		}
		return NewFloat(f), nil
	case OpAnd:
		return bigResult(r.And(a, b)), nil
	case OpOr:
		return bigResult(r.Or(a, b)), nil
	case OpXor:
		return bigResult(r.Xor(a, b)), nil
	case OpLShift:
		if b.Sign() < 0 {
			return nil, NewValueError("negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<31 {
			return nil, NewOverflowError("too many digits in integer")
		}
		return bigResult(r.Lsh(a, uint(b.Int64()))), nil
	case OpRShift:
		if b.Sign() < 0 {
			return nil, NewValueError("negative shift count")
		}
		if !b.IsInt64() {
			if a.Sign() < 0 {
				return NewInt(-1), nil
			}
			return NewInt(0), nil
		}
		return bigResult(r.Rsh(a, uint(b.Int64()))), nil
	case OpPow:
		if b.Sign() < 0 {
			fa, err := x.Float()
			if err != nil {
				return nil, err
			}
			fb, err := y.Float()
			if err != nil {
				return nil, err
			}
			if fa == 0 {
				return nil, NewZeroDivisionError("0.0 cannot be raised to a negative power")
			}
			return NewFloat(math.Pow(fa, fb)), nil
		}
		return bigResult(r.Exp(a, b, nil)), nil
	}
	return Xref(NotImplemented), nil
}

func absI(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func powInt64(a, b int64) (int64, bool) {
	r := int64(1)
	for b > 0 {
		if b&1 == 1 {
			hi, lo := bits.Mul64(uint64(absI(r)), uint64(absI(a)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (r < 0) != (a < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		b >>= 1
		if b > 0 {
			hi, lo := bits.Mul64(uint64(absI(a)), uint64(absI(a)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			a = int64(lo)
		}
	}
	return r, true
}

// intCompare compares two ints.
func intCmp(x, y *Int) int {
	if x.Big == nil && y.Big == nil {
		switch {
		case x.V < y.V:
			return -1
		case x.V > y.V:
			return 1
		}
		return 0
	}
	return x.BigValue().Cmp(y.BigValue())
}

func intCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := asInt(a)
	if !ok1 {
		return Xref(NotImplemented), nil
	}
	if y, ok := asInt(b); ok {
		return NewBool(cmpResult(intCmp(x, y), op)), nil
	}
	if f, ok := b.(*Float); ok {
		return NewBool(cmpResult(compareIntFloat(x, f.V), op)), nil
	}
	return Xref(NotImplemented), nil
}

// compareIntFloat compares exactly (no rounding of huge ints); NaN compares
// unequal to everything, reported as 2.
func compareIntFloat(x *Int, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if x.Big == nil && absI(x.V) < 1<<53 {
		xf := float64(x.V)
		switch {
		case xf < f:
			return -1
		case xf > f:
			return 1
		}
		return 0
	}
	bf := new(big.Float).SetInt(x.BigValue())
	return bf.Cmp(big.NewFloat(f))
}

// cmpResult turns a three-way comparison (2 = unordered) into op's answer.
func cmpResult(c int, op CmpOp) bool {
	if c == 2 {
		return op == CmpNe
	}
	switch op {
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

func intUnary(ts *ThreadState, op UnaryOp, self Object) (Object, error) {
	x, _ := asInt(self)
	switch op {
	case OpNeg:
		if x.Big == nil && x.V != math.MinInt64 {
			return NewInt(-x.V), nil
		}
		return bigResult(new(big.Int).Neg(x.BigValue())), nil
	case OpPos:
		return Xref(x), nil
	case OpInvert:
		if x.Big == nil {
			return NewInt(^x.V), nil
		}
		return bigResult(new(big.Int).Not(x.Big)), nil
	case OpAbs:
		if x.Sign() >= 0 {
			return Xref(x), nil
		}
		return intUnary(ts, OpNeg, x)
	}
	return Xref(NotImplemented), nil
}

// IntFromString parses text in the given base (0: Python literal rules), as
// int(str, base) does; ok is false on a malformed string.
func IntFromString(s string, base int) (*Int, bool) {
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		if base == 0 && len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
			// Go accepts "017" as octal; Python does not.
			return nil, false
		}
		return NewInt(v), true
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	return NewBigInt(b), true
}
