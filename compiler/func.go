package compiler

import "github.com/minipy/minipy/parser/ast"

// Functions, lambdas and classes.
//
// def f(a, b=1, *, c=2) -> R  with decorators d1, d2:
//
//	<d1> PUSH_NULL <d2> PUSH_NULL              decorators, outermost first
//	<1> BUILD_TUPLE 1                          defaults            (flag 0x01)
//	LOAD_CONST 'c' <2> ... BUILD_CONST_KEY_MAP kw-only defaults    (flag 0x02)
//	LOAD_CONST 'return' <R> BUILD_TUPLE 2      annotations         (flag 0x04)
//	LOAD_CLOSURE x ... BUILD_TUPLE n           free variables      (flag 0x08)
//	LOAD_CONST <code f> MAKE_FUNCTION flags
//	CALL 1  CALL 1                             decorators, innermost first
//	STORE f
//
// Constant tuples fold into one LOAD_CONST. The function's Consts[0] is its
// docstring, or None (CPython's convention, which the VM uses for __doc__).
//
// class C(B, metaclass=M):
//
//	<decorators> LOAD_BUILD_CLASS PUSH_NULL
//	<MAKE_FUNCTION of the body code> LOAD_CONST 'C' <B> <M> KW_NAMES ('metaclass',) CALL 3
//	<CALL 1 per decorator> STORE C

// functionDef compiles `def` and `async def`.
func (c *compiler) functionDef(s *ast.FunctionDef) {
	args := s.Args
	if args == nil {
		args = &ast.Arguments{}
	}
	c.checkDebugArgs(args)
	c.decorators(s.DecoratorList)
	firstLine := s.Pos.Line
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].GetPos().Line
	}
	flags := c.defaults(args)
	if c.annotations(args, s.Returns) {
		flags |= 0x04
	}
	kind := unitFunction
	if s.IsAsync {
		kind = unitAsyncFunction
	}
	c.enterScope(s.Name, kind, s, firstLine)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.constIndex(doc)
		body = body[1:]
	} else {
		c.u.constIndex(nil)
	}
	c.setArgCounts(args)
	c.stmts(body)
	c.returnNoneIfReachable()
	code := c.exitScope()
	c.makeClosure(code, flags)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, ctxStore)
}

func (c *compiler) setArgCounts(args *ast.Arguments) {
	c.u.argCount = len(args.PosOnly) + len(args.Args)
	c.u.posOnlyArgCount = len(args.PosOnly)
	c.u.kwOnlyArgCount = len(args.KwOnly)
}

// checkDebugArgs rejects parameters named __debug__.
func (c *compiler) checkDebugArgs(args *ast.Arguments) {
	if args == nil {
		return
	}
	all := append(append(append([]*ast.Arg{}, args.PosOnly...), args.Args...), args.KwOnly...)
	if args.Vararg != nil {
		all = append(all, args.Vararg)
	}
	if args.Kwarg != nil {
		all = append(all, args.Kwarg)
	}
	for _, a := range all {
		if a != nil && a.Name == "__debug__" {
			c.error("cannot assign to __debug__")
		}
	}
}

// decorators evaluates the decorators, each followed by PUSH_NULL so that
// applyDecorators can call it.
func (c *compiler) decorators(list []ast.Expr) {
	for _, d := range list {
		c.expr(d)
		old := c.setPos(d.GetPos())
		c.emit(PUSH_NULL, 0)
		c.restorePos(old)
	}
}

func (c *compiler) applyDecorators(list []ast.Expr) {
	for i := len(list) - 1; i >= 0; i-- {
		old := c.setPos(list[i].GetPos())
		c.emit(CALL, 1)
		c.restorePos(old)
	}
}

// defaults pushes the positional and keyword-only defaults and returns the
// MAKE_FUNCTION flags for them.
func (c *compiler) defaults(args *ast.Arguments) int {
	flags := 0
	if args == nil {
		return 0
	}
	if len(args.Defaults) > 0 {
		c.exprs(args.Defaults)
		c.emit(BUILD_TUPLE, len(args.Defaults))
		flags |= 0x01
	}
	var keys ConstTuple
	for i, a := range args.KwOnly {
		if i >= len(args.KwDefaults) || args.KwDefaults[i] == nil || a == nil {
			continue
		}
		keys = append(keys, mangle(c.u.private, a.Name))
		c.expr(args.KwDefaults[i])
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, len(keys))
		flags |= 0x02
	}
	return flags
}

// annotations pushes the (name, value, ...) annotations tuple, in CPython's
// order, and reports whether there was one.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr) bool {
	n := 0
	one := func(name string, ann ast.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(mangle(c.u.private, name))
		if s, ok := ann.(*ast.Starred); ok && !c.futureAnnotations {
			// *args: *Ts
			c.expr(s.Value)
			c.emit(UNPACK_SEQUENCE, 1)
		} else {
			c.annotation(ann)
		}
		n += 2
	}
	list := func(as []*ast.Arg) {
		for _, a := range as {
			if a != nil {
				one(a.Name, a.Annotation)
			}
		}
	}
	list(args.Args)
	list(args.PosOnly)
	if args.Vararg != nil {
		one(args.Vararg.Name, args.Vararg.Annotation)
	}
	list(args.KwOnly)
	if args.Kwarg != nil {
		one(args.Kwarg.Name, args.Kwarg.Annotation)
	}
	one("return", returns)
	if n == 0 {
		return false
	}
	c.emit(BUILD_TUPLE, n)
	return true
}

// annotation evaluates an annotation, or under `from __future__ import
// annotations` loads its source text.
func (c *compiler) annotation(e ast.Expr) {
	if c.futureAnnotations {
		old := c.setPos(e.GetPos())
		c.loadConst(unparse(e))
		c.restorePos(old)
		return
	}
	c.expr(e)
}

// makeClosure makes a function from an inner code object, passing it the
// cells of its free variables.
func (c *compiler) makeClosure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.closureIndex(name))
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= 0x08
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) lambda(e *ast.Lambda) {
	args := e.Args
	if args == nil {
		args = &ast.Arguments{}
	}
	c.checkDebugArgs(args)
	flags := c.defaults(args)
	c.enterScope("<lambda>", unitLambda, e, e.Pos.Line)
	c.u.constIndex(nil) // a lambda has no docstring
	c.setArgCounts(args)
	c.expr(e.Body)
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope()
	c.makeClosure(code, flags)
}

// classDef compiles a class statement. The body code runs with a locals
// mapping (no CO_OPTIMIZED); it returns the __class__ cell when methods
// need one, so that __build_class__ can fill it.
func (c *compiler) classDef(s *ast.ClassDef) {
	c.decorators(s.DecoratorList)
	firstLine := s.Pos.Line
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].GetPos().Line
	}
	c.enterScope(s.Name, unitClass, s, firstLine)
	c.u.private = s.Name
	c.nameOp("__name__", ctxLoad)
	c.nameOp("__module__", ctxStore)
	c.loadConst(c.u.qualname)
	c.nameOp("__qualname__", ctxStore)
	c.body(s.Body)
	// The epilogue is artificial: it takes the location of the last
	// instruction.
	if n := len(c.u.instrs); n > 0 {
		c.u.pos = c.u.instrs[n-1].loc.withPos(c.u.pos)
	}
	if c.u.b.needsClassClosure {
		c.emit(LOAD_CLOSURE, c.u.cellIdx["__class__"])
		c.emit(COPY, 1)
		c.nameOp("__classcell__", ctxStore)
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope()

	c.emit(LOAD_BUILD_CLASS, 0)
	c.emit(PUSH_NULL, 0)
	c.makeClosure(code, 0)
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.nameOp(s.Name, ctxStore)
}
