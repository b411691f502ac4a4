package parser

import (
	"fmt"
	"strings"

	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// This file lowers the grammar structs into package ast and checks what the
// grammar accepts too generously: assignment targets (parsed as
// expressions), the place of a bare except, and import forms.

// ended records the end of statement st: the last token before the one at
// end (Participle's EndPos, the token after the statement).
func (p *parser) ended(st ast.Stmt, end plexer.Position) ast.Stmt {
	if s, ok := st.(interface{ Span() *ast.Pos }); ok {
		p.endBefore(s.Span(), end.Offset)
	}
	return st
}

func (p *parser) lowerFile(f *fileG) *ast.Module {
	m := &ast.Module{Body: make([]ast.Stmt, 0, len(f.Stmts))}
	for _, s := range f.Stmts {
		m.Body = p.lowerStmt(m.Body, s)
	}
	return m
}

func (p *parser) lowerBlock(b *blockG) []ast.Stmt {
	if b.Simple != nil {
		return p.lowerSimple(nil, b.Simple)
	}
	out := make([]ast.Stmt, 0, len(b.Stmts))
	for _, s := range b.Stmts {
		out = p.lowerStmt(out, s)
	}
	return out
}

func (p *parser) lowerElse(e *elseG) []ast.Stmt {
	if e == nil {
		return nil
	}
	return p.lowerBlock(e.Body)
}

func (p *parser) lowerSimple(out []ast.Stmt, l *simpleLineG) []ast.Stmt {
	out = append(out, p.lowerSmall(l.First))
	for _, s := range l.Rest {
		out = append(out, p.lowerSmall(s.Stmt))
	}
	return out
}

func (p *parser) lowerStmt(out []ast.Stmt, s *stmtG) []ast.Stmt {
	if s.Simple != nil {
		return p.lowerSimple(out, s.Simple)
	}
	n := len(out)
	out = p.lowerCompound(out, s)
	if len(out) > n {
		p.ended(out[len(out)-1], s.EndPos)
	}
	return out
}

func (p *parser) lowerCompound(out []ast.Stmt, s *stmtG) []ast.Stmt {
	switch {
	case s.Simple != nil:
		return p.lowerSimple(out, s.Simple)
	case s.If != nil:
		return append(out, p.lowerIf(s.If))
	case s.While != nil:
		w := s.While
		return append(out, &ast.While{Pos: p.startAt(w.Pos), Test: w.Test, Body: p.lowerBlock(w.Body), OrElse: p.lowerElse(w.Else)})
	case s.For != nil:
		return append(out, p.lowerFor(s.For, p.startAt(s.For.Pos), false))
	case s.Try != nil:
		return append(out, p.lowerTry(s.Try))
	case s.With != nil:
		return append(out, p.lowerWith(s.With, p.startAt(s.With.Pos), false))
	case s.Def != nil:
		return append(out, p.lowerDef(s.Def, p.startAt(s.Def.Pos), false, nil))
	case s.Class != nil:
		return append(out, p.lowerClass(s.Class, nil))
	case s.Decorated != nil:
		d := s.Decorated
		decos := make([]ast.Expr, len(d.Decorators))
		for i, e := range d.Decorators {
			decos[i] = e
		}
		switch {
		case d.Def != nil:
			return append(out, p.lowerDef(d.Def, p.startAt(d.Def.Pos), false, decos))
		case d.Class != nil:
			return append(out, p.lowerClass(d.Class, decos))
		default:
			return append(out, p.lowerDef(d.Async.Def, p.startAt(d.Async.Pos), true, decos))
		}
	case s.Async != nil:
		a := s.Async
		switch {
		case a.Def != nil:
			return append(out, p.lowerDef(a.Def, p.startAt(a.Pos), true, nil))
		case a.With != nil:
			return append(out, p.lowerWith(a.With, p.startAt(a.Pos), true))
		default:
			return append(out, p.lowerFor(a.For, p.startAt(a.Pos), true))
		}
	}
	panic("parser: empty statement")
}

func (p *parser) lowerIf(g *ifG) ast.Stmt {
	top := &ast.If{Pos: p.startAt(g.Pos), Test: g.Test, Body: p.lowerBlock(g.Body)}
	last := top
	for _, e := range g.Elifs {
		n := &ast.If{Pos: p.startAt(e.Pos), Test: e.Test, Body: p.lowerBlock(e.Body)}
		last.OrElse = []ast.Stmt{n}
		last = n
	}
	last.OrElse = p.lowerElse(g.Else)
	return top
}

func (p *parser) lowerFor(g *forG, at ast.Pos, isAsync bool) ast.Stmt {
	return &ast.For{Pos: at, Target: g.Target, Iter: g.Iter, Body: p.lowerBlock(g.Body),
		OrElse: p.lowerElse(g.Else), IsAsync: isAsync}
}

func (p *parser) lowerWith(g *withG, at ast.Pos, isAsync bool) ast.Stmt {
	return &ast.With{Pos: at, Items: g.Items.(*withItemsVal).items, Body: p.lowerBlock(g.Body), IsAsync: isAsync}
}

func (p *parser) lowerTry(g *tryG) ast.Stmt {
	t := &ast.Try{Pos: p.startAt(g.Pos), Body: p.lowerBlock(g.Body), OrElse: p.lowerElse(g.Else)}
	for i, h := range g.Handlers {
		if h.Type == nil && i < len(g.Handlers)-1 && p.deferred == nil {
			// A compiler error in CPython: reported only if the file parses.
			start := p.findToken(lexer.Token{Type: lexer.Keyword, Pos: h.Pos})
			p.deferred = p.newError("default 'except:' must be last", start, p.lastTokenBefore(h.EndPos)+1)
		}
		var typ ast.Expr
		if h.Type != nil {
			typ = h.Type
		}
		t.Handlers = append(t.Handlers, &ast.ExceptHandler{Pos: p.startAt(h.Pos), Type: typ, Name: h.Name, Body: p.lowerBlock(h.Body)})
	}
	if g.Finally != nil {
		t.Finalbody = p.lowerBlock(g.Finally.Body)
	}
	return t
}

// lastTokenBefore returns the index of the last significant token before
// the token at position end.
func (p *parser) lastTokenBefore(end plexer.Position) int {
	i := p.findToken(lexer.Token{Type: lexer.EOF, Pos: end}) - 1
	for i > 0 {
		switch p.toks[i].Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent:
			i--
			continue
		}
		break
	}
	return i
}

func (p *parser) lowerDef(g *defG, at ast.Pos, isAsync bool, decos []ast.Expr) ast.Stmt {
	f := &ast.FunctionDef{Pos: at, Name: g.Name, Args: g.Params.(*paramsVal).args, Body: p.lowerBlock(g.Body),
		DecoratorList: decos, IsAsync: isAsync}
	if g.Returns != nil {
		f.Returns = g.Returns
	}
	for i := len(g.Tokens) - 1; i >= 0; i-- {
		switch g.Tokens[i].Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent, lexer.EOF:
			continue
		}
		t := g.Tokens[i]
		f.EndLine, _ = advance(t.Pos.Line, t.Pos.Column, lexer.NormalizeNewlines(t.Value))
		break
	}
	return f
}

func (p *parser) lowerClass(g *classG, decos []ast.Expr) ast.Stmt {
	c := &ast.ClassDef{Pos: p.startAt(g.Pos), Name: g.Name, Body: p.lowerBlock(g.Body), DecoratorList: decos}
	if g.Args != nil {
		call := g.Args.(*classArgsVal).call
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	return c
}

func (p *parser) lowerSmall(s *smallG) ast.Stmt {
	return p.ended(p.lowerSmall1(s), s.EndPos)
}

func (p *parser) lowerSmall1(s *smallG) ast.Stmt {
	at := p.startAt(s.Pos)
	switch {
	case s.Expr != nil:
		return p.lowerExprStmt(at, s.Expr)
	case s.Pass:
		return &ast.Pass{Pos: at}
	case s.Break:
		return &ast.Break{Pos: at}
	case s.Continue:
		return &ast.Continue{Pos: at}
	case s.Return != nil:
		r := &ast.Return{Pos: at}
		if s.Return.Value != nil {
			r.Value = s.Return.Value
		}
		return r
	case s.Raise != nil:
		r := &ast.Raise{Pos: at}
		if s.Raise.Exc != nil {
			r.Exc = s.Raise.Exc
		}
		if s.Raise.Cause != nil {
			r.Cause = s.Raise.Cause
		}
		return r
	case s.Global != nil:
		return &ast.Global{Pos: at, Names: s.Global.Names}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Pos: at, Names: s.Nonlocal.Names}
	case s.Del != nil:
		return &ast.Delete{Pos: at, Targets: s.Del.(*delTargetsVal).targets}
	case s.Assert != nil:
		a := &ast.Assert{Pos: at, Test: s.Assert.Test}
		if s.Assert.Msg != nil {
			a.Msg = s.Assert.Msg
		}
		return a
	case s.Import != nil:
		imp := &ast.Import{Pos: at}
		for _, d := range s.Import.Names {
			imp.Names = append(imp.Names, &ast.Alias{Pos: p.startAt(d.Pos), Name: strings.Join(d.Path, "."), AsName: d.As})
		}
		return imp
	case s.From != nil:
		return p.lowerFrom(at, s.From)
	}
	panic("parser: empty simple statement")
}

func (p *parser) lowerFrom(at ast.Pos, g *fromG) ast.Stmt {
	imp := &ast.ImportFrom{Pos: at, Module: strings.Join(g.Module, ".")}
	for _, d := range g.Dots {
		imp.Level += len(d)
	}
	switch {
	case g.Star != nil:
		star := &ast.Alias{Pos: p.startAt(g.Star.Pos), Name: "*"}
		star.EndLine, star.EndCol, star.EndColOff = star.Line, star.Col+1, star.ColOff+1
		imp.Names = []*ast.Alias{star}
	default:
		list := g.Paren
		if list == nil {
			list = g.Names
		}
		add := func(n *importAsG) {
			imp.Names = append(imp.Names, &ast.Alias{Pos: p.startAt(n.Pos), Name: n.Name, AsName: n.As})
		}
		add(list.First)
		for _, r := range list.Rest {
			add(r.Name)
		}
	}
	return imp
}

// augOps maps augmented assignment operators to their binary operator.
var augOps = map[string]ast.Operator{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "@=": ast.MatMult, "/=": ast.Div,
	"%=": ast.Mod, "**=": ast.Pow, "<<=": ast.LShift, ">>=": ast.RShift, "|=": ast.BitOr,
	"^=": ast.BitXor, "&=": ast.BitAnd, "//=": ast.FloorDiv,
}

func isSingleTarget(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return true
	}
	return false
}

func (p *parser) lowerExprStmt(at ast.Pos, g *exprStmtG) ast.Stmt {
	first := ast.Expr(g.First)
	switch {
	case g.AugOp != "":
		return &ast.AugAssign{Pos: at, Target: first, Op: augOps[g.AugOp], Value: g.AugValue}
	case g.Annot != nil:
		paren := isOpTok(&p.toks[p.tokAt(at)], "(")
		a := &ast.AnnAssign{Pos: at, Target: first, Annotation: g.Annot, Simple: !paren}
		if _, ok := first.(*ast.Name); !ok {
			a.Simple = false
		}
		if g.AnnValue != nil {
			a.Value = g.AnnValue
		}
		return a
	case len(g.Values) > 0:
		targets := make([]ast.Expr, 0, len(g.Values))
		targets = append(targets, first)
		for _, v := range g.Values[:len(g.Values)-1] {
			targets = append(targets, v)
		}
		value := ast.Expr(g.Values[len(g.Values)-1])
		return &ast.Assign{Pos: at, Targets: targets, Value: value}
	}
	return &ast.ExprStmt{Pos: at, Value: first}
}

// firstChunk parses the expression that starts an expression statement
// and remembers it, with the values that follow, in p.chunks: when an
// assignment or annotation turns out to be incomplete, CPython checks the
// targets first.
func (p *parser) firstChunk() ast.Expr {
	p.chunkStart = p.pos
	e := p.yieldOrStarExpressions()
	p.chunks = append(p.chunks[:0], e)
	return e
}

// assignValue parses what follows an assignment's '='. A missing value is
// reported after the targets are checked ("x = f() =" is "cannot assign to
// function call").
func (p *parser) assignValue() ast.Expr {
	if !p.startsChunk() {
		for _, t := range p.chunks {
			if p.isBareYield(t) {
				p.failNode(t, "assignment to yield expression not possible")
			}
			if bad := invalidTarget(t, starTargetsKind); bad != nil {
				p.failNode(bad, "cannot assign to "+ast.ExprName(bad))
			}
		}
		p.failTok(p.pos, "invalid syntax")
	}
	e := p.yieldOrStarExpressions()
	p.chunks = append(p.chunks, e)
	if !p.isOp("=") {
		// The last value: the targets are complete. Check them now, so
		// that an error here is reported before anything later in the file.
		p.checkAssignTargets(p.chunks[:len(p.chunks)-1], e)
	}
	return e
}

// augValue checks the target of an augmented assignment and parses its
// value.
func (p *parser) augValue() ast.Expr {
	if t := p.chunks[0]; !isSingleTarget(t) {
		p.failNode(t, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", ast.ExprName(t)))
	}
	if !p.startsChunk() {
		p.failTok(p.pos, "invalid syntax")
	}
	return p.yieldOrStarExpressions()
}

// annotation parses the annotation after "target:". Without one, CPython
// fails at the ':' itself unless the target is a single target.
func (p *parser) annotation() ast.Expr {
	if !p.startsExpr() {
		if !isSingleTarget(p.chunks[0]) {
			p.failTok(p.pos-1, "invalid syntax")
		}
		p.failTok(p.pos, "invalid syntax")
	}
	e := p.expression()
	p.checkAnnTarget(p.chunks[0])
	return e
}

// checkAnnTarget checks the target of an annotated assignment (CPython's
// invalid_ann_assign_target and the annotation alternatives of
// invalid_assignment).
func (p *parser) checkAnnTarget(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		if len(t.Elts) == 0 || p.parenthesized(t) {
			p.failNode(t, "only single target (not tuple) can be annotated")
		}
		p.failNode(t.Elts[0], "only single target (not tuple) can be annotated")
	case *ast.List:
		p.failNode(t, "only single target (not list) can be annotated")
	case *ast.Starred:
		// Not an expression at all: CPython fails at the ':'.
		if p.ends == nil {
			panic(errNeedDiag)
		}
		p.failTok(p.ends[t], "invalid syntax")
	default:
		p.failNode(t, "illegal target for annotation")
	}
}

// parenthesized reports whether expression e is enclosed in its own
// parentheses, as a tuple display is (diagnostic mode only).
func (p *parser) parenthesized(e ast.Expr) bool {
	if p.ends == nil {
		panic(errNeedDiag)
	}
	i := p.tokAt(e.GetPos())
	if !isOpTok(&p.toks[i], "(") {
		return false
	}
	depth := 0
	for j := i; j < len(p.toks); j++ {
		t := &p.toks[j]
		if t.Type != lexer.Op {
			continue
		}
		switch t.Value {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
			if depth == 0 {
				return j == p.ends[e]-1
			}
		}
	}
	return false
}

// checkAssignTargets checks the targets of an assignment, in CPython's
// order: first invalid_named_expression (a single bad target that looks like
// a mistyped comparison gets "... here. Maybe you meant '==' instead of
// '='?"), then invalid_assignment.
func (p *parser) checkAssignTargets(targets []ast.Expr, value ast.Expr) {
	ok := true
	for _, t := range targets {
		if invalidTarget(t, starTargetsKind) != nil {
			ok = false
		}
	}
	if ok {
		return
	}
	if p.ends == nil {
		panic(errNeedDiag)
	}
	if len(targets) == 1 {
		t := targets[0]
		start := p.chunkStart
		eq := p.ends[t]
		for eq < len(p.toks)-1 && !isOpTok(&p.toks[eq], "=") {
			eq++ // past the closing parentheses of a group
		}
		if _, isTuple := t.(*ast.Tuple); !isTuple && !p.isBareYield(t) && isBitwiseOrLevel(t) &&
			!p.startsWithDisplay(start, t) && p.startsBitwiseOr(eq+1) {
			p.failNode(t, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", ast.ExprName(t)))
		}
	}
	for _, t := range targets {
		if p.isBareYield(t) {
			p.failNode(t, "assignment to yield expression not possible")
		}
		if bad := invalidTarget(t, starTargetsKind); bad != nil {
			p.failNode(bad, "cannot assign to "+ast.ExprName(bad))
		}
	}
}

// startsBitwiseOr reports whether the token at i can start a bitwise_or.
func (p *parser) startsBitwiseOr(i int) bool {
	t := &p.toks[i]
	if t.Type == lexer.Keyword && (t.Value == "not" || t.Value == "lambda") {
		return false
	}
	return startsExpr(t)
}

// isBareYield reports whether e is a yield expression written without
// parentheses (the right-hand side of an assignment).
func (p *parser) isBareYield(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		i := p.tokAt(e.GetPos())
		return i == 0 || !isOpTok(&p.toks[i-1], "(")
	}
	return false
}
