package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements the format-spec mini-language (format(), f-strings,
// str.format; CPython's Python/formatter_unicode.c), float-to-text conversion
// with CPython's rules (Python/pystrtod.c), str.format's field syntax
// (Objects/stringlib/unicode_format.h) and printf-style % formatting.

// FormatObject is format(obj, spec): it calls the type's Format slot
// (__format__) and checks that the result is a str. FORMAT_VALUE uses it.
func FormatObject(ts *ThreadState, obj Object, spec string) (string, error) {
	switch v := obj.(type) {
	case *Str:
		if spec == "" {
			return v.S, nil
		}
		return formatStrSpec(v.S, spec, "str")
	case *Int:
		return formatIntSpec(ts, v, v, spec)
	case *Float:
		return formatFloatSpec(v.V, spec, "float")
	}
	f := obj.Type().Format
	if f == nil {
		f = objectFormat
	}
	r, err := f(ts, obj, spec)
	if err != nil {
		return "", err
	}
	defer Decref(r)
	s, ok := asStr(r)
	if !ok {
		return "", NewTypeError("__format__ must return a str, not %s", TypeName(r))
	}
	return s.S, nil
}

// Format is format(obj, spec) as a str object.
func Format(ts *ThreadState, obj Object, spec string) (Object, error) {
	s, err := FormatObject(ts, obj, spec)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func strFormatSlot(ts *ThreadState, self Object, spec string) (Object, error) {
	s, _ := asStr(self)
	r, err := formatStrSpec(s.S, spec, TypeName(self))
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func intFormatSlot(ts *ThreadState, self Object, spec string) (Object, error) {
	i, _ := asInt(self)
	r, err := formatIntSpec(ts, self, i, spec)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func floatFormatSlot(ts *ThreadState, self Object, spec string) (Object, error) {
	f, _, _ := asFloat(self)
	if spec == "" {
		s, err := StrOf(ts, self)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
	r, err := formatFloatSpec(f, spec, TypeName(self))
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill      rune
	align     byte
	sign      byte
	noNeg0    bool
	alt       bool
	width     int
	thousands byte // 0, ',', '_' (every 3 digits) or '4' ('_' every 4)
	precision int
	typ       byte
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseFormatSpec is parse_internal_render_format_spec.
func parseFormatSpec(spec string, typeName string, defaultType, defaultAlign byte) (*formatSpec, error) {
	rs := []rune(spec)
	f := &formatSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType}
	pos, end := 0, len(rs)
	fillSpecified, alignSpecified := false, false
	if end-pos >= 2 && isAlign(rs[pos+1]) {
		f.align = byte(rs[pos+1])
		f.fill = rs[pos]
		fillSpecified, alignSpecified = true, true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		f.align = byte(rs[pos])
		alignSpecified = true
		pos++
	}
	if end-pos >= 1 && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		f.sign = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		f.noNeg0 = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		f.alt = true
		pos++
	}
	if !fillSpecified && end-pos >= 1 && rs[pos] == '0' {
		f.fill = '0'
		if !alignSpecified && defaultAlign == '>' {
			f.align = '='
		}
		pos++
	}
	getInt := func() (int, int, error) {
		start := pos
		v := 0
		for pos < end && rs[pos] >= '0' && rs[pos] <= '9' {
			if v > (math.MaxInt32-int(rs[pos]-'0'))/10 {
				return 0, 0, NewValueError("Too many decimal digits in format string")
			}
			v = v*10 + int(rs[pos]-'0')
			pos++
		}
		return v, pos - start, nil
	}
	w, n, err := getInt()
	if err != nil {
		return nil, err
	}
	if n > 0 {
		f.width = w
	}
	if end-pos > 0 && rs[pos] == ',' {
		f.thousands = ','
		pos++
	}
	if end-pos > 0 && rs[pos] == '_' {
		if f.thousands != 0 {
			return nil, NewValueError("Cannot specify both ',' and '_'.")
		}
		f.thousands = '_'
		pos++
	}
	if end-pos > 0 && rs[pos] == ',' && f.thousands == '_' {
		return nil, NewValueError("Cannot specify both ',' and '_'.")
	}
	if end-pos > 0 && rs[pos] == '.' {
		pos++
		p, n, err := getInt()
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, NewValueError("Format specifier missing precision")
		}
		f.precision = p
	}
	if end-pos > 1 {
		return nil, NewValueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		if rs[pos] > 0x7f {
			return nil, NewValueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName)
		}
		f.typ = byte(rs[pos])
	}
	if f.thousands != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.thousands == '_' {
				f.thousands = '4'
				break
			}
			fallthrough
		default:
			return nil, NewValueError("Cannot specify '%c' with '%c'.", f.thousands, f.typ)
		}
	}
	return f, nil
}

func unknownFormatCode(typ byte, typeName string) error {
	if typ > 32 && typ < 128 {
		return NewValueError("Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return NewValueError("Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// padAligned pads text (of n code points) to the spec's width.
func padAligned(text string, n int, f *formatSpec) string {
	if f.width <= n {
		return text
	}
	pad := f.width - n
	var left int
	switch f.align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	fill := string(f.fill)
	return strings.Repeat(fill, left) + text + strings.Repeat(fill, pad-left)
}

func formatStrSpec(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseFormatSpec(spec, typeName, 's', '<')
	if err != nil {
		return "", err
	}
	if f.typ != 's' {
		return "", unknownFormatCode(f.typ, typeName)
	}
	switch {
	case f.sign == ' ':
		return "", NewValueError("Space not allowed in string format specifier")
	case f.sign != 0:
		return "", NewValueError("Sign not allowed in string format specifier")
	case f.noNeg0:
		return "", NewValueError("Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return "", NewValueError("Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", NewValueError("'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if f.precision >= 0 && n > f.precision {
		s = string([]rune(s)[:f.precision])
		n = f.precision
	}
	return padAligned(s, n, f), nil
}

// numberParts is what fill_number assembles: sign, prefix, digits (grouped
// and zero-filled), decimal point and remainder.
type numberParts struct {
	signChar  byte // '-' or 0 from the number itself
	prefix    string
	digits    string
	hasDec    bool
	remainder string
	upper     bool // 'X': uppercase prefix and digits
}

// groupDigits is _PyUnicode_InsertThousandsGrouping.
func groupDigits(digits string, minWidth int, group int, sep string) string {
	if minWidth < 0 {
		minWidth = 0
	}
	var parts []string
	remaining := len(digits)
	pos := len(digits)
	take := func(n int, zeros int) string {
		s := strings.Repeat("0", zeros) + digits[pos-n:pos]
		pos -= n
		return s
	}
	broken := false
	if group > 0 {
		for {
			l := group
			m := remaining
			if minWidth > m {
				m = minWidth
			}
			if m < 1 {
				m = 1
			}
			if l > m {
				l = m
			}
			zeros := l - remaining
			if zeros < 0 {
				zeros = 0
			}
			chars := remaining
			if chars > l {
				chars = l
			}
			if chars < 0 {
				chars = 0
			}
			parts = append(parts, take(chars, zeros))
			remaining -= chars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				broken = true
				break
			}
			minWidth -= len(sep)
		}
	}
	if !broken {
		l := remaining
		if minWidth > l {
			l = minWidth
		}
		if l < 1 {
			l = 1
		}
		zeros := l - remaining
		if zeros < 0 {
			zeros = 0
		}
		chars := remaining
		if chars > l {
			chars = l
		}
		parts = append(parts, take(chars, zeros))
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return strings.Join(parts, sep)
}

// fillNumber is calc_number_widths + fill_number.
func fillNumber(p numberParts, f *formatSpec) string {
	sign := ""
	switch f.sign {
	case '+':
		if p.signChar == '-' {
			sign = "-"
		} else {
			sign = "+"
		}
	case ' ':
		if p.signChar == '-' {
			sign = "-"
		} else {
			sign = " "
		}
	default:
		if p.signChar == '-' {
			sign = "-"
		}
	}
	decimal := ""
	if p.hasDec {
		decimal = "."
	}
	nonDigit := len(sign) + len(p.prefix) + len(decimal) + utf8.RuneCountInString(p.remainder)
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigit
	}
	group, sep := 0, ""
	switch f.thousands {
	case ',':
		group, sep = 3, ","
	case '_':
		group, sep = 3, "_"
	case '4':
		group, sep = 4, "_"
	}
	grouped := ""
	if p.digits != "" {
		grouped = groupDigits(p.digits, minWidth, group, sep)
	}
	prefix := p.prefix
	if p.upper {
		prefix = strings.ToUpper(prefix)
		grouped = strings.ToUpper(grouped)
	}
	body := len(grouped) + nonDigit
	var lpad, spad, rpad int
	if pad := f.width - body; pad > 0 {
		switch f.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	fill := string(f.fill)
	var b strings.Builder
	b.WriteString(strings.Repeat(fill, lpad))
	b.WriteString(sign)
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(fill, spad))
	b.WriteString(grouped)
	b.WriteString(decimal)
	b.WriteString(p.remainder)
	b.WriteString(strings.Repeat(fill, rpad))
	return b.String()
}

// formatIntSpec formats the int value i (of object obj, which may be a bool
// or subclass instance) with spec.
func formatIntSpec(ts *ThreadState, obj Object, i *Int, spec string) (string, error) {
	if spec == "" {
		if _, exact := obj.(*Int); exact {
			return i.String(), nil
		}
		return StrOf(ts, obj)
	}
	typeName := TypeName(obj)
	f, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v, err := i.Float()
		if err != nil {
			return "", err
		}
		return formatFloatParsed(v, f)
	default:
		return "", unknownFormatCode(f.typ, typeName)
	}
	if f.precision != -1 {
		return "", NewValueError("Precision not allowed in integer format specifier")
	}
	if f.noNeg0 {
		return "", NewValueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var p numberParts
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", NewValueError("Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", NewValueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if i.Big != nil || i.V < 0 || i.V > 0x10ffff {
			return "", newExc(OverflowErrorType, "%c arg not in range(0x110000)")
		}
		p.remainder = string(rune(i.V))
		return fillNumber(p, f), nil
	}
	base := 10
	prefix := ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	bv := i.BigValue()
	if bv.Sign() < 0 {
		p.signChar = '-'
		bv = new(big.Int).Neg(bv)
	}
	p.digits = bv.Text(base)
	if f.alt {
		p.prefix = prefix
	}
	p.upper = f.typ == 'X'
	return fillNumber(p, f), nil
}

func formatFloatSpec(v float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(v), nil
	}
	f, err := parseFormatSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(f.typ, typeName)
	}
	return formatFloatParsed(v, f)
}

// Flags of DoubleToString (Py_DTSF_*).
const (
	dtsfSign    = 1 << iota // always add the sign
	dtsfAddDot0             // if the result is an integer, add ".0"
	dtsfAlt                 // alternate formatting ('#')
	dtsfNoNeg0              // coerce negative zero to positive
)

func formatFloatParsed(v float64, f *formatSpec) (string, error) {
	typ := f.typ
	precision := f.precision
	flags := 0
	if f.alt {
		flags |= dtsfAlt
	}
	if f.noNeg0 {
		flags |= dtsfNoNeg0
	}
	defaultPrecision := 6
	if typ == 0 {
		flags |= dtsfAddDot0
		typ = 'r'
		defaultPrecision = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	addPct := false
	if typ == '%' {
		typ = 'f'
		v *= 100
		addPct = true
	}
	if precision < 0 {
		precision = defaultPrecision
	} else if typ == 'r' {
		typ = 'g'
	}
	buf := DoubleToString(v, typ, precision, flags)
	if addPct {
		buf += "%"
	}
	var p numberParts
	if strings.HasPrefix(buf, "-") {
		p.signChar = '-'
		buf = buf[1:]
	}
	j := 0
	for j < len(buf) && buf[j] >= '0' && buf[j] <= '9' {
		j++
	}
	p.digits = buf[:j]
	rest := buf[j:]
	if strings.HasPrefix(rest, ".") {
		p.hasDec = true
		rest = rest[1:]
	}
	p.remainder = rest
	return fillNumber(p, f), nil
}

// DoubleToString is PyOS_double_to_string: code is one of 'e', 'E', 'f',
// 'F', 'g', 'G' or 'r' (repr); flags are the dtsf* bits.
func DoubleToString(v float64, code byte, precision int, flags int) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	neg := math.Signbit(v)
	if flags&dtsfNoNeg0 != 0 && neg {
		// Coerce values that round to zero.
		test := strings.TrimLeft(DoubleToString(-v, code, precision, flags&^dtsfNoNeg0), "0.")
		if test == "" || strings.HasPrefix(test, "e") {
			neg = false
			v = -v
		}
	}
	var body string
	switch {
	case math.IsInf(v, 0):
		body = "inf"
	case math.IsNaN(v):
		body = "nan"
		neg = false
	default:
		body = formatFinite(math.Abs(v), code, precision, flags)
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if neg {
		return "-" + body
	}
	if flags&dtsfSign != 0 {
		return "+" + body
	}
	return body
}

// decimalDigits returns the significant digits and decimal exponent of a
// non-negative finite v: v = 0.d1d2... * 10**decpt. ndigits < 0 means the
// shortest representation that round-trips; otherwise ndigits significant
// digits (correctly rounded), trailing zeros stripped.
func decimalDigits(v float64, ndigits int) (string, int) {
	if v == 0 {
		return "0", 1
	}
	var s string
	if ndigits < 0 {
		s = strconv.FormatFloat(v, 'e', -1, 64)
	} else {
		if ndigits < 1 {
			ndigits = 1
		}
		s = strconv.FormatFloat(v, 'e', ndigits-1, 64)
	}
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return digits, e + 1
}

func formatFinite(v float64, code byte, precision int, flags int) string {
	alt := flags&dtsfAlt != 0
	switch code {
	case 'f':
		s := strconv.FormatFloat(v, 'f', precision, 64)
		if alt && precision == 0 {
			s += "."
		}
		return s
	case 'e':
		s := strconv.FormatFloat(v, 'e', precision, 64)
		if alt && precision == 0 {
			mant, exp, _ := strings.Cut(s, "e")
			s = mant + ".e" + exp
		}
		return s
	}
	// 'g' and 'r'
	var digits string
	var decpt int
	if code == 'r' {
		digits, decpt = decimalDigits(v, -1)
	} else {
		if precision == 0 {
			precision = 1
		}
		digits, decpt = decimalDigits(v, precision)
	}
	addDot0 := flags&dtsfAddDot0 != 0
	useExp := false
	if code == 'r' {
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	} else {
		lim := precision
		if addDot0 {
			lim = precision - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
	}
	if alt && code == 'g' && len(digits) < precision {
		digits += strings.Repeat("0", precision-len(digits))
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	var b strings.Builder
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if alt {
			b.WriteString(".")
		} else if addDot0 && !useExp {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteString(".")
		b.WriteString(digits[decpt:])
	}
	if useExp {
		b.WriteString("e")
		if exp < 0 {
			b.WriteString("-")
			exp = -exp
		} else {
			b.WriteString("+")
		}
		if exp < 10 {
			b.WriteString("0")
		}
		b.WriteString(strconv.Itoa(exp))
	}
	return b.String()
}

// ---- str.format ----

type formatter struct {
	ts     *ThreadState
	args   []Object
	kwargs Object // a mapping, or nil
	auto   int    // next automatic field number; -1 once manual numbering is used
	manual bool
}

// StrFormat is str.format(*args, **kwargs) (kwargs is a mapping or nil) and
// str.format_map(mapping) (args nil).
func StrFormat(ts *ThreadState, format string, args []Object, kwargs Object) (string, error) {
	f := &formatter{ts: ts, args: args, kwargs: kwargs}
	var b strings.Builder
	if err := f.render(&b, format, 2); err != nil {
		return "", err
	}
	return b.String(), nil
}

func (f *formatter) render(b *strings.Builder, s string, depth int) error {
	if depth <= 0 {
		return NewValueError("Max string recursion exceeded")
	}
	rs := []rune(s)
	pos, end := 0, len(rs)
	for pos < end {
		start := pos
		var c rune
		markup := false
		for pos < end {
			c = rs[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= end
		litEnd := pos
		if markup {
			if c == '}' && (atEnd || rs[pos] != '}') {
				return NewValueError("Single '}' encountered in format string")
			}
			if atEnd && c == '{' {
				return NewValueError("Single '{' encountered in format string")
			}
			if rs[pos] == c {
				pos++
				b.WriteString(string(rs[start : litEnd-1]))
				b.WriteRune(c)
				continue
			}
			litEnd--
		}
		b.WriteString(string(rs[start:litEnd]))
		if !markup {
			continue
		}
		fl, err := parseField(rs, &pos)
		if err != nil {
			return err
		}
		if err := f.field(b, fl, depth); err != nil {
			return err
		}
	}
	return nil
}

// formatField is one parsed replacement field of str.format.
type formatField struct {
	name       string
	conversion rune
	spec       string
	expand     bool // the spec contains nested fields
}

// parseField is CPython 3.11's parse_field: it reads a replacement field
// after its '{' up to and including the closing '}'.
func parseField(rs []rune, pos *int) (formatField, error) {
	var fl formatField
	end := len(rs)
	nameStart := *pos
	var c rune
	for *pos < end {
		c = rs[*pos]
		*pos++
		if c == '{' {
			return fl, NewValueError("unexpected '{' in field name")
		}
		if c == '[' {
			for *pos < end && rs[*pos] != ']' {
				*pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	if c == '!' || c == ':' {
		fl.name = string(rs[nameStart : *pos-1])
		if c == '!' {
			if *pos >= end {
				return fl, NewValueError("end of string while looking for conversion specifier")
			}
			fl.conversion = rs[*pos]
			*pos++
			if *pos < end {
				c = rs[*pos]
				*pos++
				if c == '}' {
					return fl, nil
				}
				if c != ':' {
					return fl, NewValueError("expected ':' after conversion specifier")
				}
			}
		}
		specStart := *pos
		count := 1
		for *pos < end {
			c = rs[*pos]
			*pos++
			switch c {
			case '{':
				fl.expand = true
				count++
			case '}':
				count--
				if count == 0 {
					fl.spec = string(rs[specStart : *pos-1])
					return fl, nil
				}
			}
		}
		return fl, NewValueError("unmatched '{' in format spec")
	}
	if c != '}' {
		return fl, NewValueError("expected '}' before end of string")
	}
	fl.name = string(rs[nameStart : *pos-1])
	return fl, nil
}

func (f *formatter) field(b *strings.Builder, fl formatField, depth int) error {
	obj, err := f.getField(fl.name)
	if err != nil {
		return err
	}
	defer Decref(obj)
	if fl.conversion != 0 {
		var s string
		switch fl.conversion {
		case 'r':
			s, err = Repr(f.ts, obj)
		case 's':
			s, err = StrOf(f.ts, obj)
		case 'a':
			s, err = Ascii(f.ts, obj)
		default:
			if fl.conversion > 32 && fl.conversion < 127 {
				return NewValueError("Unknown conversion specifier %c", fl.conversion)
			}
			return NewValueError("Unknown conversion specifier \\x%x", fl.conversion)
		}
		if err != nil {
			return err
		}
		conv := NewStr(s)
		defer Decref(conv)
		obj = conv
	}
	spec := fl.spec
	if fl.expand {
		var sb strings.Builder
		if err := f.render(&sb, spec, depth-1); err != nil {
			return err
		}
		spec = sb.String()
	}
	out, err := FormatObject(f.ts, obj, spec)
	if err != nil {
		return err
	}
	b.WriteString(out)
	return nil
}

func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// getField resolves "name.attr[key]..." to a new reference.
func (f *formatter) getField(name string) (Object, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	var obj Object
	if first == "" || isAllDigits(first) {
		var idx int
		if first == "" {
			if f.manual {
				return nil, NewValueError("cannot switch from manual field specification to automatic field numbering")
			}
			idx = f.auto
			f.auto++
		} else {
			if f.auto > 0 {
				return nil, NewValueError("cannot switch from automatic field numbering to manual field specification")
			}
			f.manual = true
			n, err := strconv.Atoi(first)
			if err != nil {
				return nil, NewValueError("Too many decimal digits in format string")
			}
			idx = n
		}
		if idx >= len(f.args) {
			return nil, NewIndexError("Replacement index %d out of range for positional args tuple", idx)
		}
		obj = Xref(f.args[idx])
	} else {
		key := NewStr(first)
		defer Decref(key)
		if f.kwargs == nil {
			return nil, NewKeyError(key)
		}
		if d, ok := f.kwargs.(*Dict); ok {
			v, err := d.GetItem(f.ts, key)
			if err != nil {
				return nil, err
			}
			if v == nil {
				return nil, NewKeyError(key)
			}
			obj = Xref(v)
		} else {
			v, err := GetItem(f.ts, f.kwargs, key)
			if err != nil {
				return nil, err
			}
			obj = v
		}
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			attr := rest[1:j]
			if attr == "" {
				Decref(obj)
				return nil, NewValueError("Empty attribute in format string")
			}
			v, err := GetAttr(f.ts, obj, NewStr(attr))
			Decref(obj)
			if err != nil {
				return nil, err
			}
			obj = v
			rest = rest[j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				Decref(obj)
				return nil, NewValueError("Missing ']' in format string")
			}
			keyText := rest[1:j]
			if keyText == "" {
				Decref(obj)
				return nil, NewValueError("Empty attribute in format string")
			}
			var key Object
			if isAllDigits(keyText) {
				n, _ := strconv.Atoi(keyText)
				key = NewInt(int64(n))
			} else {
				key = NewStr(keyText)
			}
			v, err := GetItem(f.ts, obj, key)
			Decref(key)
			Decref(obj)
			if err != nil {
				return nil, err
			}
			obj = v
			rest = rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				Decref(obj)
				return nil, NewValueError("Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			Decref(obj)
			return nil, NewValueError("Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// Ascii is ascii(obj): repr with non-ASCII characters escaped.
func Ascii(ts *ThreadState, obj Object) (string, error) {
	r, err := Repr(ts, obj)
	if err != nil {
		return "", err
	}
	return asciiEscape(r), nil
}

func asciiEscape(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			writeEscapedRune(&b, r)
		}
	}
	return b.String()
}

// ---- printf-style formatting ----

type percentState struct {
	ts        *ThreadState
	args      []Object
	argIdx    int
	mapping   Object
	tuple     bool
	bytesMode bool // bytes % args: %s takes bytes, %r is ascii()
}

func (p *percentState) next() (Object, error) {
	if p.argIdx >= len(p.args) {
		return nil, NewTypeError("not enough arguments for format string")
	}
	a := p.args[p.argIdx]
	p.argIdx++
	return a, nil
}

// PercentFormat is `format % args` for str.
func PercentFormat(ts *ThreadState, format string, args Object) (string, error) {
	p := &percentState{ts: ts}
	if t, ok := Unwrap(args).(*Tuple); ok {
		p.args = t.Items
		p.tuple = true
	} else {
		p.args = []Object{args}
		_, isStr := asStr(args)
		if args.Type().GetItem != nil && !isStr {
			p.mapping = args
		}
	}
	return p.run(format)
}

func (p *percentState) run(format string) (string, error) {
	ts := p.ts
	rs := []rune(format)
	var b strings.Builder
	i := 0
	for i < len(rs) {
		c := rs[i]
		if c != '%' {
			j := i
			for j < len(rs) && rs[j] != '%' {
				j++
			}
			b.WriteString(string(rs[i:j]))
			i = j
			continue
		}
		i++
		if i >= len(rs) {
			return "", NewValueError("incomplete format")
		}
		var arg Object
		var keyArg Object
		if rs[i] == '(' {
			if p.mapping == nil {
				return "", NewTypeError("format requires a mapping")
			}
			depth := 1
			i++
			start := i
			for i < len(rs) && depth > 0 {
				if rs[i] == '(' {
					depth++
				} else if rs[i] == ')' {
					depth--
				}
				i++
			}
			if depth > 0 {
				return "", NewValueError("incomplete format key")
			}
			var key Object = NewStr(string(rs[start : i-1]))
			if p.bytesMode {
				Decref(key)
				kb := []byte(nil)
				for _, r := range rs[start : i-1] {
					kb = append(kb, byte(r))
				}
				key = NewBytes(kb)
			}
			v, err := GetItem(ts, p.mapping, key)
			Decref(key)
			if err != nil {
				return "", err
			}
			keyArg = v
			arg = v
		}
		spec := &formatSpec{fill: ' ', align: '>', width: -1, precision: -1}
		zero := false
		// flags
	flags:
		for i < len(rs) {
			switch rs[i] {
			case '-':
				spec.align = '<'
			case '+':
				spec.sign = '+'
			case ' ':
				if spec.sign != '+' {
					spec.sign = ' '
				}
			case '#':
				spec.alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		// width
		if i < len(rs) && rs[i] == '*' {
			w, err := p.next()
			if err != nil {
				Decref(keyArg)
				return "", err
			}
			wi, ok := asInt(w)
			if !ok {
				Decref(keyArg)
				return "", NewTypeError("* wants int")
			}
			n := int(wi.V)
			if n < 0 {
				spec.align = '<'
				n = -n
			}
			spec.width = n
			i++
		} else {
			for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
				if spec.width < 0 {
					spec.width = 0
				}
				spec.width = spec.width*10 + int(rs[i]-'0')
				i++
			}
		}
		// precision
		if i < len(rs) && rs[i] == '.' {
			i++
			spec.precision = 0
			if i < len(rs) && rs[i] == '*' {
				pv, err := p.next()
				if err != nil {
					Decref(keyArg)
					return "", err
				}
				pi, ok := asInt(pv)
				if !ok {
					Decref(keyArg)
					return "", NewTypeError("* wants int")
				}
				spec.precision = int(pi.V)
				if spec.precision < 0 {
					spec.precision = 0
				}
				i++
			} else {
				for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
					spec.precision = spec.precision*10 + int(rs[i]-'0')
					i++
				}
			}
		}
		// length modifiers are ignored
		for i < len(rs) && (rs[i] == 'h' || rs[i] == 'l' || rs[i] == 'L') {
			i++
		}
		if i >= len(rs) {
			Decref(keyArg)
			return "", NewValueError("incomplete format")
		}
		conv := rs[i]
		i++
		if conv == '%' {
			b.WriteByte('%')
			Decref(keyArg)
			continue
		}
		if arg == nil {
			a, err := p.next()
			if err != nil {
				return "", err
			}
			arg = a
		}
		s, err := p.convert(arg, conv, spec, zero, i-1)
		Decref(keyArg)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if p.argIdx < len(p.args) && p.mapping == nil {
		return "", NewTypeError("not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func (p *percentState) convert(arg Object, conv rune, spec *formatSpec, zero bool, at int) (string, error) {
	ts := p.ts
	if p.bytesMode {
		switch conv {
		case 's', 'b':
			var s string
			if d, ok := bytesData(arg); ok {
				s = string(latin1Runes(d))
			} else if f := arg.Type().Lookup("__bytes__"); f != nil {
				r, err := callUnbound(ts, f, arg)
				if err != nil {
					return "", err
				}
				d, ok := bytesData(r)
				Decref(r)
				if !ok {
					return "", NewTypeError("__bytes__ returned non-bytes (type %s)", TypeName(r))
				}
				s = string(latin1Runes(d))
			} else {
				return "", NewTypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
			}
			n := len([]rune(s))
			if spec.precision >= 0 && n > spec.precision {
				s = string([]rune(s)[:spec.precision])
				n = spec.precision
			}
			return padAligned(s, n, spec), nil
		case 'r':
			conv = 'a'
		case 'c':
			if d, ok := bytesData(arg); ok && len(d) == 1 {
				return padAligned(string(rune(d[0])), 1, spec), nil
			}
			if isIndexable(arg) {
				v, err := AsSsize(ts, arg)
				if err == nil && v >= 0 && v < 256 {
					return padAligned(string(rune(v)), 1, spec), nil
				}
				if err != nil {
					Decref(err.(*Exception))
				}
				return "", newExc(OverflowErrorType, "%c arg not in range(256)")
			}
			return "", newExc(TypeErrorType, "%c requires an integer in range(256) or a single byte")
		}
	}
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		switch conv {
		case 's':
			s, err = StrOf(ts, arg)
		case 'r':
			s, err = Repr(ts, arg)
		default:
			s, err = Ascii(ts, arg)
		}
		if err != nil {
			return "", err
		}
		n := utf8.RuneCountInString(s)
		if spec.precision >= 0 && n > spec.precision {
			s = string([]rune(s)[:spec.precision])
			n = spec.precision
		}
		return padAligned(s, n, spec), nil
	case 'c':
		var s string
		if str, ok := asStr(arg); ok {
			if str.Len() != 1 {
				return "", newExc(TypeErrorType, "%c requires int or char")
			}
			s = str.S
		} else {
			if !isIndexable(arg) {
				return "", newExc(TypeErrorType, "%c requires int or char")
			}
			i, err := Index(ts, arg)
			if err != nil {
				return "", err
			}
			defer Decref(i)
			if i.Big != nil || i.V < 0 || i.V > 0x10ffff {
				return "", newExc(OverflowErrorType, "%c arg not in range(0x110000)")
			}
			s = string(rune(i.V))
		}
		return padAligned(s, 1, spec), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var iv *Int
		if i, ok := asInt(arg); ok {
			iv = Xref(i).(*Int)
		} else if conv == 'd' || conv == 'i' || conv == 'u' {
			if !isNumber(arg) {
				return "", NewTypeError("%%%c format: a real number is required, not %s", conv, TypeName(arg))
			}
			r, err := IntFromObject(ts, arg)
			if err != nil {
				return "", err
			}
			iv = r.(*Int)
		} else {
			if arg.Type().Index == nil {
				return "", NewTypeError("%%%c format: an integer is required, not %s", conv, TypeName(arg))
			}
			r, err := Index(ts, arg)
			if err != nil {
				return "", err
			}
			iv = r
		}
		defer Decref(iv)
		base, prefix := 10, ""
		switch conv {
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		case 'o':
			base, prefix = 8, "0o"
		}
		bv := iv.BigValue()
		var np numberParts
		if bv.Sign() < 0 {
			np.signChar = '-'
			bv = new(big.Int).Neg(bv)
		}
		np.digits = bv.Text(base)
		if conv == 'X' {
			np.digits = strings.ToUpper(np.digits)
		}
		if spec.precision > len(np.digits) {
			np.digits = strings.Repeat("0", spec.precision-len(np.digits)) + np.digits
		}
		if spec.alt {
			np.prefix = prefix
		}
		if zero && spec.align != '<' {
			spec.fill = '0'
			spec.align = '='
		}
		return fillNumber(np, spec), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		v, err := AsFloat(ts, arg)
		if err != nil {
			if ErrorMatches(err, TypeErrorType) {
				Decref(err.(*Exception))
				return "", NewTypeError("must be real number, not %s", TypeName(arg))
			}
			return "", err
		}
		prec := spec.precision
		if prec < 0 {
			prec = 6
		}
		flags := 0
		if spec.alt {
			flags |= dtsfAlt
		}
		s := DoubleToString(v, byte(conv), prec, flags)
		var np numberParts
		if strings.HasPrefix(s, "-") {
			np.signChar = '-'
			s = s[1:]
		}
		np.remainder = s
		if zero && spec.align != '<' && !math.IsInf(v, 0) && !math.IsNaN(v) {
			spec.fill = '0'
			spec.align = '='
			j := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			np.digits = s[:j]
			np.remainder = s[j:]
			if strings.HasPrefix(np.remainder, ".") {
				np.hasDec = true
				np.remainder = np.remainder[1:]
			}
		}
		return fillNumber(np, spec), nil
	}
	if conv > 32 && conv < 127 {
		return "", NewValueError("unsupported format character '%c' (0x%x) at index %d", conv, conv, at)
	}
	return "", NewValueError("unsupported format character '\\x%x' (0x%x) at index %d", conv, conv, at)
}

// isNumber is PyNumber_Check: int, float, complex or something with
// __index__, __int__ or __float__.
func isNumber(o Object) bool {
	switch Unwrap(o).(type) {
	case *Int, *Bool, *Float, *Complex:
		return true
	}
	t := o.Type()
	return t.Index != nil || t.Lookup("__int__") != nil || t.Lookup("__float__") != nil
}
