package stdlib

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// faulthandler: dumps of every thread's Python stack, on demand, after a
// timeout, or when a signal arrives, in CPython's layout:
//
//	Thread 0x00007f3c5a7ff640 (most recent call first):
//	  File "x.py", line 3 in worker
//
//	Current thread 0x00007f3c5bfff640 (most recent call first):
//	  File "x.py", line 9 in <module>
//
// Frames of other threads are read only while holding the GIL: a dump
// triggered by a signal or a timer runs on a goroutine of its own, with a
// thread state of its own, that takes the GIL first. The text goes straight
// to the file descriptor, as in CPython.

func init() { register("faulthandler", initFaulthandler) }

// faultState is the per-interpreter state of the module.
type faultState struct {
	mu      sync.Mutex
	enabled bool
	// fatal is where enable() writes (fd and the file object kept alive).
	fatalFD      int
	fatalAll     bool
	fatalFile    runtime.Object
	watchdog     chan struct{} // closed to cancel dump_traceback_later
	watchdogFile runtime.Object
	user         map[int]runtime.Object // files of register()
}

var (
	faultStatesMu sync.Mutex
	faultStates   = map[*runtime.Interpreter]*faultState{}
)

func faultStateOf(in *runtime.Interpreter) *faultState {
	faultStatesMu.Lock()
	defer faultStatesMu.Unlock()
	st := faultStates[in]
	if st == nil {
		st = &faultState{user: map[int]runtime.Object{}}
		faultStates[in] = st
	}
	return st
}

// fatalSignals are the signals enable() handles, with CPython's names.
var fatalSignals = []struct {
	sig  syscall.Signal
	name string
}{
	{syscall.SIGBUS, "Bus error"},
	{syscall.SIGILL, "Illegal instruction"},
	{syscall.SIGFPE, "Floating point exception"},
	{syscall.SIGABRT, "Aborted"},
	{syscall.SIGSEGV, "Segmentation fault"},
}

func initFaulthandler(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("faulthandler")
	addFuncs(m, []funcDef{
		{"enable", faultEnable},
		{"disable", faultDisable},
		{"is_enabled", faultIsEnabled},
		{"dump_traceback", faultDumpTraceback},
		{"dump_traceback_later", faultDumpLater},
		{"cancel_dump_traceback_later", faultCancelLater},
		{"register", faultRegister},
		{"unregister", faultUnregister},
	})
	return m, nil
}

// faultFile resolves a file argument to a descriptor as CPython does: None
// is sys.stderr, an int is a descriptor, otherwise file.fileno() (after
// flushing the file).
func faultFile(ts *runtime.ThreadState, file runtime.Object) (int, runtime.Object, error) {
	if isNone(file) {
		file = ts.Interp.Sys.Dict.GetStr("stderr")
		if isNone(file) {
			return 0, nil, runtime.NewRuntimeError("sys.stderr is None")
		}
	}
	if i, ok := file.(*runtime.Int); ok {
		fd, ok := i.Int64()
		if !ok || fd < 0 || fd > math.MaxInt32 {
			return 0, nil, runtime.NewValueError("file is not a valid file descriptor")
		}
		return int(fd), file, nil
	}
	r, err := runtime.CallMethod(ts, file, "fileno")
	if err != nil {
		return 0, nil, err
	}
	fd, err := runtime.AsSsize(ts, r)
	runtime.Decref(r)
	if err != nil {
		return 0, nil, err
	}
	if fd < 0 {
		return 0, nil, runtime.NewValueError("file is not a valid file descriptor")
	}
	if r, err := runtime.CallMethod(ts, file, "flush"); err == nil {
		runtime.Decref(r)
	} else if e, ok := err.(*runtime.Exception); ok {
		runtime.Decref(e)
	}
	return fd, file, nil
}

// frameLocation reads what a dump line needs from a frame (GIL held).
func frameLocation(ts *runtime.ThreadState, f runtime.Object) (file, name string, line int, back runtime.Object) {
	if fi, ok := f.(runtime.FrameInfo); ok {
		file, name = fi.Location()
	}
	if ln, ok := f.(interface{ Lineno() int }); ok {
		line = ln.Lineno()
	}
	b, err := runtime.GetAttr(ts, f, runtime.NewStr("f_back"))
	if err != nil {
		if e, ok := err.(*runtime.Exception); ok {
			runtime.Decref(e)
		}
		return file, name, line, nil
	}
	if b == runtime.None {
		return file, name, line, nil
	}
	return file, name, line, b
}

const maxFrameDepth = 100

// dumpStack writes one thread's frames, innermost first.
func dumpStack(ts *runtime.ThreadState, sb *strings.Builder, frame runtime.Object) {
	if frame == nil {
		sb.WriteString("  <no Python frame>\n")
		return
	}
	runtime.Incref(frame)
	f := frame
	for depth := 0; f != nil; depth++ {
		if depth >= maxFrameDepth {
			sb.WriteString("  ...\n")
			runtime.Decref(f)
			break
		}
		file, name, line, back := frameLocation(ts, f)
		if len(file) > 500 {
			file = file[:500] + "..."
		}
		fmt.Fprintf(sb, "  File \"%s\", line %d in %s\n", file, line, name)
		runtime.Decref(f)
		f = back
	}
}

// threadHeader is CPython's "Thread 0x..." line.
func threadHeader(t *runtime.ThreadState, current bool) string {
	prefix := "Thread"
	if current {
		prefix = "Current thread"
	}
	return fmt.Sprintf("%s 0x%016x (most recent call first):\n", prefix, uint64(t.Ident))
}

// formatDump renders the stacks (GIL held by ts). current is the thread
// labelled "Current thread" (nil: none); helper, if not nil, is the dumping
// goroutine's own state, left out.
func formatDump(ts *runtime.ThreadState, allThreads bool, current, helper *runtime.ThreadState) string {
	var sb strings.Builder
	if !allThreads {
		t := current
		if t == nil {
			t = ts
		}
		sb.WriteString("Stack (most recent call first):\n")
		dumpStack(ts, &sb, t.Frame)
		return sb.String()
	}
	// CPython lists the newest thread first: idents decrease as threads
	// are created.
	threads := ts.Interp.Threads()
	sortThreadsNewestFirst(threads)
	n := 0
	for _, t := range threads {
		if t == helper {
			continue
		}
		if n > 0 {
			sb.WriteString("\n")
		}
		sb.WriteString(threadHeader(t, t == current))
		dumpStack(ts, &sb, t.Frame)
		n++
	}
	return sb.String()
}

func sortThreadsNewestFirst(ts []*runtime.ThreadState) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Ident < ts[j-1].Ident; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func writeFD(fd int, s string) {
	b := []byte(s)
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}

// dumpFromHelper dumps from a goroutine that is not a Python thread: it
// takes the GIL with a thread state of its own, then writes.
func dumpFromHelper(in *runtime.Interpreter, fd int, header string, allThreads bool, current *runtime.ThreadState) {
	hts := in.NewThreadState()
	hts.Name = "faulthandler"
	in.GIL.Acquire(hts)
	text := formatDump(hts, allThreads, current, hts)
	in.RemoveThread(hts)
	in.GIL.Release(hts)
	writeFD(fd, header+text)
}

func faultDumpTraceback(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var file, all runtime.Object
	if err := runtime.UnpackArgs(ts, "dump_traceback", args, kwnames, "file?", &file, "all_threads?", &all); err != nil {
		return nil, err
	}
	allThreads, err := argBool(ts, all, true)
	if err != nil {
		return nil, err
	}
	fd, _, err := faultFile(ts, file)
	if err != nil {
		return nil, err
	}
	writeFD(fd, formatDump(ts, allThreads, ts, nil))
	return runtime.None, nil
}

func faultEnable(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var file, all runtime.Object
	if err := runtime.UnpackArgs(ts, "enable", args, kwnames, "file?", &file, "all_threads?", &all); err != nil {
		return nil, err
	}
	allThreads, err := argBool(ts, all, true)
	if err != nil {
		return nil, err
	}
	fd, fobj, err := faultFile(ts, file)
	if err != nil {
		return nil, err
	}
	in := ts.Interp
	st := faultStateOf(in)
	st.mu.Lock()
	old := st.fatalFile
	runtime.Incref(fobj)
	st.fatalFile, st.fatalFD, st.fatalAll, st.enabled = fobj, fd, allThreads, true
	st.mu.Unlock()
	runtime.Decref(old)
	for _, fs := range fatalSignals {
		name := fs.name
		in.SetSignalFunc(int(fs.sig), &runtime.SignalFunc{Fn: func(sig int) {
			st.mu.Lock()
			fd, all := st.fatalFD, st.fatalAll
			st.mu.Unlock()
			dumpFromHelper(in, fd, "Fatal Python error: "+name+"\n\n", all, in.Main)
			// Then die of the signal, as CPython does once it has dumped.
			osDefaultAction(sig)
		}})
	}
	return runtime.None, nil
}

func faultDisable(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("disable", args, kwnames); err != nil {
		return nil, err
	}
	in := ts.Interp
	st := faultStateOf(in)
	st.mu.Lock()
	was := st.enabled
	old := st.fatalFile
	st.enabled, st.fatalFile = false, nil
	st.mu.Unlock()
	runtime.Decref(old)
	if was {
		for _, fs := range fatalSignals {
			restoreSignal(in, int(fs.sig))
		}
	}
	return runtime.NewBool(was), nil
}

// restoreSignal drops faulthandler's Go handler for sig and gives the signal
// back to the signal module's disposition.
func restoreSignal(in *runtime.Interpreter, sig int) {
	switch signalState(in).handlerKind(sig) {
	case sigDFL:
		in.DefaultSignal(sig)
	case sigIGN:
		in.IgnoreSignal(sig)
	default:
		in.SetSignalFunc(sig, nil)
	}
}

func faultIsEnabled(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("is_enabled", args, kwnames); err != nil {
		return nil, err
	}
	st := faultStateOf(ts.Interp)
	st.mu.Lock()
	defer st.mu.Unlock()
	return runtime.NewBool(st.enabled), nil
}

// timeoutHeader is CPython's "Timeout (0:00:01.500000)!" line.
func timeoutHeader(us int64) string {
	sec := us / 1e6
	frac := us % 1e6
	min := sec / 60
	sec %= 60
	hour := min / 60
	min %= 60
	if frac != 0 {
		return fmt.Sprintf("Timeout (%d:%02d:%02d.%06d)!\n", hour, min, sec, frac)
	}
	return fmt.Sprintf("Timeout (%d:%02d:%02d)!\n", hour, min, sec)
}

func faultDumpLater(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var timeoutObj, repeatObj, file, exitObj runtime.Object
	if err := runtime.UnpackArgs(ts, "dump_traceback_later", args, kwnames, "timeout", &timeoutObj,
		"repeat?", &repeatObj, "file?", &file, "exit?", &exitObj); err != nil {
		return nil, err
	}
	secs, err := runtime.AsFloat(ts, timeoutObj)
	if err != nil {
		return nil, err
	}
	us := int64(math.Ceil(secs * 1e6))
	if us <= 0 {
		return nil, runtime.NewValueError("timeout must be greater than 0")
	}
	if secs > 1e12 {
		return nil, runtime.NewExceptionf(runtime.OverflowErrorType, "timeout value is too large")
	}
	repeat, err := argBool(ts, repeatObj, false)
	if err != nil {
		return nil, err
	}
	exit, err := argBool(ts, exitObj, false)
	if err != nil {
		return nil, err
	}
	fd, fobj, err := faultFile(ts, file)
	if err != nil {
		return nil, err
	}
	in := ts.Interp
	st := faultStateOf(in)
	cancelWatchdog(st)
	stop := make(chan struct{})
	st.mu.Lock()
	st.watchdog = stop
	runtime.Incref(fobj)
	st.watchdogFile = fobj
	st.mu.Unlock()
	header := timeoutHeader(us)
	go func() {
		d := time.Duration(us) * time.Microsecond
		for {
			t := time.NewTimer(d)
			select {
			case <-stop:
				t.Stop()
				return
			case <-t.C:
			}
			dumpFromHelper(in, fd, header, true, nil)
			if exit {
				os.Exit(1)
			}
			if !repeat {
				return
			}
		}
	}()
	return runtime.None, nil
}

// cancelWatchdog stops a pending dump_traceback_later (GIL held).
func cancelWatchdog(st *faultState) {
	st.mu.Lock()
	stop, file := st.watchdog, st.watchdogFile
	st.watchdog, st.watchdogFile = nil, nil
	st.mu.Unlock()
	if stop != nil {
		close(stop)
	}
	runtime.Decref(file)
}

func faultCancelLater(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("cancel_dump_traceback_later", args, kwnames); err != nil {
		return nil, err
	}
	cancelWatchdog(faultStateOf(ts.Interp))
	return runtime.None, nil
}

func checkUserSignal(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	n, err := runtime.AsSsize(ts, o)
	if err != nil {
		return 0, err
	}
	for _, fs := range fatalSignals {
		if n == int(fs.sig) {
			return 0, runtime.NewRuntimeError("signal %d cannot be registered, use enable() instead", n)
		}
	}
	if n < 1 || n >= runtime.NSIG {
		return 0, runtime.NewValueError("signal number out of range")
	}
	return n, nil
}

func faultRegister(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sigObj, file, all, chainObj runtime.Object
	if err := runtime.UnpackArgs(ts, "register", args, kwnames, "signum", &sigObj, "file?", &file,
		"all_threads?", &all, "chain?", &chainObj); err != nil {
		return nil, err
	}
	n, err := checkUserSignal(ts, sigObj)
	if err != nil {
		return nil, err
	}
	allThreads, err := argBool(ts, all, true)
	if err != nil {
		return nil, err
	}
	chain, err := argBool(ts, chainObj, false)
	if err != nil {
		return nil, err
	}
	fd, fobj, err := faultFile(ts, file)
	if err != nil {
		return nil, err
	}
	in := ts.Interp
	st := faultStateOf(in)
	st.mu.Lock()
	old := st.user[n]
	runtime.Incref(fobj)
	st.user[n] = fobj
	st.mu.Unlock()
	runtime.Decref(old)
	in.SetSignalFunc(n, &runtime.SignalFunc{Chain: chain, Fn: func(sig int) {
		dumpFromHelper(in, fd, "", allThreads, in.Main)
	}})
	return runtime.None, nil
}

func faultUnregister(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("unregister", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	n, err := checkUserSignal(ts, args[0])
	if err != nil {
		return nil, err
	}
	in := ts.Interp
	st := faultStateOf(in)
	st.mu.Lock()
	old, ok := st.user[n]
	delete(st.user, n)
	st.mu.Unlock()
	if !ok {
		return runtime.False, nil
	}
	runtime.Decref(old)
	restoreSignal(in, n)
	return runtime.True, nil
}
