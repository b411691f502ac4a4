package parser

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/minipy/minipy/parser/ast"
	"github.com/minipy/minipy/parser/pyrepr"
)

// Dump renders a syntax tree the way CPython's ast.dump does (node and field
// names included), minus the ctx fields, which package ast does not have. A
// nil field is left out, as ast.dump leaves out None; empty lists are shown.
// It is meant for tests and debugging: compare with
//
//	python3 -c 'import ast; print(ast.dump(ast.parse(src)))'
//
// after deleting ", ctx=Load()" and friends.
func Dump(n any) string {
	d := &dumper{}
	d.node(n)
	return d.b.String()
}

// DumpPos is Dump with each node's position appended as "@line:col".
func DumpPos(n any) string {
	d := &dumper{pos: true}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b   strings.Builder
	pos bool
}

// field is one name=value pair; value is an ast.Node, []ast.Expr, []ast.Stmt,
// another slice of nodes, a string, or a literal already rendered (raw).
type field struct {
	name  string
	value any
}

type raw string

func (d *dumper) call(name string, at *ast.Pos, fields ...field) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	for _, f := range fields {
		if isNil(f.value) {
			continue
		}
		if !first {
			d.b.WriteString(", ")
		}
		first = false
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		d.value(f.value)
	}
	d.b.WriteByte(')')
	if d.pos && at != nil {
		fmt.Fprintf(&d.b, "@%d:%d", at.Line, at.Col)
	}
}

func isNil(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case ast.Expr:
		return v == nil || isNilPtr(v)
	case ast.Stmt:
		return v == nil || isNilPtr(v)
	case *ast.Arg:
		return v == nil
	case *ast.Arguments:
		return v == nil
	}
	return false
}

func isNilPtr(v any) bool {
	switch v := v.(type) {
	case *ast.Name:
		return v == nil
	case *ast.JoinedStr:
		return v == nil
	}
	return false
}

func (d *dumper) value(v any) {
	switch v := v.(type) {
	case raw:
		d.b.WriteString(string(v))
	case string:
		d.b.WriteString(pyrepr.Str(v))
	case ast.Node, *ast.Module, *ast.Arguments:
		d.node(v)
	case []ast.Expr:
		d.b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				d.b.WriteString(", ")
			}
			if e == nil {
				d.b.WriteString("None")
			} else {
				d.node(e)
			}
		}
		d.b.WriteByte(']')
	case []ast.Stmt:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ast.Arg:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ast.Keyword:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ast.Alias:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ast.WithItem:
		d.list(len(v), func(i int) { d.withItem(v[i]) })
	case []*ast.ExceptHandler:
		d.list(len(v), func(i int) { d.node(v[i]) })
	case []*ast.Comprehension:
		d.list(len(v), func(i int) { d.comprehension(v[i]) })
	case []string:
		d.list(len(v), func(i int) { d.b.WriteString(pyrepr.Str(v[i])) })
	case []ast.CmpOp:
		d.list(len(v), func(i int) { d.b.WriteString(cmpOpNames[v[i]] + "()") })
	default:
		fmt.Fprintf(&d.b, "<%T>", v)
	}
}

func (d *dumper) list(n int, f func(int)) {
	d.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b.WriteString(", ")
		}
		f(i)
	}
	d.b.WriteByte(']')
}

func (d *dumper) withItem(w *ast.WithItem) {
	d.call("withitem", nil, field{"context_expr", w.ContextExpr}, field{"optional_vars", w.OptionalVars})
}

func (d *dumper) comprehension(c *ast.Comprehension) {
	async := "0"
	if c.IsAsync {
		async = "1"
	}
	d.call("comprehension", nil, field{"target", c.Target}, field{"iter", c.Iter}, field{"ifs", c.Ifs}, field{"is_async", raw(async)})
}

var operatorNames = [...]string{
	ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mult", ast.MatMult: "MatMult", ast.Div: "Div",
	ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift", ast.BitOr: "BitOr",
	ast.BitXor: "BitXor", ast.BitAnd: "BitAnd", ast.FloorDiv: "FloorDiv",
}

var unaryNames = [...]string{ast.USub: "USub", ast.UAdd: "UAdd", ast.Invert: "Invert", ast.Not: "Not"}

var cmpOpNames = [...]string{
	ast.Eq: "Eq", ast.NotEq: "NotEq", ast.Lt: "Lt", ast.LtE: "LtE", ast.Gt: "Gt", ast.GtE: "GtE",
	ast.Is: "Is", ast.IsNot: "IsNot", ast.In: "In", ast.NotIn: "NotIn",
}

func opField(name string) raw { return raw(name + "()") }

func asyncName(name string, async bool) string {
	if async {
		return "Async" + name
	}
	return name
}

func (d *dumper) node(n any) {
	var p *ast.Pos
	if nd, ok := n.(ast.Node); ok {
		at := nd.GetPos()
		p = &at
	}
	switch n := n.(type) {
	case *ast.Module:
		d.call("Module", nil, field{"body", n.Body}, field{"type_ignores", raw("[]")})
	// statements
	case *ast.ExprStmt:
		d.call("Expr", p, field{"value", n.Value})
	case *ast.Assign:
		d.call("Assign", p, field{"targets", n.Targets}, field{"value", n.Value})
	case *ast.AugAssign:
		d.call("AugAssign", p, field{"target", n.Target}, field{"op", opField(operatorNames[n.Op])}, field{"value", n.Value})
	case *ast.AnnAssign:
		simple := "0"
		if n.Simple {
			simple = "1"
		}
		d.call("AnnAssign", p, field{"target", n.Target}, field{"annotation", n.Annotation}, field{"value", n.Value}, field{"simple", raw(simple)})
	case *ast.Delete:
		d.call("Delete", p, field{"targets", n.Targets})
	case *ast.Pass:
		d.call("Pass", p)
	case *ast.Break:
		d.call("Break", p)
	case *ast.Continue:
		d.call("Continue", p)
	case *ast.Return:
		d.call("Return", p, field{"value", n.Value})
	case *ast.Raise:
		d.call("Raise", p, field{"exc", n.Exc}, field{"cause", n.Cause})
	case *ast.Global:
		d.call("Global", p, field{"names", n.Names})
	case *ast.Nonlocal:
		d.call("Nonlocal", p, field{"names", n.Names})
	case *ast.Assert:
		d.call("Assert", p, field{"test", n.Test}, field{"msg", n.Msg})
	case *ast.Import:
		d.call("Import", p, field{"names", n.Names})
	case *ast.ImportFrom:
		var module any
		if n.Module != "" {
			module = n.Module
		}
		d.call("ImportFrom", p, field{"module", module}, field{"names", n.Names}, field{"level", raw(strconv.Itoa(n.Level))})
	case *ast.Alias:
		var as any
		if n.AsName != "" {
			as = n.AsName
		}
		d.call("alias", p, field{"name", n.Name}, field{"asname", as})
	case *ast.If:
		d.call("If", p, field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.OrElse})
	case *ast.While:
		d.call("While", p, field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.OrElse})
	case *ast.For:
		d.call(asyncName("For", n.IsAsync), p, field{"target", n.Target}, field{"iter", n.Iter}, field{"body", n.Body}, field{"orelse", n.OrElse})
	case *ast.Try:
		d.call("Try", p, field{"body", n.Body}, field{"handlers", n.Handlers}, field{"orelse", n.OrElse}, field{"finalbody", n.Finalbody})
	case *ast.ExceptHandler:
		var name any
		if n.Name != "" {
			name = n.Name
		}
		d.call("ExceptHandler", p, field{"type", n.Type}, field{"name", name}, field{"body", n.Body})
	case *ast.With:
		d.call(asyncName("With", n.IsAsync), p, field{"items", n.Items}, field{"body", n.Body})
	case *ast.FunctionDef:
		d.call(asyncName("FunctionDef", n.IsAsync), p, field{"name", n.Name}, field{"args", n.Args}, field{"body", n.Body},
			field{"decorator_list", n.DecoratorList}, field{"returns", n.Returns})
	case *ast.ClassDef:
		d.call("ClassDef", p, field{"name", n.Name}, field{"bases", n.Bases}, field{"keywords", n.Keywords},
			field{"body", n.Body}, field{"decorator_list", n.DecoratorList})
	case *ast.Arguments:
		var vararg, kwarg any
		if n.Vararg != nil {
			vararg = n.Vararg
		}
		if n.Kwarg != nil {
			kwarg = n.Kwarg
		}
		d.call("arguments", nil, field{"posonlyargs", n.PosOnly}, field{"args", n.Args}, field{"vararg", vararg},
			field{"kwonlyargs", n.KwOnly}, field{"kw_defaults", n.KwDefaults}, field{"kwarg", kwarg}, field{"defaults", n.Defaults})
	case *ast.Arg:
		d.call("arg", p, field{"arg", n.Name}, field{"annotation", n.Annotation})
	case *ast.Keyword:
		var arg any
		if n.Arg != "" {
			arg = n.Arg
		}
		d.call("keyword", p, field{"arg", arg}, field{"value", n.Value})
	// expressions
	case *ast.Name:
		d.call("Name", p, field{"id", n.Id})
	case *ast.Constant:
		d.call("Constant", p, field{"value", raw(constRepr(n.Value))})
	case *ast.JoinedStr:
		d.call("JoinedStr", p, field{"values", n.Values})
	case *ast.FormattedValue:
		conv := -1
		if n.Conversion != 0 {
			conv = int(n.Conversion)
		}
		d.call("FormattedValue", p, field{"value", n.Value}, field{"conversion", raw(strconv.Itoa(conv))}, field{"format_spec", n.FormatSpec})
	case *ast.Tuple:
		d.call("Tuple", p, field{"elts", n.Elts})
	case *ast.List:
		d.call("List", p, field{"elts", n.Elts})
	case *ast.Set:
		d.call("Set", p, field{"elts", n.Elts})
	case *ast.Dict:
		d.call("Dict", p, field{"keys", n.Keys}, field{"values", n.Values})
	case *ast.Attribute:
		d.call("Attribute", p, field{"value", n.Value}, field{"attr", n.Attr})
	case *ast.Subscript:
		d.call("Subscript", p, field{"value", n.Value}, field{"slice", n.Index})
	case *ast.Slice:
		d.call("Slice", p, field{"lower", n.Lower}, field{"upper", n.Upper}, field{"step", n.Step})
	case *ast.Starred:
		d.call("Starred", p, field{"value", n.Value})
	case *ast.Call:
		d.call("Call", p, field{"func", n.Func}, field{"args", n.Args}, field{"keywords", n.Keywords})
	case *ast.BinOp:
		d.call("BinOp", p, field{"left", n.Left}, field{"op", opField(operatorNames[n.Op])}, field{"right", n.Right})
	case *ast.UnaryOp:
		d.call("UnaryOp", p, field{"op", opField(unaryNames[n.Op])}, field{"operand", n.Operand})
	case *ast.BoolOp:
		op := "And"
		if n.Op == ast.Or {
			op = "Or"
		}
		d.call("BoolOp", p, field{"op", opField(op)}, field{"values", n.Values})
	case *ast.Compare:
		d.call("Compare", p, field{"left", n.Left}, field{"ops", n.Ops}, field{"comparators", n.Comparators})
	case *ast.IfExp:
		d.call("IfExp", p, field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.OrElse})
	case *ast.NamedExpr:
		d.call("NamedExpr", p, field{"target", n.Target}, field{"value", n.Value})
	case *ast.Lambda:
		d.call("Lambda", p, field{"args", n.Args}, field{"body", n.Body})
	case *ast.ListComp:
		d.call("ListComp", p, field{"elt", n.Elt}, field{"generators", n.Generators})
	case *ast.SetComp:
		d.call("SetComp", p, field{"elt", n.Elt}, field{"generators", n.Generators})
	case *ast.GeneratorExp:
		d.call("GeneratorExp", p, field{"elt", n.Elt}, field{"generators", n.Generators})
	case *ast.DictComp:
		d.call("DictComp", p, field{"key", n.Key}, field{"value", n.Value}, field{"generators", n.Generators})
	case *ast.Yield:
		d.call("Yield", p, field{"value", n.Value})
	case *ast.YieldFrom:
		d.call("YieldFrom", p, field{"value", n.Value})
	case *ast.Await:
		d.call("Await", p, field{"value", n.Value})
	default:
		fmt.Fprintf(&d.b, "<%T>", n)
	}
}

// constRepr renders a constant as Python's repr() would.
func constRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return pyrepr.Float(v, true)
	case complex128:
		return pyrepr.Complex(v)
	case string:
		return pyrepr.Str(v)
	case []byte:
		return pyrepr.Bytes(v)
	case ast.EllipsisType:
		return "Ellipsis"
	}
	return fmt.Sprintf("<%T>", v)
}
