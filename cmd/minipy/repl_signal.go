package main

import (
	"os"
	"os/signal"
	"sync/atomic"

	rt "github.com/minipy/minipy/runtime"
)

// catchInterrupt makes SIGINT (Ctrl-C while code runs) raise
// KeyboardInterrupt in the main thread, as CPython's default handler does: the
// signal sets the eval breaker's BreakSignal bit, and the main thread raises
// at its next poll (or time.sleep returns early). It does nothing when a
// signal module has already installed the interpreter's handler. The
// returned function undoes it.
func catchInterrupt(in *rt.Interpreter) (stop func()) {
	if in.SignalHandler != nil {
		return func() {}
	}
	var pending atomic.Bool
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt)
	go func() {
		for {
			select {
			case <-ch:
				pending.Store(true)
				in.GIL.Breaker.Or(rt.BreakSignal)
			case <-done:
				return
			}
		}
	}()
	in.SignalHandler = func(ts *rt.ThreadState) error {
		if pending.CompareAndSwap(true, false) {
			return rt.NewException(rt.KeyboardInterruptType)
		}
		return nil
	}
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
