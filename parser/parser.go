package parser

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// ParseFile parses a whole module (exec mode; the REPL uses it too). The error,
// if any, is always a *SyntaxError.
func ParseFile(filename string, src []byte) (*ast.Module, error) {
	file := lexer.Tokenize(filename, src)
	mod, err := parseModule(file, false)
	if err == errNeedDiag {
		mod, err = parseModule(file, true)
		if err == errNeedDiag {
			err = &SyntaxError{Kind: "SyntaxError", Filename: filename, Line: 1, Col: 1,
				Msg: "internal error: no error found in the diagnostic pass"}
		}
	}
	if err != nil {
		return nil, err
	}
	return mod, nil
}

// ParseExpr parses the argument of eval(): an expression list, optionally
// followed by newlines. Leading spaces and tabs are ignored, as eval() does.
func ParseExpr(filename string, src []byte) (ast.Expr, error) {
	s := strings.TrimLeft(string(src), " \t")
	file := lexer.TokenizeString(filename, s)
	e, err := parseEval(file, false)
	if err == errNeedDiag {
		e, err = parseEval(file, true)
		if err == errNeedDiag {
			err = &SyntaxError{Kind: "SyntaxError", Filename: filename, Line: 1, Col: 1,
				Msg: "internal error: no error found in the diagnostic pass"}
		}
	}
	if err != nil {
		return nil, err
	}
	return e, nil
}

// errNeedDiag is the panic value raised when an error message needs node end
// positions that are only recorded in diagnostic mode.
var errNeedDiag = &SyntaxError{Msg: "internal: diagnostic pass needed"}

// parser is the state of the hand-written part of one parse. It is also the
// receiver of the functions Participle calls for the custom productions.
type parser struct {
	file *lexer.File
	toks []lexer.Token
	pos  int // index of the next token

	depth     int  // bracket nesting at pos, for "Perhaps you forgot a comma?"
	nest      int  // recursion depth, against stack exhaustion
	noInvalid bool // inside expression_without_invalid: no eager error rules

	// ends records, in diagnostic mode only, the index one past the last
	// token of every expression node.
	ends map[ast.Expr]int

	// chunks are the target and value expressions of the expression
	// statement being parsed, which starts at token chunkStart (see
	// firstChunk).
	chunks     []ast.Expr
	chunkStart int

	// far is the furthest token the parser has looked at, speculative parses
	// included (see mergeLexError).
	far int

	// deferred is the first error that CPython finds only after parsing (in
	// its symbol table pass), such as a duplicate argument name.
	deferred *SyntaxError

	// fstr is set while parsing an f-string field: errors get the "f-string: "
	// prefix.
	fstr bool

	// errTok is the token of the last error raised, used to merge it with a
	// lexical error (see mergeLexError).
	errTok int
}

// maxNest bounds the recursion of the expression parser.
const maxNest = 1000

// msgTooNested is the error for nesting beyond maxNest.
const msgTooNested = "too many nested parentheses"

// fail raises a SyntaxError; the panic is caught in ParseFile or ParseExpr.
func (p *parser) fail(e *SyntaxError) {
	if p.fstr && !strings.HasPrefix(e.Msg, "f-string") {
		e.Msg = "f-string: " + e.Msg
	}
	panic(e)
}

// protect runs f and returns the SyntaxError it raised through fail. Any
// other panic is a bug in the parser; it is reported as a SyntaxError whose
// message starts with "internal error". This is the only recover() in the
// package.
func (p *parser) protect(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if se, ok := r.(*SyntaxError); ok {
			err = se
			return
		}
		line := 1
		if p.pos < len(p.toks) {
			line = p.toks[p.pos].Pos.Line
		}
		err = &SyntaxError{Kind: "SyntaxError", Filename: p.file.Filename, Line: line, Col: 1,
			Text: p.file.Line(line), Msg: fmt.Sprintf("internal error: %v\n%s", r, debug.Stack())}
	}()
	f()
	return nil
}

// pool holds Participle parsers. Each is built with closures bound to its own
// *parser, so that the custom productions reach the token slice and the error
// state; a Participle parser is cheap to run but not to build.
var pool = sync.Pool{New: func() any { return newGrammar() }}

func parseModule(file *lexer.File, diag bool) (*ast.Module, error) {
	g := pool.Get().(*grammar)
	defer func() {
		*g.p = parser{} // drop the references to this file
		pool.Put(g)
	}()
	p := g.p
	*p = parser{file: file, toks: file.Tokens, errTok: -1}
	if diag {
		p.ends = make(map[ast.Expr]int)
	}
	var mod *ast.Module
	err := p.protect(func() {
		lex, lerr := plexer.Upgrade(&sliceLexer{toks: file.Tokens})
		if lerr != nil {
			panic(lerr)
		}
		tree, perr := g.pp.ParseFromLexer(lex)
		if perr != nil {
			p.fail(p.convertError(perr))
		}
		mod = p.lowerFile(tree)
	})
	if err, ok := p.mergeLexError(err); ok {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if p.deferred != nil {
		return nil, p.deferred
	}
	return mod, nil
}

func parseEval(file *lexer.File, diag bool) (ast.Expr, error) {
	p := &parser{file: file, toks: file.Tokens, errTok: -1}
	if diag {
		p.ends = make(map[ast.Expr]int)
	}
	var e ast.Expr
	err := p.protect(func() {
		if p.tok().Type == lexer.Indent {
			p.fail(p.unexpectedIndent(p.pos))
		}
		if !p.startsExpr() {
			p.failTok(p.pos, "invalid syntax")
		}
		e = p.expressions()
		for p.tok().Type == lexer.Newline {
			p.pos++
		}
		if p.tok().Type != lexer.EOF {
			p.failTok(p.pos, "invalid syntax")
		}
	})
	if err, ok := p.mergeLexError(err); ok {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if p.deferred != nil {
		return nil, p.deferred
	}
	return e, nil
}

// sliceLexer feeds an already tokenized file to Participle.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[l.i]
	if t.Type != lexer.EOF {
		l.i++
	}
	return t, nil
}

// ---- token helpers ----

func (p *parser) tok() *lexer.Token { return &p.toks[p.pos] }

// peek returns the token n places after the current one (EOF at the end).
func (p *parser) peek(n int) *lexer.Token {
	if p.pos+n < len(p.toks) {
		return &p.toks[p.pos+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) isOp(s string) bool {
	t := &p.toks[p.pos]
	return t.Type == lexer.Op && t.Value == s
}

func (p *parser) isKw(s string) bool {
	t := &p.toks[p.pos]
	return t.Type == lexer.Keyword && t.Value == s
}

func isOpTok(t *lexer.Token, s string) bool { return t.Type == lexer.Op && t.Value == s }
func isKwTok(t *lexer.Token, s string) bool { return t.Type == lexer.Keyword && t.Value == s }

// advance consumes one token (never EOF).
func (p *parser) advance() {
	if p.toks[p.pos].Type != lexer.EOF {
		p.pos++
	}
}

// expectOp consumes the operator s or fails with "invalid syntax".
func (p *parser) expectOp(s string) {
	if !p.isOp(s) {
		p.failTok(p.pos, "invalid syntax")
	}
	p.pos++
}

func (p *parser) expectKw(s string) {
	if !p.isKw(s) {
		p.failTok(p.pos, "invalid syntax")
	}
	p.pos++
}

func pos(t *lexer.Token) ast.Pos { return ast.Pos{Line: t.Pos.Line, Col: t.Pos.Column} }

// at is the start position of token t, with its byte column.
func (p *parser) at(t *lexer.Token) ast.Pos {
	return p.startAt(t.Pos)
}

// startAt is the start position of a node whose first token is at lp.
func (p *parser) startAt(lp plexer.Position) ast.Pos {
	return ast.Pos{Line: lp.Line, Col: lp.Column, ColOff: lp.Offset - p.file.LineStart(lp.Line)}
}

// tokSpanEnd returns where token t ends: its last line, the 1-based character
// column and the 0-based byte column just past its last character.
func (p *parser) tokSpanEnd(t *lexer.Token) (line, col, colOff int) {
	v := t.Value
	nl := strings.LastIndexByte(v, '\n')
	if nl < 0 {
		return t.Pos.Line, t.Pos.Column + utf8.RuneCountInString(v), t.Pos.Offset - p.file.LineStart(t.Pos.Line) + len(v)
	}
	line = t.Pos.Line + strings.Count(v, "\n")
	last := v[nl+1:]
	return line, utf8.RuneCountInString(last) + 1, len(last)
}

// setEnd records that node n ends where token index i-1 ends.
func (p *parser) setEnd(n *ast.Pos, i int) {
	if i <= 0 || i > len(p.toks) {
		return
	}
	n.EndLine, n.EndCol, n.EndColOff = p.tokSpanEnd(&p.toks[i-1])
}

// endBefore records that n ends with the last real token (not a NEWLINE,
// INDENT, DEDENT or EOF) before the token that starts at byte offset off.
func (p *parser) endBefore(n *ast.Pos, off int) {
	i, hi := 0, len(p.toks) // the first token at or after off
	for i < hi {
		m := int(uint(i+hi) >> 1)
		if p.toks[m].Pos.Offset < off {
			i = m + 1
		} else {
			hi = m
		}
	}
	for i > 0 {
		switch p.toks[i-1].Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent, lexer.EOF:
			i--
			continue
		}
		break
	}
	p.setEnd(n, i)
}

// fin records the end of node e (the current position is just after its
// last token), also in the diagnostic map in diagnostic mode, and returns e.
func (p *parser) fin(e ast.Expr) ast.Expr {
	if p.ends != nil {
		p.ends[e] = p.pos
	}
	if s, ok := e.(interface{ Span() *ast.Pos }); ok {
		p.setEnd(s.Span(), p.pos)
	}
	return e
}

// enter guards the recursion depth of the expression parser.
func (p *parser) enter() {
	p.nest++
	if p.nest > maxNest {
		p.failTok(p.pos, msgTooNested)
	}
}

func (p *parser) leave() { p.nest-- }
