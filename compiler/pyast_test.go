package compiler

// Until minipy's own parser compiles, tests obtain syntax trees from
// CPython's ast module (testdata/ast2json.py) and convert them here.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"strconv"
	"testing"

	"github.com/minipy/minipy/parser/ast"
)

// parseAll parses Python sources into modules.
func parseAll(t testing.TB, srcs []string) []*ast.Module {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available to parse test sources")
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command("python3", "testdata/ast2json.py")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ast2json: %v\n%s", err, stderr.String())
	}
	var results []struct {
		AST   map[string]any `json:"ast"`
		Error string         `json:"error"`
	}
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatal(err)
	}
	mods := make([]*ast.Module, len(srcs))
	for i, r := range results {
		if r.Error != "" {
			t.Fatalf("parse %q: %s", srcs[i], r.Error)
		}
		mods[i] = &ast.Module{Body: convStmts(r.AST["body"])}
	}
	return mods
}

func parseOne(t testing.TB, src string) *ast.Module {
	t.Helper()
	return parseAll(t, []string{src})[0]
}

func jpos(m map[string]any) ast.Pos {
	line, _ := m["_line"].(float64)
	col, _ := m["_col"].(float64)
	return ast.Pos{Line: int(line), Col: int(col)}
}

func jstr(v any) string {
	s, _ := v.(string)
	return s
}

func jint(v any) int {
	m, _ := v.(map[string]any)
	n, _ := strconv.Atoi(jstr(m["v"]))
	return n
}

func jlist(v any) []any {
	l, _ := v.([]any)
	return l
}

func convStmts(v any) []ast.Stmt {
	var out []ast.Stmt
	for _, x := range jlist(v) {
		out = append(out, convStmt(x.(map[string]any)))
	}
	return out
}

func convExprs(v any) []ast.Expr {
	var out []ast.Expr
	for _, x := range jlist(v) {
		out = append(out, convExpr(x))
	}
	return out
}

func convExpr(v any) ast.Expr {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	p := jpos(m)
	switch m["_t"] {
	case "Name":
		return &ast.Name{Pos: p, Id: jstr(m["id"])}
	case "Constant":
		return &ast.Constant{Pos: p, Value: convConst(m["value"])}
	case "JoinedStr":
		return &ast.JoinedStr{Pos: p, Values: convExprs(m["values"])}
	case "FormattedValue":
		conv := rune(jint(m["conversion"]))
		if conv < 0 {
			conv = 0
		}
		return &ast.FormattedValue{Pos: p, Value: convExpr(m["value"]), Conversion: conv, FormatSpec: convExpr(m["format_spec"])}
	case "Tuple":
		return &ast.Tuple{Pos: p, Elts: convExprs(m["elts"])}
	case "List":
		return &ast.List{Pos: p, Elts: convExprs(m["elts"])}
	case "Set":
		return &ast.Set{Pos: p, Elts: convExprs(m["elts"])}
	case "Dict":
		return &ast.Dict{Pos: p, Keys: convExprs(m["keys"]), Values: convExprs(m["values"])}
	case "Attribute":
		return &ast.Attribute{Pos: p, Value: convExpr(m["value"]), Attr: jstr(m["attr"])}
	case "Subscript":
		return &ast.Subscript{Pos: p, Value: convExpr(m["value"]), Index: convExpr(m["slice"])}
	case "Slice":
		return &ast.Slice{Pos: p, Lower: convExpr(m["lower"]), Upper: convExpr(m["upper"]), Step: convExpr(m["step"])}
	case "Starred":
		return &ast.Starred{Pos: p, Value: convExpr(m["value"])}
	case "Call":
		var kws []*ast.Keyword
		for _, k := range jlist(m["keywords"]) {
			km := k.(map[string]any)
			kws = append(kws, &ast.Keyword{Pos: jpos(km), Arg: jstr(km["arg"]), Value: convExpr(km["value"])})
		}
		return &ast.Call{Pos: p, Func: convExpr(m["func"]), Args: convExprs(m["args"]), Keywords: kws}
	case "BinOp":
		return &ast.BinOp{Pos: p, Left: convExpr(m["left"]), Op: binOps[opName(m["op"])], Right: convExpr(m["right"])}
	case "UnaryOp":
		return &ast.UnaryOp{Pos: p, Op: unaryOps[opName(m["op"])], Operand: convExpr(m["operand"])}
	case "BoolOp":
		op := ast.And
		if opName(m["op"]) == "Or" {
			op = ast.Or
		}
		return &ast.BoolOp{Pos: p, Op: op, Values: convExprs(m["values"])}
	case "Compare":
		var ops []ast.CmpOp
		for _, o := range jlist(m["ops"]) {
			ops = append(ops, cmpOps[opName(o)])
		}
		return &ast.Compare{Pos: p, Left: convExpr(m["left"]), Ops: ops, Comparators: convExprs(m["comparators"])}
	case "IfExp":
		return &ast.IfExp{Pos: p, Test: convExpr(m["test"]), Body: convExpr(m["body"]), OrElse: convExpr(m["orelse"])}
	case "NamedExpr":
		return &ast.NamedExpr{Pos: p, Target: convExpr(m["target"]).(*ast.Name), Value: convExpr(m["value"])}
	case "Lambda":
		return &ast.Lambda{Pos: p, Args: convArgs(m["args"]), Body: convExpr(m["body"])}
	case "ListComp":
		return &ast.ListComp{Pos: p, Elt: convExpr(m["elt"]), Generators: convComps(m["generators"])}
	case "SetComp":
		return &ast.SetComp{Pos: p, Elt: convExpr(m["elt"]), Generators: convComps(m["generators"])}
	case "GeneratorExp":
		return &ast.GeneratorExp{Pos: p, Elt: convExpr(m["elt"]), Generators: convComps(m["generators"])}
	case "DictComp":
		return &ast.DictComp{Pos: p, Key: convExpr(m["key"]), Value: convExpr(m["value"]), Generators: convComps(m["generators"])}
	case "Yield":
		return &ast.Yield{Pos: p, Value: convExpr(m["value"])}
	case "YieldFrom":
		return &ast.YieldFrom{Pos: p, Value: convExpr(m["value"])}
	case "Await":
		return &ast.Await{Pos: p, Value: convExpr(m["value"])}
	}
	panic(fmt.Sprintf("ast2json: unknown expression %v", m["_t"]))
}

func opName(v any) string { return jstr(v.(map[string]any)["_t"]) }

var binOps = map[string]ast.Operator{
	"Add": ast.Add, "Sub": ast.Sub, "Mult": ast.Mult, "MatMult": ast.MatMult, "Div": ast.Div,
	"Mod": ast.Mod, "Pow": ast.Pow, "LShift": ast.LShift, "RShift": ast.RShift, "BitOr": ast.BitOr,
	"BitXor": ast.BitXor, "BitAnd": ast.BitAnd, "FloorDiv": ast.FloorDiv,
}

var unaryOps = map[string]ast.UnaryOperator{"USub": ast.USub, "UAdd": ast.UAdd, "Invert": ast.Invert, "Not": ast.Not}

var cmpOps = map[string]ast.CmpOp{
	"Eq": ast.Eq, "NotEq": ast.NotEq, "Lt": ast.Lt, "LtE": ast.LtE, "Gt": ast.Gt, "GtE": ast.GtE,
	"Is": ast.Is, "IsNot": ast.IsNot, "In": ast.In, "NotIn": ast.NotIn,
}

func convConst(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		return x
	case map[string]any:
		switch x["_c"] {
		case "bool":
			return x["v"].(bool)
		case "int":
			n, _ := new(big.Int).SetString(x["v"].(string), 10)
			if n.IsInt64() {
				return n.Int64()
			}
			return n
		case "float":
			f, _ := strconv.ParseFloat(x["v"].(string), 64)
			return f
		case "complex":
			re, _ := strconv.ParseFloat(x["re"].(string), 64)
			im, _ := strconv.ParseFloat(x["im"].(string), 64)
			return complex(re, im)
		case "bytes":
			var b []byte
			for _, c := range jlist(x["v"]) {
				b = append(b, byte(c.(float64)))
			}
			return b
		case "ellipsis":
			return ast.EllipsisValue
		}
	}
	panic(fmt.Sprintf("ast2json: bad constant %v", v))
}

func convComps(v any) []*ast.Comprehension {
	var out []*ast.Comprehension
	for _, x := range jlist(v) {
		m := x.(map[string]any)
		out = append(out, &ast.Comprehension{
			Target: convExpr(m["target"]), Iter: convExpr(m["iter"]), Ifs: convExprs(m["ifs"]),
			IsAsync: jint(m["is_async"]) != 0,
		})
	}
	return out
}

func convArg(v any) *ast.Arg {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	return &ast.Arg{Pos: jpos(m), Name: jstr(m["arg"]), Annotation: convExpr(m["annotation"])}
}

func convArgList(v any) []*ast.Arg {
	var out []*ast.Arg
	for _, x := range jlist(v) {
		out = append(out, convArg(x))
	}
	return out
}

func convArgs(v any) *ast.Arguments {
	m := v.(map[string]any)
	return &ast.Arguments{
		PosOnly: convArgList(m["posonlyargs"]), Args: convArgList(m["args"]), Vararg: convArg(m["vararg"]),
		KwOnly: convArgList(m["kwonlyargs"]), KwDefaults: convExprs(m["kw_defaults"]), Kwarg: convArg(m["kwarg"]),
		Defaults: convExprs(m["defaults"]),
	}
}

func convKeywords(v any) []*ast.Keyword {
	var kws []*ast.Keyword
	for _, k := range jlist(v) {
		km := k.(map[string]any)
		kws = append(kws, &ast.Keyword{Pos: jpos(km), Arg: jstr(km["arg"]), Value: convExpr(km["value"])})
	}
	return kws
}

func convAliases(v any) []*ast.Alias {
	var out []*ast.Alias
	for _, x := range jlist(v) {
		m := x.(map[string]any)
		out = append(out, &ast.Alias{Pos: jpos(m), Name: jstr(m["name"]), AsName: jstr(m["asname"])})
	}
	return out
}

func names(v any) []string {
	var out []string
	for _, x := range jlist(v) {
		out = append(out, jstr(x))
	}
	return out
}

func convStmt(m map[string]any) ast.Stmt {
	p := jpos(m)
	switch t := m["_t"]; t {
	case "Expr":
		return &ast.ExprStmt{Pos: p, Value: convExpr(m["value"])}
	case "Assign":
		return &ast.Assign{Pos: p, Targets: convExprs(m["targets"]), Value: convExpr(m["value"])}
	case "AugAssign":
		return &ast.AugAssign{Pos: p, Target: convExpr(m["target"]), Op: binOps[opName(m["op"])], Value: convExpr(m["value"])}
	case "AnnAssign":
		return &ast.AnnAssign{Pos: p, Target: convExpr(m["target"]), Annotation: convExpr(m["annotation"]),
			Value: convExpr(m["value"]), Simple: jint(m["simple"]) != 0}
	case "Delete":
		return &ast.Delete{Pos: p, Targets: convExprs(m["targets"])}
	case "Pass":
		return &ast.Pass{Pos: p}
	case "Break":
		return &ast.Break{Pos: p}
	case "Continue":
		return &ast.Continue{Pos: p}
	case "Return":
		return &ast.Return{Pos: p, Value: convExpr(m["value"])}
	case "Raise":
		return &ast.Raise{Pos: p, Exc: convExpr(m["exc"]), Cause: convExpr(m["cause"])}
	case "Global":
		return &ast.Global{Pos: p, Names: names(m["names"])}
	case "Nonlocal":
		return &ast.Nonlocal{Pos: p, Names: names(m["names"])}
	case "Assert":
		return &ast.Assert{Pos: p, Test: convExpr(m["test"]), Msg: convExpr(m["msg"])}
	case "Import":
		return &ast.Import{Pos: p, Names: convAliases(m["names"])}
	case "ImportFrom":
		return &ast.ImportFrom{Pos: p, Module: jstr(m["module"]), Names: convAliases(m["names"]), Level: jint(m["level"])}
	case "If":
		return &ast.If{Pos: p, Test: convExpr(m["test"]), Body: convStmts(m["body"]), OrElse: convStmts(m["orelse"])}
	case "While":
		return &ast.While{Pos: p, Test: convExpr(m["test"]), Body: convStmts(m["body"]), OrElse: convStmts(m["orelse"])}
	case "For", "AsyncFor":
		return &ast.For{Pos: p, Target: convExpr(m["target"]), Iter: convExpr(m["iter"]), Body: convStmts(m["body"]),
			OrElse: convStmts(m["orelse"]), IsAsync: t == "AsyncFor"}
	case "Try":
		var hs []*ast.ExceptHandler
		for _, h := range jlist(m["handlers"]) {
			hm := h.(map[string]any)
			hs = append(hs, &ast.ExceptHandler{Pos: jpos(hm), Type: convExpr(hm["type"]), Name: jstr(hm["name"]), Body: convStmts(hm["body"])})
		}
		return &ast.Try{Pos: p, Body: convStmts(m["body"]), Handlers: hs, OrElse: convStmts(m["orelse"]), Finalbody: convStmts(m["finalbody"])}
	case "With", "AsyncWith":
		var items []*ast.WithItem
		for _, it := range jlist(m["items"]) {
			im := it.(map[string]any)
			items = append(items, &ast.WithItem{ContextExpr: convExpr(im["context_expr"]), OptionalVars: convExpr(im["optional_vars"])})
		}
		return &ast.With{Pos: p, Items: items, Body: convStmts(m["body"]), IsAsync: t == "AsyncWith"}
	case "FunctionDef", "AsyncFunctionDef":
		end, _ := m["_endline"].(float64)
		return &ast.FunctionDef{Pos: p, Name: jstr(m["name"]), Args: convArgs(m["args"]), Body: convStmts(m["body"]),
			DecoratorList: convExprs(m["decorator_list"]), Returns: convExpr(m["returns"]), IsAsync: t == "AsyncFunctionDef",
			EndLine: int(end)}
	case "ClassDef":
		return &ast.ClassDef{Pos: p, Name: jstr(m["name"]), Bases: convExprs(m["bases"]), Keywords: convKeywords(m["keywords"]),
			Body: convStmts(m["body"]), DecoratorList: convExprs(m["decorator_list"])}
	}
	panic(fmt.Sprintf("ast2json: unknown statement %v", m["_t"]))
}
