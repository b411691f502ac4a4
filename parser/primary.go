package parser

import (
	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// This file parses primaries: atoms (names, literals, displays and
// comprehensions) followed by trailers (attribute, call, subscript).

// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*.
func (p *parser) primary() ast.Expr {
	at := p.at(p.tok())
	e := p.atom()
	for {
		t := p.tok()
		if t.Type != lexer.Op {
			return e
		}
		switch t.Value {
		case ".":
			p.pos++
			nt := p.tok()
			if nt.Type != lexer.Name {
				p.failTok(p.pos, "invalid syntax")
			}
			p.pos++
			e = p.fin(&ast.Attribute{Pos: at, Value: e, Attr: nt.Value})
		case "(":
			e = p.call(at, e)
		case "[":
			p.openBracket()
			if p.isOp("]") {
				p.failTok(p.pos, "invalid syntax")
			}
			index := p.slices()
			p.closeBracket("]")
			e = p.fin(&ast.Subscript{Pos: at, Value: e, Index: index})
		default:
			return e
		}
	}
}

func (p *parser) openBracket() {
	p.pos++
	p.depth++
}

func (p *parser) closeBracket(s string) {
	p.expectOp(s)
	p.depth--
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...' |
// (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp).
func (p *parser) atom() ast.Expr {
	t := p.tok()
	switch t.Type {
	case lexer.Name:
		p.pos++
		return p.fin(&ast.Name{Pos: p.at(t), Id: t.Value})
	case lexer.Number:
		v, err := lexer.ParseNumber(t.Value)
		if err != nil {
			p.failTok(p.pos, "invalid syntax")
		}
		p.pos++
		return p.fin(&ast.Constant{Pos: p.at(t), Value: v})
	case lexer.String:
		return p.strings()
	case lexer.Keyword:
		var v any
		switch t.Value {
		case "None":
		case "True":
			v = true
		case "False":
			v = false
		default:
			p.failTok(p.pos, "invalid syntax")
		}
		p.pos++
		return p.fin(&ast.Constant{Pos: p.at(t), Value: v})
	case lexer.Op:
		switch t.Value {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.braceAtom()
		case "...":
			p.pos++
			return p.fin(&ast.Constant{Pos: p.at(t), Value: ast.EllipsisValue})
		}
	}
	p.failTok(p.pos, "invalid syntax")
	return nil
}

// startsComprehension reports whether a comprehension clause starts here.
func (p *parser) startsComprehension() bool {
	return p.isKw("for") || p.isKw("async") && isKwTok(p.peek(1), "for")
}

// parenAtom: '(' ')' | '(' yield_expr ')' | genexp | tuple | group.
func (p *parser) parenAtom() ast.Expr {
	open := p.tok()
	p.openBracket()
	if p.isOp(")") {
		p.closeBracket(")")
		return p.fin(&ast.Tuple{Pos: p.at(open)})
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.closeBracket(")")
		return y
	}
	start := p.pos
	if p.isOp("**") && !p.noInvalid {
		p.pos++
		p.expression()
		if p.isOp(")") {
			p.failTok(start, "cannot use double starred expression here")
		}
		p.failTok(p.pos, "invalid syntax")
	}
	var e ast.Expr
	if p.isOp("*") {
		e = p.starExpression()
		if !p.noInvalid {
			if p.isOp(")") {
				p.failRange(start, p.pos, "cannot use starred expression here")
			}
			if p.startsComprehension() {
				p.failRange(start, p.pos, "iterable unpacking cannot be used in comprehension")
			}
		}
	} else {
		e = p.namedExpression()
	}
	switch {
	case p.startsComprehension():
		gens := p.comprehensions()
		p.closeBracket(")")
		return p.fin(&ast.GeneratorExp{Pos: p.at(open), Elt: e, Generators: gens})
	case p.isOp(","):
		elts := []ast.Expr{e}
		for p.isOp(",") {
			p.pos++
			if p.isOp(")") {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.closeBracket(")")
		return p.fin(&ast.Tuple{Pos: p.at(open), Elts: elts})
	}
	p.closeBracket(")")
	return e
}

// listAtom: '[' [star_named_expressions] ']' | '[' named_expression
// for_if_clauses ']'.
func (p *parser) listAtom() ast.Expr {
	open := p.tok()
	p.openBracket()
	if p.isOp("]") {
		p.closeBracket("]")
		return p.fin(&ast.List{Pos: p.at(open)})
	}
	start := p.pos
	e := p.starNamedExpression()
	if p.startsComprehension() {
		p.checkStarredComprehension(start, e)
		gens := p.comprehensions()
		p.closeBracket("]")
		return p.fin(&ast.ListComp{Pos: p.at(open), Elt: e, Generators: gens})
	}
	elts := p.displayRest(start, e, "]")
	p.closeBracket("]")
	return p.fin(&ast.List{Pos: p.at(open), Elts: elts})
}

// checkStarredComprehension rejects "[*a for a in b]".
func (p *parser) checkStarredComprehension(start int, e ast.Expr) {
	if _, ok := e.(*ast.Starred); ok && !p.noInvalid {
		p.failRange(start, p.pos, "iterable unpacking cannot be used in comprehension")
	}
}

// displayRest parses the elements after the first one (e, which starts at
// token start) of a list or set display, up to the closing bracket.
func (p *parser) displayRest(start int, e ast.Expr, closer string) []ast.Expr {
	elts := []ast.Expr{e}
	lastEnd := p.pos
	comma := -1
	for p.isOp(",") {
		comma = p.pos
		p.pos++
		if p.isOp(closer) || p.startsComprehension() {
			break
		}
		elts = append(elts, p.starNamedExpression())
		lastEnd = p.pos
		comma = -1
	}
	if p.startsComprehension() && !p.noInvalid {
		// CPython's invalid_comprehension: "[a, b for a in c]".
		end := lastEnd
		if len(elts) == 1 && comma >= 0 {
			end = comma + 1
		}
		p.failRange(start, end, "did you forget parentheses around the comprehension target?")
	}
	return elts
}

// braceAtom: dict, set, dictcomp or setcomp.
func (p *parser) braceAtom() ast.Expr {
	open := p.tok()
	p.openBracket()
	if p.isOp("}") {
		p.closeBracket("}")
		return p.fin(&ast.Dict{Pos: p.at(open)})
	}
	start := p.pos
	if p.isOp("**") {
		p.pos++
		v := p.bitwiseOr()
		if p.startsComprehension() && !p.noInvalid {
			p.failTok(start, "dict unpacking cannot be used in dict comprehension")
		}
		d := &ast.Dict{Pos: p.at(open), Keys: []ast.Expr{nil}, Values: []ast.Expr{v}}
		p.dictRest(d)
		p.closeBracket("}")
		return p.fin(d)
	}
	e := p.starNamedExpression()
	if !p.isOp(":") {
		if p.startsComprehension() {
			p.checkStarredComprehension(start, e)
			gens := p.comprehensions()
			p.closeBracket("}")
			return p.fin(&ast.SetComp{Pos: p.at(open), Elt: e, Generators: gens})
		}
		elts := p.displayRest(start, e, "}")
		p.closeBracket("}")
		return p.fin(&ast.Set{Pos: p.at(open), Elts: elts})
	}
	if _, ok := e.(*ast.Starred); ok {
		p.failTok(p.pos, "invalid syntax")
	}
	v := p.dictValue()
	if p.startsComprehension() {
		gens := p.comprehensions()
		p.closeBracket("}")
		return p.fin(&ast.DictComp{Pos: p.at(open), Key: e, Value: v, Generators: gens})
	}
	d := &ast.Dict{Pos: p.at(open), Keys: []ast.Expr{e}, Values: []ast.Expr{v}}
	p.dictRest(d)
	p.closeBracket("}")
	return p.fin(d)
}

// dictValue parses ':' expression after a dictionary key, with CPython's
// errors for a missing or starred value.
func (p *parser) dictValue() ast.Expr {
	colon := p.pos
	p.pos++
	if !p.noInvalid {
		if p.isOp("*") {
			star := p.pos
			p.pos++
			p.bitwiseOr()
			p.failRange(star, p.pos, "cannot use a starred expression in a dictionary value")
		}
		if p.isOp("}") || p.isOp(",") {
			p.failTok(colon, "expression expected after dictionary key and ':'")
		}
	}
	return p.expression()
}

// dictRest parses the items after the first one of a dict display.
func (p *parser) dictRest(d *ast.Dict) {
	for p.isOp(",") {
		p.pos++
		if p.isOp("}") {
			return
		}
		if p.isOp("**") {
			p.pos++
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			continue
		}
		kstart := p.pos
		// CPython does not report "Perhaps you forgot a comma?" for these
		// keys, but "':' expected after dictionary key".
		k := p.expr(false)
		if !p.isOp(":") {
			if !p.noInvalid {
				// CPython points at the key's first line and its last
				// character's column.
				_, col := p.tokEnd(p.pos - 1)
				e := p.newError("':' expected after dictionary key", kstart, p.pos)
				e.Col, e.EndCol = col-1, 0
				p.fail(e)
			}
			p.failTok(p.pos, "invalid syntax")
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.dictValue())
	}
}

// comprehensions: (['async'] 'for' star_targets 'in' disjunction ('if'
// disjunction)*)+.
func (p *parser) comprehensions() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for {
		isAsync := false
		if p.isKw("async") && isKwTok(p.peek(1), "for") {
			isAsync = true
			p.pos++
		}
		if !p.isKw("for") {
			return gens
		}
		p.pos++
		target := p.forTargets()
		p.expectKw("in")
		c := &ast.Comprehension{Target: target, Iter: p.disjunction(), IsAsync: isAsync}
		for p.isKw("if") {
			p.pos++
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() ast.Expr {
	at := p.at(p.tok())
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*ast.Starred); ok {
			// a[*b] is a one-element tuple (PEP 646).
			return p.fin(&ast.Tuple{Pos: at, Elts: []ast.Expr{first}})
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.pos++
		if p.isOp("]") {
			break
		}
		elts = append(elts, p.slice())
	}
	return p.fin(&ast.Tuple{Pos: at, Elts: elts})
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression,
// or a starred expression inside a tuple of slices.
func (p *parser) slice() ast.Expr {
	if p.isOp("*") {
		t := p.tok()
		p.pos++
		v := p.expression()
		return p.fin(&ast.Starred{Pos: p.at(t), Value: v})
	}
	start := p.tok()
	var lower ast.Expr
	if !p.isOp(":") {
		lower = p.namedExpression()
		if !p.isOp(":") {
			return lower
		}
	}
	s := &ast.Slice{Pos: p.at(start), Lower: lower}
	p.pos++ // ':'
	if !p.isOp(":") && !p.isOp(",") && !p.isOp("]") {
		s.Upper = p.expression()
	}
	if p.isOp(":") {
		p.pos++
		if !p.isOp(",") && !p.isOp("]") {
			s.Step = p.expression()
		}
	}
	return p.fin(s)
}

// call parses the argument list of a call of fn, which starts at at; the
// current token is '('.
func (p *parser) call(at ast.Pos, fn ast.Expr) ast.Expr {
	open := p.pos
	p.openBracket()
	c := &ast.Call{Pos: at, Func: fn}
	p.arguments(c, open, true)
	p.closeBracket(")")
	return p.fin(c)
}

// arguments parses call (or class) arguments up to the closing ')' into c.
// open is the index of the '('; a generator expression as the sole argument
// of a call gets its position. CPython's errors for misplaced arguments are
// raised here.
func (p *parser) arguments(c *ast.Call, open int, allowGenexp bool) {
	sawKeyword, sawDoubleStar := false, false
	for !p.isOp(")") {
		argStart := p.pos
		t := p.tok()
		switch {
		case isOpTok(t, "*"):
			p.pos++
			v := p.expression()
			if sawDoubleStar && !p.noInvalid {
				p.failTok(argStart, "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, p.fin(&ast.Starred{Pos: p.at(t), Value: v}))
		case isOpTok(t, "**"):
			p.pos++
			v := p.expression()
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: p.at(t), Value: v})
			sawDoubleStar = true
		case t.Type == lexer.Name && isOpTok(p.peek(1), "="):
			p.pos += 2
			v := p.expression()
			if p.startsComprehension() && !p.noInvalid {
				p.failRange(argStart, argStart+2, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: p.at(t), Arg: t.Value, Value: v})
			sawKeyword = true
		case t.Type == lexer.Keyword && (t.Value == "True" || t.Value == "False" || t.Value == "None") && isOpTok(p.peek(1), "="):
			p.failRange(argStart, argStart+2, "cannot assign to "+t.Value)
		default:
			var e ast.Expr
			if t.Type == lexer.Name && isOpTok(p.peek(1), ":=") {
				e = p.namedExpression()
			} else {
				e = p.expression()
			}
			if p.isOp("=") && !p.noInvalid {
				p.failRange(argStart, p.pos+1, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if p.isOp(":=") {
				p.failTok(p.pos, "invalid syntax")
			}
			if p.startsComprehension() {
				if !allowGenexp && len(c.Args) == 0 && len(c.Keywords) == 0 {
					p.failTok(p.pos, "invalid syntax")
				}
				gens := p.comprehensions()
				// Only the sole argument may be an unparenthesized generator
				// expression: CPython complains if there are other arguments
				// before it or a comma after it.
				if len(c.Args) > 0 || len(c.Keywords) > 0 || p.isOp(",") {
					if !p.noInvalid {
						p.failRange(argStart, p.pos, "Generator expression must be parenthesized")
					}
					p.failTok(p.pos, "invalid syntax")
				}
				if !p.isOp(")") {
					p.failTok(p.pos, "invalid syntax")
				}
				g := &ast.GeneratorExp{Pos: p.at(&p.toks[open]), Elt: e, Generators: gens}
				e = p.fin(g)
				p.setEnd(&g.Pos, p.pos+1) // the call's ')' closes it

			} else if !p.noInvalid && (sawKeyword || sawDoubleStar) {
				// CPython reports these at the token after the argument.
				if sawDoubleStar {
					p.failTok(p.pos, "positional argument follows keyword argument unpacking")
				}
				p.failTok(p.pos, "positional argument follows keyword argument")
			}
			c.Args = append(c.Args, e)
		}
		if !p.isOp(",") {
			break
		}
		p.pos++
	}
}
