package stdlib

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/minipy/minipy/runtime"
)

// testInterp is an interpreter for tests: builtins and sys set up, the
// standard streams on buffers, the main thread holding the GIL.
type testInterp struct {
	t      *testing.T
	ts     *runtime.ThreadState
	stdout *bytes.Buffer
	stderr *bytes.Buffer
}

func newTestInterp(t *testing.T, stdin string) *testInterp {
	t.Helper()
	in := runtime.NewInterpreter()
	ti := &testInterp{t: t, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	in.Stdout, in.Stderr, in.Stdin = ti.stdout, ti.stderr, strings.NewReader(stdin)
	ti.ts = in.Main
	in.GIL.Acquire(ti.ts)
	t.Cleanup(func() { in.GIL.Release(ti.ts) })
	if err := InitInterpreter(ti.ts); err != nil {
		t.Fatal(err)
	}
	return ti
}

// module imports a built-in module through the registry.
func (ti *testInterp) module(name string) *runtime.Module {
	ti.t.Helper()
	if m, ok := ti.ts.Interp.Modules.GetStr(name).(*runtime.Module); ok {
		return m
	}
	init, ok := Lookup(name)
	if !ok {
		ti.t.Fatalf("no module %s", name)
	}
	m, err := init(ti.ts)
	if err != nil {
		ti.t.Fatalf("import %s: %v", name, err)
	}
	ti.ts.Interp.Modules.SetStr(name, m)
	return m
}

// attr returns a borrowed module attribute.
func (ti *testInterp) attr(mod, name string) runtime.Object {
	ti.t.Helper()
	v := ti.module(mod).Dict.GetStr(name)
	if v == nil {
		ti.t.Fatalf("%s has no attribute %s", mod, name)
	}
	return v
}

// call calls mod.name(*args, **kw): kw alternates names and values.
func (ti *testInterp) call(mod, name string, args []runtime.Object, kw ...any) (runtime.Object, error) {
	ti.t.Helper()
	return callObj(ti.attr(mod, name), ti.ts, args, kw...)
}

func callObj(fn runtime.Object, ts *runtime.ThreadState, args []runtime.Object, kw ...any) (runtime.Object, error) {
	full := append([]runtime.Object(nil), args...)
	var names []string
	for i := 0; i < len(kw); i += 2 {
		names = append(names, kw[i].(string))
		full = append(full, kw[i+1].(runtime.Object))
	}
	return runtime.Call(ts, fn, full, names)
}

// method calls obj.name(*args).
func (ti *testInterp) method(obj runtime.Object, name string, args ...runtime.Object) (runtime.Object, error) {
	ti.t.Helper()
	return runtime.CallMethod(ti.ts, obj, name, args...)
}

// must fails the test on an error.
func (ti *testInterp) must(o runtime.Object, err error) runtime.Object {
	ti.t.Helper()
	if err != nil {
		ti.t.Fatalf("unexpected error: %s", errText(ti.ts, err))
	}
	return o
}

// repr is repr(o) (failing the test on error).
func (ti *testInterp) repr(o runtime.Object) string {
	ti.t.Helper()
	s, err := runtime.Repr(ti.ts, o)
	if err != nil {
		ti.t.Fatalf("repr: %v", err)
	}
	return s
}

// result renders a call's outcome as the Python probes print it: the repr
// of the value, or "Type: message".
func (ti *testInterp) result(o runtime.Object, err error) string {
	ti.t.Helper()
	if err != nil {
		return errText(ti.ts, err)
	}
	defer runtime.Decref(o)
	return ti.repr(o)
}

func errText(ts *runtime.ThreadState, err error) string {
	if e, ok := err.(*runtime.Exception); ok {
		return runtime.FormatExceptionOnly(ts, e)
	}
	return "Go error: " + err.Error()
}

// Value constructors.
func vi(n int64) runtime.Object   { return runtime.NewInt(n) }
func vf(f float64) runtime.Object { return runtime.NewFloat(f) }
func vs(s string) runtime.Object  { return runtime.NewStr(s) }
func vb(b []byte) runtime.Object  { return runtime.NewBytes(b) }
func vbig(s string) runtime.Object {
	b, _ := new(big.Int).SetString(s, 10)
	return runtime.NewBigInt(b)
}
func vlist(items ...runtime.Object) runtime.Object  { return runtime.NewList(items) }
func vtuple(items ...runtime.Object) runtime.Object { return runtime.NewTuple(items) }
func args(items ...runtime.Object) []runtime.Object { return items }

// expect checks a probe: the rendered result of a call against CPython's.
func (ti *testInterp) expect(label string, got string, want string) {
	ti.t.Helper()
	if got != want {
		ti.t.Errorf("%s:\n got  %s\n want %s", label, got, want)
	}
}
