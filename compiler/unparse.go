package compiler

// unparse turns an annotation back into source text, for `from __future__
// import annotations` (PEP 563), with the spacing and parentheses of
// CPython's Python/ast_unparse.c.

import (
	"math"
	"math/big"
	"strings"

	"github.com/minipy/minipy/parser/ast"
	"github.com/minipy/minipy/parser/pyrepr"
)

// Precedence levels, lowest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also prExpr
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prExpr = prBor

var binOpPrec = [...]int{
	ast.Add: prArith, ast.Sub: prArith, ast.Mult: prTerm, ast.MatMult: prTerm,
	ast.Div: prTerm, ast.Mod: prTerm, ast.Pow: prPower, ast.LShift: prShift,
	ast.RShift: prShift, ast.BitOr: prBor, ast.BitXor: prBxor, ast.BitAnd: prBand,
	ast.FloorDiv: prTerm,
}

func unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.String()
}

type unparser struct{ strings.Builder }

func (u *unparser) open(cond bool, s string) {
	if cond {
		u.WriteString(s)
	}
}

func (u *unparser) exprs(list []ast.Expr, level int) {
	for i, e := range list {
		if i > 0 {
			u.WriteString(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.BoolOp:
		pr, op := prAnd, " and "
		if e.Op == ast.Or {
			pr, op = prOr, " or "
		}
		u.open(level > pr, "(")
		for i, v := range e.Values {
			if i > 0 {
				u.WriteString(op)
			}
			u.expr(v, pr+1)
		}
		u.open(level > pr, ")")
	case *ast.BinOp:
		pr := binOpPrec[e.Op]
		rassoc := 0
		if e.Op == ast.Pow {
			rassoc = 1
		}
		u.open(level > pr, "(")
		u.expr(e.Left, pr+rassoc)
		u.WriteString(" " + e.Op.String() + " ")
		u.expr(e.Right, pr+1-rassoc)
		u.open(level > pr, ")")
	case *ast.UnaryOp:
		pr, op := prFactor, ""
		switch e.Op {
		case ast.Invert:
			op = "~"
		case ast.Not:
			pr, op = prNot, "not "
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.open(level > pr, "(")
		u.WriteString(op)
		u.expr(e.Operand, pr)
		u.open(level > pr, ")")
	case *ast.Lambda:
		u.open(level > prTest, "(")
		u.WriteString("lambda")
		if e.Args != nil {
			var args unparser
			args.arguments(e.Args)
			if args.Len() > 0 {
				u.WriteString(" ")
				u.WriteString(args.String())
			}
		}
		u.WriteString(": ")
		u.expr(e.Body, prTest)
		u.open(level > prTest, ")")
	case *ast.IfExp:
		u.open(level > prTest, "(")
		u.expr(e.Body, prTest+1)
		u.WriteString(" if ")
		u.expr(e.Test, prTest+1)
		u.WriteString(" else ")
		u.expr(e.OrElse, prTest)
		u.open(level > prTest, ")")
	case *ast.Dict:
		u.WriteString("{")
		for i := range e.Values {
			if i > 0 {
				u.WriteString(", ")
			}
			if e.Keys[i] == nil {
				u.WriteString("**")
				u.expr(e.Values[i], prExpr)
			} else {
				u.expr(e.Keys[i], prTest)
				u.WriteString(": ")
				u.expr(e.Values[i], prTest)
			}
		}
		u.WriteString("}")
	case *ast.Set:
		if len(e.Elts) == 0 {
			u.WriteString("{*()}")
			return
		}
		u.WriteString("{")
		u.exprs(e.Elts, prTest)
		u.WriteString("}")
	case *ast.List:
		u.WriteString("[")
		u.exprs(e.Elts, prTest)
		u.WriteString("]")
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.WriteString("()")
			return
		}
		u.open(level > prTuple, "(")
		u.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			u.WriteString(",")
		}
		u.open(level > prTuple, ")")
	case *ast.ListComp:
		u.WriteString("[")
		u.expr(e.Elt, prTest)
		u.generators(e.Generators)
		u.WriteString("]")
	case *ast.SetComp:
		u.WriteString("{")
		u.expr(e.Elt, prTest)
		u.generators(e.Generators)
		u.WriteString("}")
	case *ast.GeneratorExp:
		u.WriteString("(")
		u.expr(e.Elt, prTest)
		u.generators(e.Generators)
		u.WriteString(")")
	case *ast.DictComp:
		u.WriteString("{")
		u.expr(e.Key, prTest)
		u.WriteString(": ")
		u.expr(e.Value, prTest)
		u.generators(e.Generators)
		u.WriteString("}")
	case *ast.Yield:
		if e.Value == nil {
			u.WriteString("(yield)")
			return
		}
		u.WriteString("(yield ")
		u.expr(e.Value, prTest)
		u.WriteString(")")
	case *ast.YieldFrom:
		u.WriteString("(yield from ")
		u.expr(e.Value, prTest)
		u.WriteString(")")
	case *ast.Await:
		u.open(level > prAwait, "(")
		u.WriteString("await ")
		u.expr(e.Value, prAtom)
		u.open(level > prAwait, ")")
	case *ast.Compare:
		u.open(level > prCmp, "(")
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.WriteString(" " + op.String() + " ")
			if i < len(e.Comparators) {
				u.expr(e.Comparators[i], prCmp+1)
			}
		}
		u.open(level > prCmp, ")")
	case *ast.Call:
		u.expr(e.Func, prAtom)
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.WriteString("(")
		u.exprs(e.Args, prTest)
		for i, kw := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				u.WriteString(", ")
			}
			if kw.Arg == "" {
				u.WriteString("**")
			} else {
				u.WriteString(kw.Arg + "=")
			}
			u.expr(kw.Value, prTest)
		}
		u.WriteString(")")
	case *ast.Constant:
		u.constant(e.Value)
	case *ast.JoinedStr:
		var body unparser
		body.fstringBody(e.Values)
		u.WriteString("f" + pyrepr.Str(body.String()))
	case *ast.FormattedValue:
		var body unparser
		body.fstringBody([]ast.Expr{e})
		u.WriteString("f" + pyrepr.Str(body.String()))
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		if k, ok := e.Value.(*ast.Constant); ok {
			// `1 .real`: an integer needs a space before the dot.
			switch normalizeConst(k.Value).(type) {
			case int64, *big.Int:
				u.WriteString(" ")
			}
		}
		u.WriteString("." + e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		index := e.Index
		if s, ok := index.(*ast.Starred); ok {
			index = &ast.Tuple{Pos: s.Pos, Elts: []ast.Expr{s}} // a[*b] is a[*b,]
		}
		u.WriteString("[")
		u.expr(index, prTuple)
		u.WriteString("]")
	case *ast.Starred:
		u.WriteString("*")
		u.expr(e.Value, prExpr)
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.WriteString(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.WriteString(":")
			u.expr(e.Step, prTest)
		}
	case *ast.Name:
		u.WriteString(e.Id)
	case *ast.NamedExpr:
		u.open(level > prTuple, "(")
		u.expr(e.Target, prAtom)
		u.WriteString(" := ")
		u.expr(e.Value, prAtom)
		u.open(level > prTuple, ")")
	}
}

func (u *unparser) constant(v any) {
	v = normalizeConst(v)
	switch x := v.(type) {
	case EllipsisConst:
		u.WriteString("...")
	case float64:
		if math.IsInf(x, 0) {
			u.WriteString(strings.Replace(pyrepr.Float(x, true), "inf", "1e309", 1))
			return
		}
		u.WriteString(pyrepr.Float(x, true))
	case complex128:
		s := pyrepr.Complex(x)
		u.WriteString(strings.ReplaceAll(s, "inf", "1e309"))
	case ConstTuple:
		if len(x) == 0 {
			u.WriteString("()")
			return
		}
		u.WriteString("(")
		for i, e := range x {
			if i > 0 {
				u.WriteString(", ")
			}
			u.constant(e)
		}
		if len(x) == 1 {
			u.WriteString(",")
		}
		u.WriteString(")")
	default:
		u.WriteString(constRepr(x))
	}
}

func (u *unparser) generators(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync {
			u.WriteString(" async for ")
		} else {
			u.WriteString(" for ")
		}
		u.expr(g.Target, prTuple)
		u.WriteString(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.WriteString(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

func (u *unparser) arguments(a *ast.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.WriteString(", ")
		}
		first = false
	}
	positional := append(append([]*ast.Arg{}, a.PosOnly...), a.Args...)
	nDefaults := len(a.Defaults)
	for i, arg := range positional {
		sep()
		u.WriteString(arg.Name)
		if d := i - (len(positional) - nDefaults); d >= 0 {
			u.WriteString("=")
			u.expr(a.Defaults[d], prTest)
		}
		if i == len(a.PosOnly)-1 {
			u.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.KwOnly) > 0 {
		sep()
		u.WriteString("*")
		if a.Vararg != nil {
			u.WriteString(a.Vararg.Name)
		}
	}
	for i, arg := range a.KwOnly {
		sep()
		u.WriteString(arg.Name)
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			u.WriteString("=")
			u.expr(a.KwDefaults[i], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.WriteString("**" + a.Kwarg.Name)
	}
}

// fstringBody writes the inside of an f-string: literal text with braces
// doubled, and {expr!c:spec} fields.
func (u *unparser) fstringBody(values []ast.Expr) {
	for _, v := range values {
		switch v := v.(type) {
		case *ast.Constant:
			if s, ok := v.Value.(string); ok {
				s = strings.ReplaceAll(s, "{", "{{")
				s = strings.ReplaceAll(s, "}", "}}")
				u.WriteString(s)
			}
		case *ast.FormattedValue:
			var inner unparser
			inner.expr(v.Value, prTest+1)
			text := inner.String()
			u.WriteString("{")
			if strings.HasPrefix(text, "{") {
				u.WriteString(" ")
			}
			u.WriteString(text)
			switch v.Conversion {
			case 's', 'r', 'a':
				u.WriteString("!" + string(v.Conversion))
			}
			if v.FormatSpec != nil {
				u.WriteString(":")
				switch spec := v.FormatSpec.(type) {
				case *ast.JoinedStr:
					u.fstringBody(spec.Values)
				default:
					u.fstringBody([]ast.Expr{spec})
				}
			}
			u.WriteString("}")
		case *ast.JoinedStr:
			u.fstringBody(v.Values)
		}
	}
}
