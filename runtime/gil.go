package runtime

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// GIL is the global interpreter lock, modelled on CPython 3.11's "new GIL"
// (Python/ceval_gil.c):
//
//   - A thread that wants the GIL queues up and waits at most the switch
//     interval (sys.getswitchinterval(), 5 ms by default). If no other thread
//     took the GIL meanwhile, it sets a drop request in the eval breaker.
//   - The running thread polls the breaker only at CPython 3.11's sites
//     (backward jumps, function entry, after calls). On a drop request it
//     releases the GIL, which hands ownership directly to the first waiter, so
//     the releasing thread cannot take it straight back (CPython's
//     FORCE_SWITCHING), then queues up again.
//   - Blocking operations release it through AllowThreads.
//
// Ownership moves only under mu, and a waiter learns it owns the GIL only by
// receiving on its wake channel; those two edges are what make every object
// access by the holder ordered for Go's race detector.
type GIL struct {
	mu        sync.Mutex
	holder    *ThreadState
	waiters   []*ThreadState
	switchNum uint64
	// interval is the switch interval in nanoseconds.
	interval atomic.Int64
	// Breaker is the eval breaker: non-zero when the running thread must stop
	// at its next poll (bit BreakDrop: a waiter asked for the GIL; BreakSignal:
	// a signal handler is pending; BreakAsync: an async exception or pending call).
	Breaker atomic.Uint32
	// Switches counts hand-offs to another thread.
	Switches atomic.Uint64
	// finalizing is the thread shutting the interpreter down, once it has.
	finalizing atomic.Pointer[ThreadState]
}

// Eval-breaker bits.
const (
	BreakDrop uint32 = 1 << iota
	BreakSignal
	BreakPending
)

// DefaultSwitchInterval is CPython's sys.getswitchinterval() default.
const DefaultSwitchInterval = 5 * time.Millisecond

type gilWaiter struct {
	wake  chan struct{}
	timer *time.Timer
}

func (w *gilWaiter) init() {
	w.wake = make(chan struct{}, 1)
}

func newGIL() *GIL {
	g := &GIL{}
	g.interval.Store(int64(DefaultSwitchInterval))
	return g
}

// SetInterval changes the switch interval (takes effect at once).
func (g *GIL) SetInterval(d time.Duration) { g.interval.Store(int64(d)) }

// Interval returns the switch interval.
func (g *GIL) Interval() time.Duration { return time.Duration(g.interval.Load()) }

// Holder returns the thread holding the GIL.
func (g *GIL) Holder() *ThreadState {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.holder
}

// Acquire blocks until ts holds the GIL.
func (g *GIL) Acquire(ts *ThreadState) {
	g.acquire(ts)
	if f := g.finalizing.Load(); f != nil && f != ts {
		// The interpreter is shutting down: like CPython's daemon threads,
		// this one never runs Python code again.
		g.Release(ts)
		select {}
	}
}

// SetFinalizing marks the start of interpreter shutdown by ts: from now on
// any other thread that takes the GIL gives it back and stops for good.
func (g *GIL) SetFinalizing(ts *ThreadState) { g.finalizing.Store(ts) }

func (g *GIL) acquire(ts *ThreadState) {
	g.mu.Lock()
	if g.holder == nil && len(g.waiters) == 0 {
		g.holder = ts
		g.mu.Unlock()
		return
	}
	g.waiters = append(g.waiters, ts)
	w := &ts.gil
	for first := true; ; first = false {
		saved := g.switchNum
		g.mu.Unlock()
		if first && SpinWait(w.wake) {
			return
		}
		interval := time.Duration(g.interval.Load())
		if w.timer == nil {
			w.timer = time.NewTimer(interval)
		} else {
			w.timer.Reset(interval)
		}
		select {
		case <-w.wake:
			w.timer.Stop()
			return
		case <-w.timer.C:
		}
		g.mu.Lock()
		if g.holder != ts && g.switchNum == saved {
			g.Breaker.Or(BreakDrop)
		}
	}
}

// Release gives the GIL up, handing it straight to the longest waiter.
func (g *GIL) Release(ts *ThreadState) {
	g.mu.Lock()
	g.Breaker.And(^BreakDrop)
	if len(g.waiters) == 0 {
		g.holder = nil
		g.mu.Unlock()
		return
	}
	next := g.waiters[0]
	copy(g.waiters, g.waiters[1:])
	g.waiters = g.waiters[:len(g.waiters)-1]
	g.holder = next
	g.switchNum++
	g.mu.Unlock()
	g.Switches.Add(1)
	next.gil.wake <- struct{}{}
}

// Yield is the drop-request response at a poll site: release then re-acquire,
// letting a waiter run first.
func (g *GIL) Yield(ts *ThreadState) {
	g.Release(ts)
	g.Acquire(ts)
}

// AllowThreads runs fn without the GIL: fn must not touch Python objects. It
// is the one way blocking builtins (sleep, I/O, lock and queue waits) let
// other Python threads run.
func (ts *ThreadState) AllowThreads(fn func()) {
	g := ts.Interp.GIL
	g.Release(ts)
	defer g.Acquire(ts)
	fn()
}

// spinFor bounds SpinWait: about what waking a parked OS thread costs.
const spinFor = 20 * time.Microsecond

// multiCPU is set when another CPU can run the thread a spinner waits for.
var multiCPU = runtime.NumCPU() > 1

// SpinWait polls ch for a short while before the caller blocks on it,
// reporting whether it received. A hand-off between two threads (the GIL
// passed by a thread that blocks, a queue item for a waiting consumer)
// usually comes within microseconds, while parking the waiter's OS thread and
// waking it again costs tens of them, like an adaptive mutex's spin.
func SpinWait(ch <-chan struct{}) bool {
	if !multiCPU {
		return false
	}
	var start time.Time
	for i := 0; ; i++ {
		select {
		case <-ch:
			return true
		default:
		}
		if i&31 == 0 {
			if i == 0 {
				start = time.Now()
			} else if time.Since(start) > spinFor {
				return false
			}
		}
	}
}
