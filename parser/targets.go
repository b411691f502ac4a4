package parser

import (
	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// This file parses assignment targets where the grammar requires them (for
// loops, comprehensions, with ... as) and checks targets that were parsed as
// expressions (assignments, del), with CPython's messages.

// targetKind selects the rules of _PyPegen_get_invalid_target.
type targetKind int

const (
	starTargetsKind targetKind = iota // assignment and with targets
	forTargetsKind                    // for loops and comprehensions
	delTargetsKind                    // del
)

// invalidTarget returns the first sub-expression of e that cannot be a
// target of the given kind, or nil if e is a valid target. Only lists and
// tuples are searched recursively; everything else except names, attributes
// and subscripts is invalid as a whole.
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch e := e.(type) {
	case nil:
		return nil
	case *ast.List:
		for _, elt := range e.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Tuple:
		for _, elt := range e.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargetsKind {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *ast.Compare:
		// The "a in b" of "for a in b" is parsed as a comparison when the
		// target is re-read as an expression: look at its left side.
		if kind == forTargetsKind {
			if e.Ops[0] == ast.In {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

func (p *parser) startsTarget() bool {
	t := p.tok()
	return t.Type == lexer.Name || t.Type == lexer.Op && (t.Value == "*" || t.Value == "(" || t.Value == "[")
}

// starTargets: star_target (',' star_target)* [','], a Tuple when there is
// a comma.
func (p *parser) starTargets() ast.Expr {
	at := p.at(p.tok())
	first := p.starTarget()
	if !p.isOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.pos++
		if !p.startsTarget() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return p.fin(&ast.Tuple{Pos: at, Elts: elts})
}

// starTarget: '*' star_target | a primary (checked by the caller).
func (p *parser) starTarget() ast.Expr {
	if p.isOp("*") {
		t := p.tok()
		p.pos++
		if p.isOp("*") {
			p.failTok(p.pos, "invalid syntax")
		}
		v := p.starTarget()
		return p.fin(&ast.Starred{Pos: p.at(t), Value: v})
	}
	if !p.startsTarget() {
		p.failTok(p.pos, "invalid syntax")
	}
	return p.primary()
}

// forTargets parses the targets of a for loop or comprehension clause,
// which must be followed by 'in'. Otherwise the targets are read again as
// an expression, as CPython's invalid_for_target rule does, to report
// "cannot assign to ..." for the part that is not a target.
func (p *parser) forTargets() ast.Expr {
	start := p.pos
	stop := p.pos
	if p.startsTarget() {
		t := p.starTargets()
		if p.isKw("in") && invalidTarget(t, starTargetsKind) == nil {
			return t
		}
		stop = p.pos
	} else if !p.startsStarExpr() {
		p.failTok(p.pos, "invalid syntax")
	}
	if !p.noInvalid {
		p.pos = start
		var e ast.Expr
		err := p.protect(func() { e = p.starExpressions() })
		if err != nil {
			// Only a specific error (such as a missing comma) counts: a
			// plain failure is reported where the targets ended.
			if se := err.(*SyntaxError); se == errNeedDiag || isInternal(se) || se.Msg != "invalid syntax" {
				panic(se)
			}
		} else if bad := invalidTarget(e, forTargetsKind); bad != nil {
			p.failNode(bad, "cannot assign to "+ast.ExprName(bad))
		}
	}
	p.failTok(stop, "invalid syntax")
	return nil
}

// withItems parses the items of a with statement, in the parenthesized
// form "with (a as b, c):" when the parentheses are followed by ':'.
func (p *parser) withItems() []*ast.WithItem {
	if !p.isOp("(") {
		return p.plainWithItems()
	}
	if p.parenthesizedWith() {
		return p.parenWithItems()
	}
	// The parentheses hold with items but are not followed by ':'. If the
	// plain form fails too, CPython reports a generic error where the
	// parenthesized form stopped.
	end, ok := p.probe(func() { p.parenWithItems() })
	if !ok {
		return p.plainWithItems()
	}
	var items []*ast.WithItem
	err := p.protect(func() { items = p.plainWithItems() })
	if err != nil {
		se := err.(*SyntaxError)
		if se == errNeedDiag || isInternal(se) || se.Msg != "invalid syntax" {
			panic(se)
		}
		p.failTok(end, "invalid syntax")
	}
	return items
}

// parenWithItems: '(' ','.with_item+ ','? ')'.
func (p *parser) parenWithItems() []*ast.WithItem {
	var items []*ast.WithItem
	p.openBracket()
	for {
		items = append(items, p.withItem())
		if !p.isOp(",") {
			break
		}
		p.pos++
		if p.isOp(")") {
			break
		}
	}
	p.closeBracket(")")
	return items
}

// plainWithItems: ','.with_item+.
func (p *parser) plainWithItems() []*ast.WithItem {
	var items []*ast.WithItem
	for {
		items = append(items, p.withItem())
		if !p.isOp(",") {
			return items
		}
		p.pos++
	}
}

// parenthesizedWith decides between "with (a, b):" (two items) and
// "with (a, b) as c:" (one tuple item) by looking past the matching ')'.
func (p *parser) parenthesizedWith() bool {
	next := p.peek(1)
	if !startsExpr(next) {
		return false
	}
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.Type == lexer.EOF {
			return false
		}
		if t.Type != lexer.Op {
			continue
		}
		switch t.Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return i+1 < len(p.toks) && isOpTok(&p.toks[i+1], ":")
			}
		}
	}
	return false
}

// withItem: expression ['as' star_target].
func (p *parser) withItem() *ast.WithItem {
	item := &ast.WithItem{ContextExpr: p.expression()}
	if !p.isKw("as") {
		return item
	}
	p.pos++
	start := p.pos
	stop := p.pos
	if p.startsTarget() {
		t := p.starTarget()
		// At the end of the line the with statement lacks its ':', which
		// colon reports.
		follows := p.isOp(",") || p.isOp(")") || p.isOp(":") || p.tok().Type == lexer.Newline
		if follows && invalidTarget(t, starTargetsKind) == nil {
			item.OptionalVars = t
			return item
		}
		stop = p.pos
	} else if !p.startsExpr() {
		p.failTok(p.pos, "invalid syntax")
	}
	// CPython's invalid_with_item: expression 'as' expression &(',' | ')' | ':').
	p.pos = start
	e := p.expression()
	if p.isOp(",") || p.isOp(")") || p.isOp(":") {
		if bad := invalidTarget(e, starTargetsKind); bad != nil {
			p.failNode(bad, "cannot assign to "+ast.ExprName(bad))
		}
	}
	p.failTok(stop, "invalid syntax")
	return nil
}

// delTargets parses the targets of del: ','.del_target+ [','], checked as
// CPython's invalid_del_stmt does.
func (p *parser) delTargets() []ast.Expr {
	var targets []ast.Expr
	for {
		e := p.starExpression()
		if bad := invalidTarget(e, delTargetsKind); bad != nil {
			p.failNode(bad, "cannot delete "+ast.ExprName(bad))
		}
		targets = append(targets, e)
		if !p.isOp(",") {
			return targets
		}
		p.pos++
		if !p.startsStarExpr() {
			return targets
		}
	}
}
