package compiler

import (
	"fmt"

	"github.com/minipy/minipy/parser/ast"
)

// stackUseGuideline is CPython's STACK_USE_GUIDELINE: displays and calls with
// more items are built incrementally instead of all on the stack.
const stackUseGuideline = 30

// expr compiles an expression that pushes one value. The instructions take
// the expression's own line, as CPython's compiler_visit_expr does.
func (c *compiler) expr(e ast.Expr) {
	if e == nil {
		panic("missing expression")
	}
	old := c.setPos(e.GetPos())
	c.expr1(e)
	c.restorePos(old)
}

func (c *compiler) exprs(list []ast.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func (c *compiler) expr1(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Constant:
		c.loadConst(e.Value)
	case *ast.Name:
		c.nameOp(e.Id, ctxLoad)
	case *ast.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		if e.Target == nil {
			panic("walrus without a target")
		}
		c.store(e.Target)
	case *ast.BoolOp:
		c.boolOp(e)
	case *ast.BinOp:
		if v, ok := c.constValue(e); ok {
			c.loadConst(v)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(e.Op))
	case *ast.UnaryOp:
		c.unaryOp(e)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		next, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.expr(e.Body)
		c.emitJumpNoLine(JUMP, end)
		c.bind(next)
		c.expr(e.OrElse)
		c.bind(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starunpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *ast.List:
		c.starunpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *ast.Tuple:
		if v, ok := c.constValue(e); ok {
			c.loadConst(v)
			return
		}
		c.starunpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", listComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", setComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", dictComprehension, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", generatorExpression, e.Generators, e.Elt, nil)
	case *ast.Yield:
		c.yield(e)
	case *ast.YieldFrom:
		c.yieldFrom(e)
	case *ast.Await:
		c.await(e)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		c.call(e)
	case *ast.JoinedStr:
		c.joinedStr(e)
	case *ast.FormattedValue:
		c.formattedValue(e, 0)
	case *ast.Attribute:
		c.expr(e.Value)
		c.setAttrPos(e)
		c.emitName(LOAD_ATTR, e.Attr)
	case *ast.Subscript:
		c.expr(e.Value)
		c.subscriptIndex(e.Index)
		c.emit(BINARY_SUBSCR, 0)
	case *ast.Slice:
		c.slice(e)
	case *ast.Starred:
		c.error("can't use starred expression here")
	default:
		panic(fmt.Sprintf("unexpected expression %T", e))
	}
}

func (c *compiler) unaryOp(e *ast.UnaryOp) {
	if v, ok := c.constValue(e); ok {
		c.loadConst(v)
		return
	}
	if e.Op == ast.Not {
		// `not (a is b)` is `a is not b` (likewise `in`).
		if cmp, ok := e.Operand.(*ast.Compare); ok && len(cmp.Ops) == 1 && len(cmp.Comparators) == 1 {
			if op, ok := invertedCmp[cmp.Ops[0]]; ok {
				old := c.setPos(cmp.Pos)
				c.expr(cmp.Left)
				c.comparator(op, cmp.Comparators[0])
				c.compareOp(op)
				c.restorePos(old)
				return
			}
		}
	}
	c.expr(e.Operand)
	switch e.Op {
	case ast.USub:
		c.emit(UNARY_NEGATIVE, 0)
	case ast.UAdd:
		c.emit(UNARY_POSITIVE, 0)
	case ast.Invert:
		c.emit(UNARY_INVERT, 0)
	case ast.Not:
		c.emit(UNARY_NOT, 0)
	default:
		panic("bad unary operator")
	}
}

// invertedCmp gives the negation of the comparisons `not` can fold into
// (not ==, <, ...: those may be defined independently).
var invertedCmp = map[ast.CmpOp]ast.CmpOp{ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}

// boolOp compiles `a and b and c` / `a or b or c` with short circuits.
func (c *compiler) boolOp(e *ast.BoolOp) {
	op := JUMP_IF_FALSE_OR_POP
	if e.Op == ast.Or {
		op = JUMP_IF_TRUE_OR_POP
	}
	if len(e.Values) == 0 {
		panic("empty BoolOp")
	}
	end := c.newLabel()
	n := len(e.Values) - 1
	for _, v := range e.Values[:n] {
		c.expr(v)
		c.emitJump(op, end)
	}
	c.expr(e.Values[n])
	c.bind(end)
}

// compareOp emits the instruction for one comparison operator.
func (c *compiler) compareOp(op ast.CmpOp) {
	switch op {
	case ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE:
		c.emit(COMPARE_OP, int(op))
	case ast.Is:
		c.emit(IS_OP, 0)
	case ast.IsNot:
		c.emit(IS_OP, 1)
	case ast.In:
		c.emit(CONTAINS_OP, 0)
	case ast.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		panic("bad comparison operator")
	}
}

// comparator compiles the right operand of a comparison; a list or set
// display of constants after `in` becomes a constant tuple.
func (c *compiler) comparator(op ast.CmpOp, e ast.Expr) {
	if op == ast.In || op == ast.NotIn {
		var elts []ast.Expr
		switch d := e.(type) {
		case *ast.List:
			elts = d.Elts
		case *ast.Set:
			elts = d.Elts
		default:
			c.expr(e)
			return
		}
		if v, ok := c.constValue(&ast.Tuple{Pos: e.GetPos(), Elts: elts}); ok {
			old := c.setPos(e.GetPos())
			c.loadConst(v)
			c.restorePos(old)
			return
		}
	}
	c.expr(e)
}

func checkCompare(e *ast.Compare) {
	if len(e.Ops) == 0 || len(e.Ops) != len(e.Comparators) {
		panic("malformed comparison")
	}
}

// compare compiles a comparison chain: `a < b < c` evaluates b once and
// stops at the first false link.
func (c *compiler) compare(e *ast.Compare) {
	checkCompare(e)
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.comparator(e.Ops[0], e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n; i++ {
		c.comparator(e.Ops[i], e.Comparators[i])
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(e.Ops[i])
		c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.comparator(e.Ops[n], e.Comparators[n])
	c.compareOp(e.Ops[n])
	c.emitJumpNoLine(JUMP, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// jumpIf compiles e as a condition: it jumps to target when e's truth equals
// cond, and falls through otherwise (CPython's compiler_jump_if).
//
// As in CPython 3.11, the jumps keep the enclosing location, except after a
// comparison: its location then stays for the rest of the enclosing
// statement or expression (an assert's AssertionError points at the
// comparison that failed).
func (c *compiler) jumpIf(e ast.Expr, target label, cond bool) {
	if v, ok := c.constValue(e); ok {
		if constTruth(v) == cond {
			c.emitJump(JUMP, target)
		}
		return
	}
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, target, !cond)
			return
		}
	case *ast.BoolOp:
		if len(e.Values) == 0 {
			panic("empty BoolOp")
		}
		cond2 := e.Op == ast.Or
		next2 := target
		if cond2 != cond {
			next2 = c.newLabel()
		}
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, cond2)
		}
		c.jumpIf(e.Values[n], target, cond)
		if next2 != target {
			c.bind(next2)
		}
		return
	case *ast.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, target, cond)
		c.emitJumpNoLine(JUMP, end)
		c.bind(next2)
		c.jumpIf(e.OrElse, target, cond)
		c.bind(end)
		return
	case *ast.Compare:
		checkCompare(e)
		c.setPos(e.Pos)
		n := len(e.Ops) - 1
		if n == 0 && (e.Ops[0] == ast.Is || e.Ops[0] == ast.IsNot) {
			if v, ok := c.constValue(e.Comparators[0]); ok && v == nil {
				// `x is None` / `x is not None`
				c.expr(e.Left)
				isNone := (e.Ops[0] == ast.Is) == cond
				if isNone {
					c.emitJump(POP_JUMP_IF_NONE, target)
				} else {
					c.emitJump(POP_JUMP_IF_NOT_NONE, target)
				}
				return
			}
		}
		if n > 0 {
			cleanup, end := c.newLabel(), c.newLabel()
			c.expr(e.Left)
			for i := 0; i < n; i++ {
				c.comparator(e.Ops[i], e.Comparators[i])
				c.emit(SWAP, 2)
				c.emit(COPY, 2)
				c.compareOp(e.Ops[i])
				c.emitJump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.comparator(e.Ops[n], e.Comparators[n])
			c.compareOp(e.Ops[n])
			if cond {
				c.emitJump(POP_JUMP_IF_TRUE, target)
			} else {
				c.emitJump(POP_JUMP_IF_FALSE, target)
			}
			c.emitJumpNoLine(JUMP, end)
			c.bind(cleanup)
			c.emit(POP_TOP, 0)
			if !cond {
				c.emitJumpNoLine(JUMP, target)
			}
			c.bind(end)
			return
		}
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, target)
	}
}

// starunpack builds a list, set or tuple from elements that may include
// `*iterable` items, with `pushed` items already on the stack (CPython's
// starunpack_helper).
func (c *compiler) starunpack(elts []ast.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && c.allConst(elts) {
		vals := make(ConstTuple, n)
		for i, e := range elts {
			vals[i], _ = c.constValue(e)
		}
		if tuple && pushed == 0 {
			c.loadConst(vals)
			return
		}
		c.emit(build, pushed)
		c.loadConst(vals)
		c.emit(extend, 1)
		if tuple {
			c.emit(LIST_TO_TUPLE, 0)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			c.emit(BUILD_TUPLE, n+pushed)
		} else {
			c.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.emit(build, i+pushed)
				built = true
			}
			// The extend keeps the display's (or call's) location.
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) allConst(elts []ast.Expr) bool {
	for _, e := range elts {
		if !c.isConstExpr(e) {
			return false
		}
	}
	return true
}

// dict compiles a dict display; `**m` items merge with DICT_UPDATE.
func (c *compiler) dict(e *ast.Dict) {
	if len(e.Keys) != len(e.Values) {
		panic("malformed dict display")
	}
	n := len(e.Values)
	haveDict := false
	elements := 0
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.emit(DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

// subdict builds a dict from items [begin, end) of a display.
func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	big := n*2 > stackUseGuideline
	if n > 1 && !big && c.allConst(e.Keys[begin:end]) {
		keys := make(ConstTuple, n)
		for i := begin; i < end; i++ {
			c.expr(e.Values[i])
			keys[i-begin], _ = c.constValue(e.Keys[i])
		}
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emit(BUILD_MAP, 0)
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		if big {
			c.emit(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}

// subscriptIndex compiles the index of a subscript. `a[*b]` (PEP 646) is
// the tuple `a[(*b,)]`; CPython's parser wraps the starred item in a Tuple,
// and a bare Starred index is accepted here as the same thing.
func (c *compiler) subscriptIndex(e ast.Expr) {
	if s, ok := e.(*ast.Starred); ok {
		e = &ast.Tuple{Pos: s.Pos, Elts: []ast.Expr{s}}
	}
	c.expr(e)
}

func (c *compiler) slice(e *ast.Slice) {
	n := 2
	for _, part := range []ast.Expr{e.Lower, e.Upper} {
		if part != nil {
			c.expr(part)
		} else {
			c.loadConst(nil)
		}
	}
	if e.Step != nil {
		c.expr(e.Step)
		n++
	}
	c.emit(BUILD_SLICE, n)
}

// joinedStr compiles an f-string: the pieces, then BUILD_STRING.
func (c *compiler) joinedStr(e *ast.JoinedStr) {
	if len(e.Values) > stackUseGuideline {
		c.loadConst("")
		c.emitName(LOAD_METHOD, "join")
		c.emit(BUILD_LIST, 0)
		for _, v := range e.Values {
			c.expr(v)
			c.emit(LIST_APPEND, 1)
		}
		c.emit(CALL, 1)
		return
	}
	if len(e.Values) == 1 {
		c.expr(e.Values[0])
		return
	}
	for _, v := range e.Values {
		if fv, ok := v.(*ast.FormattedValue); ok {
			c.formattedValue(fv, FormatForJoin)
		} else {
			c.expr(v)
		}
	}
	c.emit(BUILD_STRING, len(e.Values))
}

// FormatForJoin is FORMAT_VALUE's flag for a field that BUILD_STRING joins:
// with no conversion and no spec, an exact int may stay an int there (its
// digits are written straight into the joined str).
const FormatForJoin = 8

// formattedValue compiles one `{value!conv:spec}` field; flags is 0 or
// FormatForJoin.
func (c *compiler) formattedValue(e *ast.FormattedValue, flags int) {
	c.expr(e.Value)
	switch e.Conversion {
	case 0, -1:
	case 's':
		flags |= 1
	case 'r':
		flags |= 2
	case 'a':
		flags |= 3
	default:
		c.error("f-string: invalid conversion character %q: expected 's', 'r', or 'a'", e.Conversion)
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

// ---- assignment targets ----

// store compiles an assignment to target; the value is on the stack.
func (c *compiler) store(target ast.Expr) {
	old := c.setPos(target.GetPos())
	defer c.restorePos(old)
	switch t := target.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ctxStore)
	case *ast.Attribute:
		c.expr(t.Value)
		c.setAttrPos(t)
		c.emitName(STORE_ATTR, t.Attr)
	case *ast.Subscript:
		c.expr(t.Value)
		c.subscriptIndex(t.Index)
		c.emit(STORE_SUBSCR, 0)
	case *ast.Tuple:
		c.unpackAndStore(t.Elts)
	case *ast.List:
		c.unpackAndStore(t.Elts)
	case *ast.Starred:
		c.error("starred assignment target must be in a list or tuple")
	default:
		c.error("cannot assign to %s", ast.ExprName(target))
	}
}

// unpackAndStore unpacks the value on the stack into the targets, with at
// most one `*rest` target.
func (c *compiler) unpackAndStore(elts []ast.Expr) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); !ok {
			continue
		}
		if seenStar {
			c.error("multiple starred expressions in assignment")
		}
		if i >= 1<<8 || n-i-1 >= (MaxArg>>8) {
			c.error("too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, i+(n-i-1)<<8)
		seenStar = true
	}
	if !seenStar {
		c.emit(UNPACK_SEQUENCE, n)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

// del compiles `del target`.
func (c *compiler) del(target ast.Expr) {
	old := c.setPos(target.GetPos())
	defer c.restorePos(old)
	switch t := target.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ctxDel)
	case *ast.Attribute:
		c.expr(t.Value)
		c.setAttrPos(t)
		c.emitName(DELETE_ATTR, t.Attr)
	case *ast.Subscript:
		c.expr(t.Value)
		c.subscriptIndex(t.Index)
		c.emit(DELETE_SUBSCR, 0)
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.error("cannot delete %s", ast.ExprName(target))
	}
}
