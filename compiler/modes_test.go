package compiler

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/minipy/minipy/parser/ast"
)

func TestInteractive(t *testing.T) {
	runCodegenTests(t, Interactive, []codegenTest{
		{"x = 1\nx\nfor i in y: i", "",
			"RESUME 0; LOAD_CONST 1; STORE_NAME x; LOAD_NAME x; PRINT_EXPR; LOAD_NAME y; GET_ITER; L1: FOR_ITER L2; STORE_NAME i; LOAD_NAME i; PRINT_EXPR; JUMP_BACKWARD L1; L2: LOAD_CONST None; RETURN_VALUE"},
		{"'not a docstring'", "",
			"RESUME 0; LOAD_CONST 'not a docstring'; PRINT_EXPR; LOAD_CONST None; RETURN_VALUE"},
		{"def f():\n g()", "f",
			"RESUME 0; LOAD_GLOBAL g; PUSH_NULL; CALL 0; POP_TOP; LOAD_CONST None; RETURN_VALUE"},
	})
}

func TestEval(t *testing.T) {
	mods := parseAll(t, []string{"a + 1", "[x for x in y]", "lambda: (yield)", "x = 1"})
	want := []string{
		"RESUME 0; LOAD_NAME a; LOAD_CONST 1; BINARY_OP +; RETURN_VALUE",
		"RESUME 0; LOAD_CONST <code <listcomp>>; MAKE_FUNCTION 0; PUSH_NULL; LOAD_NAME y; GET_ITER; CALL 1; RETURN_VALUE",
		"RESUME 0; LOAD_CONST <code <lambda>>; MAKE_FUNCTION 0; RETURN_VALUE",
	}
	for i, w := range want {
		code := mustCompile(t, mods[i], Eval)
		if got := Compact(code); got != w {
			t.Errorf("eval %d:\n got %s\nwant %s", i, got, w)
		}
		// CompileExpr gives the same code.
		e := mods[i].Body[0].(*ast.ExprStmt).Value
		code2, err := CompileExpr(e, "x.py")
		if err != nil || Compact(code2) != w {
			t.Errorf("CompileExpr %d: %v %s", i, err, Compact(code2))
		}
	}
	if _, err := Compile(mods[3], "x.py", Eval); err == nil {
		t.Error("eval of a statement compiled")
	}
	if _, err := CompileExpr(&ast.Yield{Pos: ast.Pos{Line: 1, Col: 1}}, "x.py"); err == nil ||
		!strings.Contains(err.Error(), "'yield' outside function") {
		t.Errorf("eval yield: %v", err)
	}
}

// TestMalformedAST checks that broken trees give errors, never panics.
func TestMalformedAST(t *testing.T) {
	p := ast.Pos{Line: 1, Col: 1}
	name := &ast.Name{Pos: p, Id: "x"}
	mods := []*ast.Module{
		nil,
		{Body: []ast.Stmt{nil}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p}}},
		{Body: []ast.Stmt{&ast.Assign{Pos: p, Value: name}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.Call{Pos: p}}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.BoolOp{Pos: p}}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.Compare{Pos: p, Left: name}}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.ListComp{Pos: p, Elt: name}}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.Dict{Pos: p, Keys: []ast.Expr{name}}}}},
		{Body: []ast.Stmt{&ast.With{Pos: p}}},
		{Body: []ast.Stmt{&ast.With{Pos: p, Items: []*ast.WithItem{nil}}}},
		{Body: []ast.Stmt{&ast.Try{Pos: p, Handlers: []*ast.ExceptHandler{nil}}}},
		{Body: []ast.Stmt{&ast.Import{Pos: p, Names: []*ast.Alias{nil}}}},
		{Body: []ast.Stmt{&ast.FunctionDef{Pos: p, Name: "f", Body: []ast.Stmt{&ast.Return{Pos: p, Value: &ast.Lambda{Pos: p}}}}}},
		{Body: []ast.Stmt{&ast.ExprStmt{Pos: p, Value: &ast.FormattedValue{Pos: p, Value: name, Conversion: 'x'}}}},
		{Body: []ast.Stmt{&ast.AugAssign{Pos: p, Target: &ast.Call{Pos: p, Func: name}, Value: name}}},
		{Body: []ast.Stmt{&ast.Assign{Pos: p, Targets: []ast.Expr{&ast.Constant{Pos: p, Value: int64(1)}}, Value: name}}},
		{Body: []ast.Stmt{&ast.Delete{Pos: p, Targets: []ast.Expr{&ast.Call{Pos: p, Func: name}}}}},
	}
	for i, m := range mods {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("module %d: panic %v", i, r)
				}
			}()
			_, err = Compile(m, "x.py", Exec)
		}()
		if i == 0 {
			if err != nil {
				t.Errorf("nil module: %v", err)
			}
			continue
		}
		if err == nil {
			t.Errorf("module %d: no error", i)
		}
	}
	// Internal errors say where the compiler failed.
	_, err := Compile(mods[2], "x.py", Exec)
	if err == nil || !strings.Contains(err.Error(), "internal compiler error: missing expression (expr.go:") {
		t.Errorf("internal error lacks its location: %v", err)
	}
}

func TestFold(t *testing.T) {
	i := func(n int64) ast.Expr { return &ast.Constant{Value: n} }
	f := func(x float64) ast.Expr { return &ast.Constant{Value: x} }
	s := func(x string) ast.Expr { return &ast.Constant{Value: x} }
	bin := func(l ast.Expr, op ast.Operator, r ast.Expr) ast.Expr { return &ast.BinOp{Left: l, Op: op, Right: r} }
	un := func(op ast.UnaryOperator, x ast.Expr) ast.Expr { return &ast.UnaryOp{Op: op, Operand: x} }
	huge, _ := new(big.Int).SetString("340282366920938463463374607431768211456", 10) // 2**128
	tests := []struct {
		e    ast.Expr
		want any // nil: not folded
	}{
		{bin(i(7), ast.FloorDiv, i(-2)), int64(-4)},
		{bin(i(7), ast.Mod, i(-2)), int64(-1)},
		{bin(i(-7), ast.FloorDiv, i(2)), int64(-4)},
		{bin(i(-7), ast.Mod, i(2)), int64(1)},
		{bin(i(1), ast.Div, i(0)), nil},
		{bin(i(1), ast.Div, i(4)), 0.25},
		{bin(i(2), ast.Pow, i(10)), int64(1024)},
		{bin(i(2), ast.Pow, i(64)), new(big.Int).Lsh(big.NewInt(1), 64)},
		{bin(i(2), ast.Pow, i(127)), nil}, // CPython's limit: bits(2) > 128/127
		{bin(i(2), ast.Pow, i(200)), nil},
		{bin(i(2), ast.Pow, i(-1)), nil},
		{bin(i(1), ast.LShift, i(64)), new(big.Int).Lsh(big.NewInt(1), 64)},
		{bin(i(-8), ast.RShift, i(1)), int64(-4)},
		{bin(i(math.MaxInt64), ast.Add, i(1)), new(big.Int).Add(big.NewInt(math.MaxInt64), big.NewInt(1))},
		{bin(&ast.Constant{Value: huge}, ast.Mult, i(2)), nil},
		{bin(f(0.5), ast.Add, i(1)), 1.5},
		{bin(f(1), ast.Mod, f(3)), nil},
		{bin(s("ab"), ast.Mult, i(3)), "ababab"},
		{bin(s("ab"), ast.Mult, i(3000)), nil},
		{bin(s("a"), ast.Add, s("b")), "ab"},
		{bin(s("a"), ast.Add, i(1)), nil},
		{bin(&ast.Constant{Value: true}, ast.BitAnd, &ast.Constant{Value: false}), false},
		{bin(&ast.Constant{Value: true}, ast.Add, &ast.Constant{Value: true}), int64(2)},
		{bin(i(1), ast.Add, &ast.Constant{Value: complex(0, 2)}), complex(1, 2)},
		{un(ast.USub, i(math.MinInt64)), new(big.Int).Neg(big.NewInt(math.MinInt64))},
		{un(ast.Invert, i(5)), int64(-6)},
		{un(ast.Not, s("")), true},
		{un(ast.USub, s("x")), nil},
		{&ast.Tuple{Elts: []ast.Expr{i(1), &ast.Tuple{Elts: []ast.Expr{s("a")}}}}, ConstTuple{int64(1), ConstTuple{"a"}}},
		{&ast.Tuple{Elts: []ast.Expr{i(1), &ast.Name{Id: "x"}}}, nil},
	}
	c := &compiler{}
	for n, tt := range tests {
		got, ok := c.constValue(tt.e)
		if tt.want == nil {
			if ok {
				t.Errorf("%d: folded to %v, want no folding", n, got)
			}
			continue
		}
		if !ok || constKey(got) != constKey(tt.want) {
			t.Errorf("%d: got %v (%v), want %v", n, got, ok, tt.want)
		}
	}
}

func TestRepr(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{nil, "None"}, {true, "True"}, {int64(-3), "-3"},
		{1.0, "1.0"}, {0.1, "0.1"}, {1e16, "1e+16"}, {1e15, "1000000000000000.0"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e-7, "1.5e-07"}, {math.Copysign(0, -1), "-0.0"},
		{math.Inf(1), "inf"}, {math.NaN(), "nan"}, {123456789.125, "123456789.125"},
		{complex(0, 2), "2j"}, {complex(1, -2), "(1-2j)"}, {complex(math.Copysign(0, -1), 1), "(-0+1j)"},
		{"a'b", `"a'b"`}, {"a\"b'", `'a"b\''`}, {"\n\t\x00é\u200b", `'\n\t\x00é\u200b'`},
		{Bytes("a'\x00\xff"), `b"a'\x00\xff"`},
		{ConstTuple{int64(1)}, "(1,)"}, {ConstTuple{}, "()"}, {ConstTuple{"a", 2.5}, "('a', 2.5)"},
		{EllipsisConst{}, "Ellipsis"},
	}
	for _, tt := range tests {
		if got := constRepr(tt.v); got != tt.want {
			t.Errorf("repr(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}

// TestFutureAnnotations checks PEP 563: annotations become their source text
// (as CPython's ast unparser writes it).
func TestFutureAnnotations(t *testing.T) {
	src := `from __future__ import annotations
def f(a: List[int], *b: 'x', c: a.b | None = None) -> Dict[str, (int, ...)]: pass
x: Callable[[int], str] = g
y: lambda a, *, b=1: a + -b ** 2
z: f"{a!r:>{w}}"
`
	code := mustCompile(t, parseOne(t, src), Exec)
	var strs []string
	for _, k := range code.Consts {
		if s, ok := k.(string); ok {
			strs = append(strs, s)
		}
	}
	want := "a|List[int]|b|'x'|c|a.b | None|return|Dict[str, (int, ...)]|x|Callable[[int], str]|" +
		"y|lambda a, *, b=1: a + -b ** 2|z|f'{a!r:>{w}}'"
	got := strings.Join(strs, "|")
	for _, part := range strings.Split(want, "|") {
		if !strings.Contains("|"+got+"|", "|"+part+"|") {
			t.Errorf("missing annotation string %q in %q", part, got)
		}
	}
}
