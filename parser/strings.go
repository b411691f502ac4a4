package parser

import (
	"strings"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// strings parses a run of adjacent string literal tokens into one Constant
// (str or bytes) or, when an f-string is among them, one JoinedStr. Errors
// about the literals are reported at the token after the run, as CPython 3.11
// does.
func (p *parser) strings() ast.Expr {
	start := p.pos
	for p.tok().Type == lexer.String {
		p.pos++
	}
	end := p.pos
	first := p.at(&p.toks[start])

	// Single plain token: the common case, without allocating a slice.
	if end == start+1 {
		lit := lexer.SplitString(p.toks[start].Value)
		if !lit.Format {
			return p.fin(&ast.Constant{Pos: first, Value: p.decode(lit, start, end)})
		}
	}
	lits := make([]lexer.StringLit, end-start)
	bytesMode, strMode, format := false, false, false
	for i := range lits {
		lits[i] = lexer.SplitString(p.toks[start+i].Value)
		if lits[i].Bytes {
			bytesMode = true
		} else {
			strMode = true
		}
		format = format || lits[i].Format
	}
	if bytesMode && strMode {
		p.failTok(end, "cannot mix bytes and nonbytes literals")
	}
	if bytesMode {
		var b []byte
		for i, lit := range lits {
			start := start + i
			b = append(b, p.decode(lit, start, end).([]byte)...)
		}
		return p.fin(&ast.Constant{Pos: first, Value: b})
	}
	if !format {
		var sb strings.Builder
		for _, lit := range lits {
			sb.WriteString(p.decode(lit, start, end).(string))
		}
		return p.fin(&ast.Constant{Pos: first, Value: sb.String()})
	}
	return p.fin(p.joinedStr(start, end, lits))
}

// decode returns the value of the plain str or bytes literal at token i;
// errors are reported at token errAt, except for a non-ASCII character in
// bytes, which CPython reports at the literal itself.
func (p *parser) decode(lit lexer.StringLit, i, errAt int) any {
	if lit.Bytes {
		b, err := lexer.DecodeBytes(lit.Body, lit.Raw)
		if err != nil {
			if err.Error() == lexer.ErrNonASCIIBytes {
				errAt = i
			}
			p.failTok(errAt, err.Error())
		}
		return b
	}
	s, err := lexer.DecodeStr(lit.Body, lit.Raw)
	if err != nil {
		p.failTok(errAt, err.Error())
	}
	return s
}
