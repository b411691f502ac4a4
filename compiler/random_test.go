package compiler

import (
	"errors"
	"math/rand"
	"strings"
	"testing"

	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/parser/ast"
)

// TestRandomPrograms compiles random syntax trees: the compiler must either
// report a SyntaxError (break outside a loop, await outside async, ...) or
// produce code that passes Validate, and never fail internally.
func TestRandomPrograms(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	failures, compiled := 0, 0
	msgs := map[string]int{}
	for seed := 0; seed < n && failures < 5; seed++ {
		g := &astGen{r: rand.New(rand.NewSource(int64(seed)))}
		mod := &ast.Module{Body: g.stmts(4, 3)}
		if seed%3 != 2 {
			// Most errors come from break, return, yield and await at the
			// top level: wrap two programs in three in loops inside a
			// function, async every other time.
			loop := &ast.While{Pos: g.pos(), Test: g.name(), Body: mod.Body}
			fn := &ast.FunctionDef{Pos: g.pos(), Name: "wrap", Args: &ast.Arguments{}, IsAsync: seed%3 == 0,
				Body: []ast.Stmt{&ast.For{Pos: g.pos(), Target: g.name(), Iter: g.name(), Body: []ast.Stmt{loop}}}}
			mod.Body = []ast.Stmt{fn}
		}
		code, err := Compile(mod, "rand.py", Exec)
		if err != nil {
			if testing.Verbose() {
				msgs[strings.SplitN(err.Error(), ": ", 3)[2]]++
			}
			var se *parser.SyntaxError
			if !errors.As(err, &se) || strings.Contains(se.Msg, "internal") {
				t.Errorf("seed %d: %v", seed, err)
				failures++
			}
			continue
		}
		compiled++
		if err := Validate(code); err != nil {
			t.Errorf("seed %d: %v", seed, err)
			failures++
		}
	}
	t.Logf("%d of %d random programs compiled; errors: %v", compiled, n, msgs)
	if compiled < n/10 {
		t.Errorf("only %d of %d random programs compiled", compiled, n)
	}
}

// astGen builds random syntax trees.
type astGen struct {
	r    *rand.Rand
	line int
}

func (g *astGen) pos() ast.Pos {
	g.line++
	return ast.Pos{Line: g.line, Col: 1}
}

func (g *astGen) name() *ast.Name {
	return &ast.Name{Pos: g.pos(), Id: []string{"a", "b", "c", "x", "self", "super", "__class__"}[g.r.Intn(7)]}
}

func (g *astGen) stmts(n, depth int) []ast.Stmt {
	count := 1 + g.r.Intn(n)
	out := make([]ast.Stmt, count)
	for i := range out {
		out[i] = g.stmt(depth)
	}
	return out
}

func (g *astGen) stmt(depth int) ast.Stmt {
	p := g.pos()
	if depth <= 0 {
		switch g.r.Intn(8) {
		case 0:
			return &ast.Break{Pos: p}
		case 1:
			return &ast.Continue{Pos: p}
		case 2:
			return &ast.Return{Pos: p, Value: g.maybeExpr(1)}
		case 3:
			return &ast.Assign{Pos: p, Targets: []ast.Expr{g.target()}, Value: g.expr(2)}
		case 4:
			return &ast.AugAssign{Pos: p, Target: g.name(), Op: ast.Add, Value: g.expr(1)}
		case 5:
			return &ast.Raise{Pos: p, Exc: g.maybeExpr(1)}
		case 6:
			return &ast.Global{Pos: p, Names: []string{"zz"}}
		default:
			return &ast.ExprStmt{Pos: p, Value: g.expr(2)}
		}
	}
	d := depth - 1
	switch g.r.Intn(12) {
	case 0:
		return &ast.For{Pos: p, Target: g.target(), Iter: g.expr(1), Body: g.stmts(3, d), OrElse: g.maybeStmts(d), IsAsync: g.r.Intn(4) == 0}
	case 1:
		return &ast.While{Pos: p, Test: g.expr(1), Body: g.stmts(3, d), OrElse: g.maybeStmts(d)}
	case 2:
		return &ast.If{Pos: p, Test: g.expr(2), Body: g.stmts(2, d), OrElse: g.maybeStmts(d)}
	case 3, 4:
		var hs []*ast.ExceptHandler
		for i := g.r.Intn(3); i > 0; i-- {
			h := &ast.ExceptHandler{Pos: g.pos(), Type: g.name(), Body: g.stmts(2, d)}
			if g.r.Intn(2) == 0 {
				h.Name = "e"
			}
			hs = append(hs, h)
		}
		var final []ast.Stmt
		if len(hs) == 0 || g.r.Intn(2) == 0 {
			final = g.stmts(2, d)
		}
		var orelse []ast.Stmt
		if len(hs) > 0 && g.r.Intn(3) == 0 {
			orelse = g.stmts(2, d)
		}
		return &ast.Try{Pos: p, Body: g.stmts(3, d), Handlers: hs, OrElse: orelse, Finalbody: final}
	case 5:
		items := []*ast.WithItem{{ContextExpr: g.expr(1)}}
		if g.r.Intn(2) == 0 {
			items = append(items, &ast.WithItem{ContextExpr: g.expr(1), OptionalVars: g.target()})
		}
		return &ast.With{Pos: p, Items: items, Body: g.stmts(3, d), IsAsync: g.r.Intn(4) == 0}
	case 6, 7:
		fd := &ast.FunctionDef{Pos: p, Name: "f", Args: &ast.Arguments{Args: []*ast.Arg{{Pos: p, Name: "a"}}},
			Body: g.stmts(4, d), IsAsync: g.r.Intn(3) == 0}
		if g.r.Intn(3) == 0 {
			fd.Body = append(fd.Body, &ast.ExprStmt{Pos: g.pos(), Value: &ast.Yield{Pos: p, Value: g.expr(1)}})
		}
		if g.r.Intn(4) == 0 {
			fd.DecoratorList = []ast.Expr{g.name()}
		}
		return fd
	case 8:
		return &ast.ClassDef{Pos: p, Name: "C", Bases: []ast.Expr{g.name()}, Body: g.stmts(3, d)}
	case 9:
		if g.r.Intn(8) == 0 {
			return &ast.Nonlocal{Pos: p, Names: []string{"x"}}
		}
		return &ast.Pass{Pos: p}
	default:
		return g.stmt(0)
	}
}

func (g *astGen) maybeStmts(depth int) []ast.Stmt {
	if g.r.Intn(3) == 0 {
		return g.stmts(2, depth)
	}
	return nil
}

func (g *astGen) maybeExpr(depth int) ast.Expr {
	if g.r.Intn(2) == 0 {
		return nil
	}
	return g.expr(depth)
}

func (g *astGen) target() ast.Expr {
	p := g.pos()
	switch g.r.Intn(5) {
	case 0:
		return &ast.Tuple{Pos: p, Elts: []ast.Expr{g.name(), &ast.Starred{Pos: p, Value: g.name()}}}
	case 1:
		return &ast.Attribute{Pos: p, Value: g.name(), Attr: "__y"}
	case 2:
		return &ast.Subscript{Pos: p, Value: g.name(), Index: g.expr(0)}
	default:
		return g.name()
	}
}

func (g *astGen) exprs(n, depth int) []ast.Expr {
	out := make([]ast.Expr, g.r.Intn(n+1))
	for i := range out {
		out[i] = g.expr(depth)
	}
	return out
}

func (g *astGen) expr(depth int) ast.Expr {
	p := g.pos()
	if depth <= 0 {
		switch g.r.Intn(3) {
		case 0:
			return &ast.Constant{Pos: p, Value: int64(g.r.Intn(5))}
		default:
			return g.name()
		}
	}
	d := depth - 1
	switch g.r.Intn(16) {
	case 0:
		return &ast.BinOp{Pos: p, Left: g.expr(d), Op: ast.Operator(g.r.Intn(13)), Right: g.expr(d)}
	case 1:
		return &ast.BoolOp{Pos: p, Op: ast.BoolOperator(g.r.Intn(2)), Values: []ast.Expr{g.expr(d), g.expr(d), g.expr(d)}}
	case 2:
		return &ast.Compare{Pos: p, Left: g.expr(d), Ops: []ast.CmpOp{ast.Lt, ast.Is},
			Comparators: []ast.Expr{g.expr(d), &ast.Constant{Pos: p}}}
	case 3:
		args := g.exprs(2, d)
		if g.r.Intn(3) == 0 {
			args = append(args, &ast.Starred{Pos: p, Value: g.expr(d)})
		}
		kws := []*ast.Keyword{{Pos: p, Arg: "k", Value: g.expr(d)}}
		if g.r.Intn(3) == 0 {
			kws = append(kws, &ast.Keyword{Pos: p, Value: g.expr(d)})
		}
		fn := ast.Expr(g.name())
		if g.r.Intn(2) == 0 {
			fn = &ast.Attribute{Pos: p, Value: g.expr(d), Attr: "m"}
		}
		return &ast.Call{Pos: p, Func: fn, Args: args, Keywords: kws}
	case 4:
		gens := []*ast.Comprehension{{Target: g.name(), Iter: g.expr(d), Ifs: g.exprs(1, d), IsAsync: g.r.Intn(5) == 0}}
		if g.r.Intn(2) == 0 {
			gens = append(gens, &ast.Comprehension{Target: g.name(), Iter: g.expr(d)})
		}
		switch g.r.Intn(4) {
		case 0:
			return &ast.ListComp{Pos: p, Elt: g.expr(d), Generators: gens}
		case 1:
			return &ast.SetComp{Pos: p, Elt: g.expr(d), Generators: gens}
		case 2:
			return &ast.DictComp{Pos: p, Key: g.expr(d), Value: g.expr(d), Generators: gens}
		default:
			return &ast.GeneratorExp{Pos: p, Elt: g.expr(d), Generators: gens}
		}
	case 5:
		return &ast.Lambda{Pos: p, Args: &ast.Arguments{Args: []*ast.Arg{{Pos: p, Name: "a"}}, Defaults: []ast.Expr{g.expr(d)}}, Body: g.expr(d)}
	case 6:
		return &ast.IfExp{Pos: p, Test: g.expr(d), Body: g.expr(d), OrElse: g.expr(d)}
	case 7:
		if g.r.Intn(3) != 0 {
			return g.name()
		}
		return &ast.NamedExpr{Pos: p, Target: &ast.Name{Pos: p, Id: "w"}, Value: g.expr(d)}
	case 8, 9, 10:
		// These are often errors (outside functions, in comprehensions):
		// keep them rare.
		if g.r.Intn(4) != 0 {
			return g.name()
		}
		switch g.r.Intn(3) {
		case 0:
			return &ast.Await{Pos: p, Value: g.expr(d)}
		case 1:
			return &ast.Yield{Pos: p, Value: g.maybeExpr(d)}
		}
		return &ast.YieldFrom{Pos: p, Value: g.expr(d)}
	case 11:
		return &ast.Dict{Pos: p, Keys: []ast.Expr{g.expr(d), nil}, Values: []ast.Expr{g.expr(d), g.expr(d)}}
	case 12:
		return &ast.JoinedStr{Pos: p, Values: []ast.Expr{&ast.Constant{Pos: p, Value: "s"},
			&ast.FormattedValue{Pos: p, Value: g.expr(d), Conversion: 'r', FormatSpec: &ast.JoinedStr{Pos: p, Values: []ast.Expr{g.expr(d)}}}}}
	case 13:
		return &ast.Subscript{Pos: p, Value: g.expr(d), Index: &ast.Slice{Pos: p, Lower: g.maybeExpr(d), Step: g.maybeExpr(d)}}
	case 14:
		return &ast.Tuple{Pos: p, Elts: append(g.exprs(2, d), &ast.Starred{Pos: p, Value: g.expr(d)})}
	default:
		return &ast.UnaryOp{Pos: p, Op: ast.UnaryOperator(g.r.Intn(4)), Operand: g.expr(d)}
	}
}
