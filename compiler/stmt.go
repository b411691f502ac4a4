package compiler

import (
	"fmt"
	"strings"

	"github.com/minipy/minipy/parser/ast"
)

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	if s == nil {
		panic("missing statement")
	}
	old := c.setPos(s.GetPos())
	defer c.restorePos(old)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *ast.Assign:
		if len(s.Targets) == 0 {
			panic("assignment without targets")
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.store(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
	case *ast.ExprStmt:
		c.exprStmt(s.Value)
	case *ast.Break:
		c.breakStmt()
	case *ast.Continue:
		c.continueStmt()
	case *ast.With:
		if len(s.Items) == 0 {
			panic("with statement without items")
		}
		if s.IsAsync {
			c.asyncWith(s, 0)
		} else {
			c.with(s, 0)
		}
	default:
		panic(fmt.Sprintf("unexpected statement %T", s))
	}
}

// exprStmt compiles an expression statement: the value is dropped, or
// printed at the top level of interactive input.
func (c *compiler) exprStmt(e ast.Expr) {
	if c.interactive && c.u.kind == unitModule {
		c.expr(e)
		c.emit(PRINT_EXPR, 0)
		return
	}
	if _, ok := e.(*ast.Constant); ok {
		return // a docstring-like constant does nothing
	}
	c.expr(e)
	c.emitNoLine(POP_TOP, 0)
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	switch t := s.Target.(type) {
	case *ast.Attribute:
		old := c.setPos(t.Pos)
		c.expr(t.Value)
		c.emit(COPY, 1)
		c.setAttrPos(t)
		c.emitName(LOAD_ATTR, t.Attr)
		c.restorePos(old)
	case *ast.Subscript:
		old := c.setPos(t.Pos)
		c.expr(t.Value)
		c.subscriptIndex(t.Index)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.restorePos(old)
	case *ast.Name:
		old := c.setPos(t.Pos)
		c.nameOp(t.Id, ctxLoad)
		c.restorePos(old)
	default:
		c.errorAt(s.Target.GetPos(), "'%s' is an illegal expression for augmented assignment", ast.ExprName(s.Target))
	}
	c.expr(s.Value)
	c.emit(BINARY_OP, int(s.Op)+InplaceBase)
	old := c.setPos(s.Target.GetPos())
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.setAttrPos(t)
		c.emit(SWAP, 2)
		c.emitName(STORE_ATTR, t.Attr)
	case *ast.Subscript:
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	case *ast.Name:
		c.nameOp(t.Id, ctxStore)
	}
	c.restorePos(old)
}

// annAssign compiles `target: annotation [= value]`. At module and class
// level a simple name's annotation is stored in __annotations__; elsewhere
// annotations are not evaluated.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	topLevel := c.u.kind == unitModule || c.u.kind == unitClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			c.errorAt(t.Pos, "cannot assign to __debug__")
		}
		if s.Simple && topLevel {
			c.annotation(s.Annotation)
			c.emitRawName(LOAD_NAME, "__annotations__")
			c.loadConst(mangle(c.u.private, t.Id))
			c.emit(STORE_SUBSCR, 0)
		}
	case *ast.Attribute:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscript(t.Index)
		}
	default:
		c.errorAt(s.Target.GetPos(), "illegal target for annotation")
	}
	if !s.Simple && !c.futureAnnotations && topLevel {
		c.checkAnnExpr(s.Annotation)
	}
}

// checkAnnExpr evaluates an expression for its side effects only.
func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.emit(POP_TOP, 0)
}

func (c *compiler) checkAnnSubscript(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, part := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				c.checkAnnExpr(part)
			}
		}
	case *ast.Tuple:
		for _, elt := range e.Elts {
			c.checkAnnSubscript(elt)
		}
	default:
		c.checkAnnExpr(e)
	}
}

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newLabel()
	next := end
	if len(s.OrElse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.OrElse) > 0 {
		c.emitJumpNoLine(JUMP, end)
		c.bind(next)
		c.stmts(s.OrElse)
	}
	c.bind(end)
}

// iterExpr compiles the iterable of a for loop or comprehension; a list
// display there is built as a tuple (a constant one when it can be).
func (c *compiler) iterExpr(e ast.Expr) {
	if l, ok := e.(*ast.List); ok {
		for _, elt := range l.Elts {
			if _, star := elt.(*ast.Starred); star {
				c.expr(e)
				return
			}
		}
		c.expr(&ast.Tuple{Pos: l.Pos, Elts: l.Elts})
		return
	}
	c.expr(e)
}

// forStmt:
//
//	<iter> GET_ITER
//	L:   FOR_ITER end_body
//	     <store target> <body> JUMP_BACKWARD L
//	end_body: <else body>
//	end:
func (c *compiler) forStmt(s *ast.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.iterExpr(s.Iter)
	c.emit(GET_ITER, 0)
	c.bind(start)
	c.emitJump(FOR_ITER, cleanup)
	c.pushFblock(&fblock{kind: fbForLoop, head: start, exit: end, outer: c.u.handler})
	c.store(s.Target)
	c.stmts(s.Body)
	c.emitJumpNoLine(JUMP_BACKWARD, start)
	c.popFblock(fbForLoop)
	c.bind(cleanup)
	c.stmts(s.OrElse)
	c.bind(end)
}

// whileStmt:
//
//	L:   <test> POP_JUMP_IF_FALSE anchor
//	     <body> JUMP_BACKWARD L
//	anchor: <else body>
//	end:
func (c *compiler) whileStmt(s *ast.While) {
	loop, anchor, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(loop)
	c.pushFblock(&fblock{kind: fbWhileLoop, head: loop, exit: end, outer: c.u.handler})
	c.jumpIf(s.Test, anchor, false)
	c.stmts(s.Body)
	c.setPos(s.Pos)
	c.emitJump(JUMP_BACKWARD, loop)
	c.popFblock(fbWhileLoop)
	c.bind(anchor)
	c.stmts(s.OrElse)
	c.bind(end)
}

func (c *compiler) breakStmt() {
	savedBlocks, savedHandler := c.saveUnwind()
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.error("'break' outside loop")
	}
	c.unwindBlock(loop, false)
	c.emitJump(JUMP, loop.exit)
	c.restoreUnwind(savedBlocks, savedHandler)
}

func (c *compiler) continueStmt() {
	savedBlocks, savedHandler := c.saveUnwind()
	loop := c.unwindStack(false, true)
	if loop == nil {
		c.error("'continue' not properly in loop")
	}
	c.emitJump(JUMP_BACKWARD, loop.head)
	c.restoreUnwind(savedBlocks, savedHandler)
}

// returnStmt evaluates the value first, then leaves every enclosing block
// with the value kept on top of the stack.
func (c *compiler) returnStmt(s *ast.Return) {
	b := c.u.b
	if b.kind != functionBlock {
		c.error("'return' outside function")
	}
	if s.Value != nil && b.coroutine && b.generator {
		c.error("'return' with value in async generator")
	}
	var constVal any
	isConst := false
	if s.Value != nil {
		constVal, isConst = c.constValue(s.Value)
	}
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	savedBlocks, savedHandler := c.saveUnwind()
	c.unwindStack(preserve, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.loadConst(constVal)
	}
	c.emit(RETURN_VALUE, 0)
	c.restoreUnwind(savedBlocks, savedHandler)
}

func (c *compiler) assert(s *ast.Assert) {
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.emit(LOAD_ASSERTION_ERROR, 0)
	if s.Msg != nil {
		c.emit(PUSH_NULL, 0)
		c.expr(s.Msg)
		c.emit(CALL, 1)
	}
	c.emit(RAISE_VARARGS, 1)
	c.bind(end)
}

// importStmt: `import a.b.c` binds a; `import a.b.c as d` walks to a.b.c
// with IMPORT_FROM (as CPython 3.11 does) and binds d.
func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		if a == nil {
			panic("nil alias")
		}
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emitName(IMPORT_NAME, a.Name)
		if a.AsName != "" {
			parts := strings.Split(a.Name, ".")
			for i, attr := range parts[1:] {
				c.emitRawName(IMPORT_FROM, attr)
				if i < len(parts)-2 {
					c.emit(SWAP, 2)
					c.emit(POP_TOP, 0)
				}
			}
			c.nameOp(a.AsName, ctxStore)
			if len(parts) > 1 {
				c.emit(POP_TOP, 0)
			}
			continue
		}
		top := a.Name
		if i := strings.IndexByte(top, '.'); i >= 0 {
			top = top[:i]
		}
		c.nameOp(top, ctxStore)
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	if s.Module == "__future__" && s.Pos.Line > c.futureLine {
		c.error("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(int64(s.Level))
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		if a == nil {
			panic("nil alias")
		}
		names[i] = a.Name
	}
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.emit(IMPORT_STAR, 0)
			return
		}
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.AsName != "" {
			store = a.AsName
		}
		c.nameOp(store, ctxStore)
	}
	c.emit(POP_TOP, 0)
}
