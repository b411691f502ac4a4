package runtime

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Str is Python's str. S holds the text as UTF-8. Indexing is by code point:
// for ASCII text (the common case) byte and code point indexes coincide; other
// text keeps a lazily built []rune.
type Str struct {
	Header
	// The struct is 48 bytes, one of Go's size classes.
	hashed bool
	// kind: 0 unknown, 1 ASCII, 2 non-ASCII
	kind uint8
	// spare is the room left after S in the str's own allocation (a short
	// str allocated with its bytes), for ConcatInPlace.
	spare uint8
	S     string
	hash  int64
	ext   *strExt
}

// strExt holds what few strs need: the code points of non-ASCII text, and
// the growable buffer of a str built by repeated `s += t` (see Append).
type strExt struct {
	runes []rune
	// buf, when non-nil, is the memory S points into, with room to grow.
	buf []byte
}

func (s *Str) Type() *Type { return StrType }

// NewStr returns a new str object.
func NewStr(s string) *Str {
	if len(s) <= 1 {
		if len(s) == 0 {
			return Xref(emptyStr).(*Str)
		}
		return Xref(charStrs[s[0]]).(*Str)
	}
	return &Str{Header: fresh(), S: s}
}

// Short strs built from parts are allocated together with their bytes: one
// allocation instead of two.
type (
	strInline8 struct {
		Str
		data [8]byte
	}
	strInline16 struct {
		Str
		data [16]byte
	}
	strInline32 struct {
		Str
		data [32]byte
	}
)

// strSpace returns a new str (count 1) with room for n bytes of text after
// it, and that room as an empty buffer; nil for n over 32. The caller
// appends the text and sets S.
func strSpace(n int) (*Str, []byte) {
	switch {
	case n <= 8:
		x := &strInline8{}
		x.Header = fresh()
		return &x.Str, x.data[:0]
	case n <= 16:
		x := &strInline16{}
		x.Header = fresh()
		return &x.Str, x.data[:0]
	case n <= 32:
		x := &strInline32{}
		x.Header = fresh()
		return &x.Str, x.data[:0]
	}
	return nil, nil
}

// NewStrConcat returns a new str holding a followed by b.
func NewStrConcat(a, b string) *Str {
	n := len(a) + len(b)
	var buf []byte
	var s *Str
	switch {
	case n <= 1:
		return NewStr(a + b)
	case n <= 32:
		// Room for a few more bytes: a + b is often followed by + c.
		s, buf = strSpace(min(n+4, 32))
	default:
		return &Str{Header: fresh(), S: a + b}
	}
	buf = append(append(buf, a...), b...)
	s.S = unsafe.String(&buf[0], n)
	s.spare = uint8(cap(buf) - n)
	return s
}

// ConcatInPlace appends t to s when it fits in the room after s's text in
// its own allocation, reporting whether it did. Only for a str whose one
// reference is the caller's (a temporary of `a + b + c`), as CPython resizes
// such a str in place; text already handed out as Go strings is unchanged,
// since only bytes past its end are written.
func (s *Str) ConcatInPlace(t string) bool {
	if len(t) > int(s.spare) || len(t) == 0 || s.ext != nil {
		return false
	}
	n := len(s.S)
	p := unsafe.Slice(unsafe.StringData(s.S), n+len(t))
	copy(p[n:], t)
	s.S = unsafe.String(&p[0], n+len(t))
	s.spare -= uint8(len(t))
	s.hashed = false
	if s.kind == 1 {
		for i := 0; i < len(t); i++ {
			if t[i] >= utf8.RuneSelf {
				s.kind = 0
				break
			}
		}
	}
	return true
}

// NewStrJoin returns a new str of the concatenated texts of parts, as
// BUILD_STRING makes f-strings. A part is a *Str, or an int without a big
// value, which stands for str(int): FORMAT_VALUE leaves an int field of an
// f-string unconverted so that its digits go straight into the result.
func NewStrJoin(parts []Object) *Str {
	n := 0
	for _, o := range parts {
		n += joinPartLen(o)
	}
	var buf []byte
	var s *Str
	switch {
	case n <= 1:
		// The empty str and one-character strs are shared, as in CPython.
		var one [20]byte
		b := one[:0]
		for _, o := range parts {
			b = appendJoinPart(b, o)
		}
		return NewStr(string(b))
	case n <= 32:
		s, buf = strSpace(n)
	default:
		buf = make([]byte, 0, n)
		s = &Str{Header: fresh()}
	}
	for _, o := range parts {
		buf = appendJoinPart(buf, o)
	}
	s.S = unsafe.String(&buf[0], n)
	if n <= 32 {
		s.spare = uint8(cap(buf) - n)
	}
	return s
}

// appendJoinPart appends a NewStrJoin part's text to b.
func appendJoinPart(b []byte, o Object) []byte {
	if t, ok := o.(*Str); ok {
		return append(b, t.S...)
	}
	return strconv.AppendInt(b, o.(*Int).V, 10)
}

// joinPartLen is the length of a NewStrJoin part's text.
func joinPartLen(o Object) int {
	if t, ok := o.(*Str); ok {
		return len(t.S)
	}
	v := o.(*Int).V
	n := 1
	if v < 0 {
		n++ // the sign; -v may overflow, so count digits on v itself
	}
	for v <= -10 || v >= 10 {
		v /= 10
		n++
	}
	return n
}

// NewStrInt returns str(i) for an int.
func NewStrInt(i *Int) *Str {
	if i.Big != nil || (i.V >= 0 && i.V < 10) {
		return NewStr(i.String())
	}
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], i.V, 10)
	s, buf := strSpace(len(d))
	buf = append(buf, d...)
	s.kind = 1
	s.S = unsafe.String(&buf[0], len(buf))
	s.spare = uint8(cap(buf) - len(buf))
	return s
}

var (
	emptyStr = &Str{Header: immortal(), S: "", kind: 1}
	charStrs [256]*Str
	interned = map[string]*Str{}
)

func init() {
	for i := 0; i < 256; i++ {
		if i < utf8.RuneSelf {
			charStrs[i] = &Str{Header: immortal(), S: string(rune(i)), kind: 1}
		} else {
			// Single bytes >= 0x80 are not valid UTF-8 text; build them on demand.
			charStrs[i] = &Str{Header: immortal(), S: string([]byte{byte(i)})}
		}
	}
}

// Intern returns the immortal str for s, shared by every caller: identifiers,
// attribute names and short constants. Interning happens at load time (under
// the GIL of the loading thread); the table itself is shared by all
// interpreters in the process.
func Intern(s string) *Str {
	internMu.Lock()
	defer internMu.Unlock()
	if p, ok := interned[s]; ok {
		return p
	}
	p := &Str{Header: immortal(), S: s, hash: strHash(s), hashed: true}
	interned[s] = p
	return p
}

// internMu guards interned: several interpreters (tests) may share the process.
var internMu sync.Mutex

// strHash is the hash of a str (FNV-1a, folded so it is never -1).
func strHash(s string) int64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == -1 {
		r = -2
	}
	return r
}

// Hash returns the cached hash of s.
func (s *Str) Hash() int64 {
	if !s.hashed {
		s.hash = strHash(s.S)
		s.hashed = true
	}
	return s.hash
}

// Append appends t to s in place, as CPython does for `s += t` when the
// result replaces the only other reference to s: the caller guarantees that no
// one else can observe s (its count is held by the caller and the variable
// being assigned). The bytes go into a buffer that grows geometrically, so a
// loop of += is linear rather than quadratic; Go strings already made from the
// shorter text stay valid because the bytes they cover never change.
func (s *Str) Append(t string) {
	if len(t) == 0 {
		return
	}
	if s.ext == nil {
		s.ext = &strExt{}
	}
	e := s.ext
	buf := e.buf
	if buf == nil || len(buf) != len(s.S) || len(buf) == 0 || unsafe.StringData(s.S) != &buf[0] {
		buf = make([]byte, len(s.S), 2*(len(s.S)+len(t)))
		copy(buf, s.S)
	}
	buf = append(buf, t...)
	e.buf = buf
	e.runes = nil
	s.S = unsafe.String(&buf[0], len(buf))
	s.spare = 0
	s.hashed = false
	if s.kind == 1 {
		for i := 0; i < len(t); i++ {
			if t[i] >= utf8.RuneSelf {
				s.kind = 0
				break
			}
		}
	} else {
		s.kind = 0
	}
}

// IsASCII reports whether every character is ASCII.
func (s *Str) IsASCII() bool {
	if s.kind == 0 {
		s.kind = 1
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= utf8.RuneSelf {
				s.kind = 2
				break
			}
		}
	}
	return s.kind == 1
}

// Len is the length in code points.
func (s *Str) Len() int {
	if s.IsASCII() {
		return len(s.S)
	}
	return len(s.Runes())
}

// Runes returns the code points (cached).
func (s *Str) Runes() []rune {
	if s.ext == nil {
		s.ext = &strExt{}
	}
	if s.ext.runes == nil {
		s.ext.runes = []rune(s.S)
	}
	return s.ext.runes
}

// Slice returns the code points [i, j) as a Go string.
func (s *Str) Slice(i, j int) string {
	if s.IsASCII() {
		return s.S[i:j]
	}
	return string(s.Runes()[i:j])
}

// At returns code point i as a Go string.
func (s *Str) At(i int) string {
	if s.IsASCII() {
		return s.S[i : i+1]
	}
	return string(s.Runes()[i])
}

// StrRepr is repr() of a str: CPython's quoting rules (single quotes unless the
// text contains a single quote and no double quote) and escapes.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[r>>4])
			b.WriteByte(hexDigits[r&15])
		case r >= 0x80 && !isPrintable(r):
			writeEscapedRune(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

const hexDigits = "0123456789abcdef"

func writeEscapedRune(b *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		b.WriteByte(hexDigits[r>>4])
		b.WriteByte(hexDigits[r&15])
	case r < 0x10000:
		b.WriteString(`\u`)
		for shift := 12; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>uint(shift))&15])
		}
	default:
		b.WriteString(`\U`)
		for shift := 28; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>uint(shift))&15])
		}
	}
}

func isPrintable(r rune) bool { return unicode.IsPrint(r) }
