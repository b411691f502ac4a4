package lexer

import (
	"fmt"
	"strings"
)

// FPiece is one piece of an f-string: literal text, or a replacement field.
type FPiece struct {
	Lit   string  // decoded literal text, when Field is nil
	Field *FField // a {expr!conv:spec} field
}

// FField is one replacement field of an f-string.
type FField struct {
	Expr    string   // the expression source, exactly as written
	Offset  int      // byte offset of Expr in the f-string body
	Value   any      // what the compile callback returned for Expr
	Debug   string   // for a self-documenting field, the text "expr=" (with its spaces)
	Conv    byte     // 0, 's', 'r' or 'a'
	HasSpec bool     // a ':' format spec was given (it may be empty)
	Spec    []FPiece // the format spec, itself an f-string (nested fields allowed)
}

// FStringError is a structural error in an f-string ("f-string: expecting
// '}'"...). CPython reports these at the token after the string literals.
type FStringError struct{ Msg string }

func (e *FStringError) Error() string { return e.Msg }

// CompileFunc is called for each field's expression as soon as it has been
// found, before the conversion and format spec are examined, so that errors
// come out in CPython's order. offset is the byte offset of expr in the body.
type CompileFunc func(expr string, offset int) (any, error)

// SplitFString splits the body of an f-string literal (the text between the
// quotes) into literal pieces and fields, following the 3.11 rules of
// CPython's Parser/string_parser.c: "{{" and "}}" are literal braces; a field
// ends at a top-level '!', ':', '=' or '}' (not "!=", "==", "<=", ">="); the
// expression cannot contain a backslash or '#'; a format spec is itself an
// f-string, one level deep. Literal pieces are decoded unless raw.
func SplitFString(body string, raw bool, compile CompileFunc) ([]FPiece, error) {
	body = NormalizeNewlines(body)
	f := &fsplitter{s: body, raw: raw, compile: compile}
	pieces, err := f.parse(0)
	if err != nil {
		return nil, err
	}
	if f.i < len(f.s) {
		return nil, &FStringError{"f-string: unexpected end of string"}
	}
	return pieces, nil
}

type fsplitter struct {
	s       string
	i       int
	raw     bool
	compile CompileFunc
}

func ferr(format string, args ...any) error {
	return &FStringError{fmt.Sprintf(format, args...)}
}

// parse reads pieces until the end of the body or, in a format spec
// (level > 0), until the '}' that closes the field.
func (f *fsplitter) parse(level int) ([]FPiece, error) {
	var pieces []FPiece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			pieces = append(pieces, FPiece{Lit: lit.String()})
			lit.Reset()
		}
	}
	for {
		text, more, err := f.literal(level)
		if err != nil {
			return nil, err
		}
		lit.WriteString(text)
		if more {
			continue
		}
		if f.i >= len(f.s) || f.s[f.i] == '}' {
			break
		}
		field, err := f.field(level)
		if err != nil {
			return nil, err
		}
		lit.WriteString(field.Debug)
		flush()
		pieces = append(pieces, FPiece{Field: field})
	}
	flush()
	if level > 0 && (f.i >= len(f.s) || f.s[f.i] != '}') {
		return nil, ferr("f-string: expecting '}'")
	}
	return pieces, nil
}

// literal reads literal text up to the next '{' or '}'. A doubled brace at
// the top level ends the text with one brace and more=true.
func (f *fsplitter) literal(level int) (text string, more bool, err error) {
	start := f.i
	s := f.s
	i := f.i
	end := -1
	for i < len(s) {
		c := s[i]
		i++
		if !f.raw && c == '\\' && i < len(s) {
			c = s[i]
			i++
			if c == 'N' {
				if i < len(s) && s[i] == '{' {
					i++
					for i < len(s) && s[i] != '}' {
						i++
					}
					if i < len(s) {
						i++
					}
				}
				continue
			}
		}
		if c == '{' || c == '}' {
			if level == 0 {
				if i < len(s) && s[i] == c {
					end = i
					f.i = i + 1
					more = true
					break
				}
				if c == '}' {
					return "", false, ferr("f-string: single '}' is not allowed")
				}
			}
			i--
			break
		}
	}
	if end < 0 {
		end = i
		f.i = i
	}
	raw := s[start:end]
	if f.raw {
		return raw, more, nil
	}
	text, err = DecodeStr(raw, false)
	return text, more, err
}

// field reads one {expr!conv:spec} field; f.i is at its '{'.
func (f *fsplitter) field(level int) (*FField, error) {
	if level >= 2 {
		return nil, ferr("f-string: expressions nested too deeply")
	}
	s := f.s
	f.i++
	start := f.i
	var quote byte
	triple := false
	var stack []byte
	i := f.i
scan:
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			return nil, ferr("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
					i += 2
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
				triple = true
				i += 2
			} else {
				triple = false
			}
			quote = c
		case '[', '{', '(':
			if len(stack) >= maxLevel {
				return nil, ferr("f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case '#':
			return nil, ferr("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				return nil, ferr("f-string: unmatched '%c'", c)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				return nil, ferr("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if i+1 < len(s) && s[i+1] == '=' && c != ':' {
				i++ // != == <= >=
				continue
			}
			if c == '<' || c == '>' {
				continue
			}
			break scan
		}
	}
	f.i = i
	if quote != 0 {
		return nil, ferr("f-string: unterminated string")
	}
	if len(stack) > 0 {
		return nil, ferr("f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if f.i >= len(s) {
		return nil, ferr("f-string: expecting '}'")
	}
	field := &FField{Expr: s[start:f.i], Offset: start}
	if strings.TrimLeft(field.Expr, " \t\n\f") == "" {
		if c := s[f.i]; c == '!' || c == ':' || c == '=' {
			return nil, ferr("f-string: expression required before '%c'", c)
		}
		return nil, ferr("f-string: empty expression not allowed")
	}
	if f.compile != nil {
		v, err := f.compile(field.Expr, field.Offset)
		if err != nil {
			return nil, err
		}
		field.Value = v
	}
	if s[f.i] == '=' {
		f.i++
		for f.i < len(s) && strings.IndexByte(" \t\n\r\f\v", s[f.i]) >= 0 {
			f.i++
		}
		if f.i >= len(s) {
			return nil, ferr("f-string: expecting '}'")
		}
		field.Debug = s[start:f.i]
	}
	if s[f.i] == '!' {
		f.i++
		if f.i >= len(s) {
			return nil, ferr("f-string: expecting '}'")
		}
		field.Conv = s[f.i]
		f.i++
		if field.Conv != 's' && field.Conv != 'r' && field.Conv != 'a' {
			return nil, ferr("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if f.i < len(s) && s[f.i] == ':' {
		f.i++
		if f.i >= len(s) {
			return nil, ferr("f-string: expecting '}'")
		}
		spec, err := f.parse(level + 1)
		if err != nil {
			return nil, err
		}
		field.HasSpec = true
		field.Spec = spec
	}
	if f.i >= len(s) || s[f.i] != '}' {
		return nil, ferr("f-string: expecting '}'")
	}
	f.i++
	if field.Debug != "" && !field.HasSpec && field.Conv == 0 {
		field.Conv = 'r'
	}
	return field, nil
}
