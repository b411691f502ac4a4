package parser

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// This file builds SyntaxErrors: from token ranges for the hand-written
// parser, from Participle's failures for the statement grammar, and from
// lexical errors, which it merges with parser errors as CPython does.

// tokEnd returns the line and 1-based column just past token i. Layout
// tokens are zero-width.
func (p *parser) tokEnd(i int) (line, col int) {
	t := &p.toks[i]
	switch t.Type {
	case lexer.Newline:
		// The token may include the comment that ends the line.
		return t.Pos.Line, t.Pos.Column + runeLen(strings.TrimRight(t.Value, "\r\n"))
	case lexer.Indent, lexer.Dedent, lexer.EOF:
		return t.Pos.Line, t.Pos.Column
	}
	return advance(t.Pos.Line, t.Pos.Column, lexer.NormalizeNewlines(t.Value))
}

// newError makes a SyntaxError spanning tokens [i, j). EndCol is set only
// when the span ends on the line where it starts (SyntaxError has no end
// line).
func (p *parser) newError(msg string, i, j int) *SyntaxError {
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	if j <= i {
		j = i + 1
	}
	if j > len(p.toks) {
		j = len(p.toks)
	}
	t := &p.toks[i]
	e := &SyntaxError{Kind: "SyntaxError", Msg: msg, Filename: p.file.Filename,
		Line: t.Pos.Line, Col: t.Pos.Column, Text: p.file.Line(t.Pos.Line)}
	if line, col := p.tokEnd(j - 1); line == e.Line {
		e.EndCol = col
	}
	switch {
	case t.Type == lexer.Indent, t.Type == lexer.Dedent && t.Pos.Offset < len(p.file.Src):
		// CPython has no column for these tokens; it reports the width of
		// the indentation.
		e.Col, e.EndCol = t.Pos.Column-1, 0
	case t.Type == lexer.EOF || t.Type == lexer.Dedent:
		e.EndCol = 0
	}
	if t.Type == lexer.EOF && !p.fstr && p.file.Err == nil {
		// The source ended where more was needed: the REPL reads on.
		e.Incomplete = true
	}
	if !p.fstr {
		p.errTok = i
		p.sawTok(i)
	}
	return e
}

// sawTok records that the parser has looked at token i.
func (p *parser) sawTok(i int) {
	if i > p.far && i < len(p.toks) {
		p.far = i
	}
}

// failTok raises msg at token i.
func (p *parser) failTok(i int, msg string) { p.fail(p.newError(msg, i, i+1)) }

// failRange raises msg for tokens [i, j). The parser has looked at token j
// to find the end of the range.
func (p *parser) failRange(i, j int, msg string) { p.failRangeSeen(i, j, j, msg) }

// failRangeSeen is failRange when the parser has looked as far as token seen.
func (p *parser) failRangeSeen(i, j, seen int, msg string) {
	e := p.newError(msg, i, j)
	if !p.fstr {
		p.sawTok(seen)
	}
	p.fail(e)
}

// failNode raises msg for the extent of expression e. Node ends are known in
// diagnostic mode only; otherwise the parse is restarted in that mode.
func (p *parser) failNode(e ast.Expr, msg string) {
	if p.ends == nil {
		panic(errNeedDiag)
	}
	end, ok := p.ends[e]
	if !ok {
		p.fail(p.internalf("no end recorded for %T", e))
	}
	p.failRange(p.tokAt(e.GetPos()), end, msg)
}

// tokAt returns the index of the first significant token at position at.
func (p *parser) tokAt(at ast.Pos) int {
	i := sort.Search(len(p.toks), func(i int) bool {
		t := &p.toks[i].Pos
		return t.Line > at.Line || t.Line == at.Line && t.Column >= at.Col
	})
	for i < len(p.toks)-1 {
		switch p.toks[i].Type {
		case lexer.Indent, lexer.Dedent, lexer.Newline:
			i++
			continue
		}
		break
	}
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	return i
}

// internalf makes the error reported for a bug in the parser.
func (p *parser) internalf(format string, args ...any) *SyntaxError {
	return &SyntaxError{Kind: "SyntaxError", Filename: p.file.Filename, Line: 1, Col: 1,
		Msg: "internal error: " + fmt.Sprintf(format, args...)}
}

func isInternal(err error) bool {
	var se *SyntaxError
	return errors.As(err, &se) && strings.HasPrefix(se.Msg, "internal error")
}

// fromLexError converts a lexical error.
func (p *parser) fromLexError(le *lexer.Error) *SyntaxError {
	e := &SyntaxError{Kind: le.Kind, Msg: le.Msg, Filename: p.file.Filename, Line: le.Line, Col: le.Col,
		Text: p.file.Line(le.Line), Incomplete: le.Incomplete}
	if le.EndLine == 0 || le.EndLine == le.Line {
		e.EndCol = le.EndCol
	}
	return e
}

// unexpectedIndent is the IndentationError for an Indent token where a
// statement should start; CPython's column is the width of the indentation.
func (p *parser) unexpectedIndent(i int) *SyntaxError {
	e := p.newError("unexpected indent", i, i+1)
	e.Kind = "IndentationError"
	return e
}

// mergeLexError decides between a parser error err (nil if the parse
// succeeded) and the lexical error of the file, following CPython:
//   - most tokenizer errors win over any parser error, because CPython
//     tokenizes the rest of the file before reporting a parser error; only
//     a parser "unexpected indent" is reported first;
//   - errors CPython's tokenizer signals through its status (Lazy) are seen
//     only if the parser reaches them;
//   - "'(' was never closed" wins if the parser failed at EOF or read a token
//     on a line after the bracket's, speculative parses included.
//
// It returns ok=false when there is no lexical error.
func (p *parser) mergeLexError(err error) (error, bool) {
	le := p.file.Err
	if le == nil {
		return err, false
	}
	var se *SyntaxError
	if err != nil && !errors.As(err, &se) {
		return err, true
	}
	if se != nil && isInternal(se) {
		return se, true
	}
	lexErr := p.fromLexError(le)
	last := len(p.toks) - 1
	switch {
	case le.Unclosed:
		if se == nil {
			return lexErr, true
		}
		if se == errNeedDiag {
			return se, true
		}
		// CPython compares with the line of the furthest token it read,
		// speculative parses included.
		if p.errTok >= last || p.far >= last || p.toks[p.far].Pos.Line > le.Line {
			return lexErr, true
		}
		return se, true
	case le.Lazy:
		if se == errNeedDiag {
			return se, true
		}
		if se == nil || p.errTok >= last {
			return lexErr, true
		}
		return se, true
	default:
		if se != nil && se.Msg == "unexpected indent" {
			return se, true
		}
		return lexErr, true
	}
}

// convertError turns Participle's failure into CPython's message: the
// statement grammar fails with "unexpected token", which is "unexpected
// indent" at an Indent and "invalid syntax" otherwise. The precise messages
// are raised earlier, by the custom productions.
func (p *parser) convertError(err error) *SyntaxError {
	var se *SyntaxError
	if errors.As(err, &se) {
		return se
	}
	var i int
	var ute *participle.UnexpectedTokenError
	var perr participle.Error
	switch {
	case errors.As(err, &ute):
		i = p.findToken(ute.Unexpected)
	case errors.As(err, &perr):
		i = p.findToken(lexer.Token{Type: 0, Pos: perr.Position()})
	default:
		return p.internalf("%v", err)
	}
	switch t := &p.toks[i]; t.Type {
	case lexer.Indent:
		return p.unexpectedIndent(i)
	case lexer.Dedent:
		// CPython: "unexpected unindent", at the end of input or with the
		// indentation width as the column.
		e := p.newError("unexpected unindent", i, i+1)
		e.Kind = "IndentationError"
		return e
	case lexer.EOF:
		e := p.newError("invalid syntax", i, i+1)
		if p.file.Err == nil {
			e.Col = 0
		}
		return e
	}
	return p.newError("invalid syntax", i, i+1)
}

// findToken finds the index of a token reported by Participle: the first
// token at its offset with its type (several layout tokens can share an
// offset).
func (p *parser) findToken(t lexer.Token) int {
	off := t.Pos.Offset
	i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Pos.Offset >= off })
	if i >= len(p.toks) {
		return len(p.toks) - 1
	}
	for j := i; j < len(p.toks) && p.toks[j].Pos.Offset == off; j++ {
		if p.toks[j].Type == t.Type {
			return j
		}
	}
	return i
}

// runeLen is the length of s in characters.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
