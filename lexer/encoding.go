package lexer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Source encodings (PEP 263). Source is UTF-8 unless a "coding" comment on
// one of the first two lines says otherwise. Latin-1 and ASCII are decoded
// here; any other declared encoding is reported as unsupported.

var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// declaredEncoding returns the normalised encoding named by a coding cookie
// in the first two lines of src, and the line it is on (0 if none).
func declaredEncoding(src string) (string, int) {
	for line := 1; line <= 2 && src != ""; line++ {
		text := src
		if i := strings.IndexAny(src, "\r\n"); i >= 0 {
			text, src = src[:i], src[i+1:]
			src = strings.TrimPrefix(src, "\n")
		} else {
			src = ""
		}
		if m := codingRE.FindStringSubmatch(text); m != nil {
			return normalizeEncoding(m[1]), line
		}
		// A cookie on line 2 counts only if line 1 is blank or a comment.
		if t := strings.TrimLeft(text, " \t\f"); t != "" && !strings.HasPrefix(t, "#") {
			break
		}
	}
	return "", 0
}

func normalizeEncoding(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch {
	case n == "utf-8" || n == "utf8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "latin-1-"):
		return "latin-1"
	case n == "ascii" || n == "us-ascii":
		return "ascii"
	}
	return name
}

// decodeSource applies the source encoding. It returns the UTF-8 text, or
// the message of the SyntaxError to report and the line it concerns.
func decodeSource(filename, src string) (string, string, int) {
	enc, cookieLine := declaredEncoding(src)
	switch enc {
	case "", "utf-8":
		if utf8.ValidString(src) {
			return src, "", 0
		}
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				line := 1 + strings.Count(src[:i], "\n")
				if enc == "utf-8" {
					return "", fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i), line
				}
				return "", fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line), line
			}
			i += size
		}
	case "latin-1":
		var b strings.Builder
		for i := 0; i < len(src); i++ {
			b.WriteRune(rune(src[i]))
		}
		return b.String(), "", 0
	case "ascii":
		for i := 0; i < len(src); i++ {
			if src[i] >= utf8.RuneSelf {
				line := 1 + strings.Count(src[:i], "\n")
				return "", fmt.Sprintf("(unicode error) 'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", src[i], i), line
			}
		}
		return src, "", 0
	}
	return "", "unknown encoding: " + enc, cookieLine
}
