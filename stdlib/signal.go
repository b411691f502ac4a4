package stdlib

import (
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// _signal: Python-level signal handlers (the signal module in lib/signal.py
// adds the Signals/Handlers enums). The runtime records a signal that
// arrives; the handler installed here as Interpreter.SignalHandler runs the
// Python handler in the main thread, between bytecodes or when a blocking
// call is interrupted, as handler(signum, frame).

func init() { register("_signal", initSignal) }

// sigState is the per-interpreter table of Python-level handlers.
type sigState struct {
	handlers [runtime.NSIG]runtime.Object
	wakeupFD int64
}

var (
	sigStatesMu sync.Mutex
	sigStates   = map[*runtime.Interpreter]*sigState{}
)

const (
	sigDFL = 0
	sigIGN = 1
)

var defaultIntHandler = runtime.NewBuiltin("default_int_handler",
	func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return nil, runtime.NewException(runtime.KeyboardInterruptType)
	})

// signalState returns the interpreter's handler table, creating it (with
// CPython's start-up dispositions) and installing the runtime hook.
func signalState(in *runtime.Interpreter) *sigState {
	sigStatesMu.Lock()
	defer sigStatesMu.Unlock()
	if st := sigStates[in]; st != nil {
		return st
	}
	st := &sigState{wakeupFD: -1}
	for n := 1; n < runtime.NSIG; n++ {
		st.handlers[n] = runtime.NewInt(sigDFL)
	}
	// CPython ignores SIGPIPE and SIGXFSZ at start-up and installs
	// default_int_handler for SIGINT.
	st.handlers[syscall.SIGPIPE] = runtime.NewInt(sigIGN)
	st.handlers[syscall.SIGXFSZ] = runtime.NewInt(sigIGN)
	st.handlers[syscall.SIGINT] = defaultIntHandler
	sigStates[in] = st
	in.SignalHandler = func(ts *runtime.ThreadState, signum int) error {
		h := st.handlers[signum]
		if h == nil || h.Type() == runtime.IntType {
			return nil
		}
		var frame runtime.Object = runtime.None
		if ts.Frame != nil {
			frame = ts.Frame
		}
		runtime.Incref(h)
		defer runtime.Decref(h)
		r, err := runtime.Call(ts, h, []runtime.Object{runtime.NewInt(int64(signum)), frame}, nil)
		runtime.Decref(r)
		return err
	}
	return st
}

func initSignal(ts *runtime.ThreadState) (*runtime.Module, error) {
	signalState(ts.Interp)
	m := runtime.NewModule("_signal")
	addFuncs(m, []funcDef{
		{"signal", signalSignal},
		{"getsignal", signalGetsignal},
		{"raise_signal", signalRaise},
		{"strsignal", signalStrsignal},
		{"valid_signals", signalValid},
		{"alarm", signalAlarm},
		{"pause", signalPause},
		{"setitimer", signalSetitimer},
		{"getitimer", signalGetitimer},
		{"siginterrupt", signalSiginterrupt},
		{"set_wakeup_fd", signalSetWakeupFD},
		{"pthread_kill", signalPthreadKill},
	})
	m.Set("default_int_handler", defaultIntHandler)
	for _, s := range signalNames {
		setNew(m, s.name, runtime.NewInt(int64(s.num)))
	}
	addInts(m, []string{"SIG_DFL", "SIG_IGN", "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK", "NSIG",
		"ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF"},
		[]int64{sigDFL, sigIGN, 0, 1, 2, runtime.NSIG, 0, 1, 2})
	m.Set("ItimerError", runtime.OSErrorType)
	return m, nil
}

// signum reads a signal number argument and checks its range.
func signum(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	n, err := runtime.AsSsize(ts, o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= runtime.NSIG {
		return 0, runtime.NewValueError("signal number out of range")
	}
	return int(n), nil
}

func isMainThread(ts *runtime.ThreadState) bool { return ts == ts.Interp.Main }

func signalSignal(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sigObj, handler runtime.Object
	if err := runtime.UnpackArgs(ts, "signal", args, kwnames, "signalnum", &sigObj, "handler", &handler, "/"); err != nil {
		return nil, err
	}
	n, err := signum(ts, sigObj)
	if err != nil {
		return nil, err
	}
	if !isMainThread(ts) {
		return nil, runtime.NewValueError("signal only works in main thread of the main interpreter")
	}
	in := ts.Interp
	action := -1
	if handler.Type() == runtime.IntType || runtime.IsInstance(handler, runtime.IntType) && handler.Type().Call == nil {
		v, err := runtime.AsSsize(ts, handler)
		if err != nil {
			return nil, err
		}
		if v != sigDFL && v != sigIGN {
			return nil, runtime.NewTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		action = int(v)
		handler = runtime.NewInt(int64(v))
	} else if handler.Type().Call == nil {
		return nil, runtime.NewTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	} else {
		runtime.Incref(handler)
	}
	if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) {
		runtime.Decref(handler)
		return nil, osError(syscall.EINVAL, nil, nil)
	}
	switch action {
	case sigDFL:
		in.DefaultSignal(n)
	case sigIGN:
		in.IgnoreSignal(n)
	default:
		in.SetSignalFunc(n, nil)
		in.CatchSignal(n)
	}
	st := signalState(in)
	old := st.handlers[n]
	st.handlers[n] = handler
	return old, nil
}

func signalGetsignal(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("getsignal", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	n, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	return runtime.Xref(signalState(ts.Interp).handlers[n]), nil
}

// handlerKind is SIG_DFL, SIG_IGN, or -1 for a Python handler.
func (st *sigState) handlerKind(n int) int {
	h := st.handlers[n]
	if i, ok := h.(*runtime.Int); ok {
		if v, ok := i.Int64(); ok {
			return int(v)
		}
	}
	return -1
}

// dieByDefault applies a signal's OS default action where Go's runtime would
// not: Go ignores SIGUSR1, SIGALRM ... that CPython's process dies of.
// Like CPython's, the process dies without flushing its buffers.
func dieByDefault(sig int) { osDefaultAction(sig) }

func signalRaise(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sigObj runtime.Object
	if err := runtime.UnpackArgs(ts, "raise_signal", args, kwnames, "signalnum", &sigObj, "/"); err != nil {
		return nil, err
	}
	n, err := signum(ts, sigObj)
	if err != nil {
		return nil, err
	}
	if err := sendSelf(ts, n); err != nil {
		return nil, err
	}
	if isMainThread(ts) {
		if err := ts.Interp.RunSignalHandlers(ts); err != nil {
			return nil, err
		}
	}
	return runtime.None, nil
}

// sendSelf sends signal n to this process and, when the interpreter catches
// it, waits until it is recorded; a signal left at SIG_DFL gets the OS
// default action even where Go would ignore it.
func sendSelf(ts *runtime.ThreadState, n int) error {
	in := ts.Interp
	if !in.SignalCaught(n) && signalState(in).handlerKind(n) == sigDFL && defaultKills(n) {
		dieByDefault(n)
	}
	before := in.SignalCount(n)
	if err := syscall.Kill(os.Getpid(), syscall.Signal(n)); err != nil {
		return osError(err, nil, nil)
	}
	if in.SignalCaught(n) {
		ts.AllowThreads(func() { in.WaitSignal(n, before, time.Second) })
	}
	return nil
}

// defaultKills reports whether a signal's default action ends the process.
func defaultKills(n int) bool {
	switch syscall.Signal(n) {
	case syscall.SIGCHLD, syscall.SIGCONT, syscall.SIGURG, syscall.SIGWINCH,
		syscall.SIGSTOP, syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU:
		return false
	}
	return true
}

func signalStrsignal(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("strsignal", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	n, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	s := strsignal(n)
	if s == "" {
		return runtime.None, nil
	}
	return runtime.NewStr(s), nil
}

func signalValid(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("valid_signals", args, kwnames); err != nil {
		return nil, err
	}
	var out []runtime.Object
	for n := 1; n < runtime.NSIG; n++ {
		if validSignal(n) {
			out = append(out, runtime.NewInt(int64(n)))
		}
	}
	return runtime.NewList(out), nil
}

func signalAlarm(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var secObj runtime.Object
	if err := runtime.UnpackArgs(ts, "alarm", args, kwnames, "seconds", &secObj, "/"); err != nil {
		return nil, err
	}
	secs, err := runtime.AsSsize(ts, secObj)
	if err != nil {
		return nil, err
	}
	if secs < 0 {
		return nil, runtime.NewExceptionf(runtime.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	oldVal, _, err := setitimer(0, float64(secs), 0)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	// alarm() rounds the time left to the nearest second, and never to 0.
	left := int64(oldVal + 0.5)
	if left == 0 && oldVal > 0 {
		left = 1
	}
	return runtime.NewInt(left), nil
}

func signalPause(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("pause", args, kwnames); err != nil {
		return nil, err
	}
	// pause() returns once a handler has run: wait for one signal, let
	// BlockingWait run the handlers, then stop.
	woken := false
	err := ts.BlockingWait(func(intr <-chan struct{}) bool {
		if woken {
			return false
		}
		woken = true
		<-intr
		return true
	})
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func itimerWhich(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	w, err := runtime.AsSsize(ts, o)
	if err != nil {
		return 0, err
	}
	if w < 0 || w > 2 {
		return 0, osError(syscall.EINVAL, nil, nil)
	}
	return int(w), nil
}

func signalSetitimer(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var whichObj, secObj, intervalObj runtime.Object
	if err := runtime.UnpackArgs(ts, "setitimer", args, kwnames, "which", &whichObj, "seconds", &secObj, "interval?", &intervalObj, "/"); err != nil {
		return nil, err
	}
	which, err := itimerWhich(ts, whichObj)
	if err != nil {
		return nil, err
	}
	secs, err := runtime.AsFloat(ts, secObj)
	if err != nil {
		return nil, err
	}
	interval := 0.0
	if intervalObj != nil {
		if interval, err = runtime.AsFloat(ts, intervalObj); err != nil {
			return nil, err
		}
	}
	v, iv, err := setitimer(which, secs, interval)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return tupleOf(runtime.NewFloat(v), runtime.NewFloat(iv)), nil
}

func signalGetitimer(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("getitimer", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	which, err := itimerWhich(ts, args[0])
	if err != nil {
		return nil, err
	}
	v, iv, err := getitimer(which)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return tupleOf(runtime.NewFloat(v), runtime.NewFloat(iv)), nil
}

func signalSiginterrupt(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("siginterrupt", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	if _, err := signum(ts, args[0]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func signalSetWakeupFD(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var fdObj, warn runtime.Object
	if err := runtime.UnpackArgs(ts, "set_wakeup_fd", args, kwnames, "fd", &fdObj, "/", "*", "warn_on_full_buffer?", &warn); err != nil {
		return nil, err
	}
	fd, err := runtime.AsSsize(ts, fdObj)
	if err != nil {
		return nil, err
	}
	if !isMainThread(ts) {
		return nil, runtime.NewValueError("set_wakeup_fd only works in main thread of the main interpreter")
	}
	st := signalState(ts.Interp)
	old := st.wakeupFD
	st.wakeupFD = int64(fd)
	return runtime.NewInt(old), nil
}

func signalPthreadKill(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("pthread_kill", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	identInt, err := runtime.AsSsize(ts, args[0])
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	for _, t := range ts.Interp.Threads() {
		if t.Ident != int64(identInt) {
			continue
		}
		if t == ts.Interp.Main {
			if n == 0 {
				return runtime.None, nil
			}
			if err := sendSelf(ts, int(n)); err != nil {
				return nil, err
			}
			if isMainThread(ts) {
				if err := ts.Interp.RunSignalHandlers(ts); err != nil {
					return nil, err
				}
			}
			return runtime.None, nil
		}
		if err := tgkill(os.Getpid(), int(t.NativeID), int(n)); err != nil {
			return nil, osError(err, nil, nil)
		}
		return runtime.None, nil
	}
	return nil, osError(syscall.ESRCH, nil, nil)
}
