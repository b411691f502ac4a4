package compiler

import "github.com/minipy/minipy/parser/ast"

// Exception handling with the exception table. The sequences mirror CPython
// 3.11's without its `lasti` slot (d is the stack depth at the statement):
//
// try/except (handler H keeps d, cleanup C keeps d+1, i.e. prev_exc):
//
//	     <body>                       protected by H
//	     <else body>  JUMP end
//	H:   PUSH_EXC_INFO                prev exc          ┐
//	     <E> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next1     │
//	     STORE n                      prev              │ protected by C
//	     <clause body>                protected by N     │
//	     POP_EXCEPT  n=None  del n  JUMP end            (unprotected)
//	N:   n=None  del n  RERAISE 0                       │
//	next1: ... further clauses ...                      │
//	     RERAISE 0                                      ┘
//	C:   SWAP 2  POP_EXCEPT  RERAISE 0
//	end:
//
// try/finally (handler F keeps d):
//
//	     <body>                       protected by F
//	     <finally body>  JUMP exit
//	F:   PUSH_EXC_INFO  <finally body>  RERAISE 0        protected by C (keeps d+1)
//	C:   SWAP 2  POP_EXCEPT  RERAISE 0
//	exit:
//
// with (handler H keeps d+2: __exit__ as a call's callable and self, as
// CPython 3.14's LOAD_SPECIAL pushes it, so no bound method is made when
// __exit__ is a function or a built-in method):
//
//	     <mgr> BEFORE_WITH            exit self res
//	     <store target | POP_TOP>  <body>                  protected by H
//	     WITH_EXIT  POP_TOP  JUMP end             (exit(None, None, None))
//	H:   PUSH_EXC_INFO  WITH_EXCEPT_START              exit self prev exc res
//	     POP_JUMP_IF_TRUE suppress  RERAISE 0          protected by C (keeps d+3)
//	C:   SWAP 2  POP_EXCEPT  RERAISE 0
//	suppress: POP_TOP  POP_EXCEPT  POP_TOP  POP_TOP
//	end:
//
// break, continue and return leave these blocks through unwindBlock.

// popExceptAndReraise is the cleanup handler body: stack `prev exc`.
func (c *compiler) popExceptAndReraise() {
	c.emit(SWAP, 2)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
}

func (c *compiler) tryExcept(s *ast.Try) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	h := c.pushHandler(except, 0)
	c.pushFblock(&fblock{kind: fbTryExcept, outer: outer})
	c.stmts(s.Body)
	c.popFblock(fbTryExcept)
	c.popHandler(h)
	c.stmts(s.OrElse)
	c.emitJumpNoLine(JUMP, end)

	c.bind(except)
	hc := c.pushHandler(cleanup, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(&fblock{kind: fbExceptionHandler, outer: outer})
	for i, eh := range s.Handlers {
		if eh == nil {
			panic("nil except clause")
		}
		old := c.setPos(eh.Pos)
		if eh.Type == nil && i < len(s.Handlers)-1 {
			c.error("default 'except:' must be last")
		}
		next := c.newLabel()
		if eh.Type != nil {
			c.expr(eh.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if eh.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(eh.Name, ctxStore)
			hn := c.pushHandler(cleanupEnd, 0)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, outer: outer, name: eh.Name})
			c.stmts(eh.Body)
			c.popFblock(fbHandlerCleanup)
			c.popHandler(hn)
			// Normal exit: the clause's handlers end here.
			c.u.handler = outer
			c.emit(POP_EXCEPT, 0)
			c.clearName(eh.Name)
			c.emitJump(JUMP, end)
			c.u.handler = hc
			// The clause body raised: clear the name, let C restore prev_exc.
			c.bind(cleanupEnd)
			c.clearName(eh.Name)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, outer: outer})
			c.stmts(eh.Body)
			c.popFblock(fbHandlerCleanup)
			c.u.handler = outer
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
			c.u.handler = hc
		}
		c.bind(next)
		c.restorePos(old)
	}
	c.popFblock(fbExceptionHandler)
	c.emit(RERAISE, 0) // no clause matched
	c.popHandler(hc)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

// clearName emits `name = None; del name` for an `except ... as name` variable.
func (c *compiler) clearName(name string) {
	c.loadConst(nil)
	c.nameOp(name, ctxStore)
	c.nameOp(name, ctxDel)
}

func (c *compiler) tryFinally(s *ast.Try) {
	final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	h := c.pushHandler(final, 0)
	c.pushFblock(&fblock{kind: fbFinallyTry, outer: outer, final: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock(fbFinallyTry)
	c.popHandler(h)
	c.stmts(s.Finalbody)
	c.emitJumpNoLine(JUMP, exit)

	c.bind(final)
	hc := c.pushHandler(cleanup, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(&fblock{kind: fbFinallyEnd, outer: outer})
	c.stmts(s.Finalbody)
	c.popFblock(fbFinallyEnd)
	c.emitNoLine(RERAISE, 0)
	c.popHandler(hc)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(exit)
}

// callExitWithNones calls the __exit__ on top of the stack with three
// Nones: one instruction for CPython's `LOAD_CONST None` x3 and CALL.
func (c *compiler) callExitWithNones() {
	c.emit(WITH_EXIT, 0)
}

// with compiles item pos of a with statement; further items nest inside.
func (c *compiler) with(s *ast.With, pos int) {
	item := s.Items[pos]
	if item == nil {
		panic("nil with item")
	}
	final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.emit(BEFORE_WITH, 0)
	outer := c.u.handler
	h := c.pushHandler(final, 1)
	c.pushFblock(&fblock{kind: fbWith, outer: outer, node: s})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.with(s, pos+1)
	}
	c.popFblock(fbWith)
	c.popHandler(h)

	old := c.setPos(s.Pos)
	c.callExitWithNones()
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, exit)

	c.bind(final)
	hc := c.pushHandler(cleanup, 0)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	c.withExceptFinish(cleanup, hc)
	c.restorePos(old)
	c.bind(exit)
}

// withExceptFinish ends the exceptional path of a with statement: the
// result of __exit__ is on the stack above `exit prev exc`.
func (c *compiler) withExceptFinish(cleanup label, hc *handler) {
	suppress := c.newLabel()
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.popHandler(hc)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(suppress)
	c.emit(POP_TOP, 0)    // exc
	c.emit(POP_EXCEPT, 0) // prev
	c.emit(POP_TOP, 0)    // self_or_null
	c.emit(POP_TOP, 0)    // exit
}

// ---- leaving blocks: break, continue, return ----

func (c *compiler) saveUnwind() ([]*fblock, *handler) {
	return append([]*fblock(nil), c.u.fblocks...), c.u.handler
}

func (c *compiler) restoreUnwind(blocks []*fblock, h *handler) {
	c.u.fblocks = blocks
	c.u.handler = h
}

// unwindStack emits the cleanup of the enclosing blocks, innermost first,
// popping them, up to (not including) the innermost loop when stopAtLoop.
// It returns that loop, or nil. Callers restore the block stack afterwards.
func (c *compiler) unwindStack(preserveTOS, stopAtLoop bool) *fblock {
	u := c.u
	for len(u.fblocks) > 0 {
		top := u.fblocks[len(u.fblocks)-1]
		if stopAtLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
			return top
		}
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		c.unwindBlock(top, preserveTOS)
	}
	return nil
}

// unwindBlock emits the code that leaves one block early. With preserveTOS
// the value on top of the stack (a return value) stays on top.
func (c *compiler) unwindBlock(fb *fblock, preserveTOS bool) {
	c.u.handler = fb.outer
	switch fb.kind {
	case fbWhileLoop, fbExceptionHandler, fbAsyncComprehension, fbTryExcept:
	case fbForLoop, fbPopValue:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0) // the iterator, or the saved value
	case fbFinallyTry:
		if preserveTOS {
			c.pushFblock(&fblock{kind: fbPopValue, outer: c.u.handler})
		}
		c.stmts(fb.final)
		if preserveTOS {
			c.popFblock(fbPopValue)
		}
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_TOP, 0) // exc
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		old := c.setPos(fb.node.GetPos())
		if preserveTOS {
			// exit self v -> v exit self
			c.emit(SWAP, 3)
			c.emit(SWAP, 2)
		}
		c.callExitWithNones()
		if fb.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.loadConst(nil)
			c.yieldFromLoop(resumeAfterAwait)
		}
		c.emit(POP_TOP, 0)
		c.restorePos(old)
	case fbHandlerCleanup:
		if preserveTOS {
			c.emit(SWAP, 2)
		}
		c.emit(POP_EXCEPT, 0)
		if fb.name != "" {
			c.clearName(fb.name)
		}
	default:
		panic("unknown frame block")
	}
}
