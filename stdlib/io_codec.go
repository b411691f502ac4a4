package stdlib

import (
	"strings"
	"unicode/utf8"

	"github.com/minipy/minipy/runtime"
)

// A text file's codec: the encoding goes to runtime.Encode and
// runtime.Decode; file reading scans raw bytes for line endings, so only
// ASCII-compatible encodings are accepted (UTF-8, UTF-8 with BOM, ASCII,
// Latin-1).
type codec struct {
	name string // for runtime.Encode/Decode
	kind codecKind
	bom  bool // utf-8-sig: skip a BOM when reading, write one at the start
}

type codecKind int

const (
	codecUTF8 codecKind = iota
	codecASCII
	codecLatin1
)

// lookupCodec resolves an encoding name (LookupError for unknown ones).
func lookupCodec(name string) (codec, error) {
	n := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(name)))
	if n == "utf-8-sig" || n == "utf8-sig" {
		return codec{name: "utf-8", kind: codecUTF8, bom: true}, nil
	}
	if _, err := runtime.Encode("", name, "strict"); err != nil {
		return codec{}, err
	}
	probe, _ := runtime.Encode("\u00e9", name, "replace")
	switch {
	case len(probe) == 2 && probe[0] == 0xC3:
		return codec{name: name, kind: codecUTF8}, nil
	case len(probe) == 1 && probe[0] == 0xE9:
		return codec{name: name, kind: codecLatin1}, nil
	case len(probe) == 1 && probe[0] == '?':
		return codec{name: name, kind: codecASCII}, nil
	}
	return codec{}, runtime.NewNotImplementedError("minipy text files support only ASCII-compatible encodings, not %s", name)
}

// decodeText decodes bytes that end at a character boundary.
func decodeText(cd codec, errors string, data []byte) (string, error) {
	if cd.kind == codecUTF8 && utf8.Valid(data) {
		return string(data), nil
	}
	o, err := runtime.Decode(data, cd.name, errors)
	if err != nil {
		return "", err
	}
	defer runtime.Decref(o)
	s, _ := asStr(o)
	return s, nil
}

// newline modes of text files.
type newlineMode int

const (
	nlUniversal    newlineMode = iota // newline=None: translate \r and \r\n to \n
	nlUntranslated                    // newline='': split on all three, keep them
	nlLF                              // newline='\n'
	nlCR                              // newline='\r'
	nlCRLF                            // newline='\r\n'
)

func parseNewline(o runtime.Object) (newlineMode, error) {
	if isNone(o) {
		return nlUniversal, nil
	}
	s, ok := asStr(o)
	if !ok {
		return 0, runtime.NewTypeError("open() argument 'newline' must be str or None, not %s", runtime.TypeName(o))
	}
	switch s {
	case "":
		return nlUntranslated, nil
	case "\n":
		return nlLF, nil
	case "\r":
		return nlCR, nil
	case "\r\n":
		return nlCRLF, nil
	}
	return 0, runtime.NewValueError("illegal newline value: %s", s)
}

// translateOut applies the write-side newline translation.
func translateOut(mode newlineMode, s string) string {
	switch mode {
	case nlCR:
		return strings.ReplaceAll(s, "\n", "\r")
	case nlCRLF:
		return strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}

// Bits of the newlines attribute (which line endings a universal-newline
// reader has seen).
const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// translateIn translates \r\n and \r into \n (universal newlines), recording
// what it saw.
func translateIn(s string, seen *int) string {
	if strings.IndexByte(s, '\r') < 0 {
		if strings.IndexByte(s, '\n') >= 0 {
			*seen |= seenLF
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				*seen |= seenCRLF
				i++
			} else {
				*seen |= seenCR
			}
			b.WriteByte('\n')
		case '\n':
			*seen |= seenLF
			b.WriteByte('\n')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// noteNewlines records the line endings in s without translating them
// (newline=” mode).
func noteNewlines(s string, seen *int) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				*seen |= seenCRLF
				i++
			} else {
				*seen |= seenCR
			}
		case '\n':
			*seen |= seenLF
		}
	}
}

// newlinesValue is the newlines attribute for a seen mask.
func newlinesValue(seen int) runtime.Object {
	var names []string
	if seen&seenCR != 0 {
		names = append(names, "\r")
	}
	if seen&seenLF != 0 {
		names = append(names, "\n")
	}
	if seen&seenCRLF != 0 {
		names = append(names, "\r\n")
	}
	switch len(names) {
	case 0:
		return runtime.None
	case 1:
		return runtime.NewStr(names[0])
	}
	return tupleOfStrings(names)
}

// lineEnd finds the end of the first line in data (the index just past its
// terminator) for a newline mode; ok is false when no terminator is found.
// needMore reports a trailing \r whose meaning depends on the next byte.
func lineEnd(mode newlineMode, data []byte) (end int, ok, needMore bool) {
	switch mode {
	case nlLF:
		for i, c := range data {
			if c == '\n' {
				return i + 1, true, false
			}
		}
		return 0, false, false
	case nlCR:
		for i, c := range data {
			if c == '\r' {
				return i + 1, true, false
			}
		}
		return 0, false, false
	case nlCRLF:
		for i := 0; i+1 < len(data); i++ {
			if data[i] == '\r' && data[i+1] == '\n' {
				return i + 2, true, false
			}
		}
		return 0, false, len(data) > 0 && data[len(data)-1] == '\r'
	}
	for i, c := range data {
		if c == '\n' {
			return i + 1, true, false
		}
		if c == '\r' {
			if i+1 == len(data) {
				return i + 1, true, true
			}
			if data[i+1] == '\n' {
				return i + 2, true, false
			}
			return i + 1, true, false
		}
	}
	return 0, false, false
}
