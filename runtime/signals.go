package runtime

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
)

// Signals, as CPython handles them: the OS delivers a signal to a Go
// goroutine, which only records it (a pending flag per signal number), sets
// the eval breaker's BreakSignal bit and wakes the main thread if it is
// blocked. The Python-level handlers run later, in the main thread, between
// bytecodes or when a blocking call is interrupted (BlockingWait).

// NSIG bounds signal numbers.
const NSIG = 65

// signalState is the per-interpreter part of signal handling.
type signalState struct {
	pending [NSIG]atomic.Bool
	// wake has a token when a signal arrived; the main thread's blocking
	// waits select on it.
	wake    chan struct{}
	notify  chan os.Signal
	started atomic.Bool
	// caught marks the signals delivered to this interpreter.
	caught [NSIG]atomic.Bool
	// delivered counts the arrivals of each signal (see WaitSignal).
	delivered [NSIG]atomic.Uint64
	// goFuncs are Go-level handlers (faulthandler.register) that run at
	// once on a goroutine of their own instead of in the main thread.
	goFuncs [NSIG]atomic.Pointer[SignalFunc]
}

// SignalFunc is a Go-level signal handler: Fn runs on its own goroutine when
// the signal arrives (it must take the GIL before touching objects); with
// Chain the signal is also recorded for the Python-level handler.
type SignalFunc struct {
	Fn    func(signum int)
	Chain bool
}

func (s *signalState) init() { s.wake = make(chan struct{}, 1) }

// CatchSignal makes the process deliver signum to this interpreter instead
// of applying the OS default (a Python handler was installed, or SIGINT's
// default KeyboardInterrupt is wanted).
func (in *Interpreter) CatchSignal(signum int) {
	s := &in.signals
	if s.started.CompareAndSwap(false, true) {
		s.notify = make(chan os.Signal, 16)
		go func() {
			for sig := range s.notify {
				n, ok := sig.(syscall.Signal)
				if !ok || n <= 0 || int(n) >= NSIG {
					continue
				}
				if f := s.goFuncs[n].Load(); f != nil {
					if !f.Chain {
						// Counted once handled, so that a process that
						// signals itself waits for the handler.
						go func() {
							f.Fn(int(n))
							s.delivered[n].Add(1)
						}()
						continue
					}
					go f.Fn(int(n))
				}
				in.TripSignal(int(n))
			}
		}()
	}
	if signum > 0 && signum < NSIG {
		s.caught[signum].Store(true)
	}
	signal.Notify(s.notify, syscall.Signal(signum))
}

// SignalCaught reports whether signum is delivered to this interpreter.
func (in *Interpreter) SignalCaught(signum int) bool {
	return signum > 0 && signum < NSIG && in.signals.caught[signum].Load()
}

func (in *Interpreter) uncatch(signum int) {
	if signum > 0 && signum < NSIG {
		in.signals.caught[signum].Store(false)
		in.signals.goFuncs[signum].Store(nil)
	}
}

// IgnoreSignal makes the process ignore signum (signal.SIG_IGN).
func (in *Interpreter) IgnoreSignal(signum int) {
	in.uncatch(signum)
	signal.Ignore(syscall.Signal(signum))
}

// DefaultSignal restores the OS default action for signum (signal.SIG_DFL).
func (in *Interpreter) DefaultSignal(signum int) {
	in.uncatch(signum)
	signal.Reset(syscall.Signal(signum))
}

// TripSignal records that signum arrived; any goroutine may call it.
func (in *Interpreter) TripSignal(signum int) {
	if signum <= 0 || signum >= NSIG {
		return
	}
	in.signals.pending[signum].Store(true)
	in.signals.delivered[signum].Add(1)
	in.GIL.Breaker.Or(BreakSignal)
	select {
	case in.signals.wake <- struct{}{}:
	default:
	}
}

// SetSignalFunc installs (nil: removes) a Go-level handler for signum and
// makes the process deliver the signal to this interpreter.
func (in *Interpreter) SetSignalFunc(signum int, f *SignalFunc) {
	if signum <= 0 || signum >= NSIG {
		return
	}
	in.signals.goFuncs[signum].Store(f)
	if f != nil {
		in.CatchSignal(signum)
	}
}

// SignalFuncOf returns the Go-level handler of signum, or nil.
func (in *Interpreter) SignalFuncOf(signum int) *SignalFunc {
	if signum <= 0 || signum >= NSIG {
		return nil
	}
	return in.signals.goFuncs[signum].Load()
}

// SignalCount is the number of times signum has arrived so far.
func (in *Interpreter) SignalCount(signum int) uint64 {
	if signum <= 0 || signum >= NSIG {
		return 0
	}
	return in.signals.delivered[signum].Load()
}

// WaitSignal waits (up to timeout; call it without the GIL) until signum has arrived
// more than before times: a signal a process sends itself is recorded
// before kill returns, as it is in CPython, even though Go delivers it on
// another goroutine.
func (in *Interpreter) WaitSignal(signum int, before uint64, timeout time.Duration) {
	if signum <= 0 || signum >= NSIG {
		return
	}
	deadline := time.Now().Add(timeout)
	for in.signals.delivered[signum].Load() == before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Microsecond)
	}
}

// TakeSignals returns the pending signal numbers, in increasing order, and
// clears them.
func (in *Interpreter) TakeSignals() []int {
	var out []int
	for n := 1; n < NSIG; n++ {
		if in.signals.pending[n].Swap(false) {
			out = append(out, n)
		}
	}
	return out
}

// RunSignalHandlers runs pending Python signal handlers (main thread only).
// The signal module installs SignalHandler; without it, SIGINT raises
// KeyboardInterrupt and other caught signals are dropped.
func (in *Interpreter) RunSignalHandlers(ts *ThreadState) error {
	in.GIL.Breaker.And(^BreakSignal)
	if ts != in.Main {
		return nil
	}
	for _, n := range in.TakeSignals() {
		var err error
		if in.SignalHandler != nil {
			err = in.SignalHandler(ts, n)
		} else if n == int(syscall.SIGINT) {
			err = NewException(KeyboardInterruptType)
		}
		if err != nil {
			// Handle the rest at the next poll.
			for m := n + 1; m < NSIG; m++ {
				if in.signals.pending[m].Load() {
					in.GIL.Breaker.Or(BreakSignal)
					break
				}
			}
			return err
		}
	}
	return nil
}

// BlockingWait runs wait with the GIL released: the one way a builtin blocks
// (sleep, lock and queue waits, joins). wait receives a channel that becomes
// ready when a signal arrives for this thread (nil, never ready, on threads
// other than the main one) and reports whether it returned because of it.
// Then the Python signal handlers run with the GIL held: if one raises
// (KeyboardInterrupt), BlockingWait returns that error; otherwise it calls
// wait again (PEP 475), so wait must measure any timeout from a fixed
// deadline.
func (ts *ThreadState) BlockingWait(wait func(intr <-chan struct{}) (interrupted bool)) error {
	in := ts.Interp
	var intr <-chan struct{}
	if ts == in.Main {
		intr = in.signals.wake
	}
	for {
		interrupted := false
		ts.AllowThreads(func() { interrupted = wait(intr) })
		if !interrupted {
			return nil
		}
		if err := in.RunSignalHandlers(ts); err != nil {
			return err
		}
	}
}
