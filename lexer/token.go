package lexer

import (
	"bytes"
	"io"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// Token, Position and TokenType are Participle's, so the stream can be fed to a
// Participle parser without conversion. Token.Value is a slice of the source:
// the identifier, the number or the whole string literal (prefix and quotes
// included); it is "" for Indent, Dedent and EOF. A Newline's value is the
// line ending ("" for the implicit one at the end of a file that lacks it),
// preceded by the comment that ends the line, if any: the token then starts
// at the '#', as CPython's NEWLINE token does. Pos.Line and Pos.Column are 1-based and the
// column counts characters (runes), as CPython's SyntaxError offset does.
type (
	Token     = plexer.Token
	Position  = plexer.Position
	TokenType = plexer.TokenType
)

// The token kinds.
const (
	EOF     TokenType = plexer.EOF // end of input
	Name    TokenType = -2         // identifier, including the soft keywords match, case and _
	Keyword TokenType = -3         // one of the hard keywords in Keywords
	Number  TokenType = -4         // integer, float or imaginary literal, as written
	String  TokenType = -5         // one string or bytes literal, prefix and quotes included
	Op      TokenType = -6         // operator or delimiter
	Newline TokenType = -7         // end of a logical line
	Indent  TokenType = -8         // the indentation increased
	Dedent  TokenType = -9         // one indentation level closed
)

var kindNames = map[TokenType]string{
	EOF: "EOF", Name: "Name", Keyword: "Keyword", Number: "Number", String: "String",
	Op: "Op", Newline: "Newline", Indent: "Indent", Dedent: "Dedent",
}

// KindName returns the symbolic name of a token kind ("Name", "Op", ...).
func KindName(t TokenType) string {
	if s, ok := kindNames[t]; ok {
		return s
	}
	return "?"
}

// Keywords is the set of Python 3.11 hard keywords. Names in this set are
// emitted as Keyword tokens; everything else that looks like an identifier is a
// Name.
var Keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// Definition implements Participle's lexer.Definition, StringDefinition and
// BytesDefinition for Python source. Use the Python value.
type Definition struct{}

// Python is the lexer definition to pass to participle.Lexer.
var Python = &Definition{}

var (
	_ plexer.Definition       = Python
	_ plexer.StringDefinition = Python
	_ plexer.BytesDefinition  = Python
)

// Symbols returns the token kinds by name, as Participle requires.
func (*Definition) Symbols() map[string]TokenType {
	m := make(map[string]TokenType, len(kindNames))
	for t, s := range kindNames {
		m[s] = t
	}
	return m
}

// Lex reads all of r and tokenizes it.
func (d *Definition) Lex(filename string, r io.Reader) (plexer.Lexer, error) {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return d.LexBytes(filename, buf.Bytes())
}

// LexString tokenizes src.
func (*Definition) LexString(filename string, src string) (plexer.Lexer, error) {
	return &streamLexer{f: TokenizeString(filename, src)}, nil
}

// LexBytes tokenizes src.
func (*Definition) LexBytes(filename string, src []byte) (plexer.Lexer, error) {
	return &streamLexer{f: Tokenize(filename, src)}, nil
}

// streamLexer replays a tokenized File through Participle's pull interface.
// A lexical error is returned in place of the EOF sentinel that ends the
// tokens read before it.
type streamLexer struct {
	f *File
	i int
}

func (l *streamLexer) Next() (Token, error) {
	t := l.f.Tokens[l.i]
	if t.Type == EOF {
		if l.f.Err != nil {
			return t, l.f.Err
		}
		return t, nil
	}
	l.i++
	return t, nil
}
