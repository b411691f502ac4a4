package runtime

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file implements bytes and bytearray (CPython's Objects/bytesobject.c,
// bytearrayobject.c, bytes_methods.c) and the codecs str.encode and
// bytes.decode use (utf-8, ascii, latin-1, utf-16, utf-32).

// Bytes is Python's bytes.
type Bytes struct {
	Header
	B      []byte
	hash   int64
	hashed bool
}

func (b *Bytes) Type() *Type { return BytesType }

// ByteArray is Python's bytearray.
type ByteArray struct {
	Header
	B []byte
}

func (b *ByteArray) Type() *Type { return ByteArrayType }

// NewBytes returns a bytes object holding b (which must not be modified
// afterwards).
func NewBytes(b []byte) *Bytes {
	if b == nil {
		b = []byte{}
	}
	return &Bytes{Header: fresh(), B: b}
}

// NewByteArray returns a bytearray holding b.
func NewByteArray(b []byte) *ByteArray {
	if b == nil {
		b = []byte{}
	}
	return &ByteArray{Header: fresh(), B: b}
}

// bytesData returns the contents of a bytes-like object (bytes, bytearray or
// a subclass instance).
func bytesData(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.B, true
	case *ByteArray:
		return v.B, true
	case *Instance:
		return bytesData(v.Base)
	}
	return nil, false
}

// BytesData is bytesData for other packages (file writes, sockets, ...).
func BytesData(o Object) ([]byte, bool) { return bytesData(o) }

// BytesRepr renders b as a bytes literal (b'...').
func BytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hexDigits[c>>4])
			sb.WriteByte(hexDigits[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

func byteValue(ts *ThreadState, o Object) (byte, error) {
	n, err := AsSsize(ts, o)
	if err != nil {
		if ErrorMatches(err, OverflowErrorType) {
			Decref(err.(*Exception))
			return 0, NewValueError("byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, NewValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesFromSource converts the argument of bytes()/bytearray() (without an
// encoding) to its contents.
func bytesFromSource(ts *ThreadState, src Object, typeName string) ([]byte, error) {
	if b, ok := bytesData(src); ok {
		return append([]byte(nil), b...), nil
	}
	if _, ok := asStr(src); ok {
		return nil, NewTypeError("string argument without an encoding")
	}
	if typeName == "bytes" {
		if f := src.Type().Lookup("__bytes__"); f != nil {
			r, err := callUnbound(ts, f, src)
			if err != nil {
				return nil, err
			}
			defer Decref(r)
			b, ok := bytesData(r)
			if !ok {
				return nil, NewTypeError("__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return append([]byte(nil), b...), nil
		}
	}
	if isIndexable(src) {
		n, err := AsSsize(ts, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewValueError("negative count")
		}
		return make([]byte, n), nil
	}
	if src.Type().Iter == nil && src.Type().GetItem == nil {
		return nil, NewTypeError("cannot convert '%s' object to %s", TypeName(src), typeName)
	}
	var out []byte
	err := Iterate(ts, src, func(x Object) (bool, error) {
		if !isIndexable(x) {
			return false, NewTypeError("'%s' object cannot be interpreted as an integer", TypeName(x))
		}
		v, err := byteValue(ts, x)
		if err != nil {
			if ErrorMatches(err, ValueErrorType) {
				Decref(err.(*Exception))
				return false, NewValueError("bytes must be in range(0, 256)")
			}
			return false, err
		}
		out = append(out, v)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func bytesArgs(ts *ThreadState, name string, args []Object, kwnames []string) ([]byte, bool, error) {
	var src, enc, errs Object
	if err := UnpackArgs(ts, name, args, kwnames, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, false, err
	}
	if src == nil {
		if enc != nil || errs != nil {
			return nil, false, NewTypeError("encoding without a string argument")
		}
		return nil, false, nil
	}
	if enc != nil || errs != nil {
		s, ok := asStr(src)
		if !ok {
			if enc != nil {
				return nil, false, NewTypeError("encoding without a string argument")
			}
			return nil, false, NewTypeError("errors without a string argument")
		}
		encoding, errors := "utf-8", "strict"
		if enc != nil {
			e, ok := asStr(enc)
			if !ok {
				return nil, false, NewTypeError("%s() argument 'encoding' must be str, not %s", name, TypeName(enc))
			}
			encoding = e.S
		}
		if errs != nil {
			e, ok := asStr(errs)
			if !ok {
				return nil, false, NewTypeError("%s() argument 'errors' must be str, not %s", name, TypeName(errs))
			}
			errors = e.S
		}
		b, err := Encode(s.S, encoding, errors)
		return b, true, err
	}
	b, err := bytesFromSource(ts, src, name)
	return b, true, err
}

// BytesFromObject is bytes(o).
func BytesFromObject(ts *ThreadState, o Object) (Object, error) {
	if b, ok := o.(*Bytes); ok {
		return Xref(b), nil
	}
	b, err := bytesFromSource(ts, o, "bytes")
	if err != nil {
		return nil, err
	}
	return NewBytes(b), nil
}

func bytesNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) == 1 && len(kwnames) == 0 {
		if b, ok := args[0].(*Bytes); ok {
			return Xref(b), nil
		}
	}
	b, _, err := bytesArgs(ts, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	return NewBytes(b), nil
}

func bytearrayNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	return NewByteArray(nil), nil
}

func bytearrayInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	ba := self.(*ByteArray)
	b, _, err := bytesArgs(ts, "bytearray", args, kwnames)
	if err != nil {
		return err
	}
	ba.B = b
	if ba.B == nil {
		ba.B = []byte{}
	}
	return nil
}

func bytesHash(ts *ThreadState, o Object) (int64, error) {
	b := o.(*Bytes)
	if !b.hashed {
		if len(b.B) == 0 {
			b.hash = 0
		} else {
			b.hash = strHash(string(b.B))
		}
		b.hashed = true
	}
	return b.hash, nil
}

// newBytesLike makes a result of the same kind (bytes or bytearray) as self.
func newBytesLike(self Object, b []byte) Object {
	if _, ok := Unwrap(self).(*ByteArray); ok {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

func bytesGetItem(ts *ThreadState, self, key Object) (Object, error) {
	data, _ := bytesData(self)
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(ts, sl, len(data))
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = data[j]
		}
		return newBytesLike(self, out), nil
	}
	_, isArray := self.(*ByteArray)
	if !isIndexable(key) {
		if isArray {
			return nil, NewTypeError("bytearray indices must be integers or slices, not %s", TypeName(key))
		}
		return nil, NewTypeError("byte indices must be integers or slices, not %s", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, len(data))
	if err != nil {
		return nil, err
	}
	if !ok {
		if isArray {
			return nil, NewIndexError("bytearray index out of range")
		}
		return nil, NewIndexError("index out of range")
	}
	return NewInt(int64(data[i])), nil
}

func bytearraySetItem(ts *ThreadState, self, key, value Object) error {
	ba := self.(*ByteArray)
	if sl, ok := key.(*Slice); ok {
		start, stop, step, n, err := SliceIndices(ts, sl, len(ba.B))
		if err != nil {
			return err
		}
		var src []byte
		if value != nil {
			if d, ok := bytesData(value); ok {
				src = append([]byte(nil), d...)
			} else if isIndexable(value) || value.Type().Iter == nil && value.Type().GetItem == nil {
				return NewTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			} else {
				src, err = bytesFromSource(ts, value, "bytearray")
				if err != nil {
					return err
				}
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			tail := append([]byte(nil), ba.B[stop:]...)
			ba.B = append(append(ba.B[:start], src...), tail...)
			return nil
		}
		if value == nil {
			if step < 0 {
				start = start + step*(n-1)
				step = -step
			}
			out := make([]byte, 0, len(ba.B)-n)
			next, removed := start, 0
			for i, c := range ba.B {
				if i == next && removed < n {
					next += step
					removed++
					continue
				}
				out = append(out, c)
			}
			ba.B = out
			return nil
		}
		if len(src) != n {
			return NewValueError("attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			ba.B[j] = src[i]
		}
		return nil
	}
	if !isIndexable(key) {
		return NewTypeError("bytearray indices must be integers or slices, not %s", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, len(ba.B))
	if err != nil {
		return err
	}
	if !ok {
		return NewIndexError("bytearray index out of range")
	}
	if value == nil {
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return nil
	}
	v, err := byteValue(ts, value)
	if err != nil {
		return err
	}
	ba.B[i] = v
	return nil
}

func bytesContains(ts *ThreadState, self, item Object) (bool, error) {
	data, _ := bytesData(self)
	if isIndexable(item) {
		v, err := byteValue(ts, item)
		if err != nil {
			return false, err
		}
		return bytes.IndexByte(data, v) >= 0, nil
	}
	sub, ok := bytesData(item)
	if !ok {
		return false, NewTypeError("a bytes-like object is required, not '%s'", TypeName(item))
	}
	return bytes.Contains(data, sub), nil
}

func bytesCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := bytesData(a)
	y, ok2 := bytesData(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return NewBool(cmpResult(bytes.Compare(x, y), op)), nil
}

func bytesBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	switch op {
	case OpAdd:
		x, ok1 := bytesData(a)
		y, ok2 := bytesData(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		out := make([]byte, 0, len(x)+len(y))
		out = append(append(out, x...), y...)
		return newBytesLike(a, out), nil
	case OpMul:
		seq, n := a, b
		data, ok := bytesData(seq)
		if !ok {
			seq, n = b, a
			data, ok = bytesData(seq)
		}
		if !ok {
			return NotImplemented, nil
		}
		if _, isInt := asInt(n); !isInt {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, n)
		if err != nil {
			return nil, err
		}
		if err := checkRepeatSize(len(data), cnt); err != nil {
			return nil, err
		}
		return newBytesLike(seq, bytes.Repeat(data, cnt)), nil
	case OpMod:
		data, ok := bytesData(a)
		if !ok {
			return NotImplemented, nil
		}
		r, err := bytesPercentFormat(ts, data, b)
		if err != nil {
			return nil, err
		}
		return newBytesLike(a, r), nil
	}
	return NotImplemented, nil
}

func bytearrayInplace(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	ba := a.(*ByteArray)
	switch op {
	case OpAdd:
		d, ok := bytesData(b)
		if !ok {
			return NotImplemented, nil
		}
		ba.B = append(ba.B, d...)
		return Xref(a), nil
	case OpMul:
		if _, ok := asInt(b); !ok {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, b)
		if err != nil {
			return nil, err
		}
		ba.B = bytes.Repeat(ba.B, cnt)
		return Xref(a), nil
	}
	return NotImplemented, nil
}

// ---- codecs ----

func normalizeEncoding(enc string) string {
	e := strings.ToLower(strings.TrimSpace(enc))
	e = strings.NewReplacer("_", "-", " ", "-").Replace(e)
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001", "utf8-ucs2", "utf8-ucs4":
		return "utf-8"
	case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us":
		return "ascii"
	case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100":
		return "latin-1"
	case "utf-16", "utf16", "u16":
		return "utf-16"
	case "utf-16-le", "utf-16le", "utf16le", "unicodelittleunmarked":
		return "utf-16-le"
	case "utf-16-be", "utf-16be", "utf16be", "unicodebigunmarked":
		return "utf-16-be"
	case "utf-32", "utf32", "u32":
		return "utf-32"
	case "utf-32-le", "utf-32le", "utf32le":
		return "utf-32-le"
	case "utf-32-be", "utf-32be", "utf32be":
		return "utf-32-be"
	case "cp1252", "windows-1252", "1252":
		return "cp1252"
	}
	return ""
}

// cp1252High maps the bytes 0x80-0x9f of Windows-1252 (0 = undefined); the
// other bytes map to the same code point as in latin-1.
var cp1252High = [32]rune{
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
}

// cp1252Encode maps a code point to its cp1252 byte.
func cp1252Encode(r rune) (byte, bool) {
	if r < 0x80 || (r >= 0xa0 && r < 0x100) {
		return byte(r), true
	}
	for i, c := range cp1252High {
		if c == r && c != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// codecDisplay is the codec name CPython shows in error messages.
func codecDisplay(norm string) string {
	switch norm {
	case "utf-16-le":
		return "utf-16-le"
	}
	return norm
}

func unknownErrorHandler(errors string) error {
	return NewExceptionf(LookupErrorType, "unknown error handler name '%s'", errors)
}

// NewUnicodeEncodeError builds UnicodeEncodeError(encoding, object, start,
// end, reason).
func NewUnicodeEncodeError(encoding, object string, start, end int, reason string) *Exception {
	return NewException(UnicodeEncodeErrorType, NewStr(encoding), NewStr(object), NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
}

// NewUnicodeDecodeError builds UnicodeDecodeError(encoding, object, start,
// end, reason).
func NewUnicodeDecodeError(encoding string, object []byte, start, end int, reason string) *Exception {
	return NewException(UnicodeDecodeErrorType, NewStr(encoding), NewBytes(append([]byte(nil), object...)), NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
}

// Encode is str.encode(encoding, errors).
func Encode(s, encoding, errors string) ([]byte, error) {
	norm := normalizeEncoding(encoding)
	switch norm {
	case "":
		return nil, NewExceptionf(LookupErrorType, "unknown encoding: %s", encoding)
	case "utf-8":
		return []byte(s), nil
	case "utf-16", "utf-16-le", "utf-16-be":
		var out []byte
		be := norm == "utf-16-be"
		if norm == "utf-16" {
			out = append(out, 0xff, 0xfe)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			if be {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		return out, nil
	case "utf-32", "utf-32-le", "utf-32-be":
		var out []byte
		be := norm == "utf-32-be"
		if norm == "utf-32" {
			out = append(out, 0xff, 0xfe, 0, 0)
		}
		for _, r := range s {
			if be {
				out = append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
			} else {
				out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
			}
		}
		return out, nil
	}
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	codec := norm
	if norm == "latin-1" {
		limit = 0x100
		reason = "ordinal not in range(256)"
	}
	encodable := func(r rune) (byte, bool) {
		if r < limit {
			return byte(r), true
		}
		return 0, false
	}
	if norm == "cp1252" {
		codec = "charmap"
		reason = "character maps to <undefined>"
		encodable = cp1252Encode
	}
	rs := []rune(s)
	out := make([]byte, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if b, ok := encodable(rs[i]); ok {
			out = append(out, b)
			continue
		}
		j := i
		for j < len(rs) {
			if _, ok := encodable(rs[j]); ok {
				break
			}
			j++
		}
		if codec == "charmap" {
			j = i + 1
		}
		switch errors {
		case "strict":
			return nil, NewUnicodeEncodeError(codec, s, i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				var b strings.Builder
				writeEscapedRune(&b, rs[k])
				out = append(out, b.String()...)
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+strconv.Itoa(int(rs[k]))+";"...)
			}
		default:
			return nil, unknownErrorHandler(errors)
		}
		i = j - 1
	}
	return out, nil
}

// utf8Invalid reports how a UTF-8 sequence starting at data[i] is malformed:
// the number of bytes in the error range and the reason; n == 0 means the
// sequence is valid.
func utf8Invalid(data []byte, i int) (n int, reason string) {
	c := data[i]
	var need int
	var lo, hi byte = 0x80, 0xbf
	switch {
	case c < 0x80:
		return 0, ""
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(data) {
			return len(data) - i, "unexpected end of data"
		}
		b := data[i+k]
		l, h := byte(0x80), byte(0xbf)
		if k == 1 {
			l, h = lo, hi
		}
		if b < l || b > h {
			return k, "invalid continuation byte"
		}
	}
	return 0, ""
}

// Decode is bytes.decode(encoding, errors).
func Decode(data []byte, encoding, errors string) (Object, error) {
	norm := normalizeEncoding(encoding)
	var sb strings.Builder
	handle := func(start, end int, reason string) error {
		switch errors {
		case "strict":
			return NewUnicodeDecodeError(codecDisplay(norm), data, start, end, reason)
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for k := start; k < end; k++ {
				sb.WriteString(`\x`)
				sb.WriteByte(hexDigits[data[k]>>4])
				sb.WriteByte(hexDigits[data[k]&15])
			}
		case "surrogateescape":
			sb.WriteRune(utf8.RuneError)
		default:
			return unknownErrorHandler(errors)
		}
		return nil
	}
	switch norm {
	case "":
		return nil, NewExceptionf(LookupErrorType, "unknown encoding: %s", encoding)
	case "utf-8":
		if utf8.Valid(data) {
			return NewStr(string(data)), nil
		}
		i := 0
		for i < len(data) {
			if data[i] < 0x80 {
				sb.WriteByte(data[i])
				i++
				continue
			}
			n, reason := utf8Invalid(data, i)
			if n == 0 {
				r, size := utf8.DecodeRune(data[i:])
				sb.WriteRune(r)
				i += size
				continue
			}
			if err := handle(i, i+n, reason); err != nil {
				return nil, err
			}
			i += n
		}
	case "ascii":
		for i, c := range data {
			if c < 0x80 {
				sb.WriteByte(c)
				continue
			}
			if err := handle(i, i+1, "ordinal not in range(128)"); err != nil {
				return nil, err
			}
		}
	case "latin-1":
		for _, c := range data {
			sb.WriteRune(rune(c))
		}
	case "cp1252":
		norm = "charmap"
		for i, c := range data {
			if c < 0x80 || c >= 0xa0 {
				sb.WriteRune(rune(c))
			} else if r := cp1252High[c-0x80]; r != 0 {
				sb.WriteRune(r)
			} else if err := handle(i, i+1, "character maps to <undefined>"); err != nil {
				return nil, err
			}
		}
	case "utf-16", "utf-16-le", "utf-16-be":
		be := norm == "utf-16-be"
		start := 0
		if norm == "utf-16" && len(data) >= 2 {
			if data[0] == 0xff && data[1] == 0xfe {
				start = 2
			} else if data[0] == 0xfe && data[1] == 0xff {
				start, be = 2, true
			}
		}
		var units []uint16
		for i := start; i+1 < len(data); i += 2 {
			if be {
				units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
			} else {
				units = append(units, uint16(data[i])|uint16(data[i+1])<<8)
			}
		}
		sb.WriteString(string(utf16.Decode(units)))
		if (len(data)-start)%2 == 1 {
			if err := handle(len(data)-1, len(data), "truncated data"); err != nil {
				return nil, err
			}
		}
	case "utf-32", "utf-32-le", "utf-32-be":
		be := norm == "utf-32-be"
		start := 0
		if norm == "utf-32" && len(data) >= 4 {
			if data[0] == 0xff && data[1] == 0xfe && data[2] == 0 && data[3] == 0 {
				start = 4
			} else if data[0] == 0 && data[1] == 0 && data[2] == 0xfe && data[3] == 0xff {
				start, be = 4, true
			}
		}
		for i := start; i+3 < len(data); i += 4 {
			var r rune
			if be {
				r = rune(data[i])<<24 | rune(data[i+1])<<16 | rune(data[i+2])<<8 | rune(data[i+3])
			} else {
				r = rune(data[i]) | rune(data[i+1])<<8 | rune(data[i+2])<<16 | rune(data[i+3])<<24
			}
			if r > 0x10ffff || (r >= 0xd800 && r < 0xe000) {
				if err := handle(i, i+4, "code point not in range(0x110000)"); err != nil {
					return nil, err
				}
				continue
			}
			sb.WriteRune(r)
		}
		if rem := (len(data) - start) % 4; rem != 0 {
			if err := handle(len(data)-rem, len(data), "truncated data"); err != nil {
				return nil, err
			}
		}
	}
	return NewStr(sb.String()), nil
}

// ---- methods ----

type bytesMethodFn func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error)

func addBytesMethod(ts []*Type, name string, fn bytesMethodFn) {
	for _, t := range ts {
		addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			b, _ := bytesData(self)
			return fn(ts, self, b, args, kwnames)
		})
	}
}

func isBSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func mustBytes(o Object) ([]byte, error) {
	b, ok := bytesData(o)
	if !ok {
		return nil, NewTypeError("a bytes-like object is required, not '%s'", TypeName(o))
	}
	return b, nil
}

// subBytes parses (sub[, start[, end]]) where sub may be an int.
func subBytes(ts *ThreadState, fname string, args []Object, kwnames []string, n int) ([]byte, int, int, error) {
	subo, start, end, err := subArgs(ts, fname, args, kwnames, n)
	if err != nil {
		return nil, 0, 0, err
	}
	if isIndexable(subo) {
		v, err := byteValue(ts, subo)
		if err != nil {
			return nil, 0, 0, err
		}
		return []byte{v}, start, end, nil
	}
	sub, err := mustBytes(subo)
	if err != nil {
		return nil, 0, 0, NewTypeError("argument should be integer or bytes-like object, not '%s'", TypeName(subo))
	}
	return sub, start, end, nil
}

func bytesList(self Object, parts [][]byte) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = newBytesLike(self, append([]byte(nil), p...))
	}
	return NewList(items)
}

func bytesSplitWhitespace(b []byte, maxsplit int, reverse bool) [][]byte {
	s := string(b)
	var parts []string
	isSp := func(r rune) bool { return r < 128 && isBSpace(byte(r)) }
	if !reverse {
		i := 0
		for {
			for i < len(s) && isSp(rune(s[i])) {
				i++
			}
			if i >= len(s) {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, s[i:])
				break
			}
			j := i
			for j < len(s) && !isSp(rune(s[j])) {
				j++
			}
			parts = append(parts, s[i:j])
			i = j
		}
	} else {
		j := len(s)
		for {
			for j > 0 && isSp(rune(s[j-1])) {
				j--
			}
			if j <= 0 {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, s[:j])
				break
			}
			i := j
			for i > 0 && !isSp(rune(s[i-1])) {
				i--
			}
			parts = append(parts, s[i:j])
			j = i
		}
		for a, c := 0, len(parts)-1; a < c; a, c = a+1, c-1 {
			parts[a], parts[c] = parts[c], parts[a]
		}
	}
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

func setupBytes(bt, bat *Type) {
	both := []*Type{bt, bat}
	for _, t := range both {
		t.GetItem = bytesGetItem
		t.Contains = bytesContains
		t.Compare = bytesCompare
		t.Binary = bytesBinary
		t.Len = func(ts *ThreadState, o Object) (int, error) { b, _ := bytesData(o); return len(b), nil }
		t.Iter = func(ts *ThreadState, o Object) (Object, error) { return newBytesIterator(o), nil }
	}
	bt.New = bytesNew
	bt.Init = noInit
	bt.Hash = bytesHash
	bt.Repr = func(ts *ThreadState, o Object) (string, error) { return BytesRepr(o.(*Bytes).B), nil }
	bt.Str = bt.Repr
	bt.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"
	bat.New = bytearrayNew
	bat.Init = bytearrayInit
	bat.SetItem = bytearraySetItem
	bat.Inplace = bytearrayInplace
	addInplaceWrappers(bat, OpAdd, OpMul)
	bat.Repr = func(ts *ThreadState, o Object) (string, error) {
		return "bytearray(" + BytesRepr(o.(*ByteArray).B) + ")", nil
	}
	bat.Str = bat.Repr
	bat.Dict.SetStr("__hash__", None)
	addMethod(bt, "__bytes__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewBytes(self.(*Bytes).B), nil
	})
	addMethod(bt, "__getnewargs__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return NewTuple([]Object{NewBytes(self.(*Bytes).B)}), nil
	})

	addBytesMethod(both, "decode", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		encoding, errors := "utf-8", "strict"
		if err := UnpackArgs(ts, "decode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		return Decode(b, encoding, errors)
	})
	addBytesMethod(both, "hex", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		var sepo Object
		bytesPerSep := 1
		if err := UnpackArgs(ts, "hex", args, kwnames, "sep?", &sepo, "bytes_per_sep?", &bytesPerSep); err != nil {
			return nil, err
		}
		return NewStr(hexWithSep(b, sepo, bytesPerSep)), nil
	})
	for _, t := range both {
		t := t
		addClassMethod(t, "fromhex", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
			so, err := OneArg(t.Name+".fromhex", args, kwnames)
			if err != nil {
				return nil, err
			}
			s, ok := asStr(so)
			if !ok {
				return nil, NewTypeError("fromhex() argument must be str, not %s", TypeName(so))
			}
			b, err := fromHex(s.S)
			if err != nil {
				return nil, err
			}
			if t == bt {
				return NewBytes(b), nil
			}
			return NewByteArray(b), nil
		})
	}
	addBytesMethod(both, "join", func(ts *ThreadState, self Object, sep []byte, args []Object, kwnames []string) (Object, error) {
		it, err := OneArg(TypeName(self)+".join", args, kwnames)
		if err != nil {
			return nil, err
		}
		items, err := ToSlice(ts, it)
		if err != nil {
			return nil, err
		}
		defer DecrefAll(items)
		var out []byte
		for i, x := range items {
			d, ok := bytesData(x)
			if !ok {
				return nil, NewTypeError("sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, d...)
		}
		return newBytesLike(self, out), nil
	})
	for _, name := range []string{"split", "rsplit"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			var sepo Object = None
			maxsplit := -1
			if err := UnpackArgs(ts, name, args, kwnames, "sep?", &sepo, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sepo == None {
				return bytesList(self, bytesSplitWhitespace(b, maxsplit, name == "rsplit")), nil
			}
			sep, err := mustBytes(sepo)
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, NewValueError("empty separator")
			}
			var parts []string
			if name == "split" {
				parts = splitSep(string(b), string(sep), maxsplit)
			} else {
				parts = rsplitSep(string(b), string(sep), maxsplit)
			}
			out := make([][]byte, len(parts))
			for i, p := range parts {
				out[i] = []byte(p)
			}
			return bytesList(self, out), nil
		})
	}
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			var chars Object
			if err := UnpackPositional(ts, TypeName(self)+"."+name, args, kwnames, 0, &chars); err != nil {
				return nil, err
			}
			cut := func(c byte) bool { return isBSpace(c) }
			if chars != nil && chars != None {
				cs, err := mustBytes(chars)
				if err != nil {
					return nil, err
				}
				cut = func(c byte) bool { return bytes.IndexByte(cs, c) >= 0 }
			}
			i, j := 0, len(b)
			if name != "rstrip" {
				for i < j && cut(b[i]) {
					i++
				}
			}
			if name != "lstrip" {
				for j > i && cut(b[j-1]) {
					j--
				}
			}
			return newBytesLike(self, append([]byte(nil), b[i:j]...)), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			subo, start, end, err := subArgs(ts, TypeName(self)+"."+name, args, kwnames, len(b))
			if err != nil {
				return nil, err
			}
			match := func(sub []byte) bool {
				s, e := adjustIndices(start, end, len(b))
				e -= len(sub)
				if e < s {
					return false
				}
				if name == "endswith" {
					return bytes.Equal(b[e:e+len(sub)], sub)
				}
				return bytes.Equal(b[s:s+len(sub)], sub)
			}
			if tup, ok := subo.(*Tuple); ok {
				for _, x := range tup.Items {
					sub, ok := bytesData(x)
					if !ok {
						return nil, NewTypeError("a bytes-like object is required, not '%s'", TypeName(x))
					}
					if match(sub) {
						return True, nil
					}
				}
				return False, nil
			}
			sub, ok := bytesData(subo)
			if !ok {
				return nil, NewTypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(subo))
			}
			return NewBool(match(sub)), nil
		})
	}
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			sub, start, end, err := subBytes(ts, TypeName(self)+"."+name, args, kwnames, len(b))
			if err != nil {
				return nil, err
			}
			start, end = adjustIndices(start, end, len(b))
			if name == "count" {
				if end-start < len(sub) {
					return NewInt(0), nil
				}
				if len(sub) == 0 {
					return NewInt(int64(end - start + 1)), nil
				}
				return NewInt(int64(bytes.Count(b[start:end], sub))), nil
			}
			idx := -1
			if end-start >= len(sub) {
				if name[0] == 'r' {
					idx = bytes.LastIndex(b[start:end], sub)
				} else {
					idx = bytes.Index(b[start:end], sub)
				}
				if idx >= 0 {
					idx += start
				}
			}
			if idx < 0 && strings.HasSuffix(name, "index") {
				return nil, NewValueError("subsection not found")
			}
			return NewInt(int64(idx)), nil
		})
	}
	addBytesMethod(both, "replace", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		var oldo, newo Object
		count := -1
		if err := UnpackPositional(ts, TypeName(self)+".replace", args, kwnames, 2, &oldo, &newo, &count); err != nil {
			return nil, err
		}
		old, err := mustBytes(oldo)
		if err != nil {
			return nil, err
		}
		nw, err := mustBytes(newo)
		if err != nil {
			return nil, err
		}
		return newBytesLike(self, []byte(strReplace(string(b), string(old), string(nw), count))), nil
	})
	caseMap := func(name string, f func(c byte) byte) {
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs(TypeName(self)+"."+name, args, kwnames); err != nil {
				return nil, err
			}
			out := make([]byte, len(b))
			for i, c := range b {
				out[i] = f(c)
			}
			return newBytesLike(self, out), nil
		})
	}
	caseMap("upper", func(c byte) byte {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	})
	caseMap("lower", func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	})
	caseMap("swapcase", func(c byte) byte {
		switch {
		case c >= 'a' && c <= 'z':
			return c - 32
		case c >= 'A' && c <= 'Z':
			return c + 32
		}
		return c
	})
	for _, name := range []string{"title", "capitalize"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs(TypeName(self)+"."+name, args, kwnames); err != nil {
				return nil, err
			}
			var s string
			if name == "title" {
				s = strTitle(string(latin1Runes(b)))
			} else {
				s = strCapitalize(string(latin1Runes(b)))
			}
			out := make([]byte, 0, len(b))
			for _, r := range s {
				out = append(out, byte(r))
			}
			return newBytesLike(self, out), nil
		})
	}
	pred := func(name string, f func(c byte) bool, needCased bool) {
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs(TypeName(self)+"."+name, args, kwnames); err != nil {
				return nil, err
			}
			if len(b) == 0 {
				return False, nil
			}
			for _, c := range b {
				if !f(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	isAlpha := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	pred("isalpha", isAlpha, false)
	pred("isdigit", isDigit, false)
	pred("isalnum", func(c byte) bool { return isAlpha(c) || isDigit(c) }, false)
	pred("isspace", isBSpace, false)
	pred("isascii", func(c byte) bool { return c < 0x80 }, false)
	for _, name := range []string{"isupper", "islower", "istitle"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs(TypeName(self)+"."+name, args, kwnames); err != nil {
				return nil, err
			}
			s := string(b)
			for _, c := range b {
				if c >= 0x80 {
					s = string(latin1Runes(b))
					break
				}
			}
			switch name {
			case "isupper":
				return NewBool(strIsUpper(asciiOnly(s))), nil
			case "islower":
				return NewBool(strIsLower(asciiOnly(s))), nil
			}
			return NewBool(strIsTitle(asciiOnly(s))), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			var width int
			var fillo Object
			if err := UnpackPositional(ts, TypeName(self)+"."+name, args, kwnames, 1, &width, &fillo); err != nil {
				return nil, err
			}
			fill := byte(' ')
			if fillo != nil {
				f, ok := bytesData(fillo)
				if !ok || len(f) != 1 {
					return nil, NewTypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(fillo))
				}
				fill = f[0]
			}
			n := len(b)
			if width <= n {
				return newBytesLike(self, append([]byte(nil), b...)), nil
			}
			marg := width - n
			left := 0
			switch name {
			case "rjust":
				left = marg
			case "center":
				left = marg/2 + (marg & width & 1)
			}
			out := append(append(bytes.Repeat([]byte{fill}, left), b...), bytes.Repeat([]byte{fill}, marg-left)...)
			return newBytesLike(self, out), nil
		})
	}
	addBytesMethod(both, "zfill", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		wo, err := OneArg(TypeName(self)+".zfill", args, kwnames)
		if err != nil {
			return nil, err
		}
		width, err := AsSsize(ts, wo)
		if err != nil {
			return nil, err
		}
		if width <= len(b) {
			return newBytesLike(self, append([]byte(nil), b...)), nil
		}
		fill := bytes.Repeat([]byte{'0'}, width-len(b))
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			return newBytesLike(self, append(append([]byte{b[0]}, fill...), b[1:]...)), nil
		}
		return newBytesLike(self, append(fill, b...)), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			so, err := OneArg(TypeName(self)+"."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			sep, err := mustBytes(so)
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, NewValueError("empty separator")
			}
			var i int
			if name == "partition" {
				i = bytes.Index(b, sep)
			} else {
				i = bytes.LastIndex(b, sep)
			}
			mk := func(x []byte) Object { return newBytesLike(self, append([]byte(nil), x...)) }
			if i < 0 {
				if name == "partition" {
					return NewTuple([]Object{mk(b), mk(nil), mk(nil)}), nil
				}
				return NewTuple([]Object{mk(nil), mk(nil), mk(b)}), nil
			}
			return NewTuple([]Object{mk(b[:i]), mk(sep), mk(b[i+len(sep):])}), nil
		})
	}
	addBytesMethod(both, "splitlines", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		keepends := 0
		if err := UnpackArgs(ts, "splitlines", args, kwnames, "keepends?", &keepends); err != nil {
			return nil, err
		}
		var parts [][]byte
		i := 0
		for i < len(b) {
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			eol := j
			if j < len(b) {
				if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
					j += 2
				} else {
					j++
				}
				if keepends != 0 {
					eol = j
				}
			}
			parts = append(parts, b[i:eol])
			i = j
		}
		return bytesList(self, parts), nil
	})
	addBytesMethod(both, "expandtabs", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		tabsize := 8
		if err := UnpackArgs(ts, "expandtabs", args, kwnames, "tabsize?", &tabsize); err != nil {
			return nil, err
		}
		return newBytesLike(self, []byte(expandTabs(string(latin1Runes(b)), tabsize))), nil
	})
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		addBytesMethod(both, name, func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
			po, err := OneArg(TypeName(self)+"."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			p, err := mustBytes(po)
			if err != nil {
				return nil, err
			}
			out := b
			if name == "removeprefix" && bytes.HasPrefix(b, p) {
				out = b[len(p):]
			} else if name == "removesuffix" && len(p) > 0 && bytes.HasSuffix(b, p) {
				out = b[:len(b)-len(p)]
			}
			return newBytesLike(self, append([]byte(nil), out...)), nil
		})
	}
	addBytesMethod(both, "translate", func(ts *ThreadState, self Object, b []byte, args []Object, kwnames []string) (Object, error) {
		var table Object
		var del Object
		if err := UnpackArgs(ts, "translate", args, kwnames, "table", &table, "/", "delete?", &del); err != nil {
			return nil, err
		}
		var tb []byte
		if table != None {
			var ok bool
			tb, ok = bytesData(table)
			if !ok || len(tb) != 256 {
				return nil, NewValueError("translation table must be 256 characters long")
			}
		}
		var dl []byte
		if del != nil {
			var err error
			if dl, err = mustBytes(del); err != nil {
				return nil, err
			}
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if bytes.IndexByte(dl, c) >= 0 {
				continue
			}
			if tb != nil {
				c = tb[c]
			}
			out = append(out, c)
		}
		return newBytesLike(self, out), nil
	})
	for _, t := range both {
		addStaticMethod(t, "maketrans", func(ts *ThreadState, _ Object, args []Object, kwnames []string) (Object, error) {
			var fo, to Object
			if err := UnpackPositional(ts, "maketrans", args, kwnames, 2, &fo, &to); err != nil {
				return nil, err
			}
			from, err := mustBytes(fo)
			if err != nil {
				return nil, err
			}
			tob, err := mustBytes(to)
			if err != nil {
				return nil, err
			}
			if len(from) != len(tob) {
				return nil, NewValueError("maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range from {
				table[c] = tob[i]
			}
			return NewBytes(table), nil
		})
	}

	// bytearray mutators
	addMethod(bat, "append", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("bytearray.append", args, kwnames)
		if err != nil {
			return nil, err
		}
		v, err := byteValue(ts, x)
		if err != nil {
			return nil, err
		}
		ba := self.(*ByteArray)
		ba.B = append(ba.B, v)
		return None, nil
	})
	addMethod(bat, "extend", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("bytearray.extend", args, kwnames)
		if err != nil {
			return nil, err
		}
		var d []byte
		if _, isStr := asStr(x); isStr {
			// Iterating a str yields strs, which are not integers.
			err = NewTypeError("'str' object cannot be interpreted as an integer")
		} else if isIndexable(x) {
			err = NewTypeError("can't extend bytearray with %s", TypeName(x))
		} else {
			d, err = bytesFromSource(ts, x, "bytearray")
		}
		if err != nil {
			return nil, err
		}
		ba := self.(*ByteArray)
		ba.B = append(ba.B, d...)
		return None, nil
	})
	addMethod(bat, "insert", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		var i int
		var x Object
		if err := UnpackPositional(ts, "bytearray.insert", args, kwnames, 2, &i, &x); err != nil {
			return nil, err
		}
		v, err := byteValue(ts, x)
		if err != nil {
			return nil, err
		}
		ba := self.(*ByteArray)
		n := len(ba.B)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		ba.B = append(ba.B, 0)
		copy(ba.B[i+1:], ba.B[i:])
		ba.B[i] = v
		return None, nil
	})
	addMethod(bat, "pop", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		i := -1
		if err := UnpackPositional(ts, "bytearray.pop", args, kwnames, 0, &i); err != nil {
			return nil, err
		}
		ba := self.(*ByteArray)
		n := len(ba.B)
		if n == 0 {
			return nil, NewIndexError("pop from empty bytearray")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewIndexError("pop index out of range")
		}
		v := ba.B[i]
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return NewInt(int64(v)), nil
	})
	addMethod(bat, "remove", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("bytearray.remove", args, kwnames)
		if err != nil {
			return nil, err
		}
		v, err := byteValue(ts, x)
		if err != nil {
			return nil, err
		}
		ba := self.(*ByteArray)
		i := bytes.IndexByte(ba.B, v)
		if i < 0 {
			return nil, NewValueError("value not found in bytearray")
		}
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return None, nil
	})
	addMethod(bat, "clear", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("bytearray.clear", args, kwnames); err != nil {
			return nil, err
		}
		self.(*ByteArray).B = []byte{}
		return None, nil
	})
	addMethod(bat, "copy", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("bytearray.copy", args, kwnames); err != nil {
			return nil, err
		}
		return NewByteArray(append([]byte(nil), self.(*ByteArray).B...)), nil
	})
	addMethod(bat, "reverse", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("bytearray.reverse", args, kwnames); err != nil {
			return nil, err
		}
		b := self.(*ByteArray).B
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
}

func latin1Runes(b []byte) []rune {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return rs
}

// asciiOnly replaces non-ASCII characters by a caseless character, since
// bytes case predicates only consider ASCII letters.
func asciiOnly(s string) string {
	out := []byte(nil)
	for _, r := range s {
		if r >= 0x80 {
			out = append(out, '\x00')
		} else {
			out = append(out, byte(r))
		}
	}
	return string(out)
}

func hexWithSep(b []byte, sepo Object, per int) string {
	const hexd = "0123456789abcdef"
	if sepo == nil || len(b) == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i] = hexd[c>>4]
			out[2*i+1] = hexd[c&15]
		}
		return string(out)
	}
	var sep string
	if s, ok := asStr(sepo); ok {
		sep = s.S
	} else if d, ok := bytesData(sepo); ok {
		sep = string(d)
	}
	if per == 0 {
		return hexWithSep(b, nil, 1)
	}
	// Groups are counted from the right for positive bytes_per_sep, from the
	// left for negative.
	abs := per
	if abs < 0 {
		abs = -abs
	}
	var groups []string
	if per > 0 {
		for end := len(b); end > 0; end -= abs {
			start := end - abs
			if start < 0 {
				start = 0
			}
			groups = append([]string{hexWithSep(b[start:end], nil, 1)}, groups...)
		}
	} else {
		for start := 0; start < len(b); start += abs {
			end := start + abs
			if end > len(b) {
				end = len(b)
			}
			groups = append(groups, hexWithSep(b[start:end], nil, 1))
		}
	}
	return strings.Join(groups, sep)
}

func fromHex(s string) ([]byte, error) {
	var out []byte
	i := 0
	for i < len(s) {
		if s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r') {
			i++
			continue
		}
		hi := unhex(s[i])
		if hi < 0 {
			return nil, NewValueError("non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || unhex(s[i+1]) < 0 {
			return nil, NewValueError("non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|unhex(s[i+1])))
		i += 2
	}
	return out, nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// bytesPercentFormat is bytes % args: the format is processed like str's
// with bytes-specific %s/%b/%c/%r handling.
func bytesPercentFormat(ts *ThreadState, format []byte, args Object) ([]byte, error) {
	// Run the str formatter on the latin-1 decoding of the format, with the
	// arguments converted to their bytes forms, then encode back.
	p := &percentState{ts: ts, bytesMode: true}
	if t, ok := Unwrap(args).(*Tuple); ok {
		p.args = t.Items
		p.tuple = true
	} else {
		p.args = []Object{args}
		if args.Type().GetItem != nil {
			if _, isBytes := bytesData(args); !isBytes {
				if _, isStr := asStr(args); !isStr {
					p.mapping = args
				}
			}
		}
	}
	s, err := p.run(string(latin1Runes(format)))
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out, nil
}
