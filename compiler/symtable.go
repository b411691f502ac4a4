package compiler

// Symbol tables.
//
// The compiler runs in two passes, like CPython's. The first (this file) walks
// the whole module once and builds one block per scope (module, class body,
// function, lambda, comprehension), recording for each name how the block uses
// it (symFlags). A second step, analyze, resolves every name to a scope:
//
//	local            bound in a function block, not captured: LOAD_FAST
//	cell             bound in a function block and captured by an inner one: LOAD_DEREF
//	free             bound in an enclosing function block: LOAD_DEREF (LOAD_CLASSDEREF in a class body)
//	global explicit  declared `global` (or bound by a walrus at module level): LOAD_GLOBAL
//	global implicit  never bound anywhere visible: LOAD_GLOBAL in functions, LOAD_NAME elsewhere
//
// Class bodies do not make their names visible to the functions nested in them;
// a method that uses `super` or `__class__` makes the class keep an implicit
// `__class__` cell. Each comprehension is a function block of its own that takes
// the outermost iterator as its single parameter `.0`; a walrus inside it binds
// in the nearest enclosing function (or module) block.
//
// The analysis mirrors CPython 3.11's Python/symtable.c (analyze_block,
// analyze_name, analyze_cells, update_symbols), including its error messages.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/parser/ast"
)

// symFlags records how a block uses a name.
type symFlags uint16

const (
	defGlobal    symFlags = 1 << iota // `global` declaration
	defLocal                          // bound by assignment, def, class, for, with, except, del
	defParam                          // a parameter
	defNonlocal                       // `nonlocal` declaration
	defUse                            // read
	defFreeClass                      // free in a method, bound in the class body
	defImport                         // bound by import
	defAnnot                          // annotated (`x: int`)
	defCompIter                       // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// scope is the resolved kind of a name in one block.
type scope uint8

const (
	scopeUnknown scope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

var scopeNames = [...]string{
	scopeUnknown:        "unknown",
	scopeLocal:          "local",
	scopeGlobalExplicit: "global_explicit",
	scopeGlobalImplicit: "global_implicit",
	scopeFree:           "free",
	scopeCell:           "cell",
}

func (s scope) String() string { return scopeNames[s] }

type blockKind uint8

const (
	moduleBlock blockKind = iota
	classBlock
	functionBlock
)

// compKind says which comprehension a function block is, if any.
type compKind uint8

const (
	notComprehension compKind = iota
	listComprehension
	setComprehension
	dictComprehension
	generatorExpression
)

type symbol struct {
	flags symFlags
	scope scope
}

// block is one scope's symbol table (CPython's PySTEntryObject).
type block struct {
	kind     blockKind
	name     string
	node     ast.Node
	pos      ast.Pos
	symbols  map[string]*symbol
	order    []string // names in order of first appearance
	params   []string // parameters in co_varnames order
	children []*block

	// directives holds the position of the first global/nonlocal declaration
	// (or walrus target) of each name, for error messages.
	directives map[string]ast.Pos

	nested            bool // inside a function block (CO_NESTED)
	generator         bool // contains yield
	coroutine         bool // async def, or contains await / async comprehension
	varargs           bool
	varkeywords       bool
	needsClassClosure bool // class body whose methods use __class__ or super
	childFree         bool
	free              bool
	comprehension     compKind

	compIterTarget bool // visiting a comprehension's iteration target
	compIterExpr   int  // depth of visits of comprehension iterables
}

func (b *block) lookup(name string) symFlags {
	if s := b.symbols[name]; s != nil {
		return s.flags
	}
	return 0
}

// scopeOf returns the resolved scope of a (mangled) name.
func (b *block) scopeOf(name string) scope {
	if s := b.symbols[name]; s != nil {
		return s.scope
	}
	return scopeUnknown
}

// namesWith returns the sorted names whose scope is sc or whose flags include flag.
func (b *block) namesWith(sc scope, flag symFlags) []string {
	var out []string
	for name, s := range b.symbols {
		if s.scope == sc || s.flags&flag != 0 {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// symtable is the result of the first pass over a module.
type symtable struct {
	filename string
	top      *block
	blocks   map[ast.Node]*block

	cur     *block
	stack   []*block
	private string // class name for mangling, "" outside classes
}

// exprCtx is the role of an expression: read, assigned or deleted.
type exprCtx uint8

const (
	ctxLoad exprCtx = iota
	ctxStore
	ctxDel
)

// buildSymtable builds and analyzes the symbol tables of a module (or of a
// single expression, for eval mode). Errors are raised by panicking with a
// *parser.SyntaxError; Compile recovers them.
func buildSymtable(filename string, body []ast.Stmt, expr ast.Expr) *symtable {
	st := &symtable{filename: filename, blocks: map[ast.Node]*block{}}
	st.enterBlock("top", moduleBlock, nil, ast.Pos{Line: 1, Col: 1})
	st.top = st.cur
	for _, s := range body {
		st.visitStmt(s)
	}
	if expr != nil {
		st.visitExpr(expr, ctxLoad)
	}
	st.exitBlock()
	st.analyze()
	return st
}

func (st *symtable) errorAt(pos ast.Pos, format string, args ...any) {
	panic(&parser.SyntaxError{
		Kind:     "SyntaxError",
		Msg:      fmt.Sprintf(format, args...),
		Filename: st.filename,
		Line:     pos.Line,
		Col:      pos.Col,
		EndLine:  pos.EndLine,
		EndCol:   pos.EndCol,
		MsgOnly:  true,
	})
}

func (st *symtable) enterBlock(name string, kind blockKind, node ast.Node, pos ast.Pos) {
	b := &block{
		kind:       kind,
		name:       name,
		node:       node,
		pos:        pos,
		symbols:    map[string]*symbol{},
		directives: map[string]ast.Pos{},
	}
	if prev := st.cur; prev != nil {
		prev.children = append(prev.children, b)
		if prev.nested || prev.kind == functionBlock {
			b.nested = true
		}
	}
	if node != nil {
		st.blocks[node] = b
	}
	st.stack = append(st.stack, b)
	st.cur = b
}

func (st *symtable) exitBlock() {
	st.stack = st.stack[:len(st.stack)-1]
	if n := len(st.stack); n > 0 {
		st.cur = st.stack[n-1]
	} else {
		st.cur = nil
	}
}

// addDef records a use of name in the current block.
func (st *symtable) addDef(name string, flag symFlags, pos ast.Pos) {
	st.addDefIn(st.cur, name, flag, pos)
}

func (st *symtable) addDefIn(b *block, name string, flag symFlags, pos ast.Pos) {
	mangled := mangle(st.private, name)
	s := b.symbols[mangled]
	val := flag
	if s != nil {
		if flag&defParam != 0 && s.flags&defParam != 0 {
			st.errorAt(pos, "duplicate argument '%s' in function definition", name)
		}
		val = s.flags | flag
	}
	if b.compIterTarget {
		if val&(defGlobal|defNonlocal) != 0 {
			st.errorAt(pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
		}
		val |= defCompIter
	}
	if s == nil {
		s = &symbol{}
		b.symbols[mangled] = s
		b.order = append(b.order, mangled)
	}
	s.flags = val
	if flag&defParam != 0 {
		b.params = append(b.params, mangled)
	} else if flag&defGlobal != 0 && b != st.top {
		// A global declaration anywhere also marks the module-level name
		// (CPython's st_global is the module block's symbol dict).
		g := st.top.symbols[mangled]
		if g == nil {
			g = &symbol{}
			st.top.symbols[mangled] = g
			st.top.order = append(st.top.order, mangled)
		}
		g.flags |= flag
	}
}

func (st *symtable) recordDirective(name string, pos ast.Pos) {
	mangled := mangle(st.private, name)
	if _, ok := st.cur.directives[mangled]; !ok {
		st.cur.directives[mangled] = pos
	}
}

// ---- statements ----

func (st *symtable) visitStmts(body []ast.Stmt) {
	for _, s := range body {
		st.visitStmt(s)
	}
}

func (st *symtable) visitStmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		st.addDef(s.Name, defLocal, s.Pos)
		st.visitDefaults(s.Args)
		st.visitArgAnnotations(s.Args)
		if s.Returns != nil {
			st.visitExpr(s.Returns, ctxLoad)
		}
		st.visitExprs(s.DecoratorList)
		st.enterBlock(s.Name, functionBlock, s, s.Pos)
		if s.IsAsync {
			st.cur.coroutine = true
		}
		st.visitParams(s.Args)
		st.visitStmts(s.Body)
		st.exitBlock()
	case *ast.ClassDef:
		st.addDef(s.Name, defLocal, s.Pos)
		st.visitExprs(s.Bases)
		st.visitKeywords(s.Keywords)
		st.visitExprs(s.DecoratorList)
		st.enterBlock(s.Name, classBlock, s, s.Pos)
		saved := st.private
		st.private = s.Name
		st.visitStmts(s.Body)
		st.private = saved
		st.exitBlock()
	case *ast.Return:
		if s.Value != nil {
			st.visitExpr(s.Value, ctxLoad)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			st.visitExpr(t, ctxDel)
		}
	case *ast.Assign:
		for _, t := range s.Targets {
			st.visitExpr(t, ctxStore)
		}
		st.visitExpr(s.Value, ctxLoad)
	case *ast.AnnAssign:
		st.visitAnnAssign(s)
	case *ast.AugAssign:
		st.visitExpr(s.Target, ctxStore)
		st.visitExpr(s.Value, ctxLoad)
	case *ast.For:
		st.visitExpr(s.Target, ctxStore)
		st.visitExpr(s.Iter, ctxLoad)
		st.visitStmts(s.Body)
		st.visitStmts(s.OrElse)
	case *ast.While:
		st.visitExpr(s.Test, ctxLoad)
		st.visitStmts(s.Body)
		st.visitStmts(s.OrElse)
	case *ast.If:
		st.visitExpr(s.Test, ctxLoad)
		st.visitStmts(s.Body)
		st.visitStmts(s.OrElse)
	case *ast.Raise:
		if s.Exc != nil {
			st.visitExpr(s.Exc, ctxLoad)
			if s.Cause != nil {
				st.visitExpr(s.Cause, ctxLoad)
			}
		}
	case *ast.Try:
		st.visitStmts(s.Body)
		st.visitStmts(s.OrElse)
		for _, h := range s.Handlers {
			if h == nil {
				continue
			}
			if h.Type != nil {
				st.visitExpr(h.Type, ctxLoad)
			}
			if h.Name != "" {
				st.addDef(h.Name, defLocal, h.Pos)
			}
			st.visitStmts(h.Body)
		}
		st.visitStmts(s.Finalbody)
	case *ast.Assert:
		st.visitExpr(s.Test, ctxLoad)
		if s.Msg != nil {
			st.visitExpr(s.Msg, ctxLoad)
		}
	case *ast.Import:
		for _, a := range s.Names {
			st.visitAlias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			st.visitAlias(a)
		}
	case *ast.Global:
		st.visitDeclaration(s.Pos, s.Names, true)
	case *ast.Nonlocal:
		st.visitDeclaration(s.Pos, s.Names, false)
	case *ast.ExprStmt:
		st.visitExpr(s.Value, ctxLoad)
	case *ast.With:
		for _, item := range s.Items {
			if item == nil {
				continue
			}
			st.visitExpr(item.ContextExpr, ctxLoad)
			if item.OptionalVars != nil {
				st.visitExpr(item.OptionalVars, ctxStore)
			}
		}
		st.visitStmts(s.Body)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case nil:
	default:
		panic(fmt.Sprintf("symtable: unexpected statement %T", s))
	}
}

func (st *symtable) visitDeclaration(pos ast.Pos, names []string, global bool) {
	for _, name := range names {
		cur := st.cur.lookup(mangle(st.private, name))
		if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
			kind := "nonlocal"
			if global {
				kind = "global"
			}
			switch {
			case cur&defParam != 0:
				st.errorAt(pos, "name '%s' is parameter and %s", name, kind)
			case cur&defUse != 0:
				st.errorAt(pos, "name '%s' is used prior to %s declaration", name, kind)
			case cur&defAnnot != 0:
				st.errorAt(pos, "annotated name '%s' can't be %s", name, kind)
			default:
				st.errorAt(pos, "name '%s' is assigned to before %s declaration", name, kind)
			}
		}
		if global {
			st.addDef(name, defGlobal, pos)
		} else {
			st.addDef(name, defNonlocal, pos)
		}
		st.recordDirective(name, pos)
	}
}

func (st *symtable) visitAnnAssign(s *ast.AnnAssign) {
	if name, ok := s.Target.(*ast.Name); ok {
		cur := st.cur.lookup(mangle(st.private, name.Id))
		if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple {
			if cur&defGlobal != 0 {
				st.errorAt(s.Pos, "annotated name '%s' can't be global", name.Id)
			}
			st.errorAt(s.Pos, "annotated name '%s' can't be nonlocal", name.Id)
		}
		if s.Simple {
			st.addDef(name.Id, defAnnot|defLocal, name.Pos)
		} else if s.Value != nil {
			st.addDef(name.Id, defLocal, name.Pos)
		}
	} else {
		st.visitExpr(s.Target, ctxStore)
	}
	st.visitExpr(s.Annotation, ctxLoad)
	if s.Value != nil {
		st.visitExpr(s.Value, ctxLoad)
	}
}

func (st *symtable) visitAlias(a *ast.Alias) {
	if a == nil {
		return
	}
	name := a.Name
	if a.AsName != "" {
		name = a.AsName
	}
	if name == "*" {
		if st.cur.kind != moduleBlock {
			st.errorAt(a.Pos, "import * only allowed at module level")
		}
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	st.addDef(name, defImport, a.Pos)
}

func (st *symtable) visitDefaults(args *ast.Arguments) {
	if args == nil {
		return
	}
	st.visitExprs(args.Defaults)
	for _, d := range args.KwDefaults {
		if d != nil {
			st.visitExpr(d, ctxLoad)
		}
	}
}

func (st *symtable) visitArgAnnotations(args *ast.Arguments) {
	if args == nil {
		return
	}
	visit := func(list []*ast.Arg) {
		for _, a := range list {
			if a != nil && a.Annotation != nil {
				st.visitExpr(a.Annotation, ctxLoad)
			}
		}
	}
	visit(args.PosOnly)
	visit(args.Args)
	if args.Vararg != nil && args.Vararg.Annotation != nil {
		st.visitExpr(args.Vararg.Annotation, ctxLoad)
	}
	if args.Kwarg != nil && args.Kwarg.Annotation != nil {
		st.visitExpr(args.Kwarg.Annotation, ctxLoad)
	}
	visit(args.KwOnly)
}

func (st *symtable) visitParams(args *ast.Arguments) {
	if args == nil {
		return
	}
	for _, list := range [][]*ast.Arg{args.PosOnly, args.Args, args.KwOnly} {
		for _, a := range list {
			if a != nil {
				st.addDef(a.Name, defParam, a.Pos)
			}
		}
	}
	if args.Vararg != nil {
		st.addDef(args.Vararg.Name, defParam, args.Vararg.Pos)
		st.cur.varargs = true
	}
	if args.Kwarg != nil {
		st.addDef(args.Kwarg.Name, defParam, args.Kwarg.Pos)
		st.cur.varkeywords = true
	}
}

// ---- expressions ----

func (st *symtable) visitExprs(list []ast.Expr) {
	for _, e := range list {
		st.visitExpr(e, ctxLoad)
	}
}

func (st *symtable) visitKeywords(kws []*ast.Keyword) {
	for _, kw := range kws {
		if kw != nil {
			st.visitExpr(kw.Value, ctxLoad)
		}
	}
}

func (st *symtable) visitExpr(e ast.Expr, ctx exprCtx) {
	switch e := e.(type) {
	case *ast.NamedExpr:
		st.visitNamedExpr(e)
	case *ast.BoolOp:
		st.visitExprs(e.Values)
	case *ast.BinOp:
		st.visitExpr(e.Left, ctxLoad)
		st.visitExpr(e.Right, ctxLoad)
	case *ast.UnaryOp:
		st.visitExpr(e.Operand, ctxLoad)
	case *ast.Lambda:
		st.visitDefaults(e.Args)
		st.enterBlock("lambda", functionBlock, e, e.Pos)
		st.visitParams(e.Args)
		st.visitExpr(e.Body, ctxLoad)
		st.exitBlock()
	case *ast.IfExp:
		st.visitExpr(e.Test, ctxLoad)
		st.visitExpr(e.Body, ctxLoad)
		st.visitExpr(e.OrElse, ctxLoad)
	case *ast.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.visitExpr(k, ctxLoad)
			}
			if i < len(e.Values) {
				st.visitExpr(e.Values[i], ctxLoad)
			}
		}
	case *ast.Set:
		st.visitExprs(e.Elts)
	case *ast.GeneratorExp:
		st.visitComprehension(e, "genexpr", generatorExpression, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		st.visitComprehension(e, "listcomp", listComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		st.visitComprehension(e, "setcomp", setComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		st.visitComprehension(e, "dictcomp", dictComprehension, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		if e.Value != nil {
			st.visitExpr(e.Value, ctxLoad)
		}
		st.cur.generator = true
		st.checkYieldInComprehension(e.Pos)
	case *ast.YieldFrom:
		st.visitExpr(e.Value, ctxLoad)
		st.cur.generator = true
		st.checkYieldInComprehension(e.Pos)
	case *ast.Await:
		st.visitExpr(e.Value, ctxLoad)
		st.cur.coroutine = true
	case *ast.Compare:
		st.visitExpr(e.Left, ctxLoad)
		st.visitExprs(e.Comparators)
	case *ast.Call:
		st.visitExpr(e.Func, ctxLoad)
		st.visitExprs(e.Args)
		st.visitKeywords(e.Keywords)
	case *ast.FormattedValue:
		st.visitExpr(e.Value, ctxLoad)
		if e.FormatSpec != nil {
			st.visitExpr(e.FormatSpec, ctxLoad)
		}
	case *ast.JoinedStr:
		st.visitExprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		st.visitExpr(e.Value, ctxLoad)
	case *ast.Subscript:
		st.visitExpr(e.Value, ctxLoad)
		st.visitExpr(e.Index, ctxLoad)
	case *ast.Starred:
		st.visitExpr(e.Value, ctx)
	case *ast.Slice:
		for _, part := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				st.visitExpr(part, ctxLoad)
			}
		}
	case *ast.Name:
		if ctx == ctxLoad {
			st.addDef(e.Id, defUse, e.Pos)
			// super() counts as a use of __class__.
			if st.cur.kind == functionBlock && e.Id == "super" {
				st.addDef("__class__", defUse, e.Pos)
			}
		} else {
			st.addDef(e.Id, defLocal, e.Pos)
		}
	case *ast.List:
		for _, elt := range e.Elts {
			st.visitExpr(elt, ctx)
		}
	case *ast.Tuple:
		for _, elt := range e.Elts {
			st.visitExpr(elt, ctx)
		}
	case nil:
	default:
		panic(fmt.Sprintf("symtable: unexpected expression %T", e))
	}
}

func (st *symtable) checkYieldInComprehension(pos ast.Pos) {
	switch st.cur.comprehension {
	case listComprehension:
		st.errorAt(pos, "'yield' inside list comprehension")
	case setComprehension:
		st.errorAt(pos, "'yield' inside set comprehension")
	case dictComprehension:
		st.errorAt(pos, "'yield' inside dict comprehension")
	case generatorExpression:
		st.errorAt(pos, "'yield' inside generator expression")
	}
}

func (st *symtable) visitNamedExpr(e *ast.NamedExpr) {
	if st.cur.compIterExpr > 0 {
		st.errorAt(e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if st.cur.comprehension != notComprehension && e.Target != nil {
		st.extendNamedExprScope(e.Target)
	}
	st.visitExpr(e.Value, ctxLoad)
	if e.Target != nil {
		st.visitExpr(e.Target, ctxStore)
	}
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing function or module block.
func (st *symtable) extendNamedExprScope(target *ast.Name) {
	name := target.Id
	for i := len(st.stack) - 1; i >= 0; i-- {
		b := st.stack[i]
		if b.comprehension != notComprehension {
			if b.lookup(mangle(st.private, name))&defCompIter != 0 {
				st.errorAt(target.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch b.kind {
		case functionBlock:
			if b.lookup(mangle(st.private, name))&defGlobal != 0 {
				st.addDef(name, defGlobal, target.Pos)
			} else {
				st.addDef(name, defNonlocal, target.Pos)
			}
			st.recordDirective(name, target.Pos)
			st.addDefIn(b, name, defLocal, target.Pos)
			return
		case moduleBlock:
			st.addDef(name, defGlobal, target.Pos)
			st.recordDirective(name, target.Pos)
			st.addDefIn(b, name, defGlobal, target.Pos)
			return
		case classBlock:
			st.errorAt(target.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

func (st *symtable) visitComprehension(e ast.Expr, name string, kind compKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	if len(gens) == 0 || gens[0] == nil {
		panic("symtable: comprehension without generators")
	}
	outer := gens[0]
	// The outermost iterable is evaluated in the enclosing scope.
	st.cur.compIterExpr++
	st.visitExpr(outer.Iter, ctxLoad)
	st.cur.compIterExpr--

	st.enterBlock(name, functionBlock, e, e.GetPos())
	st.cur.comprehension = kind
	if outer.IsAsync {
		st.cur.coroutine = true
	}
	st.addDef(".0", defParam, e.GetPos())
	st.cur.compIterTarget = true
	st.visitExpr(outer.Target, ctxStore)
	st.cur.compIterTarget = false
	st.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		if g == nil {
			continue
		}
		st.cur.compIterTarget = true
		st.visitExpr(g.Target, ctxStore)
		st.cur.compIterTarget = false
		st.cur.compIterExpr++
		st.visitExpr(g.Iter, ctxLoad)
		st.cur.compIterExpr--
		st.visitExprs(g.Ifs)
		if g.IsAsync {
			st.cur.coroutine = true
		}
	}
	if value != nil {
		st.visitExpr(value, ctxLoad)
	}
	st.visitExpr(elt, ctxLoad)
	isGenerator := kind == generatorExpression
	st.cur.generator = isGenerator
	isAsync := st.cur.coroutine && !isGenerator
	st.exitBlock()
	if isAsync {
		// The enclosing block awaits the comprehension.
		st.cur.coroutine = true
	}
}

// ---- analysis ----

type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	out := make(nameSet, len(s))
	for k := range s {
		out[k] = true
	}
	return out
}

func (s nameSet) addAll(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

func (st *symtable) analyze() {
	st.analyzeBlock(st.top, nil, nameSet{}, nameSet{})
}

// analyzeBlock resolves the names of b. bound holds the names bound in
// enclosing function blocks (nil at module level), free collects the names
// that b and its children need from enclosing blocks, global the names known
// to be global.
func (st *symtable) analyzeBlock(b *block, bound, free, global nameSet) {
	local := nameSet{}
	scopes := map[string]scope{}
	newGlobal := nameSet{}
	newFree := nameSet{}
	newBound := nameSet{}

	// A class body's names are invisible to nested functions, so the sets
	// handed to children are built before its own names are analyzed.
	if b.kind == classBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range b.order {
		st.analyzeName(b, scopes, name, b.symbols[name].flags, bound, local, free, global)
	}
	if b.kind != classBlock {
		if b.kind == functionBlock {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, child := range b.children {
		childFree := nameSet{}
		st.analyzeBlock(child, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
		if child.free || child.childFree {
			b.childFree = true
		}
	}
	newFree.addAll(allFree)

	switch b.kind {
	case functionBlock:
		// Locals captured by children become cells.
		for name, sc := range scopes {
			if sc == scopeLocal && newFree[name] {
				scopes[name] = scopeCell
				delete(newFree, name)
			}
		}
	case classBlock:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			b.needsClassClosure = true
		}
	}
	st.updateSymbols(b, scopes, bound, newFree)
	free.addAll(newFree)
}

func (st *symtable) errorAtDirective(b *block, name, format string, args ...any) {
	pos, ok := b.directives[name]
	if !ok {
		pos = b.pos
	}
	st.errorAt(pos, format, args...)
}

func (st *symtable) analyzeName(b *block, scopes map[string]scope, name string, flags symFlags, bound, local, free, global nameSet) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			st.errorAtDirective(b, name, "name '%s' is nonlocal and global", name)
		}
		scopes[name] = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil {
			st.errorAtDirective(b, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			st.errorAtDirective(b, name, "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = scopeFree
		b.free = true
		free[name] = true
	case flags&defBound != 0:
		scopes[name] = scopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = scopeFree
		b.free = true
		free[name] = true
	case global[name]:
		scopes[name] = scopeGlobalImplicit
	default:
		if b.nested {
			b.free = true
		}
		scopes[name] = scopeGlobalImplicit
	}
}

func (st *symtable) updateSymbols(b *block, scopes map[string]scope, bound, free nameSet) {
	for name, s := range b.symbols {
		s.scope = scopes[name]
	}
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if s := b.symbols[name]; s != nil {
			// A method's free variable with the same name as a class-level
			// binding: free and local in the class at once.
			if b.kind == classBlock && s.flags&(defBound|defGlobal) != 0 {
				s.flags |= defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		// Pass the free variable through this block.
		b.symbols[name] = &symbol{scope: scopeFree}
		b.order = append(b.order, name)
	}
}

// mangle applies private name mangling: inside class C, `__x` becomes `_C__x`.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}
