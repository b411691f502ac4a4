package compiler

// Constant folding, after CPython's Python/ast_opt.c: unary and binary
// operators on constants, and tuples of constants, become one constant when
// the result is exact and small (CPython's MAX_INT_SIZE, MAX_STR_SIZE and
// MAX_COLLECTION_SIZE limits). An operation that would raise, or whose result
// could differ from the run-time one, is left for the VM.

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/minipy/minipy/parser/ast"
)

const (
	maxIntSize        = 128  // bits
	maxStrSize        = 4096 // characters or bytes
	maxCollectionSize = 256  // tuple items
)

// constValue returns the value of e if it is a constant expression, in the
// form Code.Consts uses.
func (c *compiler) constValue(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return normalizeConst(e.Value), true
	case *ast.Name:
		if e.Id == "__debug__" {
			return true, true
		}
	case *ast.Tuple:
		out := make(ConstTuple, len(e.Elts))
		for i, elt := range e.Elts {
			v, ok := c.constValue(elt)
			if !ok {
				return nil, false
			}
			out[i] = v
		}
		return out, true
	case *ast.UnaryOp:
		if v, ok := c.constValue(e.Operand); ok {
			return foldUnary(e.Op, v)
		}
	case *ast.BinOp:
		l, ok := c.constValue(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := c.constValue(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	}
	return nil, false
}

// isConstExpr reports whether e folds to a constant.
func (c *compiler) isConstExpr(e ast.Expr) bool {
	if _, ok := e.(*ast.Starred); ok {
		return false
	}
	_, ok := c.constValue(e)
	return ok
}

// constTruth returns the truth value of a constant.
func constTruth(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case *big.Int:
		return x.Sign() != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case Bytes:
		return len(x) != 0
	case ConstTuple:
		return len(x) != 0
	}
	return true
}

// asBig returns an integer constant (bool included) as a big.Int.
func asBig(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case int64:
		return big.NewInt(x), true
	case *big.Int:
		return new(big.Int).Set(x), true
	}
	return nil, false
}

// intConst returns the constant form of an integer: int64 when it fits.
func intConst(x *big.Int) any {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

// exactFloat converts a number to float64 when the conversion is exact.
func exactFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case bool, int64, *big.Int:
		b, _ := asBig(x)
		if b.BitLen() <= 53 {
			f, _ := new(big.Float).SetInt(b).Float64()
			return f, true
		}
	}
	return 0, false
}

func foldUnary(op ast.UnaryOperator, v any) (any, bool) {
	if op == ast.Not {
		return !constTruth(v), true
	}
	if b, ok := asBig(v); ok {
		switch op {
		case ast.USub:
			return intConst(b.Neg(b)), true
		case ast.UAdd:
			return intConst(b), true
		case ast.Invert:
			return intConst(b.Not(b)), true
		}
		return nil, false
	}
	switch x := v.(type) {
	case float64:
		switch op {
		case ast.USub:
			return -x, true
		case ast.UAdd:
			return x, true
		}
	case complex128:
		switch op {
		case ast.USub:
			return complex(-real(x), -imag(x)), true
		case ast.UAdd:
			return x, true
		}
	}
	return nil, false
}

func foldBinary(op ast.Operator, l, r any) (any, bool) {
	// bool op bool stays a bool for the bitwise operators.
	if lb, ok := l.(bool); ok {
		if rb, ok := r.(bool); ok {
			switch op {
			case ast.BitAnd:
				return lb && rb, true
			case ast.BitOr:
				return lb || rb, true
			case ast.BitXor:
				return lb != rb, true
			}
		}
	}
	if li, ok := asBig(l); ok {
		if ri, ok := asBig(r); ok {
			return foldInt(op, li, ri)
		}
	}
	if v, ok := foldSequence(op, l, r); ok {
		return v, true
	}
	_, lc := l.(complex128)
	_, rc := r.(complex128)
	if lc || rc {
		return foldComplex(op, l, r)
	}
	lf, ok1 := exactFloat(l)
	rf, ok2 := exactFloat(r)
	if !ok1 || !ok2 {
		return nil, false
	}
	_, lisf := l.(float64)
	_, risf := r.(float64)
	if !lisf && !risf {
		// int / int: exact operands, one correctly rounded division.
		if op == ast.Div && rf != 0 {
			return lf / rf, true
		}
		return nil, false
	}
	switch op {
	case ast.Add:
		return lf + rf, true
	case ast.Sub:
		return lf - rf, true
	case ast.Mult:
		return lf * rf, true
	case ast.Div:
		if rf != 0 {
			return lf / rf, true
		}
	}
	return nil, false
}

func foldInt(op ast.Operator, l, r *big.Int) (any, bool) {
	z := new(big.Int)
	switch op {
	case ast.Add:
		z.Add(l, r)
	case ast.Sub:
		z.Sub(l, r)
	case ast.Mult:
		if l.Sign() != 0 && r.Sign() != 0 && l.BitLen()+r.BitLen() > maxIntSize {
			return nil, false
		}
		z.Mul(l, r)
	case ast.FloorDiv, ast.Mod:
		if r.Sign() == 0 {
			return nil, false
		}
		m := new(big.Int)
		z.DivMod(l, r, m) // Euclidean: 0 <= m < |r|
		if m.Sign() != 0 && r.Sign() < 0 {
			// Python floors: the remainder takes the divisor's sign.
			m.Add(m, r)
			z.Sub(z, big.NewInt(1))
		}
		if op == ast.Mod {
			z = m
		}
	case ast.Div:
		if r.Sign() == 0 || l.BitLen() > 53 || r.BitLen() > 53 {
			return nil, false
		}
		lf, _ := new(big.Float).SetInt(l).Float64()
		rf, _ := new(big.Float).SetInt(r).Float64()
		return lf / rf, true
	case ast.Pow:
		if r.Sign() < 0 || !r.IsInt64() {
			return nil, false
		}
		if l.Sign() != 0 && r.Sign() > 0 && int64(l.BitLen()) > maxIntSize/r.Int64() {
			return nil, false
		}
		z.Exp(l, r, nil)
	case ast.LShift:
		if r.Sign() < 0 || !r.IsInt64() || r.Int64() > maxIntSize || int64(l.BitLen()) > maxIntSize-r.Int64() {
			return nil, false
		}
		z.Lsh(l, uint(r.Int64()))
	case ast.RShift:
		if r.Sign() < 0 {
			return nil, false
		}
		if !r.IsInt64() || r.Int64() > int64(l.BitLen()) {
			if l.Sign() < 0 {
				return int64(-1), true
			}
			return int64(0), true
		}
		z.Rsh(l, uint(r.Int64())) // big.Int.Rsh floors, like Python
	case ast.BitAnd:
		z.And(l, r)
	case ast.BitOr:
		z.Or(l, r)
	case ast.BitXor:
		z.Xor(l, r)
	default:
		return nil, false
	}
	return intConst(z), true
}

// foldSequence folds concatenation and repetition of str, bytes and tuples.
func foldSequence(op ast.Operator, l, r any) (any, bool) {
	switch op {
	case ast.Add:
		switch x := l.(type) {
		case string:
			if y, ok := r.(string); ok {
				return x + y, true
			}
		case Bytes:
			if y, ok := r.(Bytes); ok {
				return append(append(Bytes{}, x...), y...), true
			}
		case ConstTuple:
			if y, ok := r.(ConstTuple); ok {
				return append(append(ConstTuple{}, x...), y...), true
			}
		}
	case ast.Mult:
		seq, count := l, r
		if _, ok := asBig(l); ok {
			seq, count = r, l
		}
		if _, isBool := count.(bool); isBool {
			return nil, false
		}
		nb, ok := asBig(count)
		if !ok || !nb.IsInt64() || nb.Sign() < 0 {
			return nil, false
		}
		n := nb.Int64()
		switch x := seq.(type) {
		case string:
			size := int64(utf8.RuneCountInString(x))
			if size > 0 && n > maxStrSize/size {
				return nil, false
			}
			out := make([]byte, 0, int64(len(x))*n)
			for i := int64(0); i < n; i++ {
				out = append(out, x...)
			}
			return string(out), true
		case Bytes:
			size := int64(len(x))
			if size > 0 && n > maxStrSize/size {
				return nil, false
			}
			out := Bytes{}
			for i := int64(0); i < n; i++ {
				out = append(out, x...)
			}
			return out, true
		case ConstTuple:
			size := int64(len(x))
			if size > 0 && n > maxCollectionSize/size {
				return nil, false
			}
			out := ConstTuple{}
			for i := int64(0); i < n; i++ {
				out = append(out, x...)
			}
			return out, true
		}
	}
	return nil, false
}

// foldComplex folds + and - where one side is complex and the other a number.
func foldComplex(op ast.Operator, l, r any) (any, bool) {
	toComplex := func(v any) (complex128, bool) {
		if z, ok := v.(complex128); ok {
			return z, true
		}
		if f, ok := exactFloat(v); ok {
			return complex(f, 0), true
		}
		return 0, false
	}
	lz, ok1 := toComplex(l)
	rz, ok2 := toComplex(r)
	if !ok1 || !ok2 {
		return nil, false
	}
	switch op {
	case ast.Add:
		return complex(real(lz)+real(rz), imag(lz)+imag(rz)), true
	case ast.Sub:
		return complex(real(lz)-real(rz), imag(lz)-imag(rz)), true
	}
	return nil, false
}

func floatBits(f float64) uint64 { return math.Float64bits(f) }
