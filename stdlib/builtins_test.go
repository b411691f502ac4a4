package stdlib

import (
	"testing"

	"github.com/minipy/minipy/runtime"
)

// The expected texts in these tests were recorded from CPython 3.11.7.

func TestPrintFormatting(t *testing.T) {
	ti := newTestInterp(t, "")
	ti.must(ti.call("builtins", "print", args(vi(1), vs("a"), vf(2.5))))
	ti.must(ti.call("builtins", "print", args(vi(1), vs("a")), "sep", vs("-"), "end", vs("!\n")))
	ti.must(ti.call("builtins", "print", nil))
	ti.must(ti.call("builtins", "print", args(vs("x")), "sep", runtime.None, "end", runtime.None))
	// sys.stdout is block-buffered on a non-terminal: nothing is written
	// until a flush.
	if ti.stdout.Len() != 0 {
		t.Fatalf("stdout written before flush: %q", ti.stdout.String())
	}
	if err := FlushStdStreams(ti.ts.Interp); err != nil {
		t.Fatal(err)
	}
	if got, want := ti.stdout.String(), "1 a 2.5\n1-a!\n\nx\n"; got != want {
		t.Errorf("print output %q, want %q", got, want)
	}
	// flush=True writes through at once.
	ti.stdout.Reset()
	ti.must(ti.call("builtins", "print", args(vs("now")), "flush", runtime.True))
	if got := ti.stdout.String(); got != "now\n" {
		t.Errorf("print(flush=True) wrote %q", got)
	}
}

func TestPrintErrors(t *testing.T) {
	ti := newTestInterp(t, "")
	for _, c := range []struct {
		kw   []any
		want string
	}{
		{[]any{"sep", vi(1)}, "TypeError: sep must be None or a string, not int"},
		{[]any{"end", vi(1)}, "TypeError: end must be None or a string, not int"},
		{[]any{"file", vi(1)}, "AttributeError: 'int' object has no attribute 'write'"},
		{[]any{"foo", vi(1)}, "TypeError: 'foo' is an invalid keyword argument for print()"},
	} {
		o, err := ti.call("builtins", "print", args(vs("x")), c.kw...)
		ti.expect("print", ti.result(o, err), c.want)
	}
}

func TestPrintToStringIOAndRedirect(t *testing.T) {
	ti := newTestInterp(t, "")
	sio := ti.must(ti.call("io", "StringIO", nil))
	defer runtime.Decref(sio)
	ti.must(ti.call("builtins", "print", args(vs("a"), vs("b")), "file", sio))
	// Assigning sys.stdout redirects print; sys.__stdout__ keeps the original.
	orig := ti.attr("sys", "stdout")
	runtime.Incref(orig)
	defer runtime.Decref(orig)
	ti.module("sys").Set("stdout", sio)
	ti.must(ti.call("builtins", "print", args(vi(42))))
	ti.module("sys").Set("stdout", orig)
	if ti.attr("sys", "__stdout__") != orig {
		t.Error("sys.__stdout__ is not the original stdout")
	}
	ti.expect("getvalue", ti.result(ti.method(sio, "getvalue")), `'a b\n42\n'`)
	FlushStdStreams(ti.ts.Interp)
	if ti.stdout.Len() != 0 {
		t.Errorf("redirected print reached the real stdout: %q", ti.stdout.String())
	}
}

func TestInput(t *testing.T) {
	ti := newTestInterp(t, "first line\nsecond")
	ti.expect("input", ti.result(ti.call("builtins", "input", args(vs("prompt> ")))), "'first line'")
	// The prompt was flushed before reading.
	if got := ti.stdout.String(); got != "prompt> " {
		t.Errorf("prompt output %q", got)
	}
	ti.expect("input", ti.result(ti.call("builtins", "input", nil)), "'second'")
	ti.expect("input at EOF", ti.result(ti.call("builtins", "input", nil)), "EOFError: EOF when reading a line")
	ti.expect("input args", ti.result(ti.call("builtins", "input", args(vi(1), vi(2)))), "TypeError: input expected at most 1 argument, got 2")
}

func TestBuiltinMessages(t *testing.T) {
	ti := newTestInterp(t, "")
	b := func(name string, a ...runtime.Object) string {
		return ti.result(ti.call("builtins", name, a))
	}
	cases := []struct{ got, want string }{
		{b("len"), "TypeError: len() takes exactly one argument (0 given)"},
		{b("len", vi(1), vi(2)), "TypeError: len() takes exactly one argument (2 given)"},
		{b("len", vi(5)), "TypeError: object of type 'int' has no len()"},
		{b("getattr"), "TypeError: getattr expected at least 2 arguments, got 0"},
		{b("getattr", vi(1), vi(2)), "TypeError: attribute name must be string, not 'int'"},
		{b("getattr", vi(1), vs("x")), "AttributeError: 'int' object has no attribute 'x'"},
		{b("getattr", vi(1), vs("x"), vi(7)), "7"},
		{b("hasattr", vi(1)), "TypeError: hasattr expected 2 arguments, got 1"},
		{b("hasattr", vi(1), vs("real")), "True"},
		{b("setattr", vi(1), vs("a")), "TypeError: setattr expected 3 arguments, got 2"},
		{b("delattr", vi(1)), "TypeError: delattr expected 2 arguments, got 1"},
		{b("divmod", vi(1)), "TypeError: divmod expected 2 arguments, got 1"},
		{b("divmod", vi(7), vi(-2)), "(-4, -1)"},
		{b("divmod", vi(1), vi(0)), "ZeroDivisionError: integer division or modulo by zero"},
		{b("pow", vi(1)), "TypeError: pow() missing required argument 'exp' (pos 2)"},
		{b("pow", vi(2), vi(3), vi(5)), "3"},
		{b("pow", vi(2), vi(-1), vi(5)), "3"},
		{b("pow", vi(2), vi(3), vi(0)), "ValueError: pow() 3rd argument cannot be 0"},
		{b("round"), "TypeError: round() missing required argument 'number' (pos 1)"},
		{b("round", vf(2.5)), "2"},
		{b("round", vf(2.675), vi(2)), "2.67"},
		{b("round", vi(1250), vi(-2)), "1200"},
		{b("round", vs("a")), "TypeError: type str doesn't define __round__ method"},
		{b("max"), "TypeError: max expected at least 1 argument, got 0"},
		{b("max", vlist()), "ValueError: max() arg is an empty sequence"},
		{b("min", vlist()), "ValueError: min() arg is an empty sequence"},
		{b("max", vi(1)), "TypeError: 'int' object is not iterable"},
		{b("max", vi(3), vi(1), vf(3.0)), "3"},
		{b("min", vlist(vi(3), vi(1), vi(2))), "1"},
		{b("max", vi(1), vs("a")), "TypeError: '>' not supported between instances of 'str' and 'int'"},
		{b("sum"), "TypeError: sum() takes at least 1 positional argument (0 given)"},
		{b("sum", vlist(vs("a")), vs("")), "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{b("sum", vlist(vb([]byte("a"))), vb(nil)), "TypeError: sum() can't sum bytes [use b''.join(seq) instead]"},
		{b("sum", runtime.NewList(repeat(vf(0.1), 10))), "0.9999999999999999"},
		{b("sum", vlist(vf(1e100), vf(1.0), vf(-1e100), vf(1.0))), "1.0"},
		{b("sum", vlist(vi(1<<62), vi(1<<62), vi(1<<62))), "13835058055282163712"},
		{b("sum", vlist(vi(1), vf(2.5))), "3.5"},
		{b("sum", vlist(vlist(vi(1)), vlist(vi(2))), vlist()), "[1, 2]"},
		{b("sorted"), "TypeError: sorted expected 1 argument, got 0"},
		{b("sorted", vlist(vi(3), vi(1), vi(2))), "[1, 2, 3]"},
		{b("sorted", vlist(vi(1), vs("a"))), "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{b("any", vi(1)), "TypeError: 'int' object is not iterable"},
		{b("all", vlist()), "True"},
		{b("any", vlist(vi(0), vi(2))), "True"},
		{b("isinstance", vi(1)), "TypeError: isinstance expected 2 arguments, got 1"},
		{b("isinstance", vi(1), vi(2)), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{b("isinstance", vi(1), vtuple(runtime.StrType, runtime.IntType)), "True"},
		{b("issubclass", vi(1), runtime.IntType), "TypeError: issubclass() arg 1 must be a class"},
		{b("issubclass", runtime.BoolType, runtime.IntType), "True"},
		{b("id"), "TypeError: id() takes exactly one argument (0 given)"},
		{b("hash", vlist()), "TypeError: unhashable type: 'list'"},
		{b("hash", vf(1.5)), "1152921504606846977"},
		{b("format", vi(1), vi(2)), "TypeError: format() argument 2 must be str, not int"},
		{b("format", vf(3.14159), vs(".2f")), "'3.14'"},
		{b("iter"), "TypeError: iter expected at least 1 argument, got 0"},
		{b("iter", vi(1)), "TypeError: 'int' object is not iterable"},
		{b("iter", vi(1), vi(2)), "TypeError: iter(v, w): v must be callable"},
		{b("next", vlist(vi(1))), "TypeError: 'list' object is not an iterator"},
		{b("chr", vi(-1)), "ValueError: chr() arg not in range(0x110000)"},
		{b("chr", vs("a")), "TypeError: 'str' object cannot be interpreted as an integer"},
		{b("chr", vi(0x1F600)), "'😀'"},
		{b("ord", vs("ab")), "TypeError: ord() expected a character, but string of length 2 found"},
		{b("ord", vi(1)), "TypeError: ord() expected string of length 1, but int found"},
		{b("ord", vs("€")), "8364"},
		{b("ord", vb([]byte("a"))), "97"},
		{b("hex", vf(1.5)), "TypeError: 'float' object cannot be interpreted as an integer"},
		{b("hex", vi(-31)), "'-0x1f'"},
		{b("oct", vi(8)), "'0o10'"},
		{b("bin", vi(-5)), "'-0b101'"},
		{b("hex", vbig("1180591620717411303424")), "'0x400000000000000000'"},
		{b("callable"), "TypeError: callable() takes exactly one argument (0 given)"},
		{b("callable", ti.attr("builtins", "len")), "True"},
		{b("vars", vi(1)), "TypeError: vars() argument must have __dict__ attribute"},
		{b("dir", vi(1), vi(2)), "TypeError: dir expected at most 1 argument, got 2"},
		{b("ascii", vs("é\u1234\U0001f600x")), `"'\\xe9\\u1234\\U0001f600x'"`},
		{b("repr"), "TypeError: repr() takes exactly one argument (0 given)"},
		{b("abs", vs("a")), "TypeError: bad operand type for abs(): 'str'"},
		{b("abs", vi(-5)), "5"},
		{b("compile", vs("1"), vs("f"), vs("bad")), "ValueError: compile() mode must be 'exec', 'eval' or 'single'"},
		{b("compile"), "TypeError: compile() missing required argument 'source' (pos 1)"},
		{b("eval"), "TypeError: eval expected at least 1 argument, got 0"},
		{b("eval", vi(1)), "TypeError: eval() arg 1 must be a string, bytes or code object"},
		{b("exec", vi(1)), "TypeError: exec() arg 1 must be a string, bytes or code object"},
		{b("eval", vs("1"), vi(1)), "TypeError: globals must be a dict"},
		{b("exec", vs("x=1"), vi(5)), "TypeError: exec() globals must be a dict, not int"},
		{b("globals", vi(1)), "TypeError: globals() takes no arguments (1 given)"},
		{b("__import__"), "TypeError: __import__() missing required argument 'name' (pos 1)"},
		{b("__import__", vi(1)), "TypeError: module name must be a string"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d:\n got  %s\n want %s", i, c.got, c.want)
		}
	}
}

func repeat(o runtime.Object, n int) []runtime.Object {
	out := make([]runtime.Object, n)
	for i := range out {
		out[i] = o
	}
	return out
}

func TestBuiltinsNamespace(t *testing.T) {
	ti := newTestInterp(t, "")
	for _, name := range []string{"int", "str", "list", "dict", "tuple", "set", "frozenset", "bool", "float", "complex",
		"bytes", "bytearray", "object", "type", "range", "slice", "enumerate", "zip", "map", "filter", "reversed",
		"property", "classmethod", "staticmethod", "ValueError", "KeyboardInterrupt", "OSError", "print", "open",
		"NotImplemented", "Ellipsis", "__debug__", "exit", "quit", "help", "EnvironmentError", "IOError"} {
		ti.attr("builtins", name)
	}
	if ti.attr("builtins", "IOError") != runtime.OSErrorType {
		t.Error("IOError is not OSError")
	}
	ti.expect("repr(exit)", ti.repr(ti.attr("builtins", "exit")), "Use exit() or Ctrl-D (i.e. EOF) to exit")
	ti.expect("repr(quit)", ti.repr(ti.attr("builtins", "quit")), "Use quit() or Ctrl-D (i.e. EOF) to exit")
	ti.expect("exit(3)", ti.result(callObj(ti.attr("builtins", "exit"), ti.ts, args(vi(3)))), "SystemExit: 3")
	ti.expect("repr(help)", ti.repr(ti.attr("builtins", "help")), "Type help() for interactive help, or help(object) for help about object.")
	// import builtins is the interpreter's own module.
	m := ti.must(initBuiltins(ti.ts))
	if m != ti.ts.Interp.Builtins {
		t.Error("import builtins made a new module")
	}
	runtime.Decref(m)
}

func TestIterAndNext(t *testing.T) {
	ti := newTestInterp(t, "")
	l := vlist(vi(1), vi(2))
	it := ti.must(ti.call("builtins", "iter", args(l)))
	ti.expect("next", ti.result(ti.call("builtins", "next", args(it))), "1")
	ti.expect("next", ti.result(ti.call("builtins", "next", args(it))), "2")
	ti.expect("next default", ti.result(ti.call("builtins", "next", args(it, vs("d")))), "'d'")
	ti.expect("next end", ti.result(ti.call("builtins", "next", args(it))), "StopIteration")
	// iter(callable, sentinel) stops at the sentinel.
	pop := ti.must(runtime.GetAttrStr(ti.ts, vlist(vi(1), vi(2), vi(3)), "pop"))
	ci := ti.must(ti.call("builtins", "iter", args(pop, vi(1))))
	ti.expect("list(iter(pop, 1))", ti.result(runtime.Call(ti.ts, runtime.ListType, args(ci), nil)), "[3, 2]")
}

// fakeExecutor stands in for the VM: it records RunSource calls, and
// compiles "bad" into a SyntaxError.
type fakeExecutor struct {
	runs []string
}

type fakeCode struct {
	runtime.Header
	src string
}

var fakeCodeType = newType("test", "code", nil).Ready()

func (c *fakeCode) Type() *runtime.Type { return fakeCodeType }

func (f *fakeExecutor) RunSource(ts *runtime.ThreadState, src, filename, mode string, globals *runtime.Dict, locals runtime.Object) (runtime.Object, error) {
	f.runs = append(f.runs, mode+":"+filename+":"+src)
	return runtime.NewStr("ran " + src), nil
}
func (f *fakeExecutor) Import(ts *runtime.ThreadState, name string, globals *runtime.Dict, fromlist runtime.Object, level int) (runtime.Object, error) {
	return nil, runtime.NewImportError("no imports here")
}
func (f *fakeExecutor) CurrentGlobals(ts *runtime.ThreadState) *runtime.Dict { return nil }
func (f *fakeExecutor) CurrentLocals(ts *runtime.ThreadState) (runtime.Object, error) {
	return nil, nil
}

type compilingExecutor struct{ fakeExecutor }

func (f *compilingExecutor) CompileSource(ts *runtime.ThreadState, src, filename, mode string) (runtime.Object, error) {
	if src == "bad" {
		return nil, runtime.NewSyntaxError(nil, "invalid syntax", filename, 1, 1, src, 0, 0)
	}
	return newObject(&fakeCode{src: src}), nil
}

func (f *compilingExecutor) RunCodeObject(ts *runtime.ThreadState, code runtime.Object, globals *runtime.Dict, locals runtime.Object) (runtime.Object, bool, error) {
	c, ok := code.(*fakeCode)
	if !ok {
		return nil, false, nil
	}
	return runtime.NewStr("code " + c.src), true, nil
}

func TestExecEvalCompile(t *testing.T) {
	ti := newTestInterp(t, "")
	fe := &fakeExecutor{}
	ti.ts.Interp.Exec = fe
	ti.expect("eval", ti.result(ti.call("builtins", "eval", args(vs("  1+1")))), "'ran 1+1'")
	ti.expect("exec", ti.result(ti.call("builtins", "exec", args(vs("x = 1")))), "None")
	code := ti.must(ti.call("builtins", "compile", args(vs("y"), vs("f.py"), vs("eval"))))
	ti.expect("eval(code)", ti.result(ti.call("builtins", "eval", args(code))), "'ran y'")
	if len(fe.runs) != 3 || fe.runs[0] != "eval:<string>:1+1" || fe.runs[2] != "eval:f.py:y" {
		t.Errorf("runs %q", fe.runs)
	}
	g := runtime.NewDict()
	ti.must(ti.call("builtins", "exec", args(vs("z"), g)))
	if g.GetStr("__builtins__") != ti.ts.Interp.Builtins {
		t.Error("exec did not add __builtins__ to its globals")
	}

	ce := &compilingExecutor{}
	ti.ts.Interp.Exec = ce
	ti.expect("compile bad", ti.result(ti.call("builtins", "compile", args(vs("bad"), vs("f"), vs("exec")))), "SyntaxError: invalid syntax")
	code = ti.must(ti.call("builtins", "compile", args(vs("q"), vs("f"), vs("exec"))))
	ti.expect("exec(code)", ti.result(ti.call("builtins", "exec", args(code))), "None")
	ti.expect("eval(code)", ti.result(ti.call("builtins", "eval", args(code))), "'code q'")
	ti.ts.Interp.Exec = nil
}
