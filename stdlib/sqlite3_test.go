package stdlib

import (
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/minipy/minipy/runtime"
)

// onOtherThread runs fn on a second Python thread (its own goroutine and
// ThreadState) while the test's main thread waits without the GIL.
func (ti *testInterp) onOtherThread(fn func(ts *runtime.ThreadState)) {
	ts2 := ti.ts.Interp.NewThreadState()
	defer ti.ts.Interp.RemoveThread(ts2)
	done := make(chan struct{})
	go func() {
		defer close(done)
		in := ts2.Interp
		in.GIL.Acquire(ts2)
		defer in.GIL.Release(ts2)
		fn(ts2)
	}()
	ti.ts.AllowThreads(func() { <-done })
}

func TestSqliteCheckSameThread(t *testing.T) {
	ti := newTestInterp(t, "")
	strict := ti.must(ti.call("sqlite3", "connect", args(vs(":memory:"))))
	defer runtime.Decref(strict)
	loose := ti.must(ti.call("sqlite3", "connect", args(vs(":memory:")), "check_same_thread", runtime.False))
	defer runtime.Decref(loose)
	cur := ti.must(ti.method(strict, "cursor"))
	defer runtime.Decref(cur)

	var results []string
	var ident int64
	ti.onOtherThread(func(ts *runtime.ThreadState) {
		ident = ts.Ident
		call := func(obj runtime.Object, name string, a ...runtime.Object) {
			r, err := runtime.CallMethod(ts, obj, name, a...)
			if err != nil {
				results = append(results, errText(ts, err))
				return
			}
			s, _ := runtime.Repr(ts, r)
			runtime.Decref(r)
			results = append(results, s)
		}
		call(strict, "execute", vs("SELECT 1"))
		call(strict, "commit")
		call(strict, "close")
		call(cur, "fetchone")
		c, err := runtime.CallMethod(ts, loose, "execute", vs("SELECT 'other thread'"))
		if err != nil {
			results = append(results, errText(ts, err))
			return
		}
		call(c, "fetchone")
		runtime.Decref(c)
	})
	if ident == ti.ts.Ident {
		t.Fatal("the second thread has the main thread's ident")
	}
	msg := fmt.Sprintf("sqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread. "+
		"The object was created in thread id %d and this is thread id %d.", ti.ts.Ident, ident)
	want := []string{msg, msg, msg, msg, "('other thread',)"}
	if len(results) != len(want) {
		t.Fatalf("got %q", results)
	}
	for i := range want {
		if results[i] != want[i] {
			t.Errorf("call %d:\n got  %s\n want %s", i, results[i], want[i])
		}
	}
	// The creating thread still can.
	c := ti.must(ti.method(strict, "execute", vs("SELECT 2")))
	defer runtime.Decref(c)
	ti.expect("main thread", ti.result(ti.method(c, "fetchone")), "(2,)")
}

// TestSqliteReleasesGIL checks that a long query runs without the GIL:
// another thread gets the GIL while it runs.
func TestSqliteReleasesGIL(t *testing.T) {
	ti := newTestInterp(t, "")
	conn := ti.must(ti.call("sqlite3", "connect", args(vs(filepath.Join(t.TempDir(), "x.db"))), "check_same_thread", runtime.False))
	defer runtime.Decref(conn)
	var started, finished atomic.Bool
	var queryErr error
	ts2 := ti.ts.Interp.NewThreadState()
	defer ti.ts.Interp.RemoveThread(ts2)
	done := make(chan struct{})
	go func() {
		defer close(done)
		in := ts2.Interp
		in.GIL.Acquire(ts2)
		defer in.GIL.Release(ts2)
		started.Store(true)
		r, err := runtime.CallMethod(ts2, conn, "execute", vs(
			"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) SELECT count(*) FROM c"))
		finished.Store(true)
		queryErr = err
		runtime.Decref(r)
	}()
	// Let the other thread take the GIL and start its query, then take the
	// GIL back: that succeeds while the query still runs.
	ti.ts.AllowThreads(func() {
		for !started.Load() {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
	})
	gotGILDuringQuery := !finished.Load()
	ti.ts.AllowThreads(func() { <-done })
	if queryErr != nil {
		t.Fatal(errText(ti.ts, queryErr))
	}
	if !gotGILDuringQuery {
		t.Error("the main thread could not run while the query ran (the GIL was held)")
	}
}

// TestSqliteCallbacksAcrossThreads runs user functions called by SQLite on a
// second thread while the main thread keeps using the GIL, and a function
// that calls back into its own connection.
func TestSqliteCallbacksAcrossThreads(t *testing.T) {
	ti := newTestInterp(t, "")
	conn := ti.must(ti.call("sqlite3", "connect", args(vs(":memory:")), "check_same_thread", runtime.False))
	defer runtime.Decref(conn)
	abs := ti.ts.Interp.Builtins.Dict.GetStr("abs")
	ti.must(ti.method(conn, "create_function", vs("myabs"), vi(1), abs))
	other := ti.must(ti.call("sqlite3", "connect", args(vs(":memory:"))))
	defer runtime.Decref(other)

	done := make(chan string, 1)
	ts2 := ti.ts.Interp.NewThreadState()
	defer ti.ts.Interp.RemoveThread(ts2)
	go func() {
		in := ts2.Interp
		in.GIL.Acquire(ts2)
		defer in.GIL.Release(ts2)
		cur, err := runtime.CallMethod(ts2, conn, "execute", vs(
			"WITH RECURSIVE c(x) AS (SELECT -1 UNION ALL SELECT x - 1 FROM c WHERE x > -20000) SELECT sum(myabs(x)) FROM c"))
		if err != nil {
			done <- errText(ts2, err)
			return
		}
		r, err := runtime.CallMethod(ts2, cur, "fetchone")
		runtime.Decref(cur)
		if err != nil {
			done <- errText(ts2, err)
			return
		}
		s, _ := runtime.Repr(ts2, r)
		runtime.Decref(r)
		done <- s
	}()
	// The main thread keeps running Python operations meanwhile.
	var got string
	for n := 0; got == ""; n++ {
		c := ti.must(ti.method(other, "execute", vs("SELECT 1")))
		runtime.Decref(c)
		ti.ts.AllowThreads(func() {
			select {
			case got = <-done:
			case <-time.After(time.Millisecond):
			}
		})
	}
	if got != "(200010000,)" {
		t.Errorf("sum(myabs(x)) on the second thread: got %s", got)
	}
}

// TestSqliteInterrupt stops a long query running on another thread.
func TestSqliteInterrupt(t *testing.T) {
	ti := newTestInterp(t, "")
	conn := ti.must(ti.call("sqlite3", "connect", args(vs(":memory:")), "check_same_thread", runtime.False))
	defer runtime.Decref(conn)
	var started atomic.Bool
	done := make(chan string, 1)
	ts2 := ti.ts.Interp.NewThreadState()
	defer ti.ts.Interp.RemoveThread(ts2)
	go func() {
		in := ts2.Interp
		in.GIL.Acquire(ts2)
		defer in.GIL.Release(ts2)
		started.Store(true)
		r, err := runtime.CallMethod(ts2, conn, "execute", vs(
			"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"))
		runtime.Decref(r)
		if err != nil {
			done <- errText(ts2, err)
		} else {
			done <- "no error"
		}
	}()
	ti.ts.AllowThreads(func() {
		for !started.Load() {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
	})
	var got string
	for got == "" {
		ti.must(ti.method(conn, "interrupt"))
		ti.ts.AllowThreads(func() {
			select {
			case got = <-done:
			case <-time.After(10 * time.Millisecond):
			}
		})
	}
	if got != "sqlite3.OperationalError: interrupted" {
		t.Errorf("got %s", got)
	}
}
