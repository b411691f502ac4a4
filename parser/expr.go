package parser

import (
	"fmt"
	"strings"

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

// isSoftKeyword mirrors CPython 3.11's _PyPegen_soft_keyword_token, which
// compares only as many characters as the name has: any prefix of "match"
// or "case" (such as "c") counts as a soft keyword there, and so it does
// here, because it decides when "Perhaps you forgot a comma?" is reported.
func isSoftKeyword(s string) bool {
	return strings.HasPrefix("match", s) || strings.HasPrefix("case", s) || s == "_"
}

// expressions is eval()'s input: expression (',' expression)* [','].
func (p *parser) expressions() ast.Expr {
	at := p.at(p.tok())
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
	return p.fin(&ast.Tuple{Pos: at, Elts: elts})
}

// starExpressions: star_expression (',' star_expression)* [','], a Tuple
// when there is a comma.
func (p *parser) starExpressions() ast.Expr {
	at := p.at(p.tok())
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
	return p.fin(&ast.Tuple{Pos: at, Elts: elts})
}

// starExpression: '*' bitwise_or | expression.
func (p *parser) starExpression() ast.Expr {
	if p.isOp("*") {
		t := p.tok()
		p.pos++
		v := p.bitwiseOr()
		return p.fin(&ast.Starred{Pos: p.at(t), Value: v})
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
		return p.fin(&ast.YieldFrom{Pos: p.at(t), Value: v})
	}
	var v ast.Expr
	if p.startsStarExpr() {
		v = p.starExpressions()
	}
	return p.fin(&ast.Yield{Pos: p.at(t), Value: v})
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() ast.Expr {
	t := p.tok()
	if t.Type == lexer.Name && isOpTok(p.peek(1), ":=") {
		p.pos++
		target := p.fin(&ast.Name{Pos: p.at(t), Id: t.Value}).(*ast.Name)
		p.pos++
		v := p.expression()
		return p.fin(&ast.NamedExpr{Pos: p.at(t), Target: target, Value: v})
	}
	start := p.pos
	e := p.expression()
	if p.noInvalid {
		if p.isOp("=") && p.pos == start+1 {
			// CPython's invalid_named_expression reads "NAME = bitwise_or"
			// and the token after it even when it reports nothing.
			p.probe(func() {
				p.pos++
				p.bitwiseOr()
				p.advance()
			})
		}
	} else {
		if p.isOp(":=") {
			p.failRange(start, p.pos, fmt.Sprintf("cannot use assignment expressions with %s", ast.ExprName(e)))
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
		if end, ok := value(); ok {
			p.failRangeSeen(start, eq, end, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", ast.ExprName(a)))
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
		return a.GetPos().At(p.at(t))
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
	if p.isKw("not") {
		// A comparison "a not in b" missing its "in": CPython fails on the
		// token after "not".
		p.failTok(p.pos+1, "invalid syntax")
	}
	if !p.isKw("if") {
		return a
	}
	p.pos++
	after := p.pos - 1
	test := p.disjunction()
	if !p.isKw("else") {
		if p.noInvalid {
			// Speculative parse: like CPython's PEG rule, fall back to the
			// plain disjunction before the 'if'.
			p.pos = after
			return a
		}
		if !p.isOp(":") {
			p.failRange(start, p.pos, "expected 'else' after 'if' expression")
		}
		p.failTok(p.pos, "invalid syntax")
	}
	p.pos++
	orelse := p.expr(false)
	return p.fin(&ast.IfExp{Pos: p.at(&p.toks[start]), Test: test, Body: a, OrElse: orelse})
}

// checkAdjacent reports an expression that directly follows another one (a,
// which starts at token start). These are CPython's invalid_expression rule
// (inside brackets, "f(a b)" is probably a missing comma) and its
// invalid_legacy_expression rule ("print x" is a Python 2 print statement),
// in that order.
func (p *parser) checkAdjacent(start int, a ast.Expr) {
	if p.noInvalid || !startsAdjacent(p.tok()) {
		return
	}
	first := &p.toks[start]
	name, isName := a.(*ast.Name)
	legacy := isName && (name.Id == "print" || name.Id == "exec")
	switch {
	case first.Type == lexer.Name && p.toks[start+1].Type == lexer.String:
		// CPython does not apply the rule to NAME STRING (for print
		// "x"), but applies it again from the string on: f(x 'a' y).
		if start+1 == p.pos {
			if end, ok := p.probe(func() {
				p.disjunction()
				if !startsAdjacent(p.tok()) {
					p.failTok(p.pos, "invalid syntax")
				}
				p.expr(false)
			}); ok && p.depth > 0 {
				p.failRange(start+1, end, "invalid syntax. Perhaps you forgot a comma?")
			}
		}
	case first.Type == lexer.Name && isSoftKeyword(first.Value):
	default:
		// CPython parses the second expression even outside brackets
		// (where it then reports nothing): that matters when it runs into
		// an unclosed bracket, see probe.
		if end, ok := p.probe(func() { p.expr(false) }); ok && p.depth > 0 && !legacy {
			p.failRange(start, end, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	if !isName || start+1 != p.pos {
		return
	}
	// invalid_legacy_expression: NAME !'(' star_expressions, parsed with the
	// error rules on, so that errors inside it are reported.
	end, err := p.attempt(func() { p.starExpressions() })
	if err != nil {
		if err.Msg != "invalid syntax" {
			panic(err)
		}
		return
	}
	if legacy {
		p.failRange(start, end, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", name.Id, name.Id))
	}
}

// probe runs f speculatively with the eager error rules off and reports
// where it stopped and whether it succeeded. The parser state is restored.
func (p *parser) probe(f func()) (int, bool) {
	noInvalid := p.noInvalid
	p.noInvalid = true
	end, err := p.attempt(f)
	p.noInvalid = noInvalid
	return end, err == nil
}

// attempt runs f speculatively and returns where it stopped and the error
// it raised, if any; the parser state is restored. Errors that cannot be
// handled here (a bug, or the need for the diagnostic pass) go on up.
func (p *parser) attempt(f func()) (int, *SyntaxError) {
	pos, depth, nest := p.pos, p.depth, p.nest
	errTok, fstr, deferred := p.errTok, p.fstr, p.deferred
	err := p.protect(f)
	end, errTokAfter := p.pos, p.errTok
	p.pos, p.depth, p.nest = pos, depth, nest
	p.errTok, p.fstr, p.deferred = errTok, fstr, deferred
	// The tokens a speculative parse read count for mergeLexError.
	p.sawTok(end)
	if err == nil {
		return end, nil
	}
	se := err.(*SyntaxError)
	p.sawTok(errTokAfter)
	if se == errNeedDiag || isInternal(se) {
		panic(se)
	}
	if se.Msg == msgTooNested {
		// Speculative parses nest (each may try the next): running out of
		// depth there just means this attempt failed.
		se = p.newError("invalid syntax", errTokAfter, errTokAfter+1)
		p.errTok = errTok
	}
	if errTokAfter == len(p.toks)-1 && p.file.Err != nil && p.file.Err.Unclosed {
		// The speculative parse read to the end of input inside an open
		// bracket: CPython's tokenizer reports "'(' was never closed" at
		// that moment, whatever the parser was doing.
		p.errTok = errTokAfter
		panic(se)
	}
	return end, se
}

// disjunction: conjunction ('or' conjunction)*.
func (p *parser) disjunction() ast.Expr {
	at := p.at(p.tok())
	a := p.conjunction()
	if !p.isKw("or") {
		return a
	}
	values := []ast.Expr{a}
	for p.isKw("or") {
		p.pos++
		values = append(values, p.conjunction())
	}
	return p.fin(&ast.BoolOp{Pos: at, Op: ast.Or, Values: values})
}

// conjunction: inversion ('and' inversion)*.
func (p *parser) conjunction() ast.Expr {
	at := p.at(p.tok())
	a := p.inversion()
	if !p.isKw("and") {
		return a
	}
	values := []ast.Expr{a}
	for p.isKw("and") {
		p.pos++
		values = append(values, p.inversion())
	}
	return p.fin(&ast.BoolOp{Pos: at, Op: ast.And, Values: values})
}

// inversion: 'not' inversion | comparison.
func (p *parser) inversion() ast.Expr {
	if p.isKw("not") {
		t := p.tok()
		p.pos++
		p.enter()
		operand := p.inversion()
		p.leave()
		return p.fin(&ast.UnaryOp{Pos: p.at(t), Op: ast.Not, Operand: operand})
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
	at := p.at(p.tok())
	a := p.bitwiseOr()
	op, n := p.cmpOp()
	if n == 0 {
		return a
	}
	cmp := &ast.Compare{Pos: at, Left: a}
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
	at := p.at(p.tok())
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
		left = p.fin(&ast.BinOp{Pos: at, Left: left, Op: op, Right: right})
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
		return p.fin(&ast.UnaryOp{Pos: p.at(t), Op: op, Operand: operand})
	}
	return p.power()
}

// power: await_primary ['**' factor]. The right operand is a factor, so
// ** is right-associative and binds tighter than a unary minus on its left
// (-2**2 == -4) but accepts one on its right (2**-1).
func (p *parser) power() ast.Expr {
	at := p.at(p.tok())
	a := p.awaitPrimary()
	if !p.isOp("**") {
		return a
	}
	p.pos++
	p.enter()
	b := p.factor()
	p.leave()
	return p.fin(&ast.BinOp{Pos: at, Left: a, Op: ast.Pow, Right: b})
}

// awaitPrimary: 'await' primary | primary.
func (p *parser) awaitPrimary() ast.Expr {
	if p.isKw("await") {
		t := p.tok()
		p.pos++
		v := p.primary()
		return p.fin(&ast.Await{Pos: p.at(t), Value: v})
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
	return p.fin(&ast.Lambda{Pos: p.at(t), Args: args, Body: body})
}
