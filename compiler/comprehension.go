package compiler

import "github.com/minipy/minipy/parser/ast"

// Comprehensions (CPython 3.11): each is a function of its own, called with
// the outermost iterator as its argument `.0`:
//
//	<MAKE_FUNCTION <listcomp>> PUSH_NULL <outermost iterable> GET_ITER CALL 1
//
// and inside, for `[elt for x in it if cond]`:
//
//	BUILD_LIST 0
//	LOAD_FAST .0
//	L:   FOR_ITER end
//	     STORE_FAST x
//	     <cond> POP_JUMP_IF_FALSE next
//	     <elt> LIST_APPEND 2          the list sits below one iterator per loop
//	next: JUMP_BACKWARD L
//	end: RETURN_VALUE
//
// A generator expression yields instead (`<elt> YIELD_VALUE RESUME 1 POP_TOP`)
// and returns None. A comprehension that awaits is a coroutine, which the
// caller awaits after calling it (an async generator expression is not).

func (c *compiler) comprehension(e ast.Expr, name string, kind compKind, gens []*ast.Comprehension, elt, val ast.Expr) {
	if len(gens) == 0 || gens[0] == nil {
		panic("comprehension without generators")
	}
	outer := gens[0]
	outerKind := c.u.kind
	c.enterScope(name, unitComprehension, e, e.GetPos().Line)
	c.setPos(e.GetPos())
	isAsync := c.u.b.coroutine
	if isAsync && kind != generatorExpression && outerKind != unitAsyncFunction && outerKind != unitComprehension {
		c.error("asynchronous comprehension outside of an asynchronous function")
	}
	c.u.argCount = 1
	switch kind {
	case listComprehension:
		c.emit(BUILD_LIST, 0)
	case setComprehension:
		c.emit(BUILD_SET, 0)
	case dictComprehension:
		c.emit(BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, val, kind)
	if kind == generatorExpression {
		c.returnNoneIfReachable()
	} else {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitScope()

	c.makeClosure(code, 0)
	c.emit(PUSH_NULL, 0)
	c.iterExpr(outer.Iter)
	if outer.IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if isAsync && kind != generatorExpression {
		c.awaitTOS(0)
	}
}

func (c *compiler) comprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compKind) {
	if gens[i] == nil {
		panic("nil comprehension clause")
	}
	if gens[i].IsAsync {
		c.asyncComprehensionGenerator(gens, i, depth, elt, val, kind)
	} else {
		c.syncComprehensionGenerator(gens, i, depth, elt, val, kind)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compKind) {
	gen := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	loop := true
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0
	} else {
		// `for y in [expr]` binds y without a loop.
		var elts []ast.Expr
		switch it := gen.Iter.(type) {
		case *ast.List:
			elts = it.Elts
		case *ast.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, star := elts[0].(*ast.Starred); !star {
				c.expr(elts[0])
				loop = false
			}
		}
		if loop {
			c.iterExpr(gen.Iter)
			c.emit(GET_ITER, 0)
		}
	}
	if loop {
		depth++
		c.bind(start)
		c.emitJump(FOR_ITER, anchor)
	}
	c.store(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(depth, elt, val, kind)
	}
	c.bind(ifCleanup)
	if loop {
		c.emitJumpNoLine(JUMP_BACKWARD, start)
		c.bind(anchor)
	}
}

func (c *compiler) asyncComprehensionGenerator(gens []*ast.Comprehension, i, depth int, elt, val ast.Expr, kind compKind) {
	gen := gens[i]
	start, except, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0, an async iterator
	} else {
		c.expr(gen.Iter)
		c.emit(GET_AITER, 0)
	}
	c.bind(start)
	c.pushFblock(&fblock{kind: fbAsyncComprehension, outer: c.u.handler})
	h := c.pushHandler(except, 0)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.yieldFromLoop(resumeAfterAwait)
	c.popHandler(h)
	c.store(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, val, kind)
	} else {
		c.comprehensionElement(depth, elt, val, kind)
	}
	c.bind(ifCleanup)
	c.emitJumpNoLine(JUMP_BACKWARD, start)
	c.popFblock(fbAsyncComprehension)
	c.bind(except)
	c.emit(END_ASYNC_FOR, 0)
}

// comprehensionElement adds one element to the result, which sits at stack
// position depth+1 below the top once the element is popped.
func (c *compiler) comprehensionElement(depth int, elt, val ast.Expr, kind compKind) {
	switch kind {
	case generatorExpression:
		c.expr(elt)
		c.emit(YIELD_VALUE, 0)
		c.emit(RESUME, resumeAfterYield)
		c.emit(POP_TOP, 0)
	case listComprehension:
		c.expr(elt)
		c.emit(LIST_APPEND, depth+1)
	case setComprehension:
		c.expr(elt)
		c.emit(SET_ADD, depth+1)
	case dictComprehension:
		c.expr(elt)
		c.expr(val)
		c.emit(MAP_ADD, depth+1)
	}
}
