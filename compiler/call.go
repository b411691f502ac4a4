package compiler

import "github.com/minipy/minipy/parser/ast"

// Calls use CPython 3.12's stack layout (see opcodes.go):
//
//	f(a, k=b)        <f> PUSH_NULL <a> <b> KW_NAMES ('k',) CALL 2
//	o.m(a)           <o> LOAD_METHOD m <a> CALL 1
//	f(*xs, **kw)     <f> PUSH_NULL <positional iterable> <kwargs dict> CALL_FUNCTION_EX 1
//
// With `*` or `**` arguments (or more than stackUseGuideline of them), the
// positional arguments become one tuple, built with BUILD_LIST / LIST_APPEND /
// LIST_EXTEND / LIST_TO_TUPLE (or BUILD_TUPLE when all are plain). As in
// CPython, a call whose only positional argument is `*x` passes x itself:
// CALL_FUNCTION_EX converts it to a tuple, reporting
// "f() argument after * must be an iterable, not T". The keyword arguments
// become one dict, built with BUILD_MAP / BUILD_CONST_KEY_MAP and DICT_MERGE.

func (c *compiler) call(e *ast.Call) {
	if c.methodCall(e) {
		return
	}
	c.expr(e.Func)
	c.emit(PUSH_NULL, 0)
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall compiles `obj.name(args)` with LOAD_METHOD when the arguments
// allow it.
func (c *compiler) methodCall(e *ast.Call) bool {
	attr, ok := e.Func.(*ast.Attribute)
	if !ok {
		return false
	}
	nargs, nkw := len(e.Args), len(e.Keywords)
	extra := 0
	if nkw > 0 {
		extra = 1
	}
	if nargs+nkw+extra >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, kw := range e.Keywords {
		if kw == nil || kw.Arg == "" {
			return false
		}
	}
	c.validateKeywords(e.Keywords)
	c.expr(attr.Value)
	// LOAD_METHOD has the attribute's location, the call the call's (its
	// start moved to the name when that is on a later line).
	callPos := c.setPos(attrPos(attr.Pos, attr))
	c.emitName(LOAD_METHOD, attr.Attr)
	c.restorePos(callPos)
	c.exprs(e.Args)
	if nkw > 0 {
		c.keywordValues(e.Keywords)
		c.kwNames(e.Keywords)
	}
	c.setPos(attrPos(callPos, attr))
	c.emit(CALL, nargs+nkw)
	return true
}

func (c *compiler) keywordValues(kws []*ast.Keyword) {
	for _, kw := range kws {
		old := c.setPos(kw.Pos)
		c.expr(kw.Value)
		c.restorePos(old)
	}
}

// kwNames emits KW_NAMES for the names of simple keyword arguments.
func (c *compiler) kwNames(kws []*ast.Keyword) {
	names := make(ConstTuple, len(kws))
	for i, kw := range kws {
		names[i] = kw.Arg
	}
	c.emit(KW_NAMES, c.u.constIndex(names))
}

// validateKeywords rejects `f(a=1, a=2)`.
func (c *compiler) validateKeywords(kws []*ast.Keyword) {
	for i, kw := range kws {
		if kw == nil {
			panic("nil keyword")
		}
		if kw.Arg == "" {
			continue
		}
		for _, other := range kws[i+1:] {
			if other != nil && other.Arg == kw.Arg {
				c.errorAt(other.Pos, "keyword argument repeated: %s", kw.Arg)
			}
		}
	}
}

// callHelper compiles the arguments and the call, with `pushed` positional
// arguments already on the stack (the class body function and name for
// __build_class__).
func (c *compiler) callHelper(pushed int, args []ast.Expr, kws []*ast.Keyword) {
	c.validateKeywords(kws)
	nargs, nkw := len(args), len(kws)
	simple := nargs+nkw*2 <= stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			simple = false
		}
	}
	for _, kw := range kws {
		if kw.Arg == "" {
			simple = false
		}
	}
	if simple {
		c.exprs(args)
		if nkw > 0 {
			c.keywordValues(kws)
			c.kwNames(kws)
		}
		c.emit(CALL, pushed+nargs+nkw)
		return
	}

	// Positional arguments.
	if s, ok := singleStarred(args); ok && pushed == 0 {
		c.expr(s.Value)
	} else {
		c.starunpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	}
	// Keyword arguments.
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, kw := range kws {
			if kw.Arg != "" {
				nseen++
				continue
			}
			if nseen > 0 {
				c.subkwargs(kws[i-nseen : i])
				if haveDict {
					c.emit(DICT_MERGE, 1)
				}
				haveDict = true
				nseen = 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			old := c.setPos(kw.Pos)
			c.expr(kw.Value)
			c.emit(DICT_MERGE, 1)
			c.restorePos(old)
		}
		if nseen > 0 {
			c.subkwargs(kws[nkw-nseen:])
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
		}
		c.emit(CALL_FUNCTION_EX, 1)
		return
	}
	c.emit(CALL_FUNCTION_EX, 0)
}

func singleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// subkwargs builds a dict from a run of `name=value` keyword arguments.
func (c *compiler) subkwargs(kws []*ast.Keyword) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		c.keywordValues(kws)
		keys := make(ConstTuple, n)
		for i, kw := range kws {
			keys[i] = kw.Arg
		}
		c.loadConst(keys)
		c.emit(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.emitNoLine(BUILD_MAP, 0)
	}
	for _, kw := range kws {
		c.loadConst(kw.Arg)
		old := c.setPos(kw.Pos)
		c.expr(kw.Value)
		c.restorePos(old)
		if big {
			c.emitNoLine(MAP_ADD, 1)
		}
	}
	if !big {
		c.emit(BUILD_MAP, n)
	}
}
