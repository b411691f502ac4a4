// Package compiler turns minipy's syntax tree (parser/ast) into the bytecode
// that the VM runs: one *Code per module, class body, function, lambda and
// comprehension.
//
// The design follows CPython 3.11's compiler, written afresh for Go:
//
//  1. Symbol tables (symtable.go). A first pass over the whole module builds
//     one block per scope and resolves every name to local, cell, free,
//     global-explicit or global-implicit, with CPython's rules for class
//     bodies, comprehensions (each a function of its own taking `.0`), walrus
//     targets and the implicit `__class__` cell. The global/nonlocal errors are
//     raised here, before any code is generated, as in CPython.
//
//  2. Code generation (compile.go and one file per family: expr.go, call.go,
//     stmt.go, exc.go, func.go, comprehension.go, gen.go). Each code object is
//     compiled by a unit: a flat list of instructions whose jump arguments are
//     labels. A stack of frame blocks (fblocks) describes the enclosing loops,
//     try, with and except blocks, so that break, continue and return can emit
//     the cleanup of every block they leave (finally bodies inline, __exit__
//     calls, POP_EXCEPT), as CPython's compiler_unwind_fblock does.
//
//  3. Exception table. There is no block stack at run time. Every instruction
//     records the innermost handler in force when it was emitted; a pseudo
//     instruction marks where each protected region starts, so that the flow
//     analysis can learn the stack depth the handler keeps. Consecutive
//     instructions with the same handler become one ExcEntry.
//
//  4. Assembly (assemble.go). A flow analysis over jumps and exception edges
//     computes the stack depth before every instruction (hence StackSize),
//     finds unreachable code, which is dropped together with NOPs and jumps to
//     the next instruction, and then resolves labels to instruction indexes.
//     Validate (validate.go) re-checks the result independently.
//
// Constant expressions are folded (fold.go) the way CPython's AST optimizer
// does, within safe size limits. dis.go prints a CPython-style listing.
//
// Errors are *parser.SyntaxError with CPython 3.11's messages. Internally both
// passes raise them by panicking; Compile recovers in one place, where any
// other panic is reported as an internal compiler error.
//
// # Conventions the VM relies on
//
// Besides the stack pictures of opcodes.go:
//
//   - Every code object starts with RESUME 0. Every YIELD_VALUE is followed by
//     RESUME 1 (yield), 2 (yield from) or 3 (await): in an async generator this
//     is how the VM tells the generator's own `yield` from an awaited value
//     passing through (CPython's ASYNC_GEN_WRAP).
//   - In a yield-from or await loop the YIELD_VALUE directly follows its SEND,
//     and while the frame is suspended there the receiver is on top of the
//     stack: throw() and close() delegate to it (RESUME 2 or 3 follows), and
//     when it finishes the VM pops it, pushes its return value and continues
//     at the SEND's target, as CPython's gen_throw does.
//   - Every backward jump is JUMP_BACKWARD (which polls the eval breaker) or,
//     in yield-from/await loops only, JUMP_NO_INTERRUPT.
//   - Function and lambda code has its docstring, or None, at Consts[0].
//   - CALL_FUNCTION_EX's positional operand is a tuple, except for a call
//     whose only positional argument is `*x`, where it is x itself (as in
//     CPython); the keyword operand is always a dict.
//   - A class body returns its `__class__` cell (also stored as
//     __classcell__) when a method uses super() or __class__, else None.
//   - A comprehension is called as `<function> PUSH_NULL <iter> GET_ITER
//     CALL 1` (GET_AITER for `async for`); a non-generator comprehension that
//     awaits is a coroutine and its result is awaited.
//   - The exception-handler shapes (stack depth kept, what is on the stack at
//     the handler) are listed in exc.go.
package compiler

import (
	"fmt"
	"math/big"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/parser/ast"
)

// Mode selects what kind of code Compile produces.
type Mode int

const (
	// Exec compiles a module: the code returns None.
	Exec Mode = iota
	// Eval compiles a single expression statement: the code returns its value.
	Eval
	// Interactive compiles REPL input: like Exec, but the value of every
	// top-level expression statement is printed with PRINT_EXPR.
	Interactive
)

// Compile compiles a parsed module.
func Compile(mod *ast.Module, filename string, mode Mode) (code *Code, err error) {
	c := &compiler{filename: filename}
	defer c.recover(&code, &err)
	if mod == nil {
		mod = &ast.Module{}
	}
	if mode == Eval {
		if len(mod.Body) != 1 {
			c.errorAt(firstPos(mod.Body), "invalid syntax")
		}
		es, ok := mod.Body[0].(*ast.ExprStmt)
		if !ok {
			c.errorAt(firstPos(mod.Body), "invalid syntax")
		}
		return c.compileExpr(es.Value), nil
	}
	c.interactive = mode == Interactive
	c.checkFuture(mod.Body)
	c.st = buildSymtable(filename, mod.Body, nil)
	c.enterScope("<module>", unitModule, nil, 1)
	if c.interactive {
		if len(mod.Body) > 0 {
			c.setPos(mod.Body[0].GetPos())
		}
		if findAnnotations(mod.Body) {
			c.emit(SETUP_ANNOTATIONS, 0)
		}
		c.stmts(mod.Body)
	} else {
		c.body(mod.Body)
	}
	c.returnNoneIfReachable()
	return c.exitScope(), nil
}

// CompileExpr compiles an expression for eval mode: the code returns its value.
func CompileExpr(e ast.Expr, filename string) (code *Code, err error) {
	c := &compiler{filename: filename}
	defer c.recover(&code, &err)
	return c.compileExpr(e), nil
}

func (c *compiler) compileExpr(e ast.Expr) *Code {
	if e == nil {
		c.errorAt(ast.Pos{Line: 1, Col: 1}, "invalid syntax")
	}
	c.st = buildSymtable(c.filename, nil, e)
	c.enterScope("<module>", unitModule, nil, 1)
	c.expr(e)
	c.emit(RETURN_VALUE, 0)
	return c.exitScope()
}

func firstPos(body []ast.Stmt) ast.Pos {
	if len(body) > 0 && body[0] != nil {
		return body[0].GetPos()
	}
	return ast.Pos{Line: 1, Col: 1}
}

// recover turns the panics raised while compiling into the returned error.
// A *parser.SyntaxError is the program's fault; anything else is a bug in
// the compiler, reported as an internal error with the place it happened.
func (c *compiler) recover(code **Code, err *error) {
	r := recover()
	if r == nil {
		return
	}
	*code = nil
	if se, ok := r.(*parser.SyntaxError); ok {
		*err = se
		return
	}
	line := 1
	if c.u != nil && c.u.pos.Line > 0 {
		line = c.u.pos.Line
	}
	msg := fmt.Sprintf("internal compiler error: %v", r)
	if where := panicSite(); where != "" {
		msg += " (" + where + ")"
	}
	*err = &parser.SyntaxError{Kind: "SyntaxError", Msg: msg, Filename: c.filename, Line: line, Col: 1}
}

// panicSite returns file:line of the compiler function that panicked.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "github.com/minipy/minipy/compiler.") && !strings.HasSuffix(f.Function, ".recover") {
			return filepath.Base(f.File) + ":" + strconv.Itoa(f.Line)
		}
		if !more {
			return ""
		}
	}
}

// compiler holds the state of one Compile call.
type compiler struct {
	filename    string
	st          *symtable
	u           *unit   // the unit being compiled
	stack       []*unit // enclosing units
	interactive bool

	futureLine        int  // line of the last leading `from __future__ import`
	futureAnnotations bool // `from __future__ import annotations`
}

type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// unit is the state of one code object being compiled.
type unit struct {
	kind      unitKind
	b         *block
	name      string
	qualname  string
	private   string // class name used for mangling
	firstLine int

	instrs     []instr
	labels     []int // label -> instruction index, -1 while unbound
	lastTarget int   // index of the latest label binding (blocks peepholes across it)

	consts   []any
	constIdx map[string]int
	names    []string
	nameIdx  map[string]int
	varnames []string
	varIdx   map[string]int
	cellvars []string
	freevars []string
	cellIdx  map[string]int

	argCount, posOnlyArgCount, kwOnlyArgCount int

	fblocks []*fblock
	handler *handler // innermost exception handler in force
	pos     ast.Pos  // location of the node being compiled
}

// instr is an instruction under construction. Jump arguments are labels.
type instr struct {
	op    Opcode
	arg   int
	loc   srcLoc
	h     *handler // innermost handler protecting this instruction
	setup *handler // opSetup: the handler whose region starts here
}

// opSetup is a pseudo instruction (never in a Code) that marks the start of a
// protected region; the flow analysis records there the stack depth its
// handler keeps.
const opSetup Opcode = 0xff

// label names an instruction position before it is known.
type label int

// handler is an exception handler: exceptions raised in its region pop the
// stack to depth, push the exception and jump to target.
type handler struct {
	target label
	pop    int // the region keeps the stack depth at its start minus pop
	parent *handler
	depth  int // computed by the flow analysis; -1 until known
}

// fblock is a frame block: an enclosing construct that break, continue and
// return must clean up when they leave it.
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbExceptionHandler
	fbPopValue
	fbAsyncComprehension
)

type fblock struct {
	kind       fblockKind
	head, exit label      // loops: the continue and break targets
	outer      *handler   // the handler in force outside the block
	final      []ast.Stmt // fbFinallyTry: the finally body
	name       string     // fbHandlerCleanup: the `except ... as name` variable
	node       ast.Node   // fbWith, fbAsyncWith: the statement
}

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

// ---- errors ----

func (c *compiler) errorAt(pos ast.Pos, format string, args ...any) {
	if pos.Line <= 0 {
		pos.Line = 1
	}
	panic(&parser.SyntaxError{
		Kind:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Filename: c.filename,
		Line:     pos.Line,
		Col:      pos.Col,
		EndLine:  pos.EndLine,
		EndCol:   pos.EndCol,
	})
}

// error reports an error at the node being compiled.
func (c *compiler) error(format string, args ...any) {
	c.errorAt(c.u.pos, format, args...)
}

// ---- units ----

func (c *compiler) enterScope(name string, kind unitKind, node ast.Node, firstLine int) {
	b := c.st.top
	if node != nil {
		b = c.st.blocks[node]
		if b == nil {
			panic(fmt.Sprintf("no symbol table for %T", node))
		}
	}
	u := &unit{
		kind:       kind,
		b:          b,
		name:       name,
		firstLine:  firstLine,
		lastTarget: -1,
		constIdx:   map[string]int{},
		nameIdx:    map[string]int{},
		varIdx:     map[string]int{},
		cellIdx:    map[string]int{},
		pos:        ast.Pos{Line: firstLine},
	}
	for _, p := range b.params {
		u.varIndex(p)
	}
	u.cellvars = b.namesWith(scopeCell, 0)
	if b.needsClassClosure {
		u.cellvars = append([]string{"__class__"}, u.cellvars...)
	}
	u.freevars = b.namesWith(scopeFree, defFreeClass)
	for i, n := range u.cellvars {
		u.cellIdx[n] = i
	}
	for i, n := range u.freevars {
		if _, dup := u.cellIdx[n]; !dup {
			u.cellIdx[n] = len(u.cellvars) + i
		}
	}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	if kind == unitModule {
		u.qualname = name
	} else {
		c.setQualname()
	}
	c.emit(RESUME, 0)
}

// setQualname computes co_qualname with CPython's rules: `f`, `C.m`,
// `f.<locals>.g`, `f.<locals>.<lambda>`; a function declared global is
// named as if it were at module level.
func (c *compiler) setQualname() {
	u := c.u
	parent := c.stack[len(c.stack)-1]
	if parent.kind == unitModule {
		u.qualname = u.name
		return
	}
	if u.kind == unitFunction || u.kind == unitAsyncFunction || u.kind == unitClass {
		if parent.b.scopeOf(mangle(parent.private, u.name)) == scopeGlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	switch parent.kind {
	case unitFunction, unitAsyncFunction, unitLambda:
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

// exitScope assembles the current unit and returns to the enclosing one.
func (c *compiler) exitScope() *Code {
	code := c.assemble()
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// returnNoneIfReachable ends the unit with `return None` unless the last
// instruction already leaves it and nothing jumps past it.
func (c *compiler) returnNoneIfReachable() {
	u := c.u
	if n := len(u.instrs); n > 0 && u.lastTarget < n && isTerminator(u.instrs[n-1].op) {
		return
	}
	// The implicit return is artificial: it takes the previous location.
	saved := u.pos
	if n := len(u.instrs); n > 0 {
		u.pos = u.instrs[n-1].loc.withPos(u.pos)
	}
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	u.pos = saved
}

func isTerminator(op Opcode) bool {
	switch op {
	case RETURN_VALUE, RAISE_VARARGS, RERAISE, JUMP, JUMP_BACKWARD, JUMP_NO_INTERRUPT:
		return true
	}
	return false
}

// ---- locations ----

// setPos sets the location of the instructions emitted next and returns the
// previous one.
func (c *compiler) setPos(p ast.Pos) ast.Pos {
	old := c.u.pos
	if p.Line > 0 {
		c.u.pos = p
	}
	return old
}

func (c *compiler) restorePos(p ast.Pos) { c.u.pos = p }

// ---- emission ----

func (c *compiler) emit(op Opcode, arg int) {
	u := c.u
	switch op {
	case BUILD_TUPLE:
		if c.foldConstTuple(arg) {
			return
		}
	case UNPACK_SEQUENCE:
		// `a, b = x, y`: BUILD_TUPLE n; UNPACK_SEQUENCE n is a swap.
		if n := len(u.instrs); n > 0 && u.lastTarget < n && arg <= 3 {
			last := &u.instrs[n-1]
			if last.op == BUILD_TUPLE && last.arg == arg {
				switch arg {
				case 1:
					u.instrs = u.instrs[:n-1]
				default:
					last.op = SWAP
				}
				return
			}
		}
	}
	u.instrs = append(u.instrs, instr{op: op, arg: arg, loc: locOf(u.pos), h: u.handler})
}

// emitNoLine emits an artificial instruction: it takes the location of the
// instruction before it, as CPython's line propagation would.
func (c *compiler) emitNoLine(op Opcode, arg int) {
	u := c.u
	saved := u.pos
	if n := len(u.instrs); n > 0 {
		u.pos = u.instrs[n-1].loc.withPos(u.pos)
	}
	c.emit(op, arg)
	u.pos = saved
}

// foldConstTuple replaces `LOAD_CONST a; ...; LOAD_CONST z; BUILD_TUPLE n` by a
// single LOAD_CONST of the tuple.
func (c *compiler) foldConstTuple(n int) bool {
	u := c.u
	start := len(u.instrs) - n
	if start < 0 || u.lastTarget > start {
		return false
	}
	elts := make(ConstTuple, n)
	for i := 0; i < n; i++ {
		in := u.instrs[start+i]
		if in.op != LOAD_CONST {
			return false
		}
		elts[i] = u.consts[in.arg]
	}
	at := u.pos
	if n > 0 {
		at = u.instrs[start].loc.withPos(u.pos)
	}
	u.instrs = u.instrs[:start]
	saved := u.pos
	u.pos = at
	c.loadConst(elts)
	u.pos = saved
	return true
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

// bind places l at the next instruction.
func (c *compiler) bind(l label) {
	u := c.u
	if u.labels[l] >= 0 {
		panic("label bound twice")
	}
	u.labels[l] = len(u.instrs)
	u.lastTarget = len(u.instrs)
}

func (c *compiler) emitJump(op Opcode, l label) {
	c.emit(op, int(l))
}

func (c *compiler) emitJumpNoLine(op Opcode, l label) {
	c.emitNoLine(op, int(l))
}

// pushHandler starts a region protected by a handler at target. The handler
// keeps the stack as deep as it is here, minus pop.
func (c *compiler) pushHandler(target label, pop int) *handler {
	u := c.u
	h := &handler{target: target, pop: pop, parent: u.handler, depth: -1}
	u.instrs = append(u.instrs, instr{op: opSetup, loc: locOf(u.pos), h: u.handler, setup: h})
	u.handler = h
	return h
}

// popHandler ends the region of h.
func (c *compiler) popHandler(h *handler) {
	if c.u.handler != h {
		panic("exception handlers popped out of order")
	}
	c.u.handler = h.parent
}

func (c *compiler) pushFblock(fb *fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.error("too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fb)
}

func (c *compiler) popFblock(kind fblockKind) {
	u := c.u
	n := len(u.fblocks)
	if n == 0 || u.fblocks[n-1].kind != kind {
		panic("frame blocks popped out of order")
	}
	u.fblocks = u.fblocks[:n-1]
}

// ---- constants and names ----

func (c *compiler) loadConst(v any) {
	c.emit(LOAD_CONST, c.u.constIndex(v))
}

func (u *unit) constIndex(v any) int {
	v = normalizeConst(v)
	key := constKey(v)
	if key != "" {
		if i, ok := u.constIdx[key]; ok {
			return i
		}
		u.constIdx[key] = len(u.consts)
	}
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

// normalizeConst converts an ast.Constant value to the Code constant form.
func normalizeConst(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case *big.Int:
		if x.IsInt64() {
			return x.Int64()
		}
		return x
	case []byte:
		return Bytes(x)
	case ast.EllipsisType:
		return EllipsisConst{}
	case ConstTuple:
		out := make(ConstTuple, len(x))
		for i, e := range x {
			out[i] = normalizeConst(e)
		}
		return out
	}
	return v
}

// constKey identifies equal constants of the same type (CPython's
// _PyCode_ConstantKey: 0, 0.0, -0.0 and False stay distinct). Code objects
// are never shared.
func constKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "N"
	case bool:
		if x {
			return "T"
		}
		return "F"
	case int64:
		return "i" + strconv.FormatInt(x, 10)
	case *big.Int:
		return "i" + x.String()
	case float64:
		return "f" + strconv.FormatUint(floatBits(x), 16)
	case complex128:
		return "c" + strconv.FormatUint(floatBits(real(x)), 16) + "," + strconv.FormatUint(floatBits(imag(x)), 16)
	case string:
		return "s" + x
	case Bytes:
		return "b" + string(x)
	case EllipsisConst:
		return "E"
	case ConstTuple:
		var b strings.Builder
		b.WriteString("(")
		for _, e := range x {
			k := constKey(e)
			if k == "" {
				return ""
			}
			b.WriteString(strconv.Itoa(len(k)))
			b.WriteString(":")
			b.WriteString(k)
		}
		b.WriteString(")")
		return b.String()
	}
	return ""
}

func (u *unit) nameIndex(name string) int {
	if i, ok := u.nameIdx[name]; ok {
		return i
	}
	u.nameIdx[name] = len(u.names)
	u.names = append(u.names, name)
	return len(u.names) - 1
}

func (u *unit) varIndex(name string) int {
	if i, ok := u.varIdx[name]; ok {
		return i
	}
	u.varIdx[name] = len(u.varnames)
	u.varnames = append(u.varnames, name)
	return len(u.varnames) - 1
}

// emitName emits an instruction whose argument is a name, mangled (ADDOP_NAME).
func (c *compiler) emitName(op Opcode, name string) {
	c.emit(op, c.u.nameIndex(mangle(c.u.private, name)))
}

// emitRawName emits an instruction whose argument is a name, not mangled.
func (c *compiler) emitRawName(op Opcode, name string) {
	c.emit(op, c.u.nameIndex(name))
}

// nameOp loads, stores or deletes a variable with the opcode its scope needs.
func (c *compiler) nameOp(name string, ctx exprCtx) {
	u := c.u
	if name == "__debug__" {
		switch ctx {
		case ctxLoad:
			c.loadConst(true)
			return
		case ctxStore:
			c.error("cannot assign to __debug__")
		case ctxDel:
			c.error("cannot delete __debug__")
		}
	}
	mangled := mangle(u.private, name)
	sc := u.b.scopeOf(mangled)
	isFunc := u.b.kind == functionBlock
	switch {
	case sc == scopeFree || sc == scopeCell:
		i, ok := u.cellIdx[mangled]
		if !ok {
			panic("no cell for " + mangled)
		}
		switch ctx {
		case ctxLoad:
			if u.b.kind == classBlock {
				c.emit(LOAD_CLASSDEREF, i)
			} else {
				c.emit(LOAD_DEREF, i)
			}
		case ctxStore:
			c.emit(STORE_DEREF, i)
		default:
			c.emit(DELETE_DEREF, i)
		}
	case sc == scopeLocal && isFunc:
		i := u.varIndex(mangled)
		switch ctx {
		case ctxLoad:
			c.emit(LOAD_FAST, i)
		case ctxStore:
			c.emit(STORE_FAST, i)
		default:
			c.emit(DELETE_FAST, i)
		}
	case sc == scopeGlobalExplicit || (sc == scopeGlobalImplicit && isFunc):
		i := u.nameIndex(mangled)
		switch ctx {
		case ctxLoad:
			c.emit(LOAD_GLOBAL, i)
		case ctxStore:
			c.emit(STORE_GLOBAL, i)
		default:
			c.emit(DELETE_GLOBAL, i)
		}
	default:
		i := u.nameIndex(mangled)
		switch ctx {
		case ctxLoad:
			c.emit(LOAD_NAME, i)
		case ctxStore:
			c.emit(STORE_NAME, i)
		default:
			c.emit(DELETE_NAME, i)
		}
	}
}

// closureIndex is the cell index LOAD_CLOSURE uses for an inner code's free
// variable name (CPython's get_ref_type special cases included).
func (c *compiler) closureIndex(name string) int {
	u := c.u
	if u.kind == unitClass && name == "__class__" {
		return u.cellIdx[name]
	}
	sc := u.b.scopeOf(name)
	if sc == scopeCell {
		for i, n := range u.cellvars {
			if n == name {
				return i
			}
		}
	} else {
		for i, n := range u.freevars {
			if n == name {
				return len(u.cellvars) + i
			}
		}
	}
	panic(fmt.Sprintf("free variable %q of an inner scope is not a cell of %s", name, u.qualname))
}

// ---- module-level helpers ----

// docstring returns the docstring of a body: a first statement that is a
// string constant.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	es, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := es.Value.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// body compiles a module or class body: SETUP_ANNOTATIONS when it has
// annotations, the docstring into __doc__, then the statements.
func (c *compiler) body(stmts []ast.Stmt) {
	if c.u.kind == unitModule && len(stmts) > 0 && stmts[0] != nil {
		c.setPos(stmts[0].GetPos())
	}
	if findAnnotations(stmts) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	i := 0
	if doc, ok := docstring(stmts); ok {
		i = 1
		c.setPos(stmts[0].GetPos())
		c.loadConst(doc)
		c.nameOp("__doc__", ctxStore)
	}
	c.stmts(stmts[i:])
}

// findAnnotations reports whether a body contains an annotated assignment
// outside nested functions and classes (CPython's find_ann).
func findAnnotations(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnnotations(s.Body) || findAnnotations(s.OrElse) {
				return true
			}
		case *ast.While:
			if findAnnotations(s.Body) || findAnnotations(s.OrElse) {
				return true
			}
		case *ast.If:
			if findAnnotations(s.Body) || findAnnotations(s.OrElse) {
				return true
			}
		case *ast.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if findAnnotations(s.Body) || findAnnotations(s.OrElse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if h != nil && findAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true,
	"unicode_literals": true, "barry_as_FLUFL": true, "generator_stop": true,
	"annotations": true,
}

// checkFuture validates the `from __future__ import` statements that open a
// module (after its docstring) and records the line of the last one; any later
// future import is an error raised when it is compiled (CPython's future.c).
func (c *compiler) checkFuture(body []ast.Stmt) {
	i := 0
	if _, ok := docstring(body); ok {
		i = 1
	}
	done, prevLine := false, 0
	for ; i < len(body); i++ {
		s := body[i]
		if s == nil {
			continue
		}
		line := s.GetPos().Line
		if done && line > prevLine {
			return
		}
		prevLine = line
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			c.errorAt(imp.Pos, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			if a == nil {
				continue
			}
			if a.Name == "braces" {
				c.errorAt(imp.Pos, "not a chance")
			}
			if !futureFeatures[a.Name] {
				c.errorAt(imp.Pos, "future feature %s is not defined", a.Name)
			}
			if a.Name == "annotations" {
				c.futureAnnotations = true
			}
		}
		c.futureLine = line
	}
}
