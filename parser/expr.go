package parser

import (
	"fmt"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// This file is the expression parser above the primaries: Python 3.11's
// expression grammar from star_expressions down to power, with precedence
// climbing for the six binary-operator levels. The rule names follow CPython's
// Grammar/python.gram, so that the eager error rules (the "invalid_*" rules of
// CPython's second pass) can be placed where CPython tries them.

// startsExpr reports whether t can begin an expression.
func startsExpr(t *lexer.Token) bool {
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	case lexer.Op:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

func (p *parser) startsExpr() bool { return startsExpr(p.tok()) }

// startsStarExpr also accepts the '*' of a starred element.
func (p *parser) startsStarExpr() bool { return p.isOp("*") || p.startsExpr() }

// startsAdjacent reports whether t can begin an expression right after a
// complete one, which is never valid: "f(a b)".
func startsAdjacent(t *lexer.Token) bool {
	switch t.Type {
	case lexer.Name, lexer.Number, lexer.String:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	case lexer.Op:
		return t.Value == "{" || t.Value == "~" || t.Value == "..."
	}
	return false
}

func isSoftKeyword(s string) bool { return s == "match" || s == "case" || s == "_" }

// expressions is eval()'s input: expression (',' expression)* [','].
func (p *parser) expressions() ast.Expr {
	first := p.expression()
	if !p.isOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.pos++
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.expression())
	}
	return p.fin(&ast.Tuple{Pos: first.GetPos(), Elts: elts})
}

// starExpressions: star_expression (',' star_expression)* [','], a Tuple
// when there is a comma.
func (p *parser) starExpressions() ast.Expr {
	first := p.starExpression()
	if !p.isOp(",") {
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.pos++
		if !p.startsStarExpr() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return p.fin(&ast.Tuple{Pos: first.GetPos(), Elts: elts})
}

// starExpression: '*' bitwise_or | expression.
func (p *parser) starExpression() ast.Expr {
	if p.isOp("*") {
		t := p.tok()
		p.pos++
		v := p.bitwiseOr()
		return p.fin(&ast.Starred{Pos: pos(t), Value: v})
	}
	return p.expression()
}

// starNamedExpression: '*' bitwise_or | named_expression (display elements).
func (p *parser) starNamedExpression() ast.Expr {
	if p.isOp("*") {
		return p.starExpression()
	}
	return p.namedExpression()
}

// yieldOrStarExpressions: yield_expr | star_expressions, the right-hand
// side of assignments and the expression statement.
func (p *parser) yieldOrStarExpressions() ast.Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// yieldExpr: 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() ast.Expr {
	t := p.tok()
	p.pos++
	if p.isKw("from") {
		p.pos++
		v := p.expression()
		return p.fin(&ast.YieldFrom{Pos: pos(t), Value: v})
	}
	var v ast.Expr
	if p.startsStarExpr() {
		v = p.starExpressions()
	}
	return p.fin(&ast.Yield{Pos: pos(t), Value: v})
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() ast.Expr {
	t := p.tok()
	if t.Type == lexer.Name && isOpTok(p.peek(1), ":=") {
		p.pos++
		target := p.fin(&ast.Name{Pos: pos(t), Id: t.Value}).(*ast.Name)
		p.pos++
		v := p.expression()
		return p.fin(&ast.NamedExpr{Pos: pos(t), Target: target, Value: v})
	}
	start := p.pos
	e := p.expression()
	if !p.noInvalid {
		if p.isOp(":=") {
			p.failRange(start, p.pos, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
		}
		if p.isOp("=") {
			p.checkNamedAssign(start, e)
		}
	}
	return e
}

// checkNamedAssign implements CPython's invalid_named_expression for an
// expression a (starting at token start) followed by '=': "if x = 1:".
func (p *parser) checkNamedAssign(start int, a ast.Expr) {
	eq := p.pos
	// value is: '=' bitwise_or !('=' | ':=')
	value := func() (int, bool) {
		return p.probe(func() {
			p.pos = eq + 1
			p.bitwiseOr()
			if p.isOp("=") || p.isOp(":=") {
				p.failTok(p.pos, "invalid syntax")
			}
		})
	}
	if _, ok := a.(*ast.Name); ok && eq == start+1 {
		if end, ok := value(); ok {
			p.failRange(start, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	if isBitwiseOrLevel(a) && !p.startsWithDisplay(start, a) {
		if _, ok := value(); ok {
			p.failRange(start, eq, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(a)))
		}
	}
}

// isBitwiseOrLevel reports whether e can be the result of the bitwise_or rule,
// that is, it is not a comparison, a boolean operation, not, a conditional
// expression, a lambda or a named expression.
func isBitwiseOrLevel(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.NamedExpr, *ast.Starred:
		return false
	case *ast.UnaryOp:
		return e.Op != ast.Not
	}
	return true
}

// startsWithDisplay is CPython's lookahead !(list|tuple|genexp|'True'|'None'|
// 'False') at token start, for an expression a that starts there.
func (p *parser) startsWithDisplay(start int, a ast.Expr) bool {
	t := &p.toks[start]
	if t.Type == lexer.Keyword && (t.Value == "True" || t.Value == "None" || t.Value == "False") {
		return true
	}
	// Find the leftmost atom of a.
	for {
		switch e := a.(type) {
		case *ast.BinOp:
			a = e.Left
			continue
		case *ast.Attribute:
			a = e.Value
			continue
		case *ast.Subscript:
			a = e.Value
			continue
		case *ast.Call:
			a = e.Func
			continue
		}
		break
	}
	switch a.(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		return a.GetPos() == pos(t)
	}
	return false
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (p *parser) expression() ast.Expr { return p.expr(true) }

// expr parses an expression; checkAdj enables the "forgot a comma" and
// "missing parentheses" rules (off for the else branch of a conditional,
// as CPython effectively does).
func (p *parser) expr(checkAdj bool) ast.Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambdef()
	}
	start := p.pos
	a := p.disjunction()
	if checkAdj {
		p.checkAdjacent(start, a)
	}
	if !p.isKw("if") {
		return a
	}
	p.pos++
	test := p.disjunction()
	if !p.isKw("else") {
		if !p.isOp(":") && !p.noInvalid {
			p.failRange(start, p.pos, "expected 'else' after 'if' expression")
		}
		p.failTok(p.pos, "invalid syntax")
	}
	p.pos++
	orelse := p.expr(false)
	return p.fin(&ast.IfExp{Pos: a.GetPos(), Test: test, Body: a, OrElse: orelse})
}

// checkAdjacent reports an expression that directly follows another one (a,
// which starts at token start): "print x" is a Python 2 print statement,
// and inside brackets "f(a b)" is probably a missing comma. These are
// CPython's invalid_legacy_expression and invalid_expression rules.
func (p *parser) checkAdjacent(start int, a ast.Expr) {
	if p.noInvalid || !startsAdjacent(p.tok()) {
		return
	}
	if n, ok := a.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") {
		if end, ok := p.probe(func() { p.starExpressions() }); ok {
			p.failRange(start, end, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
		}
		return
	}
	if p.depth == 0 {
		return
	}
	first := &p.toks[start]
	if first.Type == lexer.Name && (p.toks[start+1].Type == lexer.String || isSoftKeyword(first.Value)) {
		return
	}
	if end, ok := p.probe(func() { p.expr(false) }); ok {
		p.failRange(start, end, "invalid syntax. Perhaps you forgot a comma?")
	}
}

// probe runs f speculatively with the eager error rules off and reports
// where it stopped and whether it succeeded. The parser state is restored.
func (p *parser) probe(f func()) (int, bool) {
	pos, depth, nest, noInvalid := p.pos, p.depth, p.nest, p.noInvalid
	errTok, errEnd, fstr, deferred := p.errTok, p.errEnd, p.fstr, p.deferred
	p.noInvalid = true
	err := p.protect(f)
	end := p.pos
	p.pos, p.depth, p.nest, p.noInvalid = pos, depth, nest, noInvalid
	p.errTok, p.errEnd, p.fstr, p.deferred = errTok, errEnd, fstr, deferred
	if err != nil && isInternal(err) {
		panic(err)
	}
	return end, err == nil
}

// disjunction: conjunction ('or' conjunction)*.
func (p *parser) disjunction() ast.Expr {
	a := p.conjunction()
	if !p.isKw("or") {
		return a
	}
	values := []ast.Expr{a}
	for p.isKw("or") {
		p.pos++
		values = append(values, p.conjunction())
	}
	return p.fin(&ast.BoolOp{Pos: a.GetPos(), Op: ast.Or, Values: values})
}

// conjunction: inversion ('and' inversion)*.
func (p *parser) conjunction() ast.Expr {
	a := p.inversion()
	if !p.isKw("and") {
		return a
	}
	values := []ast.Expr{a}
	for p.isKw("and") {
		p.pos++
		values = append(values, p.inversion())
	}
	return p.fin(&ast.BoolOp{Pos: a.GetPos(), Op: ast.And, Values: values})
}

// inversion: 'not' inversion | comparison.
func (p *parser) inversion() ast.Expr {
	if p.isKw("not") {
		t := p.tok()
		p.pos++
		p.enter()
		operand := p.inversion()
		p.leave()
		return p.fin(&ast.UnaryOp{Pos: pos(t), Op: ast.Not, Operand: operand})
	}
	return p.comparison()
}

// cmpOp returns the comparison operator at the current token and how many
// tokens it takes (0 if there is none).
func (p *parser) cmpOp() (ast.CmpOp, int) {
	t := p.tok()
	switch t.Type {
	case lexer.Op:
		switch t.Value {
		case "==":
			return ast.Eq, 1
		case "!=":
			return ast.NotEq, 1
		case "<":
			return ast.Lt, 1
		case "<=":
			return ast.LtE, 1
		case ">":
			return ast.Gt, 1
		case ">=":
			return ast.GtE, 1
		}
	case lexer.Keyword:
		switch t.Value {
		case "in":
			return ast.In, 1
		case "not":
			if isKwTok(p.peek(1), "in") {
				return ast.NotIn, 2
			}
		case "is":
			if isKwTok(p.peek(1), "not") {
				return ast.IsNot, 2
			}
			return ast.Is, 1
		}
	}
	return 0, 0
}

// comparison: bitwise_or (compare_op bitwise_or)*.
func (p *parser) comparison() ast.Expr {
	a := p.bitwiseOr()
	op, n := p.cmpOp()
	if n == 0 {
		return a
	}
	cmp := &ast.Compare{Pos: a.GetPos(), Left: a}
	for n > 0 {
		p.pos += n
		cmp.Ops = append(cmp.Ops, op)
		cmp.Comparators = append(cmp.Comparators, p.bitwiseOr())
		op, n = p.cmpOp()
	}
	return p.fin(cmp)
}

// binOp returns the binary operator at t and its precedence (0 if none):
// | 1, ^ 2, & 3, << >> 4, + - 5, * / // % @ 6.
func binOp(t *lexer.Token) (ast.Operator, int) {
	if t.Type != lexer.Op {
		return 0, 0
	}
	switch t.Value {
	case "|":
		return ast.BitOr, 1
	case "^":
		return ast.BitXor, 2
	case "&":
		return ast.BitAnd, 3
	case "<<":
		return ast.LShift, 4
	case ">>":
		return ast.RShift, 4
	case "+":
		return ast.Add, 5
	case "-":
		return ast.Sub, 5
	case "*":
		return ast.Mult, 6
	case "/":
		return ast.Div, 6
	case "//":
		return ast.FloorDiv, 6
	case "%":
		return ast.Mod, 6
	case "@":
		return ast.MatMult, 6
	}
	return 0, 0
}

// bitwiseOr parses the binary-operator levels by precedence climbing.
func (p *parser) bitwiseOr() ast.Expr { return p.binary(1) }

func (p *parser) binary(minPrec int) ast.Expr {
	left := p.factor()
	for {
		op, prec := binOp(p.tok())
		if prec < minPrec {
			return left
		}
		p.pos++
		p.enter()
		right := p.binary(prec + 1)
		p.leave()
		left = p.fin(&ast.BinOp{Pos: left.GetPos(), Left: left, Op: op, Right: right})
	}
}

// factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() ast.Expr {
	t := p.tok()
	if t.Type == lexer.Op {
		var op ast.UnaryOperator
		switch t.Value {
		case "+":
			op = ast.UAdd
		case "-":
			op = ast.USub
		case "~":
			op = ast.Invert
		default:
			return p.power()
		}
		p.pos++
		p.enter()
		operand := p.factor()
		p.leave()
		return p.fin(&ast.UnaryOp{Pos: pos(t), Op: op, Operand: operand})
	}
	return p.power()
}

// power: await_primary ['**' factor]. The right operand is a factor, so
// ** is right-associative and binds tighter than a unary minus on its left
// (-2**2 == -4) but accepts one on its right (2**-1).
func (p *parser) power() ast.Expr {
	a := p.awaitPrimary()
	if !p.isOp("**") {
		return a
	}
	p.pos++
	p.enter()
	b := p.factor()
	p.leave()
	return p.fin(&ast.BinOp{Pos: a.GetPos(), Left: a, Op: ast.Pow, Right: b})
}

// awaitPrimary: 'await' primary | primary.
func (p *parser) awaitPrimary() ast.Expr {
	if p.isKw("await") {
		t := p.tok()
		p.pos++
		v := p.primary()
		return p.fin(&ast.Await{Pos: pos(t), Value: v})
	}
	return p.primary()
}

// lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() ast.Expr {
	t := p.tok()
	p.pos++
	args := p.parameters(true)
	p.expectOp(":")
	body := p.expression()
	return p.fin(&ast.Lambda{Pos: pos(t), Args: args, Body: body})
}
