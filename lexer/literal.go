package lexer

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// StringLit is a string literal token taken apart: its prefix flags and the
// raw text between the quotes.
type StringLit struct {
	Bytes, Raw, Format bool
	Triple             bool
	Body               string // source text between the quotes, escapes not processed
	BodyOffset         int    // byte offset of Body in the token text
}

// SplitString takes apart the text of a String token (prefix, quotes, body).
func SplitString(tok string) StringLit {
	var lit StringLit
	i := 0
	for ; i < len(tok) && tok[i] != '\'' && tok[i] != '"'; i++ {
		switch tok[i] {
		case 'b', 'B':
			lit.Bytes = true
		case 'r', 'R':
			lit.Raw = true
		case 'f', 'F':
			lit.Format = true
		}
	}
	q := 1
	if len(tok)-i >= 6 && tok[i+1] == tok[i] && tok[i+2] == tok[i] {
		q = 3
		lit.Triple = true
	}
	lit.BodyOffset = i + q
	if len(tok)-q >= i+q {
		lit.Body = tok[i+q : len(tok)-q]
	}
	return lit
}

// NormalizeNewlines turns "\r\n" and lone "\r" into "\n", as CPython does
// when it reads source.
func NormalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// DecodeStr processes the escapes of a str literal body (nothing but newline
// normalisation when raw). Unknown escapes keep their backslash, as CPython
// does. The error message is CPython's "(unicode error) ..." text.
func DecodeStr(body string, raw bool) (string, error) {
	body = NormalizeNewlines(body)
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	var b strings.Builder
	b.Grow(len(body))
	// CPython re-encodes every non-ASCII character as a 10-byte \U escape
	// before decoding, and its error positions count in that text.
	wpos := 0
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if c < utf8.RuneSelf {
				b.WriteByte(c)
				i++
				wpos++
				continue
			}
			r, size := utf8.DecodeRuneInString(body[i:])
			b.WriteRune(r)
			i += size
			wpos += 10
			continue
		}
		start := wpos
		if i+1 >= len(body) {
			b.WriteByte('\\')
			break
		}
		e := body[i+1]
		i += 2
		wpos += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
				wpos++
			}
			b.WriteRune(rune(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			v, k := hexDigits(body[i:], n)
			i += k
			wpos += k
			if k < n {
				what := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[e]
				return "", unicodeError(start, wpos-1, "truncated "+what+" escape")
			}
			if v > utf8.MaxRune {
				return "", unicodeError(start, wpos-1, "illegal Unicode character")
			}
			b.WriteRune(rune(v))
		case 'N':
			if i >= len(body) || body[i] != '{' {
				return "", unicodeError(start, wpos-1, `malformed \N character escape`)
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 || end == 1 {
				return "", unicodeError(start, wpos, `malformed \N character escape`)
			}
			name := body[i+1 : i+end]
			i += end + 1
			wpos += end + 1
			r, ok := lookupUnicodeName(name)
			if !ok {
				return "", unicodeError(start, wpos-1, "unknown Unicode character name")
			}
			b.WriteRune(r)
		default:
			b.WriteByte('\\')
			if e < utf8.RuneSelf {
				b.WriteByte(e)
			} else {
				r, size := utf8.DecodeRuneInString(body[i-1:])
				b.WriteRune(r)
				i += size - 1
				wpos += 9
			}
		}
	}
	return b.String(), nil
}

func unicodeError(start, end int, what string) error {
	return fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end, what)
}

// hexDigits reads up to n hex digits from s; it returns their value and how
// many it read.
func hexDigits(s string, n int) (int64, int) {
	var v int64
	k := 0
	for ; k < n && k < len(s) && isHex(s[k]); k++ {
		c := s[k]
		switch {
		case c <= '9':
			c -= '0'
		case c >= 'a':
			c -= 'a' - 10
		default:
			c -= 'A' - 10
		}
		v = v*16 + int64(c)
	}
	return v, k
}

// ErrNonASCIIBytes is the message for a bytes literal with a non-ASCII
// character.
const ErrNonASCIIBytes = "bytes can only contain ASCII literal characters"

// DecodeBytes processes the escapes of a bytes literal body. \u, \U and \N are
// not escapes in bytes and keep their backslash.
func DecodeBytes(body string, raw bool) ([]byte, error) {
	body = NormalizeNewlines(body)
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return nil, fmt.Errorf("%s", ErrNonASCIIBytes)
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return []byte(body), nil
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(body) {
			out = append(out, '\\')
			break
		}
		start := i
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			v, k := hexDigits(body[i:], 2)
			if k < 2 {
				return nil, fmt.Errorf(`(value error) invalid \x escape at position %d`, start)
			}
			i += k
			out = append(out, byte(v))
		default:
			out = append(out, '\\', e)
		}
	}
	return out, nil
}

// ParseNumber converts the text of a Number token to its value: int64 when an
// integer fits, *big.Int otherwise, float64, or complex128 for an imaginary
// literal. The lexer has already validated the syntax.
func ParseNumber(text string) (any, error) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if n := len(text); n > 0 && (text[n-1] == 'j' || text[n-1] == 'J') {
		f, err := parseFloat(text[:n-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	base := 10
	digits := text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, digits = 16, text[2:]
		case 'o', 'O':
			base, digits = 8, text[2:]
		case 'b', 'B':
			base, digits = 2, text[2:]
		}
	}
	if base == 10 && strings.ContainsAny(text, ".eE") {
		return parseFloat(text)
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, fmt.Errorf("invalid number literal %q", text)
	}
	if v.IsInt64() {
		return v.Int64(), nil
	}
	return v, nil
}

func parseFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil // overflow gives inf and underflow 0, as in Python
		}
		return 0, err
	}
	return f, nil
}
