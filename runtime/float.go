package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Float is Python's float.
type Float struct {
	Header
	V float64
}

func (f *Float) Type() *Type { return FloatType }

// NewFloat returns the float v.
func NewFloat(v float64) *Float { return &Float{Header: fresh(), V: v} }

// FloatRepr is repr(float): the shortest text that round-trips, in CPython's
// layout (`0.1`, `1.0`, `1e+16`, `1e-05`, `inf`, `nan`).
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // -d.ddde±XX
	mant, expText, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expText)
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		return mant + "e" + sign + es
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// floatHash is CPython's hash of a float: equal to the hash of an equal int.
func floatHash(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 {
		return intHash(&Int{V: int64(v)})
	}
	// General case: reduce the exact rational value modulo 2**61-1.
	m, e := math.Frexp(math.Abs(v))
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x)
	if v < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// asFloat views an int, bool or float operand as a float64.
func asFloat(o Object) (float64, bool, error) {
	switch v := o.(type) {
	case *Float:
		return v.V, true, nil
	case *Int:
		f, err := v.Float()
		return f, true, err
	case *Bool:
		if v.V {
			return 1, true, nil
		}
		return 0, true, nil
	case *Instance:
		if v.Base != nil {
			return asFloat(v.Base)
		}
	}
	return 0, false, nil
}

func floatBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	x, ok1, err := asFloat(a)
	if err != nil {
		return nil, err
	}
	y, ok2, err := asFloat(b)
	if err != nil {
		return nil, err
	}
	if !ok1 || !ok2 {
		return Xref(NotImplemented), nil
	}
	return FloatArith(op, x, y)
}

// FloatArith computes x op y for floats with CPython's errors.
func FloatArith(op BinOp, x, y float64) (Object, error) {
	switch op {
	case OpAdd:
		return NewFloat(x + y), nil
	case OpSub:
		return NewFloat(x - y), nil
	case OpMul:
		return NewFloat(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, NewZeroDivisionError("float division by zero")
		}
		return NewFloat(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return nil, NewZeroDivisionError("float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return NewFloat(q), nil
	case OpMod:
		if y == 0 {
			return nil, NewZeroDivisionError("float modulo")
		}
		_, m := floatDivmod(x, y)
		return NewFloat(m), nil
	case OpPow:
		return floatPow(x, y)
	}
	return Xref(NotImplemented), nil
}

// floatDivmod is CPython's float_divmod.
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func floatPow(x, y float64) (Object, error) {
	// Special cases in CPython's order (Objects/floatobject.c float_pow).
	switch {
	case y == 0:
		return NewFloat(1), nil
	case math.IsNaN(x):
		return NewFloat(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return NewFloat(1), nil
		}
		return NewFloat(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return NewFloat(1), nil
		case (y > 0) == (ax > 1):
			return NewFloat(math.Inf(1)), nil
		}
		return NewFloat(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return NewFloat(x), nil
			}
			return NewFloat(math.Abs(x)), nil
		}
		if odd {
			return NewFloat(math.Copysign(0, x)), nil
		}
		return NewFloat(0), nil
	case x == 0:
		if y < 0 {
			return nil, NewZeroDivisionError("0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return NewFloat(x), nil
		}
		return NewFloat(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			// Negative numbers raised to fractional powers become complex.
			c, err := complexPowErr(complex(x, 0), complex(y, 0))
			if err != nil {
				return nil, err
			}
			return NewComplex(c), nil
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return NewFloat(-1), nil
		}
		return NewFloat(1), nil
	}
	r := PowFloat(x, y)
	if math.IsInf(r, 0) {
		return nil, NewOverflowError("(34, 'Numerical result out of range')")
	}
	if negate {
		r = -r
	}
	return NewFloat(r), nil
}

func floatCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x := a.(*Float).V
	switch o := b.(type) {
	case *Float:
		return NewBool(cmpFloats(x, o.V, op)), nil
	case *Int, *Bool:
		i, _ := asInt(o)
		c := compareIntFloat(i, x)
		if c != 2 {
			c = -c
		}
		return NewBool(cmpResult(c, op)), nil
	}
	return Xref(NotImplemented), nil
}

func cmpFloats(x, y float64, op CmpOp) bool {
	switch op {
	case CmpEq:
		return x == y
	case CmpNe:
		return x != y
	case CmpLt:
		return x < y
	case CmpLe:
		return x <= y
	case CmpGt:
		return x > y
	}
	return x >= y
}

func floatUnary(ts *ThreadState, op UnaryOp, self Object) (Object, error) {
	x := self.(*Float).V
	switch op {
	case OpNeg:
		return NewFloat(-x), nil
	case OpPos:
		return Xref(self), nil
	case OpAbs:
		return NewFloat(math.Abs(x)), nil
	}
	return Xref(NotImplemented), nil
}

// FloatToInt converts a float to an int (truncating), as int(x) does.
func FloatToInt(f float64) (*Int, error) {
	if math.IsInf(f, 0) {
		return nil, NewOverflowError("cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, NewValueError("cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if math.Abs(t) < 1<<62 {
		return NewInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return NewBigInt(b), nil
}
