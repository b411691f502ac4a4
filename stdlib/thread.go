package stdlib

import (
	"math"
	goruntime "runtime"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// _thread: OS threads and the two lock types. Everything in threading is
// built on these. A Python thread is a goroutine locked to its own OS
// thread that runs Python code only while it holds the GIL.

func init() { register("_thread", initThread) }

// timeoutMax is _thread.TIMEOUT_MAX, CPython's value on Linux.
const timeoutMax = float64(math.MaxInt64/1000) / 1e6

func initThread(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_thread")
	addFuncs(m, []funcDef{
		{"start_new_thread", threadStartNew},
		{"start_new", threadStartNew},
		{"allocate_lock", threadAllocateLock},
		{"allocate", threadAllocateLock},
		{"get_ident", threadGetIdent},
		{"get_native_id", threadGetNativeID},
		{"_count", threadCount},
		{"exit", threadExit},
		{"exit_thread", threadExit},
		{"interrupt_main", threadInterruptMain},
		{"stack_size", threadStackSize},
		{"daemon_threads_allowed", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.True, nil
		}},
	})
	m.Set("LockType", lockType)
	m.Set("lock", lockType)
	m.Set("RLock", rlockType)
	m.Set("_local", localType)
	m.Set("error", runtime.RuntimeErrorType)
	setNew(m, "TIMEOUT_MAX", runtime.NewFloat(timeoutMax))
	return m, nil
}

// StartThread runs fn(*args, **kwargs) in a new Python thread and returns
// its ident. The new thread waits for the GIL like any other.
func StartThread(ts *runtime.ThreadState, fn runtime.Object, args []runtime.Object, kwnames []string) int64 {
	in := ts.Interp
	nts := in.NewThreadState()
	runtime.Incref(fn)
	for _, a := range args {
		runtime.Incref(a)
	}
	go func() {
		goruntime.LockOSThread()
		nts.NativeID = int64(syscall.Gettid())
		in.GIL.Acquire(nts)
		r, err := runtime.Call(nts, fn, args, kwnames)
		runtime.Decref(r)
		if err != nil {
			e, ok := err.(*runtime.Exception)
			if ok && !e.IsInstance(runtime.SystemExitType) {
				r, _ := runtime.Repr(nts, fn)
				in.WriteUnraisable(nts, e, "Exception ignored in thread started by: "+r)
			}
			if ok {
				runtime.Decref(e)
			}
		}
		for _, a := range args {
			runtime.Decref(a)
		}
		runtime.Decref(fn)
		endThread(nts)
		in.GIL.Release(nts)
	}()
	return nts.Ident
}

// endThread drops a finished thread's per-thread state (threading.local
// values) and forgets it; the GIL is held.
func endThread(ts *runtime.ThreadState) {
	locals := ts.Locals
	ts.Locals = nil
	for _, d := range locals {
		runtime.Decref(d)
	}
	ts.Interp.RemoveThread(ts)
}

func threadStartNew(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("start_new_thread", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	if fn.Type().Call == nil {
		return nil, runtime.NewTypeError("first arg must be callable")
	}
	targs, ok := args[1].(*runtime.Tuple)
	if !ok {
		return nil, runtime.NewTypeError("2nd arg must be a tuple")
	}
	call := append([]runtime.Object(nil), targs.Items...)
	var names []string
	if len(args) == 3 {
		kw, ok := args[2].(*runtime.Dict)
		if !ok {
			return nil, runtime.NewTypeError("optional 3rd arg must be a dictionary")
		}
		keys, values := kw.Items()
		for i, k := range keys {
			s, ok := k.(*runtime.Str)
			if !ok {
				return nil, runtime.NewTypeError("keywords must be strings")
			}
			names = append(names, s.S)
			call = append(call, values[i])
		}
	}
	return runtime.NewInt(StartThread(ts, fn, call, names)), nil
}

func threadGetIdent(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("get_ident", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.NewInt(ts.Ident), nil
}

func threadGetNativeID(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("get_native_id", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.NewInt(ts.NativeID), nil
}

func threadCount(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("_count", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(len(ts.Interp.Threads()) - 1)), nil
}

func threadExit(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("exit", args, kwnames); err != nil {
		return nil, err
	}
	return nil, runtime.NewException(runtime.SystemExitType)
}

func threadInterruptMain(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sig runtime.Object
	if err := runtime.UnpackArgs(ts, "interrupt_main", args, kwnames, "signum?", &sig); err != nil {
		return nil, err
	}
	n := int64(syscall.SIGINT)
	if sig != nil {
		v, err := runtime.AsSsize(ts, sig)
		if err != nil {
			return nil, err
		}
		n = int64(v)
	}
	if n <= 0 || n >= runtime.NSIG {
		return nil, runtime.NewValueError("signal number out of range")
	}
	ts.Interp.TripSignal(int(n))
	return runtime.None, nil
}

func threadStackSize(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("stack_size", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		n, err := runtime.AsSsize(ts, args[0])
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 32768 {
			return nil, runtime.NewValueError("size not valid: %d bytes", n)
		}
	}
	// Goroutine stacks grow on demand: the size is accepted and ignored.
	return runtime.NewInt(0), nil
}

// ---- timeouts ----

// lockTimeout parses acquire(blocking=True, timeout=-1) as CPython does; a
// negative duration means wait forever.
func lockTimeout(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string) (bool, time.Duration, error) {
	if len(args) == 0 {
		return true, -1, nil // `with lock:` and acquire(): the hot path
	}
	var blockObj, timeoutObj runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "blocking?", &blockObj, "timeout?", &timeoutObj); err != nil {
		return false, 0, err
	}
	blocking := true
	if blockObj != nil {
		b, err := runtime.Truth(ts, blockObj)
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	secs := -1.0
	if timeoutObj != nil {
		f, err := secondsArg(ts, timeoutObj)
		if err != nil {
			return false, 0, err
		}
		secs = f
	}
	if !blocking && secs != -1 {
		return false, 0, runtime.NewValueError("can't specify a timeout for a non-blocking call")
	}
	if secs < 0 && secs != -1 {
		return false, 0, runtime.NewValueError("timeout value must be positive")
	}
	if secs > timeoutMax {
		return false, 0, runtime.NewOverflowError("timeout value is too large")
	}
	if secs < 0 {
		return blocking, -1, nil
	}
	return blocking, time.Duration(secs * 1e9), nil
}

// ---- _thread.lock ----

// lockObject is a plain lock; any thread may release it. state is 1 while
// it is locked and changes only by compare-and-swap, so taking a free lock
// and releasing one with no waiters are one atomic instruction each (the
// `with lock:` path). A thread that must wait does so without the GIL:
// it counts itself in waiters and sleeps on wake, which a release fills
// when someone waits. Checking waiters after the releasing swap, and state
// after counting in, means a release cannot slip between a waiter's last
// try and its sleep unnoticed.
type lockObject struct {
	runtime.Header
	state   atomic.Int32
	waiters atomic.Int32
	// wake holds at most one token; a woken waiter retries, and sleeps again
	// if another thread took the lock first.
	wake chan struct{}
}

func (l *lockObject) Type() *runtime.Type { return lockType }

func newLock() *lockObject { return newObject(&lockObject{wake: make(chan struct{}, 1)}) }

func (l *lockObject) tryAcquire() bool { return l.state.CompareAndSwap(0, 1) }

// acquire tries first without releasing the GIL, then waits.
func (l *lockObject) acquire(ts *runtime.ThreadState, blocking bool, timeout time.Duration) (bool, error) {
	if l.tryAcquire() {
		return true, nil
	}
	if !blocking || timeout == 0 {
		return false, nil
	}
	return l.wait(ts, timeout)
}

// wait blocks (GIL released, interruptible on the main thread) until it
// takes the lock or the timeout passes; it reports whether it got it.
func (l *lockObject) wait(ts *runtime.ThreadState, timeout time.Duration) (bool, error) {
	var expired <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	got := false
	err := ts.BlockingWait(func(intr <-chan struct{}) bool {
		l.waiters.Add(1)
		defer l.waiters.Add(-1)
		for !l.tryAcquire() {
			select {
			case <-l.wake:
			case <-expired:
				return false
			case <-intr:
				return true
			}
		}
		got = true
		return false
	})
	if !got && l.waiters.Load() > 0 && l.state.Load() == 0 {
		// A wake-up meant for this waiter may have been taken with it:
		// pass it on.
		l.signal()
	}
	return got, err
}

// signal wakes a waiter, if one is not already being woken.
func (l *lockObject) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

func (l *lockObject) release() error {
	if !l.state.CompareAndSwap(1, 0) {
		return runtime.NewRuntimeError("release unlocked lock")
	}
	if l.waiters.Load() > 0 {
		l.signal()
	}
	return nil
}

func (l *lockObject) locked() bool { return l.state.Load() == 1 }

func threadAllocateLock(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("allocate_lock", args, kwnames); err != nil {
		return nil, err
	}
	return newLock(), nil
}

func lockOf(o runtime.Object) *lockObject { return runtime.Unwrap(o).(*lockObject) }

func lockAcquire(name string) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		blocking, timeout, err := lockTimeout(ts, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := lockOf(self).acquire(ts, blocking, timeout)
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(ok), nil
	}
}

// lockEnter is lock.__enter__: a free lock is taken at once, anything else
// goes through acquire's argument handling.
func lockEnter(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if l, ok := self.(*lockObject); ok && len(args) == 0 && len(kwnames) == 0 && l.tryAcquire() {
		return runtime.True, nil
	}
	return lockEnterSlow(ts, self, args, kwnames)
}

var lockEnterSlow = lockAcquire("__enter__")

func lockRelease(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := lockOf(self).release(); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

var lockType = func() *runtime.Type {
	t := newType("_thread", "lock", nil)
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		state := "unlocked"
		if lockOf(self).locked() {
			state = "locked"
		}
		return "<" + state + " _thread.lock object at " + hexAddr(self) + ">", nil
	}
	locked := func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return runtime.NewBool(lockOf(self).locked()), nil
	}
	addMethods(t, []method{
		{name: "acquire", fn: lockAcquire("acquire")},
		{name: "acquire_lock", fn: lockAcquire("acquire_lock")},
		{name: "__enter__", fn: lockEnter},
		{name: "release", fn: lockRelease},
		{name: "release_lock", fn: lockRelease},
		{name: "__exit__", fn: lockRelease},
		{name: "locked", fn: locked},
		{name: "locked_lock", fn: locked},
		{name: "_at_fork_reinit", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			lockOf(self).tryAcquire()
			lockOf(self).release()
			return runtime.None, nil
		}},
	})
	return t.Ready()
}()

// hexAddr is the 0x... address CPython reprs show.
func hexAddr(o runtime.Object) string {
	return "0x" + strconv.FormatUint(uint64(runtime.Id(o)), 16)
}

// ---- _thread.RLock ----

// rlockObject is a reentrant lock: owner and count change only while the
// GIL is held; the token channel does the blocking.
type rlockObject struct {
	runtime.Header
	lockObject
	owner int64
	count int64
}

func (r *rlockObject) Type() *runtime.Type { return rlockType }

func rlockOf(o runtime.Object) *rlockObject { return runtime.Unwrap(o).(*rlockObject) }

func (r *rlockObject) acquire(ts *runtime.ThreadState, blocking bool, timeout time.Duration) (bool, error) {
	if r.count > 0 && r.owner == ts.Ident {
		r.count++
		return true, nil
	}
	ok, err := r.lockObject.acquire(ts, blocking, timeout)
	if ok {
		r.owner, r.count = ts.Ident, 1
	}
	return ok, err
}

func (r *rlockObject) release(ts *runtime.ThreadState) error {
	if r.count == 0 || r.owner != ts.Ident {
		return runtime.NewRuntimeError("cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		return r.lockObject.release()
	}
	return nil
}

var rlockType = func() *runtime.Type {
	t := newType("_thread", "RLock", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newObject(&rlockObject{lockObject: lockObject{wake: make(chan struct{}, 1)}}), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		r := rlockOf(self)
		state := "unlocked"
		if r.count > 0 {
			state = "locked"
		}
		return "<" + state + " " + self.Type().Module + "." + self.Type().QualName + " object owner=" +
			itoa64(r.owner) + " count=" + itoa64(r.count) + " at " + hexAddr(self) + ">", nil
	}
	acquire := func(name string) runtime.MethodFn {
		return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			blocking, timeout, err := lockTimeout(ts, name, args, kwnames)
			if err != nil {
				return nil, err
			}
			ok, err := rlockOf(self).acquire(ts, blocking, timeout)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(ok), nil
		}
	}
	release := func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := rlockOf(self).release(ts); err != nil {
			return nil, err
		}
		return runtime.None, nil
	}
	addMethods(t, []method{
		{name: "acquire", fn: acquire("acquire")},
		{name: "__enter__", fn: acquire("__enter__")},
		{name: "release", fn: release},
		{name: "__exit__", fn: release},
		{name: "_is_owned", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r := rlockOf(self)
			return runtime.NewBool(r.count > 0 && r.owner == ts.Ident), nil
		}},
		{name: "_recursion_count", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r := rlockOf(self)
			if r.owner != ts.Ident {
				return runtime.NewInt(0), nil
			}
			return runtime.NewInt(r.count), nil
		}},
		// _release_save and _acquire_restore let Condition.wait release an
		// RLock fully and take it back at the same depth.
		{name: "_release_save", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r := rlockOf(self)
			if r.count == 0 {
				return nil, runtime.NewRuntimeError("cannot release un-acquired lock")
			}
			state := runtime.NewTuple([]runtime.Object{runtime.NewInt(r.count), runtime.NewInt(r.owner)})
			r.count, r.owner = 0, 0
			if err := r.lockObject.release(); err != nil {
				runtime.Decref(state)
				return nil, err
			}
			return state, nil
		}},
		{name: "_acquire_restore", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			r := rlockOf(self)
			var stateObj runtime.Object
			if err := runtime.UnpackPositional(ts, "_acquire_restore", args, kwnames, 1, &stateObj); err != nil {
				return nil, err
			}
			state, ok := stateObj.(*runtime.Tuple)
			if !ok || len(state.Items) != 2 {
				return nil, runtime.NewTypeError("_acquire_restore expects a (count, owner) tuple")
			}
			count, err := runtime.AsSsize(ts, state.Items[0])
			if err != nil {
				return nil, err
			}
			owner, err := runtime.AsSsize(ts, state.Items[1])
			if err != nil {
				return nil, err
			}
			if _, err := r.lockObject.acquire(ts, true, -1); err != nil {
				return nil, err
			}
			r.count, r.owner = int64(count), int64(owner)
			return runtime.None, nil
		}},
	})
	return t.Ready()
}()

func itoa64(v int64) string { return strconv.FormatInt(v, 10) }
