package parser

import (
	"fmt"
	"strings"
)

// SyntaxError is a compile-time error in CPython's shape: the lexer, the parser
// and the compiler all report bad source with it. Kind is "SyntaxError",
// "IndentationError" or "TabError". Line and Col are 1-based (Col counts
// characters, as CPython's offset does); Text is the offending source line
// without its newline. Incomplete is set when the source ended too early (an
// open bracket, an unterminated triple-quoted string, a trailing backslash, a
// block header with no body): the REPL asks for more input instead of failing.
type SyntaxError struct {
	Kind      string
	Msg       string
	Filename  string
	Line, Col int
	EndCol    int // 0 when unknown; else one past the last character to underline
	// EndLine is the line of EndCol when it is not Line (0: Line).
	EndLine    int
	Text       string
	Incomplete bool
	// MsgOnly marks the errors CPython's symbol table raises: their args
	// are just (msg,), the location is only in the attributes.
	MsgOnly bool
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.kind(), e.Msg)
}

func (e *SyntaxError) kind() string {
	if e.Kind == "" {
		return "SyntaxError"
	}
	return e.Kind
}

// Format renders the error the way CPython prints an uncaught SyntaxError:
//
//	  File "x.py", line 3
//	    x = (1,
//	        ^
//	SyntaxError: '(' was never closed
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" {
		text := strings.TrimRight(e.Text, "\r\n")
		trimmed := strings.TrimLeft(text, " \t\f")
		cut := len([]rune(text)) - len([]rune(trimmed))
		fmt.Fprintf(&b, "    %s\n", trimmed)
		col := e.Col - cut
		if col < 1 {
			col = 1
		}
		width := 1
		if e.EndCol > e.Col {
			width = e.EndCol - e.Col
		}
		fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", col-1), strings.Repeat("^", width))
	}
	fmt.Fprintf(&b, "%s: %s\n", e.kind(), e.Msg)
	return b.String()
}
