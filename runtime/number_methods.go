package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

// This file gives int, bool and float their constructors, methods and
// attributes (CPython's Objects/longobject.c, boolobject.c, floatobject.c),
// and the numeric helpers builtins need: IntFromObject, FloatFromObject,
// AsFloat, DivMod, Pow3, Round.

// ---- int ----

// digitValue is the decimal value of a Unicode decimal digit, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Decimal digits come in contiguous runs of ten starting at zero.
	k := 0
	for unicode.Is(unicode.Nd, r-rune(k)-1) {
		k++
	}
	return k % 10
}

// ParseIntLiteral parses text as int(text, base) does (base 0: Python
// literal rules). ok is false for malformed text.
func ParseIntLiteral(text string, base int) (*Int, bool) {
	s := strings.TrimFunc(text, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if base == 0 || base == 16 || base == 8 || base == 2 {
		if len(s) >= 2 && s[0] == '0' {
			p := s[1] | 0x20
			b := 0
			switch p {
			case 'x':
				b = 16
			case 'o':
				b = 8
			case 'b':
				b = 2
			}
			if b != 0 && (base == 0 || base == b) {
				base = b
				s = s[2:]
				// An underscore may follow the prefix.
				if strings.HasPrefix(s, "_") {
					s = s[1:]
					if s == "" || s[0] == '_' {
						return nil, false
					}
				}
			}
		}
	}
	legacyZero := false
	if base == 0 {
		base = 10
		legacyZero = true
	}
	if s == "" {
		return nil, false
	}
	digits := make([]byte, 0, len(s))
	prevUnderscore := true // no leading underscore
	for _, r := range s {
		if r == '_' {
			if prevUnderscore {
				return nil, false
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= 'a' && r <= 'z':
			d = int(r-'a') + 10
		case r >= 'A' && r <= 'Z':
			d = int(r-'A') + 10
		default:
			d = digitValue(r)
			if d < 0 {
				return nil, false
			}
		}
		if d >= base {
			return nil, false
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
	}
	if prevUnderscore {
		return nil, false
	}
	if legacyZero && len(digits) > 1 && digits[0] == '0' {
		for _, d := range digits {
			if d != '0' {
				return nil, false
			}
		}
	}
	ds := string(digits)
	if len(ds) <= 18 || (base != 10 && len(ds) <= 12) {
		v, err := strconv.ParseInt(ds, base, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return NewInt(v), true
		}
	}
	b, ok := new(big.Int).SetString(ds, base)
	if !ok {
		return nil, false
	}
	if neg {
		b.Neg(b)
	}
	return NewBigInt(b), true
}

// literalRepr is repr() of the text argument of int()/float().
func literalRepr(o Object) string {
	switch v := Unwrap(o).(type) {
	case *Str:
		return StrRepr(v.S)
	case *Bytes:
		return BytesRepr(v.B)
	case *ByteArray:
		return "bytearray(" + BytesRepr(v.B) + ")"
	}
	return "?"
}

func intLiteralError(text Object, base int) error {
	r := literalRepr(text)
	return NewValueError("invalid literal for int() with base %d: %s", base, r)
}

// IntFromObject is int(o): __int__, __index__, __trunc__, or parsing text.
func IntFromObject(ts *ThreadState, o Object) (Object, error) {
	switch v := o.(type) {
	case *Int:
		return Xref(v), nil
	case *Bool:
		i, _ := asInt(v)
		return i, nil
	case *Float:
		return FloatToInt(v.V)
	case *Str:
		i, ok := ParseIntLiteral(v.S, 10)
		if !ok {
			return nil, intLiteralError(v, 10)
		}
		return i, nil
	}
	t := o.Type()
	if f := t.Lookup("__int__"); f != nil {
		r, err := callUnbound(ts, f, o)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*Int); !ok {
			if i, ok := asInt(r); ok {
				Incref(i)
				Decref(r)
				return i, nil
			}
			Decref(r)
			return nil, NewTypeError("__int__ returned non-int (type %s)", TypeName(r))
		}
		return r, nil
	}
	if t.Index != nil {
		i, err := Index(ts, o)
		if err != nil {
			return nil, err
		}
		return i, nil
	}
	if f := t.Lookup("__trunc__"); f != nil {
		r, err := callUnbound(ts, f, o)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*Int); ok {
			return r, nil
		}
		defer Decref(r)
		if r.Type().Index == nil {
			return nil, NewTypeError("__trunc__ returned non-Integral (type %s)", TypeName(r))
		}
		return Index(ts, r)
	}
	switch v := Unwrap(o).(type) {
	case *Str:
		i, ok := ParseIntLiteral(v.S, 10)
		if !ok {
			return nil, intLiteralError(v, 10)
		}
		return i, nil
	case *Bytes, *ByteArray:
		b, _ := bytesData(v)
		i, ok := ParseIntLiteral(string(b), 10)
		if !ok {
			return nil, intLiteralError(v, 10)
		}
		return i, nil
	}
	return nil, NewTypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(o))
}

func intNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		return IntFromObject(ts, args[0])
	}
	return intNewArgs(ts, args, kwnames)
}

func intNewArgs(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
	var x, baseObj Object
	if err := UnpackArgs(ts, "int", args, kwnames, "x?", &x, "/", "base?", &baseObj); err != nil {
		return nil, err
	}
	if baseObj == nil {
		if x == nil {
			return NewInt(0), nil
		}
		return IntFromObject(ts, x)
	}
	base, err := AsSsize(ts, baseObj)
	if err != nil {
		return nil, err
	}
	if (base != 0 && base < 2) || base > 36 {
		return nil, NewValueError("int() base must be >= 2 and <= 36, or 0")
	}
	if x == nil {
		return nil, NewTypeError("int() missing string argument")
	}
	var text string
	switch v := Unwrap(x).(type) {
	case *Str:
		text = v.S
	case *Bytes:
		text = string(v.B)
	case *ByteArray:
		text = string(v.B)
	default:
		return nil, NewTypeError("int() can't convert non-string with explicit base")
	}
	i, ok := ParseIntLiteral(text, base)
	if !ok {
		return nil, intLiteralError(Unwrap(x), base)
	}
	return i, nil
}

// intOf is the receiver of an int method (int or bool).
func intOf(self Object) *Int {
	i, _ := asInt(self)
	return i
}

func intMethod(t *Type, name string, fn func(ts *ThreadState, i *Int) (Object, error)) {
	addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("int."+name, args, kwnames); err != nil {
			return nil, err
		}
		return fn(ts, intOf(self))
	})
}

func bitLength(i *Int) int {
	if i.Big == nil {
		v := i.V
		if v < 0 {
			if v == math.MinInt64 {
				return 64
			}
			v = -v
		}
		return bits.Len64(uint64(v))
	}
	return i.Big.BitLen()
}

// roundIntNdigits is int.__round__ with a negative ndigits: round half to
// even to a multiple of 10**-ndigits.
func roundIntNdigits(i *Int, ndigits *Int) Object {
	if ndigits.Sign() >= 0 {
		return Xref(i)
	}
	nd := ndigits.BigValue()
	if !nd.IsInt64() || nd.Int64() < -100000 {
		return NewInt(0)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-nd.Int64()), nil)
	v := i.BigValue()
	q, r := new(big.Int), new(big.Int)
	q.DivMod(v, pow, r) // Euclidean: r >= 0
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewBigInt(q.Mul(q, pow))
}

// IntToBytes is int.to_bytes.
func IntToBytes(i *Int, length int, little, signed bool) ([]byte, error) {
	if length < 0 {
		return nil, NewValueError("length argument must be non-negative")
	}
	v := i.BigValue()
	if v.Sign() < 0 && !signed {
		return nil, NewOverflowError("can't convert negative int to unsigned")
	}
	out := make([]byte, length)
	if v.Sign() >= 0 {
		bl := v.BitLen()
		if signed {
			bl++
		}
		if bl > length*8 {
			return nil, NewOverflowError("int too big to convert")
		}
		v.FillBytes(out)
	} else {
		// two's complement: 2**(8*length) + v
		mod := new(big.Int).Lsh(big.NewInt(1), uint(length*8))
		tc := new(big.Int).Add(mod, v)
		if tc.Sign() < 0 || tc.BitLen() > length*8 || (length > 0 && tc.Bit(length*8-1) == 0) || length == 0 {
			return nil, NewOverflowError("int too big to convert")
		}
		tc.FillBytes(out)
	}
	if little {
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
	}
	return out, nil
}

// IntFromBytes is int.from_bytes.
func IntFromBytes(b []byte, little, signed bool) *Int {
	buf := append([]byte(nil), b...)
	if little {
		for a, c := 0, len(buf)-1; a < c; a, c = a+1, c-1 {
			buf[a], buf[c] = buf[c], buf[a]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(len(buf)*8)))
	}
	return NewBigInt(v)
}

func byteOrder(s string) (bool, error) {
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewValueError("byteorder must be either 'little' or 'big'")
}

func setupInt(t *Type) {
	t.New = intNew
	t.Init = noInit
	t.Format = intFormatSlot
	t.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	intMethod(t, "bit_length", func(ts *ThreadState, i *Int) (Object, error) {
		return NewInt(int64(bitLength(i))), nil
	})
	intMethod(t, "bit_count", func(ts *ThreadState, i *Int) (Object, error) {
		if i.Big == nil {
			v := i.V
			if v < 0 {
				return NewInt(int64(bits.OnesCount64(uint64(-v)))), nil
			}
			return NewInt(int64(bits.OnesCount64(uint64(v)))), nil
		}
		n := 0
		for _, w := range new(big.Int).Abs(i.Big).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return NewInt(int64(n)), nil
	})
	intMethod(t, "conjugate", func(ts *ThreadState, i *Int) (Object, error) { return Xref(i), nil })
	intMethod(t, "as_integer_ratio", func(ts *ThreadState, i *Int) (Object, error) {
		return NewTuple([]Object{Xref(i), NewInt(1)}), nil
	})
	intMethod(t, "__trunc__", func(ts *ThreadState, i *Int) (Object, error) { return Xref(i), nil })
	intMethod(t, "__floor__", func(ts *ThreadState, i *Int) (Object, error) { return Xref(i), nil })
	intMethod(t, "__ceil__", func(ts *ThreadState, i *Int) (Object, error) { return Xref(i), nil })
	intMethod(t, "__int__", func(ts *ThreadState, i *Int) (Object, error) { return Xref(i), nil })
	intMethod(t, "__float__", func(ts *ThreadState, i *Int) (Object, error) {
		f, err := i.Float()
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	})
	intMethod(t, "__getnewargs__", func(ts *ThreadState, i *Int) (Object, error) {
		return NewTuple([]Object{Xref(i)}), nil
	})
	intMethod(t, "__sizeof__", func(ts *ThreadState, i *Int) (Object, error) {
		n := (bitLength(i) + 29) / 30
		return NewInt(int64(24 + 4*max(n, 1))), nil
	})
	addMethod(t, "__round__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var nd Object
		if err := UnpackPositional(ts, "int.__round__", args, kwnames, 0, &nd); err != nil {
			return nil, err
		}
		i := intOf(self)
		if nd == nil || nd == None {
			return Xref(i), nil
		}
		ndi, err := Index(ts, nd)
		if err != nil {
			return nil, err
		}
		defer Decref(ndi)
		return roundIntNdigits(i, ndi), nil
	})
	addMethod(t, "to_bytes", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		length := 1
		order := "big"
		signed := false
		if err := UnpackArgs(ts, "to_bytes", args, kwnames, "length?", &length, "byteorder?", &order, "*", "signed?", &signed); err != nil {
			return nil, err
		}
		little, err := byteOrder(order)
		if err != nil {
			return nil, err
		}
		b, err := IntToBytes(intOf(self), length, little, signed)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	})
	addClassMethod(t, "from_bytes", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		var data Object
		order := "big"
		signed := false
		if err := UnpackArgs(ts, "from_bytes", args, kwnames, "bytes", &data, "byteorder?", &order, "*", "signed?", &signed); err != nil {
			return nil, err
		}
		little, err := byteOrder(order)
		if err != nil {
			return nil, err
		}
		b, ok := bytesData(data)
		if !ok {
			bo, err := BytesFromObject(ts, data)
			if err != nil {
				return nil, err
			}
			b = bo.(*Bytes).B
			Decref(bo)
		}
		r := IntFromBytes(b, little, signed)
		if ct, ok := cls.(*Type); ok && ct != IntType {
			defer Decref(r)
			return Call(ts, ct, []Object{r}, nil)
		}
		return r, nil
	})
	for _, name := range []string{"__divmod__", "__rdivmod__"} {
		name := name
		m := addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			other, err := OneArg(name, args, kwnames)
			if err != nil {
				return nil, err
			}
			x := intOf(self)
			y, ok := asInt(other)
			if !ok {
				return NotImplemented, nil
			}
			if name == "__rdivmod__" {
				x, y = y, x
			}
			return intDivMod(x, y)
		})
		m.slotWrapper = true
	}
	for _, name := range []string{"__pow__", "__rpow__"} {
		name := name
		m := addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			var other, mod Object
			if err := UnpackPositional(ts, name, args, kwnames, 1, &other, &mod); err != nil {
				return nil, err
			}
			a, b := self, other
			if name == "__rpow__" {
				a, b = other, self
			}
			if _, ok := asInt(other); !ok {
				return NotImplemented, nil
			}
			if mod != nil && mod != None {
				return Pow3(ts, a, b, mod)
			}
			return intBinary(ts, OpPow, a, b, false)
		})
		m.slotWrapper = true
	}
	intAttr := func(name string, f func(i *Int) Object) {
		addGetSet(t, name, func(ts *ThreadState, o Object) (Object, error) { return f(intOf(o)), nil }, nil)
	}
	intAttr("real", func(i *Int) Object { return Xref(i) })
	intAttr("imag", func(i *Int) Object { return NewInt(0) })
	intAttr("numerator", func(i *Int) Object { return Xref(i) })
	intAttr("denominator", func(i *Int) Object { return NewInt(1) })
}

func intDivMod(x, y *Int) (Object, error) {
	q, err := IntArith(OpFloorDiv, x, y)
	if err != nil {
		return nil, err
	}
	m, err := IntArith(OpMod, x, y)
	if err != nil {
		Decref(q)
		return nil, err
	}
	return NewTuple([]Object{q, m}), nil
}

// ---- bool ----

func boolNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	var x Object
	if err := UnpackPositional(ts, "bool", args, kwnames, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return False, nil
	}
	b, err := Truth(ts, x)
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}

// boolBinary keeps & | ^ of two bools a bool; everything else is int
// arithmetic.
func boolBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	if op == OpAnd || op == OpOr || op == OpXor {
		x, ok1 := a.(*Bool)
		y, ok2 := b.(*Bool)
		if ok1 && ok2 {
			switch op {
			case OpAnd:
				return NewBool(x.V && y.V), nil
			case OpOr:
				return NewBool(x.V || y.V), nil
			}
			return NewBool(x.V != y.V), nil
		}
	}
	return intBinary(ts, op, a, b, reflected)
}

func setupBool(t *Type) {
	t.New = boolNew
	t.Init = noInit
	t.Str = t.Repr
	t.Doc = "bool(x) -> bool"
}

// ---- float ----

// parseFloatText parses float() text: decimal literals with underscores
// between digits, inf, infinity and nan (any case, optional sign).
func parseFloatText(text string) (float64, bool) {
	s := strings.TrimFunc(text, isPySpace)
	if s == "" {
		return 0, false
	}
	body := s
	sign := 1.0
	if body[0] == '+' || body[0] == '-' {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Inf(int(sign)), true
	case "nan":
		return math.NaN(), true
	}
	// Validate: digits [. digits] [e [sign] digits], underscores between digits.
	var clean []byte
	i := 0
	digitsRun := func() int {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n
	}
	intDigits := digitsRun()
	fracDigits := 0
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		fracDigits = digitsRun()
	}
	if intDigits+fracDigits == 0 {
		// Non-ASCII decimal digits are accepted too.
		return parseUnicodeFloat(body, sign)
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if digitsRun() == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return parseUnicodeFloat(body, sign)
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return sign * f, true
}

// parseUnicodeFloat retries after mapping Unicode decimal digits to ASCII.
func parseUnicodeFloat(body string, sign float64) (float64, bool) {
	changed := false
	var b strings.Builder
	for _, r := range body {
		if r >= 0x80 {
			d := digitValue(r)
			if d < 0 {
				return 0, false
			}
			b.WriteByte(byte('0' + d))
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return 0, false
	}
	f, ok := parseFloatText(b.String())
	return sign * f, ok
}

func floatConvError(o Object) error {
	r := literalRepr(o)
	return NewValueError("could not convert string to float: %s", r)
}

// FloatFromObject is float(o).
func FloatFromObject(ts *ThreadState, o Object) (Object, error) {
	switch v := o.(type) {
	case *Float:
		return Xref(v), nil
	case *Int:
		f, err := v.Float()
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	case *Bool:
		f, _, _ := asFloat(v)
		return NewFloat(f), nil
	case *Str:
		f, ok := parseFloatText(v.S)
		if !ok {
			return nil, floatConvError(v)
		}
		return NewFloat(f), nil
	}
	if f := o.Type().Lookup("__float__"); f != nil {
		r, err := callUnbound(ts, f, o)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*Float); ok {
			return r, nil
		}
		if in, ok := r.(*Instance); ok {
			if fv, ok := in.Base.(*Float); ok {
				Decref(r)
				return NewFloat(fv.V), nil
			}
		}
		Decref(r)
		return nil, NewTypeError("%s.__float__ returned non-float (type %s)", TypeName(o), TypeName(r))
	}
	if o.Type().Index != nil {
		i, err := Index(ts, o)
		if err != nil {
			return nil, err
		}
		defer Decref(i)
		f, err := i.Float()
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	}
	switch v := Unwrap(o).(type) {
	case *Float:
		return NewFloat(v.V), nil
	case *Str:
		f, ok := parseFloatText(v.S)
		if !ok {
			return nil, floatConvError(v)
		}
		return NewFloat(f), nil
	case *Bytes, *ByteArray:
		b, _ := bytesData(v)
		f, ok := parseFloatText(string(b))
		if !ok {
			return nil, floatConvError(v)
		}
		return NewFloat(f), nil
	}
	return nil, NewTypeError("float() argument must be a string or a real number, not '%s'", TypeName(o))
}

// AsFloat is PyFloat_AsDouble: a float from a float, an int, or an object
// with __float__ or __index__.
func AsFloat(ts *ThreadState, o Object) (float64, error) {
	switch v := o.(type) {
	case *Float:
		return v.V, nil
	case *Int:
		return v.Float()
	case *Bool:
		f, _, _ := asFloat(v)
		return f, nil
	}
	t := o.Type()
	if t.Lookup("__float__") == nil && t.Index == nil {
		if f, ok, err := asFloat(o); ok || err != nil {
			return f, err
		}
		return 0, NewTypeError("must be real number, not %s", TypeName(o))
	}
	r, err := FloatFromObject(ts, o)
	if err != nil {
		return 0, err
	}
	defer Decref(r)
	return r.(*Float).V, nil
}

func floatNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	var x Object
	if err := UnpackPositional(ts, "float", args, kwnames, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return NewFloat(0), nil
	}
	return FloatFromObject(ts, x)
}

// FloatHex is float.hex().
func FloatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return FloatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexd = "0123456789abcdef"
	buf := []byte{hexd[int(m)], '.'}
	m -= float64(int(m))
	for i := 0; i < 13; i++ {
		m *= 16
		buf = append(buf, hexd[int(m)])
		m -= float64(int(m))
	}
	esign := byte('+')
	if e < 0 {
		esign = '-'
		e = -e
	}
	s := "0x" + string(buf) + "p" + string(esign) + strconv.Itoa(e)
	if x < 0 {
		return "-" + s
	}
	return s
}

// FloatFromHex is float.fromhex(s).
func FloatFromHex(text string) (float64, error) {
	s := strings.TrimFunc(text, isPySpace)
	bad := NewValueError("invalid hexadecimal floating-point string")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1]|0x20) == 'x' {
		s = s[2:]
	}
	mant := s
	exp := ""
	if i := strings.IndexAny(s, "pP"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		if exp == "" {
			return 0, bad
		}
	}
	nd := 0
	for i, c := range mant {
		if c == '.' {
			if strings.Count(mant, ".") > 1 {
				return 0, bad
			}
			continue
		}
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return 0, bad
		}
		_ = i
		nd++
	}
	if nd == 0 {
		return 0, bad
	}
	if exp != "" {
		e := exp
		if e[0] == '+' || e[0] == '-' {
			e = e[1:]
		}
		if e == "" {
			return 0, bad
		}
		for _, c := range e {
			if c < '0' || c > '9' {
				return 0, bad
			}
		}
	} else {
		exp = "0"
	}
	if strings.HasPrefix(mant, ".") {
		mant = "0" + mant
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			if math.IsInf(f, 0) {
				return 0, NewOverflowError("hexadecimal value too large to represent as a float")
			}
		} else {
			return 0, bad
		}
	}
	return sign * f, nil
}

// FloatAsIntegerRatio is float.as_integer_ratio().
func FloatAsIntegerRatio(x float64) (Object, error) {
	if math.IsInf(x, 0) {
		return nil, NewOverflowError("cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return nil, NewValueError("cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple([]Object{NewBigInt(new(big.Int).Set(r.Num())), NewBigInt(new(big.Int).Set(r.Denom()))}), nil
}

// roundHalfEven is round(x) for a float: the nearest integer, ties to even.
func roundHalfEven(x float64) float64 {
	r := math.Round(x)
	if math.Abs(x-r) == 0.5 {
		r = 2.0 * math.Round(x/2.0)
	}
	return r
}

// FloatRound is round(x, ndigits) for a float: correctly rounded, half to
// even, like CPython's double_round.
func FloatRound(x float64, ndigits int) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x, nil
	}
	if ndigits > 323 {
		return x, nil
	}
	if ndigits < -308 {
		return 0.0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		s := strconv.FormatFloat(x, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(s, 64)
	} else {
		exact := new(big.Rat).SetFloat64(x)
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		q := new(big.Rat).Quo(exact, new(big.Rat).SetInt(pow))
		// round q half to even
		num, den := q.Num(), q.Denom()
		iq, rem := new(big.Int).QuoRem(num, den, new(big.Int))
		twice := new(big.Int).Abs(rem)
		twice.Lsh(twice, 1)
		c := twice.Cmp(den)
		if c > 0 || (c == 0 && iq.Bit(0) == 1) {
			if num.Sign() < 0 {
				iq.Sub(iq, big.NewInt(1))
			} else {
				iq.Add(iq, big.NewInt(1))
			}
		}
		res := new(big.Rat).SetInt(iq.Mul(iq, pow))
		r, _ = res.Float64()
		if iq.Sign() == 0 {
			r = math.Copysign(0, x)
		}
		if math.IsInf(r, 0) {
			return 0, NewOverflowError("rounded value too large to represent")
		}
	}
	if math.IsInf(r, 0) {
		return 0, NewOverflowError("rounded value too large to represent")
	}
	return r, nil
}

// Round is round(x[, ndigits]) for int and float (other types go through
// their __round__).
func Round(ts *ThreadState, x, ndigits Object) (Object, error) {
	switch v := Unwrap(x).(type) {
	case *Float:
		if ndigits == nil || ndigits == None {
			return FloatToInt(roundHalfEven(v.V))
		}
		nd, err := AsIndexClamped(ts, ndigits)
		if err != nil {
			return nil, err
		}
		r, err := FloatRound(v.V, nd)
		if err != nil {
			return nil, err
		}
		return NewFloat(r), nil
	case *Int, *Bool:
		i, _ := asInt(v)
		if ndigits == nil || ndigits == None {
			return Xref(i), nil
		}
		ndi, err := Index(ts, ndigits)
		if err != nil {
			return nil, err
		}
		defer Decref(ndi)
		return roundIntNdigits(i, ndi), nil
	}
	f := x.Type().Lookup("__round__")
	if f == nil {
		return nil, NewTypeError("type %s doesn't define __round__ method", TypeName(x))
	}
	if ndigits == nil {
		return callUnbound(ts, f, x)
	}
	return callUnbound(ts, f, x, ndigits)
}

func floatOf(self Object) float64 {
	f, _, _ := asFloat(self)
	return f
}

func floatMethod(t *Type, name string, fn func(ts *ThreadState, x float64) (Object, error)) {
	addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("float."+name, args, kwnames); err != nil {
			return nil, err
		}
		return fn(ts, floatOf(self))
	})
}

func setupFloat(t *Type) {
	t.New = floatNew
	t.Init = noInit
	t.Format = floatFormatSlot
	t.Doc = "Convert a string or number to a floating point number, if possible."
	floatMethod(t, "is_integer", func(ts *ThreadState, x float64) (Object, error) {
		return NewBool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	floatMethod(t, "as_integer_ratio", func(ts *ThreadState, x float64) (Object, error) {
		return FloatAsIntegerRatio(x)
	})
	floatMethod(t, "hex", func(ts *ThreadState, x float64) (Object, error) { return NewStr(FloatHex(x)), nil })
	floatMethod(t, "conjugate", func(ts *ThreadState, x float64) (Object, error) { return NewFloat(x), nil })
	floatMethod(t, "__trunc__", func(ts *ThreadState, x float64) (Object, error) { return FloatToInt(x) })
	floatMethod(t, "__int__", func(ts *ThreadState, x float64) (Object, error) { return FloatToInt(x) })
	floatMethod(t, "__floor__", func(ts *ThreadState, x float64) (Object, error) { return FloatToInt(math.Floor(x)) })
	floatMethod(t, "__ceil__", func(ts *ThreadState, x float64) (Object, error) { return FloatToInt(math.Ceil(x)) })
	floatMethod(t, "__float__", func(ts *ThreadState, x float64) (Object, error) { return NewFloat(x), nil })
	floatMethod(t, "__getnewargs__", func(ts *ThreadState, x float64) (Object, error) {
		return NewTuple([]Object{NewFloat(x)}), nil
	})
	floatMethod(t, "__sizeof__", func(ts *ThreadState, x float64) (Object, error) { return NewInt(24), nil })
	addMethod(t, "__round__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var nd Object
		if err := UnpackPositional(ts, "float.__round__", args, kwnames, 0, &nd); err != nil {
			return nil, err
		}
		return Round(ts, NewFloat(floatOf(self)), nd)
	})
	addClassMethod(t, "fromhex", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		so, err := OneArg("float.fromhex", args, kwnames)
		if err != nil {
			return nil, err
		}
		s, ok := asStr(so)
		if !ok {
			return nil, NewTypeError("fromhex() argument must be str, not %s", TypeName(so))
		}
		f, err := FloatFromHex(s.S)
		if err != nil {
			return nil, err
		}
		r := NewFloat(f)
		if ct, ok := cls.(*Type); ok && ct != FloatType {
			defer Decref(r)
			return Call(ts, ct, []Object{r}, nil)
		}
		return r, nil
	})
	for _, name := range []string{"__divmod__", "__rdivmod__"} {
		name := name
		m := addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			other, err := OneArg(name, args, kwnames)
			if err != nil {
				return nil, err
			}
			y, ok, err := asFloat(other)
			if err != nil {
				return nil, err
			}
			if !ok {
				return NotImplemented, nil
			}
			x := floatOf(self)
			if name == "__rdivmod__" {
				x, y = y, x
			}
			return floatDivModObj(x, y)
		})
		m.slotWrapper = true
	}
	for _, name := range []string{"__pow__", "__rpow__"} {
		name := name
		m := addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			var other, mod Object
			if err := UnpackPositional(ts, name, args, kwnames, 1, &other, &mod); err != nil {
				return nil, err
			}
			if mod != nil && mod != None {
				return nil, NewTypeError("pow() 3rd argument not allowed unless all arguments are integers")
			}
			if name == "__rpow__" {
				return floatBinary(ts, OpPow, other, self, true)
			}
			return floatBinary(ts, OpPow, self, other, false)
		})
		m.slotWrapper = true
	}
	addGetSet(t, "real", func(ts *ThreadState, o Object) (Object, error) { return NewFloat(floatOf(o)), nil }, nil)
	addGetSet(t, "imag", func(ts *ThreadState, o Object) (Object, error) { return NewFloat(0), nil }, nil)
}

func floatDivModObj(x, y float64) (Object, error) {
	if y == 0 {
		return nil, NewZeroDivisionError("float divmod()")
	}
	q, m := floatDivmod(x, y)
	return NewTuple([]Object{NewFloat(q), NewFloat(m)}), nil
}

// DivMod is divmod(a, b).
func DivMod(ts *ThreadState, a, b Object) (Object, error) {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok {
			return intDivMod(x, y)
		}
	}
	r, err := binaryDunder(ts, a, b, "__divmod__", "__rdivmod__")
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, NewTypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

// binaryDunder dispatches an operator that has no Binary slot (divmod)
// through its dunder methods, with Python's reflected-operand rules.
func binaryDunder(ts *ThreadState, a, b Object, name, rname string) (Object, error) {
	ta, tb := a.Type(), b.Type()
	tryRight := ta != tb
	if tryRight && tb.IsSubtype(ta) && tb.Lookup(rname) != nil && tb.Lookup(rname) != ta.Lookup(rname) {
		r, _, err := CallDunder(ts, b, rname, a)
		if err != nil || (r != nil && r != NotImplemented) {
			return r, err
		}
		tryRight = false
	}
	if r, found, err := CallDunder(ts, a, name, b); found {
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if tryRight {
		if r, found, err := CallDunder(ts, b, rname, a); found {
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return NotImplemented, nil
}

// Pow3 is pow(a, b, mod); a nil or None mod is pow(a, b).
func Pow3(ts *ThreadState, a, b, mod Object) (Object, error) {
	if mod == nil || mod == None {
		return BinaryOp(ts, OpPow, a, b)
	}
	x, ok1 := asInt(a)
	y, ok2 := asInt(b)
	m, ok3 := asInt(mod)
	if !ok1 || !ok2 || !ok3 {
		switch Unwrap(a).(type) {
		case *Int, *Bool, *Float:
			switch Unwrap(b).(type) {
			case *Int, *Bool, *Float:
				return nil, NewTypeError("pow() 3rd argument not allowed unless all arguments are integers")
			}
		}
		if f := a.Type().Lookup("__pow__"); f != nil {
			if md, ok := f.(*MethodDescr); !ok || !md.slotWrapper {
				return callUnbound(ts, f, a, b, mod)
			}
		}
		return nil, NewTypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(a), TypeName(b), TypeName(mod))
	}
	if m.Sign() == 0 {
		return nil, NewValueError("pow() 3rd argument cannot be 0")
	}
	mb := m.BigValue()
	absM := new(big.Int).Abs(mb)
	base := new(big.Int).Mod(x.BigValue(), absM)
	exp := y.BigValue()
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, absM)
		if inv == nil {
			return nil, NewValueError("base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, absM)
	if absM.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if mb.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return NewBigInt(r), nil
}
