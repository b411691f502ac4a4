package runtime

import (
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// Interpreter is the state of one minipy run: modules, builtins, the GIL and the
// hooks the VM provides. Several interpreters may live in one process (tests);
// they share nothing but immortal built-in objects.
type Interpreter struct {
	Builtins *Module
	Sys      *Module
	// Modules is sys.modules.
	Modules *Dict
	// Exec compiles and runs code; it is provided by the VM.
	Exec Executor
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// Stdout, Stderr and Stdin are the process streams behind sys.stdout etc.
	Stdout, Stderr io.Writer
	Stdin          io.Reader

	GIL *GIL

	mu      sync.Mutex
	threads map[*ThreadState]bool
	// Main is the main thread.
	Main *ThreadState
	// nextIdent numbers Python threads for threading.get_ident().
	nextIdent int64
	// SignalHandler runs the Python-level handler of a signal that arrived,
	// in the main thread; the signal module installs it.
	SignalHandler func(ts *ThreadState, signum int) error
	signals       signalState
	// sources caches source lines by file name, for tracebacks.
	sources map[string][]string
}

// Executor is what the runtime and stdlib need from the VM.
type Executor interface {
	// RunSource compiles src (mode "exec", "eval" or "single") and runs it in
	// globals/locals, returning the result of eval mode.
	RunSource(ts *ThreadState, src, filename, mode string, globals *Dict, locals Object) (Object, error)
	// Import imports a module (import machinery: built-in modules, then the
	// search path).
	Import(ts *ThreadState, name string, globals *Dict, fromlist Object, level int) (Object, error)
	// CurrentGlobals returns the globals of the innermost Python frame.
	CurrentGlobals(ts *ThreadState) *Dict
	// CurrentLocals returns locals() of the innermost frame.
	CurrentLocals(ts *ThreadState) (Object, error)
}

// ThreadState is one Python thread's state. Every operation that touches
// Python objects receives the ThreadState of the thread holding the GIL.
type ThreadState struct {
	Interp *Interpreter
	// Frame is the innermost Python frame (a vm frame), or nil.
	Frame Object
	// ExcInfo is the exception being handled (sys.exc_info()), or nil.
	ExcInfo *Exception
	// Depth counts nested Python calls, for RecursionError.
	Depth int
	// Ident is threading.get_ident(); NativeID the kernel thread id.
	Ident    int64
	NativeID int64
	// Name is the thread's name (threading.current_thread().name).
	Name string
	// Thread is the threading.Thread object, if any.
	Thread Object
	// Locals holds threading.local storage keyed by the local object.
	Locals map[Object]*Dict
	// AsyncGenFirstIter and AsyncGenFinalizer are sys.set_asyncgen_hooks'
	// callables (owned references), or nil.
	AsyncGenFirstIter, AsyncGenFinalizer Object
	// reprActive holds the containers whose repr is being computed on this
	// thread, so recursive containers print as [...] (see ReprEnter).
	reprActive []Object
	// free holds dead int and float objects for reuse (freelist.go).
	free freeLists
	// sortScratch is list.sort's reusable working memory (sort.go).
	sortScratch *sortScratch

	gil gilWaiter
}

// NewInterpreter creates an interpreter with its main thread; the caller
// (vm.New) fills Builtins, Sys, Modules and Exec.
func NewInterpreter() *Interpreter {
	in := &Interpreter{
		Modules:        NewDict(),
		RecursionLimit: 1000,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		Stdin:          os.Stdin,
		threads:        map[*ThreadState]bool{},
	}
	in.GIL = newGIL()
	in.signals.init()
	in.Main = in.NewThreadState()
	in.Main.Name = "MainThread"
	in.Main.NativeID = int64(os.Getpid())
	gcState.setInterp(in)
	return in
}

// NewThreadState creates the state of a new thread (not yet running).
func (in *Interpreter) NewThreadState() *ThreadState {
	in.mu.Lock()
	defer in.mu.Unlock()
	// Idents look like CPython's (pthread_t values: addresses of thread
	// control blocks, one 8 MiB stack apart) but are just unique numbers.
	ts := &ThreadState{Interp: in, Ident: 0x7f3c5a7ff640 - in.nextIdent*0x801000}
	in.nextIdent++
	ts.gil.init()
	in.threads[ts] = true
	return ts
}

// RemoveThread forgets a finished thread.
func (in *Interpreter) RemoveThread(ts *ThreadState) {
	in.mu.Lock()
	delete(in.threads, ts)
	in.mu.Unlock()
}

// Threads returns every live thread state.
func (in *Interpreter) Threads() []*ThreadState {
	in.mu.Lock()
	defer in.mu.Unlock()
	out := make([]*ThreadState, 0, len(in.threads))
	for t := range in.threads {
		out = append(out, t)
	}
	return out
}

// Holder returns the thread that holds the GIL (the one running Python code).
func (in *Interpreter) Holder() *ThreadState { return in.GIL.Holder() }

// Globals returns the globals of the innermost Python frame, or nil.
func (ts *ThreadState) Globals() *Dict {
	if ts.Interp.Exec == nil {
		return nil
	}
	return ts.Interp.Exec.CurrentGlobals(ts)
}

// maxDepth caps the effective recursion limit whatever sys.setrecursionlimit
// says: each level costs a few KiB of Go stack, and past Go's 1 GB maximum
// stack the process dies with a fatal error instead of a RecursionError.
const maxDepth = 100000

// EnterRecursive counts one level of nesting (Python calls, reprs,
// comparisons) and raises RecursionError past the limit.
func (ts *ThreadState) EnterRecursive(where string) error {
	ts.Depth++
	if ts.Depth > ts.Interp.RecursionLimit || ts.Depth > maxDepth {
		ts.Depth--
		return NewExceptionf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// LeaveRecursive undoes EnterRecursive.
func (ts *ThreadState) LeaveRecursive() { ts.Depth-- }

// WriteUnraisable reports an exception that cannot propagate (from __del__, a
// weakref callback, ...), as CPython's sys.unraisablehook does.
func (in *Interpreter) WriteUnraisable(ts *ThreadState, err error, context string) {
	w := in.Stderr
	io.WriteString(w, context+"\n")
	if e, ok := err.(*Exception); ok {
		io.WriteString(w, FormatTraceback(ts, e))
		return
	}
	io.WriteString(w, err.Error()+"\n")
}

// FormatTraceback renders an exception with its chain and traceback like
// CPython's default excepthook.
func FormatTraceback(ts *ThreadState, e *Exception) string {
	if chainHasGroup(e) {
		return formatGroupTraceback(ts, e)
	}
	chain, links := ChainedExceptions(e)
	out := ""
	for i, x := range chain {
		if i > 0 {
			out += links[i-1]
		}
		out += formatOne(ts, x)
	}
	return out
}

func formatOne(ts *ThreadState, e *Exception) string {
	out := ""
	if e.Traceback != nil {
		out += "Traceback (most recent call last):\n"
		// A run of more than three entries for the same file, line and
		// function (deep recursion) is cut short, as CPython does.
		const cutoff = 3
		repeated := func(n int) string {
			n -= cutoff
			if n > 1 {
				return "  [Previous line repeated " + strconv.Itoa(n) + " more times]\n"
			}
			return "  [Previous line repeated " + strconv.Itoa(n) + " more time]\n"
		}
		var lastFile, lastName string
		lastLine, count := -1, 0
		for tb := e.Traceback; tb != nil; tb = tb.Next {
			file, name := "", ""
			if fi, ok := tb.Frame.(FrameInfo); ok {
				file, name = fi.Location()
			}
			if lastLine == -1 || file != lastFile || tb.Lineno != lastLine || name != lastName {
				if count > cutoff {
					out += repeated(count)
				}
				lastFile, lastLine, lastName, count = file, tb.Lineno, name, 0
			}
			count++
			if count <= cutoff {
				out += ts.Interp.FormatFrameLine(tb.Frame, tb.Lineno, tb.Lasti)
			}
		}
		if count > cutoff {
			out += repeated(count)
		}
	}
	if se := syntaxErrorDetail(e, true); se != "" {
		out += se
	}
	return out + FormatExceptionOnly(ts, e) + "\n"
}

// FrameInfo is implemented by frame objects so tracebacks can be printed
// without knowing the VM.
type FrameInfo interface {
	Object
	// Location returns the code's file name and function name.
	Location() (filename, name string)
}

// FormatFrameLine is one `  File "x.py", line 3, in f` entry with its source
// line and, when instruction lasti (-1: unknown) has a source range that
// does not cover the whole line, the marker line under it (tbcarets.go).
// As in CPython's printer, the line loses its indentation but keeps its
// trailing blanks.
func (in *Interpreter) FormatFrameLine(frame Object, line, lasti int) string {
	fi, ok := frame.(FrameInfo)
	if !ok {
		return ""
	}
	file, name := fi.Location()
	out := "  File \"" + file + "\", line " + strconv.Itoa(line) + ", in " + name + "\n"
	if IsPseudoFilename(file) {
		return out // "<string>", "<stdin>": CPython shows no source line
	}
	raw := in.rawSourceLine(file, line)
	src := strings.TrimLeft(raw, " \t\f")
	if strings.TrimSpace(src) == "" {
		return out
	}
	out += "    " + src + "\n"
	if pi, ok := frame.(PositionInfo); ok && lasti >= 0 {
		l, el, c, ec := pi.Position(lasti)
		if l == line {
			out += in.caretLine(raw, l, el, c, ec)
		}
	}
	return out
}

// IsPseudoFilename reports whether a code object's file name is not a file,
// like "<string>" or "<stdin>": CPython's traceback printer and linecache
// show no source for those.
func IsPseudoFilename(name string) bool {
	return len(name) >= 2 && name[0] == '<' && name[len(name)-1] == '>'
}

// rawSourceLine returns a source line as it is, without its line end.
func (in *Interpreter) rawSourceLine(filename string, line int) string {
	lines := in.SourceLines(filename)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[line-1], "\r\n")
}

// RegisterSource records the text of code compiled from a string (`-c`, the
// REPL, exec) so tracebacks can show its lines.
func (in *Interpreter) RegisterSource(filename, src string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(src, "\n")
}

// SourceLines returns the lines of a source file (without their line
// ends), from registered sources or else from the file itself; nil if it
// cannot be read.
func (in *Interpreter) SourceLines(filename string) []string {
	in.mu.Lock()
	lines, ok := in.sources[filename]
	in.mu.Unlock()
	if ok {
		return lines
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return nil
	}
	lines = strings.Split(string(data), "\n")
	in.mu.Lock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = lines
	in.mu.Unlock()
	return lines
}

// ForgetSource drops the cached lines of filename ("": of every file), so
// they are read again (linecache.clearcache). Text compiled from strings
// ("<stdin>", "<minipy>/...") is kept: it cannot be read again.
func (in *Interpreter) ForgetSource(filename string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for name := range in.sources {
		if (filename == "" || name == filename) && !strings.HasPrefix(name, "<") {
			delete(in.sources, name)
		}
	}
}

// SourceLine returns the stripped text of a source line, from registered
// sources or else from the file itself.
func (in *Interpreter) SourceLine(filename string, line int) string {
	lines := in.SourceLines(filename)
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}
