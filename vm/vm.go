package vm

import (
	"os"
	"strings"

	"github.com/minipy/minipy/compiler"
	"github.com/minipy/minipy/parser"
	rt "github.com/minipy/minipy/runtime"
	"github.com/minipy/minipy/stdlib"
)

// VM is one interpreter instance: it implements runtime.Executor.
type VM struct {
	interp *rt.Interpreter
	// Main is the __main__ module.
	Main *rt.Module
}

// New creates an interpreter with its builtins, sys and __main__ modules. The
// calling goroutine becomes the main thread and holds the GIL.
func New(argv []string, path []string) (*VM, error) {
	in := rt.NewInterpreter()
	vm := &VM{interp: in}
	in.Exec = vm
	ts := in.Main
	in.GIL.Acquire(ts)
	b := stdlib.NewBuiltinsModule(ts)
	b.AddFunc("__build_class__", vm.buildClass)
	b.Set("super", rt.SuperType)
	in.Builtins = b
	in.Modules.SetStr("builtins", b)
	initSys, ok := stdlib.Lookup("sys")
	if !ok {
		return nil, rt.NewSystemError("no sys module")
	}
	sys, err := initSys(ts)
	if err != nil {
		return nil, err
	}
	in.Sys = sys
	in.Modules.SetStr("sys", sys)
	stdlib.SetArgv(in, argv)
	stdlib.SetPath(in, path)
	main := rt.NewModule("__main__")
	main.Dict.SetStr("__builtins__", b)
	in.Modules.SetStr("__main__", main)
	vm.Main = main
	return vm, nil
}

// Interp returns the interpreter.
func (vm *VM) Interp() *rt.Interpreter { return vm.interp }

// Thread returns the main thread's state.
func (vm *VM) Thread() *rt.ThreadState { return vm.interp.Main }

// Compile parses and compiles source; errors are SyntaxError exceptions.
func (vm *VM) Compile(ts *rt.ThreadState, src, filename, mode string) (*Code, error) {
	vm.interp.RegisterSource(filename, src)
	var cc *compiler.Code
	switch mode {
	case "eval":
		e, err := parser.ParseExpr(filename, []byte(src))
		if err != nil {
			return nil, syntaxError(err, src)
		}
		cc, err = compiler.CompileExpr(e, filename)
		if err != nil {
			return nil, compileError(err, src)
		}
	default:
		mod, err := parser.ParseFile(filename, []byte(src))
		if err != nil {
			return nil, syntaxError(err, src)
		}
		m := compiler.Exec
		if mode == "single" {
			m = compiler.Interactive
		}
		cc, err = compiler.Compile(mod, filename, m)
		if err != nil {
			return nil, compileError(err, src)
		}
	}
	return loadCode(cc), nil
}

// syntaxError converts a parser error into a SyntaxError exception with
// CPython's args and attributes; text is the offending line as it is in src.
func syntaxError(err error, src string) error {
	return syntaxErrorText(err, src, false)
}

// compileError converts a compiler error: as CPython does, its text is read
// from the file named by the error (None when there is no such file).
func compileError(err error, src string) error {
	return syntaxErrorText(err, src, true)
}

func syntaxErrorText(err error, src string, fromFile bool) error {
	se, ok := err.(*parser.SyntaxError)
	if !ok {
		return rt.NewSystemError("internal error: %v", err)
	}
	cls := rt.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		cls = rt.IndentationErrorType
	case "TabError":
		cls = rt.TabErrorType
	}
	text := ""
	// Symbol-table errors read their text from the file, as compiler
	// errors do.
	fromFile = fromFile || se.MsgOnly
	if fromFile {
		if b, err := os.ReadFile(se.Filename); err == nil {
			src = string(b)
		} else {
			src = ""
		}
	}
	if se.Line > 0 && (src != "" || !fromFile) {
		lines := splitLines(src)
		if se.Line <= len(lines) {
			line := lines[se.Line-1]
			if se.Line < len(lines) {
				line += "\n"
			}
			if !fromFile && se.Text != "" && strings.TrimRight(line, "\r\n") != se.Text {
				// The parser's own idea of the line (a continuation).
				line = se.Text + "\n"
			}
			text = line
		}
	}
	endLine := se.Line
	if se.EndLine > 0 && se.EndCol > 0 {
		endLine = se.EndLine
	}
	e := rt.NewSyntaxError(cls, se.Msg, se.Filename, se.Line, se.Col, text, endLine, se.EndCol)
	if se.MsgOnly {
		rt.SetSyntaxErrorArgsMsgOnly(e)
	}
	if se.Incomplete {
		e.InstanceDictSet("_incomplete", rt.True)
	}
	return e
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// RunCode runs a module-level code object in globals (and locals, if given).
func (vm *VM) RunCode(ts *rt.ThreadState, code *Code, globals *rt.Dict, locals rt.Object) (rt.Object, error) {
	if globals.GetStr("__builtins__") == nil {
		globals.SetStr("__builtins__", vm.interp.Builtins)
	}
	if locals == nil {
		locals = globals
	}
	f := newFrame(code, globals, vm.interp.Builtins.Dict, locals)
	if code.Flags&compiler.CO_OPTIMIZED != 0 {
		f.locals = nil
		rt.Decref(locals)
	}
	vm.initCells(f, nil)
	r, err := vm.runFrame(ts, f, nil)
	rt.Decref(f)
	return r, err
}

// SegmentAnchors implements runtime.AnchorFinder for the traceback printer.
func (vm *VM) SegmentAnchors(segment string) (kind, a, b int) {
	return parser.SegmentAnchors(segment)
}

// RunSource implements runtime.Executor.
func (vm *VM) RunSource(ts *rt.ThreadState, src, filename, mode string, globals *rt.Dict, locals rt.Object) (rt.Object, error) {
	code, err := vm.Compile(ts, src, filename, mode)
	if err != nil {
		return nil, err
	}
	defer rt.Decref(code)
	return vm.RunCode(ts, code, globals, locals)
}

// CurrentGlobals implements runtime.Executor.
func (vm *VM) CurrentGlobals(ts *rt.ThreadState) *rt.Dict {
	if f, ok := ts.Frame.(*Frame); ok {
		return f.globals
	}
	return vm.Main.Dict
}

// CurrentLocals implements runtime.Executor.
func (vm *VM) CurrentLocals(ts *rt.ThreadState) (rt.Object, error) {
	if f, ok := ts.Frame.(*Frame); ok {
		return f.localsDict(ts)
	}
	return rt.Xref(vm.Main.Dict), nil
}

// RunMainFile runs a script as __main__ and returns the process exit status.
func (vm *VM) RunMainFile(filename string) int {
	src, err := os.ReadFile(filename)
	ts := vm.interp.Main
	if err != nil {
		vm.writeErr("minipy: can't open file '" + filename + "': [Errno 2] No such file or directory\n")
		return 2
	}
	vm.Main.Dict.SetStr("__file__", rt.NewStr(filename))
	return vm.RunMain(ts, string(src), filename)
}

// RunMain runs source as the __main__ module, prints an uncaught exception's
// traceback and returns the exit status (SystemExit honoured).
func (vm *VM) RunMain(ts *rt.ThreadState, src, filename string) int {
	_, err := vm.RunSource(ts, src, filename, "exec", vm.Main.Dict, vm.Main.Dict)
	return vm.Finish(ts, err)
}

// Finish handles the end of the main program: SystemExit's status, or the
// traceback of an uncaught exception (exit status 1).
func (vm *VM) Finish(ts *rt.ThreadState, err error) int {
	if err == nil {
		return 0
	}
	e := asException(err)
	if e.IsInstance(rt.SystemExitType) {
		return vm.systemExitCode(ts, e)
	}
	vm.PrintException(ts, e)
	if e.IsInstance(rt.KeyboardInterruptType) {
		// CPython ends by re-raising SIGINT: the shell sees 128+2.
		return 130
	}
	return 1
}

func (vm *VM) systemExitCode(ts *rt.ThreadState, e *rt.Exception) int {
	if len(e.Args.Items) == 0 {
		return 0
	}
	code := e.Args.Items[0]
	if len(e.Args.Items) > 1 {
		code = e.Args
	}
	switch c := code.(type) {
	case *rt.NoneType:
		return 0
	case *rt.Int:
		return int(c.V)
	case *rt.Bool:
		if c.V {
			return 1
		}
		return 0
	}
	s, err := rt.StrOf(ts, code)
	if err == nil {
		vm.writeErr(s + "\n")
	}
	return 1
}

// PrintException prints a traceback through sys.excepthook.
func (vm *VM) PrintException(ts *rt.ThreadState, e *rt.Exception) {
	if hook := vm.interp.Sys.Dict.GetStr("excepthook"); hook != nil {
		var tb rt.Object = rt.None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		r, err := rt.Call(ts, hook, []rt.Object{e.Type(), e, tb}, nil)
		if err == nil {
			rt.Decref(r)
			return
		}
	}
	vm.writeErr(rt.FormatTraceback(ts, e))
}

func (vm *VM) writeErr(s string) {
	vm.interp.Stderr.Write([]byte(s))
}

// handlePending runs at eval-breaker poll sites.
func (vm *VM) handlePending(ts *rt.ThreadState) error {
	g := vm.interp.GIL
	b := g.Breaker.Load()
	if b&rt.BreakSignal != 0 && ts == vm.interp.Main {
		if err := vm.interp.RunSignalHandlers(ts); err != nil {
			return err
		}
	}
	if b&rt.BreakGC != 0 {
		g.Breaker.And(^rt.BreakGC)
		rt.CollectAuto(ts)
	}
	if g.Breaker.Load()&rt.BreakDrop != 0 {
		g.Yield(ts)
	}
	return nil
}

// neverAwaited reports a coroutine that was created but never awaited.
func (vm *VM) neverAwaited(g *Generator) {
	vm.writeErr("sys:1: RuntimeWarning: coroutine '" + g.qual + "' was never awaited\n")
}

// RunModule runs a module found on sys.path as __main__ (`minipy -m name`).
func (vm *VM) RunModule(ts *rt.ThreadState, name string) int {
	p, _ := vm.interp.Sys.Dict.GetStr("path").(*rt.List)
	if p != nil {
		for _, d := range p.Items {
			s, ok := d.(*rt.Str)
			if !ok {
				continue
			}
			dir := s.S
			if dir == "" {
				dir = "."
			}
			file := dir + "/" + strings.ReplaceAll(name, ".", "/") + ".py"
			if _, err := os.Stat(file); err == nil {
				return vm.RunMainFile(file)
			}
		}
	}
	vm.writeErr("minipy: No module named " + name + "\n")
	return 1
}

// Shutdown ends the program like CPython's Py_FinalizeEx: wait for
// non-daemon threads (threading._shutdown), run atexit callbacks, flush the
// standard streams. It returns the exit status.
func (vm *VM) Shutdown(ts *rt.ThreadState, status int, atexit func(*rt.ThreadState), flush func()) int {
	if th, ok := vm.interp.Modules.GetStr("threading").(*rt.Module); ok {
		if fn := th.Dict.GetStr("_shutdown"); fn != nil {
			r, err := rt.Call(ts, fn, nil, nil)
			rt.Decref(r)
			if err != nil {
				if e := asException(err); e.IsInstance(rt.SystemExitType) {
					status = vm.systemExitCode(ts, e)
				} else {
					vm.PrintException(ts, e)
				}
			}
		}
	}
	if atexit != nil {
		atexit(ts)
	}
	// Daemon threads still running never run Python code again (CPython's
	// _PyRuntimeState_SetFinalizing).
	vm.interp.GIL.SetFinalizing(ts)
	// Finalise what __main__ still holds, so __del__ of survivors runs, as
	// CPython does when it clears module dicts at exit.
	vm.Main.Dict.Clear()
	if flush != nil {
		flush()
	}
	return status
}

// CompileSource implements stdlib.SourceCompiler: compile() returns a code
// object and reports SyntaxError at once.
func (vm *VM) CompileSource(ts *rt.ThreadState, src, filename, mode string) (rt.Object, error) {
	return vm.Compile(ts, src, filename, mode)
}

// RunCodeObject implements stdlib.CodeExecutor: exec/eval of a code object.
func (vm *VM) RunCodeObject(ts *rt.ThreadState, code rt.Object, globals *rt.Dict, locals rt.Object) (rt.Object, bool, error) {
	c, ok := code.(*Code)
	if !ok {
		return nil, false, nil
	}
	r, err := vm.RunCode(ts, c, globals, locals)
	return r, true, err
}
