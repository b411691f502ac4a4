package runtime

import (
	"math"
	"strings"
)

// Complex is Python's complex.
type Complex struct {
	Header
	V complex128
}

func (c *Complex) Type() *Type { return ComplexType }

// NewComplex returns the complex v.
func NewComplex(v complex128) *Complex { return &Complex{Header: fresh(), V: v} }

// asComplex views an int, bool, float or complex operand as complex128.
func asComplex(o Object) (complex128, bool, error) {
	switch v := Unwrap(o).(type) {
	case *Complex:
		return v.V, true, nil
	case *Float:
		return complex(v.V, 0), true, nil
	case *Int, *Bool:
		f, _, err := asFloat(v)
		if err != nil {
			return 0, true, err
		}
		return complex(f, 0), true, nil
	}
	return 0, false, nil
}

// The arithmetic below follows CPython's Objects/complexobject.c exactly
// (explicit float64 conversions keep the compiler from fusing operations).

func cProd(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// cQuot is _Py_c_quot; ok is false on division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func cPowu(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	mask := int64(1)
	for mask > 0 && n >= mask {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		mask <<= 1
		p = cProd(p, p)
	}
	return r
}

// complexPow is complex ** complex; errors are CPython's.
func complexPowErr(a, b complex128) (complex128, error) {
	var r complex128
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			r = cPowu(a, n)
		} else {
			q, ok := cQuot(1, cPowu(a, -n))
			if !ok {
				return 0, NewZeroDivisionError("0.0 to a negative or complex power")
			}
			r = q
		}
	} else if real(b) == 0 && imag(b) == 0 {
		r = 1
	} else if real(a) == 0 && imag(a) == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, NewZeroDivisionError("0.0 to a negative or complex power")
		}
		r = 0
	} else {
		vabs := HypotFloat(real(a), imag(a))
		length := PowFloat(vabs, real(b))
		at := Atan2Float(imag(a), real(a))
		phase := at * real(b)
		if imag(b) != 0 {
			length /= ExpFloat(at * imag(b))
			phase += imag(b) * LogFloat(vabs)
		}
		r = complex(length*CosFloat(phase), length*SinFloat(phase))
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		if !math.IsInf(real(a), 0) && !math.IsInf(imag(a), 0) {
			return 0, NewOverflowError("complex exponentiation")
		}
	}
	return r, nil
}

// complexPow is used by float ** for negative bases with fractional exponents.
func complexPow(a, b complex128) complex128 {
	r, _ := complexPowErr(a, b)
	return r
}

func complexBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	x, ok1, err := asComplex(a)
	if err != nil {
		return nil, err
	}
	y, ok2, err := asComplex(b)
	if err != nil {
		return nil, err
	}
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpAdd:
		return NewComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
	case OpSub:
		return NewComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
	case OpMul:
		return NewComplex(cProd(x, y)), nil
	case OpTrueDiv:
		q, ok := cQuot(x, y)
		if !ok {
			return nil, NewZeroDivisionError("complex division by zero")
		}
		return NewComplex(q), nil
	case OpPow:
		r, err := complexPowErr(x, y)
		if err != nil {
			return nil, err
		}
		return NewComplex(r), nil
	}
	return NotImplemented, nil
}

func complexUnary(ts *ThreadState, op UnaryOp, self Object) (Object, error) {
	c := self.(*Complex).V
	switch op {
	case OpNeg:
		return NewComplex(complex(-real(c), -imag(c))), nil
	case OpPos:
		return NewComplex(c), nil
	case OpAbs:
		r := HypotFloat(real(c), imag(c))
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return nil, NewOverflowError("absolute value too large")
		}
		return NewFloat(r), nil
	}
	return NotImplemented, nil
}

func complexCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	if op != CmpEq && op != CmpNe {
		return NotImplemented, nil
	}
	x := a.(*Complex).V
	var eq bool
	switch o := Unwrap(b).(type) {
	case *Complex:
		eq = x == o.V
	case *Float:
		eq = imag(x) == 0 && real(x) == o.V
	case *Int, *Bool:
		if imag(x) != 0 {
			eq = false
		} else {
			i, _ := asInt(o)
			eq = compareIntFloat(i, real(x)) == 0
		}
	default:
		return NotImplemented, nil
	}
	return NewBool(eq == (op == CmpEq)), nil
}

// ComplexRepr is repr(complex).
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return DoubleToString(im, 'r', 0, 0) + "j"
	}
	return "(" + DoubleToString(re, 'r', 0, 0) + DoubleToString(im, 'r', 0, dtsfSign) + "j)"
}

func complexHash(c complex128) int64 {
	hr := uint64(floatHash(real(c)))
	hi := uint64(floatHash(imag(c)))
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h
}

// parseComplex parses complex() text; ok is false when malformed.
func parseComplex(text string) (complex128, bool) {
	s := strings.TrimFunc(text, isPySpace)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return 0, false
		}
		s = strings.TrimFunc(s[1:len(s)-1], isPySpace)
	}
	if s == "" {
		return 0, false
	}
	if !strings.HasSuffix(s, "j") && !strings.HasSuffix(s, "J") {
		f, ok := parseFloatStrict(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	// Find the split between real and imaginary parts: the last sign that is
	// not at the start and not after an 'e'.
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	imagText := body
	re := 0.0
	if split > 0 {
		var ok bool
		re, ok = parseFloatStrict(body[:split])
		if !ok {
			return 0, false
		}
		imagText = body[split:]
	}
	var im float64
	switch imagText {
	case "", "+":
		im = 1
	case "-":
		im = -1
	default:
		var ok bool
		im, ok = parseFloatStrict(imagText)
		if !ok {
			return 0, false
		}
	}
	return complex(re, im), true
}

// parseFloatStrict parses a float literal without surrounding whitespace.
func parseFloatStrict(s string) (float64, bool) {
	if s == "" || isPySpace(rune(s[0])) || isPySpace(rune(s[len(s)-1])) {
		return 0, false
	}
	return parseFloatText(s)
}

func complexNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	var r, i Object
	if err := UnpackArgs(ts, "complex", args, kwnames, "real?", &r, "imag?", &i); err != nil {
		return nil, err
	}
	if r == nil {
		r = NewInt(0)
	}
	if s, ok := asStr(r); ok {
		if i != nil {
			return nil, NewTypeError("complex() can't take second arg if first is a string")
		}
		c, ok := parseComplex(s.S)
		if !ok {
			return nil, NewValueError("complex() arg is a malformed string")
		}
		return NewComplex(c), nil
	}
	if i != nil {
		if _, ok := asStr(i); ok {
			return nil, NewTypeError("complex() second arg can't be a string")
		}
	}
	var cr complex128
	crIsComplex := false
	if f := r.Type().Lookup("__complex__"); f != nil {
		if _, isC := r.(*Complex); !isC {
			res, err := callUnbound(ts, f, r)
			if err != nil {
				return nil, err
			}
			c, ok := Unwrap(res).(*Complex)
			if !ok {
				Decref(res)
				return nil, NewTypeError("__complex__ returned non-complex (type %s)", TypeName(res))
			}
			cr = c.V
			Decref(res)
			crIsComplex = true
		}
	}
	if !crIsComplex {
		if c, ok := Unwrap(r).(*Complex); ok {
			cr = c.V
			crIsComplex = true
		} else {
			if !isNumber(r) {
				return nil, NewTypeError("complex() first argument must be a string or a number, not '%s'", TypeName(r))
			}
			f, err := AsFloat(ts, r)
			if err != nil {
				return nil, err
			}
			cr = complex(f, 0)
		}
	}
	if i == nil {
		return NewComplex(cr), nil
	}
	var ci complex128
	if c, ok := Unwrap(i).(*Complex); ok {
		ci = c.V
		return NewComplex(complex(real(cr)-imag(ci), imag(cr)+real(ci))), nil
	}
	if !isNumber(i) {
		return nil, NewTypeError("complex() second argument must be a number, not '%s'", TypeName(i))
	}
	f, err := AsFloat(ts, i)
	if err != nil {
		return nil, err
	}
	ci = complex(f, 0)
	return NewComplex(complex(real(cr), imag(cr)+real(ci))), nil
}

func complexFormatSlot(ts *ThreadState, self Object, spec string) (Object, error) {
	c := self.(*Complex).V
	if spec == "" {
		return NewStr(ComplexRepr(c)), nil
	}
	f, err := parseFormatSpec(spec, "complex", 0, '>')
	if err != nil {
		return nil, err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return nil, unknownFormatCode(f.typ, "complex")
	}
	if f.fill == '0' && f.align == '=' && spec != "" && strings.Contains(spec, "0") {
		return nil, NewValueError("Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return nil, NewValueError("'=' alignment flag is not allowed in complex format specifier")
	}
	typ := f.typ
	prec := f.precision
	flags := 0
	if f.alt {
		flags |= dtsfAlt
	}
	if f.noNeg0 {
		flags |= dtsfNoNeg0
	}
	skipRe := false
	addParens := false
	if typ == 0 {
		typ = 'r'
		if real(c) == 0 && !math.Signbit(real(c)) {
			skipRe = true
		} else {
			addParens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec < 0 {
		if typ != 'r' {
			prec = 6
		}
	} else if typ == 'r' {
		typ = 'g'
	}
	reFlags := flags
	if f.sign == '+' {
		reFlags |= dtsfSign
	}
	re := DoubleToString(real(c), typ, prec, reFlags)
	im := DoubleToString(imag(c), typ, prec, flags|dtsfSign)
	if f.sign == ' ' && !strings.HasPrefix(re, "-") {
		re = " " + re
	}
	var body string
	if skipRe {
		im = DoubleToString(imag(c), typ, prec, flags)
		if f.sign == '+' && !strings.HasPrefix(im, "-") {
			im = "+" + im
		} else if f.sign == ' ' && !strings.HasPrefix(im, "-") {
			im = " " + im
		}
		body = im + "j"
	} else {
		body = re + im + "j"
	}
	if addParens {
		body = "(" + body + ")"
	}
	align := *f
	if align.align == 0 {
		align.align = '>'
	}
	return NewStr(padAligned(body, len([]rune(body)), &align)), nil
}

func setupComplex(t *Type) {
	t.New = complexNew
	t.Init = noInit
	t.Repr = func(ts *ThreadState, o Object) (string, error) { return ComplexRepr(o.(*Complex).V), nil }
	t.Hash = func(ts *ThreadState, o Object) (int64, error) { return complexHash(o.(*Complex).V), nil }
	t.Compare = complexCompare
	t.Binary = complexBinary
	t.Unary = complexUnary
	t.Bool = func(ts *ThreadState, o Object) (bool, error) { return o.(*Complex).V != 0, nil }
	t.Format = complexFormatSlot
	addGetSet(t, "real", func(ts *ThreadState, o Object) (Object, error) { return NewFloat(real(o.(*Complex).V)), nil }, nil)
	addGetSet(t, "imag", func(ts *ThreadState, o Object) (Object, error) { return NewFloat(imag(o.(*Complex).V)), nil }, nil)
	addMethod(t, "conjugate", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("complex.conjugate", args, kwnames); err != nil {
			return nil, err
		}
		c := self.(*Complex).V
		return NewComplex(complex(real(c), -imag(c))), nil
	})
	addMethod(t, "__complex__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewComplex(self.(*Complex).V), nil
	})
	addMethod(t, "__getnewargs__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		c := self.(*Complex).V
		return NewTuple([]Object{NewFloat(real(c)), NewFloat(imag(c))}), nil
	})
}
