package compiler

import "github.com/minipy/minipy/parser/ast"

// Generators and coroutines. A function is a generator (CO_GENERATOR), a
// coroutine (CO_COROUTINE) or an async generator (CO_ASYNC_GENERATOR) by its
// flags alone; the VM creates the generator object when it is called, so the
// code starts with the usual RESUME 0.
//
//	yield x          <x> YIELD_VALUE RESUME 1
//	yield from it    <it> GET_YIELD_FROM_ITER LOAD_CONST None <loop 2>
//	await x          <x> GET_AWAITABLE 0 LOAD_CONST None <loop 3>
//	<loop n>         L: SEND end; YIELD_VALUE; RESUME n; JUMP_NO_INTERRUPT L; end:
//
// The RESUME after a YIELD_VALUE tells the VM why the frame was suspended:
// in an async generator, a YIELD_VALUE followed by RESUME 1 is the
// generator's own `yield` (CPython wraps that value with ASYNC_GEN_WRAP),
// while one followed by RESUME 3 passes an awaited value through.

// Arguments of the RESUME that follows a YIELD_VALUE.
const (
	resumeAfterYield     = 1
	resumeAfterYieldFrom = 2
	resumeAfterAwait     = 3
)

// yieldFromLoop delegates to the receiver below the sent value until it
// finishes; its return value is left on the stack.
func (c *compiler) yieldFromLoop(resume int) {
	start, exit := c.newLabel(), c.newLabel()
	c.bind(start)
	c.emitJump(SEND, exit)
	c.emit(YIELD_VALUE, 0)
	c.emit(RESUME, resume)
	c.emitJump(JUMP_NO_INTERRUPT, start)
	c.bind(exit)
}

// awaitTOS awaits the value on top of the stack (GET_AWAITABLE<where>).
func (c *compiler) awaitTOS(where int) {
	c.emit(GET_AWAITABLE, where)
	c.loadConst(nil)
	c.yieldFromLoop(resumeAfterAwait)
}

func (c *compiler) yield(e *ast.Yield) {
	if c.u.b.kind != functionBlock {
		c.error("'yield' outside function")
	}
	if e.Value != nil {
		c.expr(e.Value)
	} else {
		c.loadConst(nil)
	}
	c.emit(YIELD_VALUE, 0)
	c.emit(RESUME, resumeAfterYield)
}

func (c *compiler) yieldFrom(e *ast.YieldFrom) {
	if c.u.b.kind != functionBlock {
		c.error("'yield' outside function")
	}
	if c.u.kind == unitAsyncFunction {
		c.error("'yield from' inside async function")
	}
	c.expr(e.Value)
	c.emit(GET_YIELD_FROM_ITER, 0)
	c.loadConst(nil)
	c.yieldFromLoop(resumeAfterYieldFrom)
}

func (c *compiler) await(e *ast.Await) {
	if c.u.b.kind != functionBlock {
		c.error("'await' outside function")
	}
	if c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension {
		c.error("'await' outside async function")
	}
	c.expr(e.Value)
	c.awaitTOS(0)
}

// asyncFor:
//
//	<iter> GET_AITER
//	L:   GET_ANEXT LOAD_CONST None <loop 3>       protected by H (keeps aiter)
//	     <store target> <body> JUMP_BACKWARD L
//	H:   END_ASYNC_FOR                           (aiter exc: ends the loop on StopAsyncIteration)
//	     <else body>
//	end:
func (c *compiler) asyncFor(s *ast.For) {
	if c.u.kind != unitAsyncFunction {
		c.error("'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(GET_AITER, 0)
	c.bind(start)
	c.pushFblock(&fblock{kind: fbForLoop, head: start, exit: end, outer: c.u.handler})
	h := c.pushHandler(except, 0)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.yieldFromLoop(resumeAfterAwait)
	c.popHandler(h)
	c.store(s.Target)
	c.stmts(s.Body)
	c.emitJumpNoLine(JUMP_BACKWARD, start)
	c.popFblock(fbForLoop)
	c.bind(except)
	old := c.setPos(s.Iter.GetPos())
	c.emit(END_ASYNC_FOR, 0)
	c.restorePos(old)
	c.stmts(s.OrElse)
	c.bind(end)
}

// asyncWith is with() for `async with`: __aenter__ and __aexit__ are awaited.
func (c *compiler) asyncWith(s *ast.With, pos int) {
	if c.u.kind != unitAsyncFunction {
		c.error("'async with' outside async function")
	}
	item := s.Items[pos]
	if item == nil {
		panic("nil with item")
	}
	final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.emit(BEFORE_ASYNC_WITH, 0)
	c.awaitTOS(1)
	outer := c.u.handler
	h := c.pushHandler(final, 1)
	c.pushFblock(&fblock{kind: fbAsyncWith, outer: outer, node: s})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWith(s, pos+1)
	}
	c.popFblock(fbAsyncWith)
	c.popHandler(h)

	old := c.setPos(s.Pos)
	c.callExitWithNones()
	c.awaitTOS(2)
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, exit)

	c.bind(final)
	hc := c.pushHandler(cleanup, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	c.awaitTOS(2)
	c.withExceptFinish(cleanup, hc)
	c.restorePos(old)
	c.bind(exit)
}
