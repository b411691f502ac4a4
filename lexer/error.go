package lexer

import "fmt"

// Error is a lexical error in CPython's terms. Package parser converts it into
// its *SyntaxError; the fields mirror that type.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	Line     int // 1-based
	Col      int // 1-based, in characters
	EndLine  int // 0 when unknown
	EndCol   int // 0 when unknown; else one past the last character
	// Incomplete is set when more input could make the source valid: an open
	// bracket, an unterminated triple-quoted string or a backslash at EOF.
	Incomplete bool
	// Lazy marks errors that CPython's tokenizer signals through its status
	// rather than by raising at once (unindent mismatch, TabError, too many
	// indentation levels, a bad character after a line continuation, EOF after
	// a continuation): a syntax error that the parser finds earlier in the file
	// is reported instead. All other lexical errors win over any parser error.
	Lazy bool
	// Unclosed marks "'(' was never closed": the tokens are complete (no
	// truncation), and the parser reports this error only if its own error is
	// at EOF or on a later line than the bracket, as CPython does.
	Unclosed bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}
