package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// joinedStr builds the JoinedStr for string tokens [start, end) of which at
// least one is an f-string. Package lexer splits each f-string into literal
// pieces and fields; each field's expression is parsed here, as soon as it is
// found, by a sub-parser over the tokens of "(" + expr + ")" whose positions
// are shifted to where the expression sits in the file. As in CPython, the
// literal pieces and FormattedValues take the position of the first token,
// adjacent literal text is merged and empty text is dropped.
func (p *parser) joinedStr(start, end int, lits []lexer.StringLit) ast.Expr {
	first := pos(&p.toks[start])
	j := &joiner{pos: first}
	// Errors in the string run are located at the token after it.
	p.errTok, p.errEnd = end, end+1
	for i, lit := range lits {
		if !lit.Format {
			j.buf.WriteString(p.decode(lit, end).(string))
			continue
		}
		tok := &p.toks[start+i]
		body := lexer.NormalizeNewlines(lit.Body)
		pieces, err := lexer.SplitFString(body, lit.Raw, func(expr string, off int) (any, error) {
			line, col := advance(tok.Pos.Line, tok.Pos.Column, tok.Value[:lit.BodyOffset]+body[:off])
			return p.fstringExpr(expr, line, col), nil
		})
		if err != nil {
			p.failTok(end, err.Error())
		}
		j.add(pieces)
	}
	j.flush()
	return &ast.JoinedStr{Pos: first, Values: j.values}
}

// joiner accumulates the values of a JoinedStr.
type joiner struct {
	pos    ast.Pos
	values []ast.Expr
	buf    strings.Builder
}

func (j *joiner) flush() {
	if j.buf.Len() > 0 {
		j.values = append(j.values, &ast.Constant{Pos: j.pos, Value: j.buf.String()})
		j.buf.Reset()
	}
}

func (j *joiner) add(pieces []lexer.FPiece) {
	for _, pc := range pieces {
		if pc.Field == nil {
			j.buf.WriteString(pc.Lit)
			continue
		}
		f := pc.Field
		j.flush()
		fv := &ast.FormattedValue{Pos: j.pos, Value: f.Value.(ast.Expr), Conversion: rune(f.Conv)}
		if f.HasSpec {
			spec := &joiner{pos: j.pos}
			spec.add(f.Spec)
			spec.flush()
			fv.FormatSpec = &ast.JoinedStr{Pos: j.pos, Values: spec.values}
		}
		j.values = append(j.values, fv)
	}
}

// advance returns the position reached from (line, col) after text.
func advance(line, col int, text string) (int, int) {
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		return line + strings.Count(text, "\n"), utf8.RuneCountInString(text[i+1:]) + 1
	}
	return line, col + utf8.RuneCountInString(text)
}

// fstringExpr parses the expression of an f-string field that starts at
// (line, col) in the file.
func (p *parser) fstringExpr(expr string, line, col int) ast.Expr {
	sub := lexer.TokenizeString(p.file.Filename, "("+expr+")")
	shift := func(l, c int) (int, int) {
		if l == 1 {
			return line, c + col - 2
		}
		return l + line - 1, c
	}
	if le := sub.Err; le != nil {
		e := *le
		e.Line, e.Col = shift(le.Line, le.Col)
		if le.EndCol > 0 {
			_, e.EndCol = shift(le.Line, le.EndCol)
		}
		e.Msg = "f-string: " + e.Msg
		p.fail(p.fromLexError(&e))
	}
	toks := sub.Tokens
	for i := range toks {
		toks[i].Pos.Line, toks[i].Pos.Column = shift(toks[i].Pos.Line, toks[i].Pos.Column)
	}
	q := &parser{file: p.file, toks: toks, fstr: true, noInvalid: p.noInvalid, nest: p.nest, errTok: -1}
	if p.ends != nil {
		q.ends = make(map[ast.Expr]int)
	}
	e := q.starExpressions()
	for q.tok().Type == lexer.Newline {
		q.pos++
	}
	if q.tok().Type != lexer.EOF {
		q.failTok(q.pos, "invalid syntax")
	}
	if p.deferred == nil {
		p.deferred = q.deferred
	}
	return e
}
