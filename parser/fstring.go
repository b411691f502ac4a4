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
	first := p.at(&p.toks[start])
	j := &joiner{pos: first, last: first}
	// Errors in the string run are located at the token after it.
	p.errTok = end
	for i, lit := range lits {
		if !lit.Format {
			j.buf.WriteString(p.decode(lit, start+i, end).(string))
			continue
		}
		tok := &p.toks[start+i]
		body := lexer.NormalizeNewlines(lit.Body)
		pieces, err := lexer.SplitFString(body, lit.Raw, func(expr string, off int) (any, error) {
			line, col := advance(tok.Pos.Line, tok.Pos.Column, tok.Value[:lit.BodyOffset]+body[:off])
			return p.fstringExpr(expr, line, col, tok.Pos.Offset+lit.BodyOffset+off), nil
		})
		if err != nil {
			p.failTok(end, err.Error())
		}
		j.add(pieces, p.at(tok))
	}
	j.flush(true)
	return &ast.JoinedStr{Pos: first, Values: j.values}
}

// joiner accumulates the values of a JoinedStr. Nodes take the position of
// the first string token, except (as in CPython) a format spec and the text
// that ends it, which take the position of the token they are written in.
type joiner struct {
	pos, last ast.Pos // for text before a field, and for the final text
	values    []ast.Expr
	buf       strings.Builder
}

func (j *joiner) flush(final bool) {
	if j.buf.Len() > 0 {
		at := j.pos
		if final {
			at = j.last
		}
		j.values = append(j.values, &ast.Constant{Pos: at, Value: j.buf.String()})
		j.buf.Reset()
	}
}

// add appends the pieces of one f-string token, which is at tok.
func (j *joiner) add(pieces []lexer.FPiece, tok ast.Pos) {
	for _, pc := range pieces {
		if pc.Field == nil {
			j.buf.WriteString(pc.Lit)
			continue
		}
		f := pc.Field
		j.flush(false)
		fv := &ast.FormattedValue{Pos: j.pos, Value: f.Value.(ast.Expr), Conversion: rune(f.Conv)}
		if f.HasSpec {
			spec := &joiner{pos: j.pos, last: tok}
			spec.add(f.Spec, tok)
			spec.flush(true)
			fv.FormatSpec = &ast.JoinedStr{Pos: tok, Values: spec.values}
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
// (line, col) in the file. The nodes get their real positions. Errors do not:
// CPython 3.11 reports them relative to the text "(" + expr + ")" (on the
// real line), with that text as the error's source line, and so does this.
// offset is the expression's byte offset in the file.
func (p *parser) fstringExpr(expr string, line, col, offset int) ast.Expr {
	wrapped := "(" + expr + ")"
	sub := lexer.TokenizeString(p.file.Filename, wrapped)
	wrappedLine := func(l int) string {
		lines := strings.Split(lexer.NormalizeNewlines(wrapped), "\n")
		if l >= 1 && l <= len(lines) {
			return lines[l-1]
		}
		return ""
	}
	if le := sub.Err; le != nil {
		// Tokenizer errors keep their message (no "f-string: " prefix).
		e := p.fromLexError(le)
		e.Line, e.Text = le.Line+line-1, wrappedLine(le.Line)
		panic(e)
	}
	toks := sub.Tokens
	for i := range toks {
		t := &toks[i].Pos
		if t.Line == 1 {
			t.Column += col - 2
		}
		t.Line += line - 1
		t.Offset += offset - 1 // "(" was added in front
	}
	q := &parser{file: p.file, toks: toks, fstr: true, noInvalid: p.noInvalid, nest: p.nest, errTok: -1}
	if p.ends != nil {
		q.ends = make(map[ast.Expr]int)
	}
	var e ast.Expr
	err := q.protect(func() {
		e = q.starExpressions()
		for q.tok().Type == lexer.Newline {
			q.pos++
		}
		if q.tok().Type != lexer.EOF {
			q.failTok(q.pos, "invalid syntax")
		}
	})
	if err != nil {
		se := err.(*SyntaxError)
		if se == errNeedDiag || isInternal(se) {
			panic(se)
		}
		// Back to positions in the wrapped text.
		if se.Line == line {
			se.Col -= col - 2
			if se.EndCol > 0 {
				se.EndCol -= col - 2
			}
		}
		se.Text = wrappedLine(se.Line - line + 1)
		p.fail(se)
	}
	if p.deferred == nil {
		p.deferred = q.deferred
	}
	return e
}
