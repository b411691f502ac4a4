package stdlib

import (
	"strings"
	"testing"
	"time"

	"github.com/minipy/minipy/runtime"
)

func TestSysAttributes(t *testing.T) {
	ti := newTestInterp(t, "")
	sysAttr := func(name string) string { return ti.repr(ti.attr("sys", name)) }
	if v := sysAttr("version"); !strings.HasPrefix(v, "'3.11") {
		t.Errorf("sys.version = %s", v)
	}
	ti.expect("version_info", sysAttr("version_info"), "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)")
	ti.expect("hexversion", sysAttr("hexversion"), "51054576")
	ti.expect("maxsize", sysAttr("maxsize"), "9223372036854775807")
	ti.expect("maxunicode", sysAttr("maxunicode"), "1114111")
	ti.expect("byteorder", sysAttr("byteorder"), "'little'")
	ti.expect("float_info", sysAttr("float_info"), "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)")
	ti.expect("stdout", sysAttr("stdout"), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
	ti.expect("stdin", sysAttr("stdin"), "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>")
	ti.expect("implementation.name", ti.result(runtime.GetAttrStr(ti.ts, ti.attr("sys", "implementation"), "name")), "'minipy'")
	if ti.attr("sys", "modules") != ti.ts.Interp.Modules {
		t.Error("sys.modules is not interp.Modules")
	}

	vinfo := ti.attr("sys", "version_info")
	ti.expect("version_info.major", ti.result(runtime.GetAttrStr(ti.ts, vinfo, "major")), "3")
	ti.expect("version_info[1]", ti.result(runtime.GetItem(ti.ts, vinfo, vi(1))), "11")
	ti.expect("len(version_info)", ti.result(runtime.Call(ti.ts, ti.attr("builtins", "len"), args(vinfo), nil)), "5")
	ge, err := runtime.CompareBool(ti.ts, vinfo, vtuple(vi(3), vi(8)), runtime.CmpGe)
	if err != nil || !ge {
		t.Errorf("sys.version_info >= (3, 8) = %v, %v", ge, err)
	}
	eq, err := runtime.CompareBool(ti.ts, vinfo, vtuple(vi(3), vi(11), vi(7), vs("final"), vi(0)), runtime.CmpEq)
	if err != nil || !eq {
		t.Errorf("sys.version_info == (3, 11, 7, 'final', 0) = %v, %v", eq, err)
	}
	ti.expect("version_info.major = 4", ti.result(nil, runtime.SetAttr(ti.ts, vinfo, runtime.NewStr("major"), vi(4))), "AttributeError: readonly attribute")

	SetArgv(ti.ts.Interp, []string{"script.py", "-x"})
	SetPath(ti.ts.Interp, []string{"/tmp/dir", ""})
	ti.expect("argv", sysAttr("argv"), "['script.py', '-x']")
	ti.expect("path", sysAttr("path"), "['/tmp/dir', '']")
	SetInteractive(ti.ts.Interp)
	ti.expect("ps1", sysAttr("ps1"), "'>>> '")
}

func TestSysFunctions(t *testing.T) {
	ti := newTestInterp(t, "")
	s := func(name string, a ...runtime.Object) string { return ti.result(ti.call("sys", name, a)) }
	cases := []struct{ got, want string }{
		{s("getrecursionlimit"), "1000"},
		{s("setrecursionlimit", vi(0)), "ValueError: recursion limit must be greater or equal than 1"},
		{s("setrecursionlimit", vf(1.5)), "TypeError: 'float' object cannot be interpreted as an integer"},
		{s("setrecursionlimit", vi(2000)), "None"},
		{s("getrecursionlimit"), "2000"},
		{s("getswitchinterval"), "0.005"},
		{s("setswitchinterval", vi(0)), "ValueError: switch interval must be strictly positive"},
		{s("setswitchinterval", vs("a")), "TypeError: must be real number, not str"},
		{s("setswitchinterval", vf(0.01)), "None"},
		{s("getswitchinterval"), "0.01"},
		{s("getrefcount"), "TypeError: sys.getrefcount() takes exactly one argument (0 given)"},
		{s("exc_info"), "(None, None, None)"},
		{s("exception"), "None"},
		{s("intern", vi(1)), "TypeError: intern() argument must be str, not int"},
		{s("getsizeof"), "TypeError: getsizeof() missing required argument 'object' (pos 1)"},
		{s("getsizeof", vi(1)), "28"},
		{s("getsizeof", vbig("1267650600228229401496703205376")), "40"},
		{s("getsizeof", vf(1)), "24"},
		{s("getsizeof", vs("abc")), "52"},
		{s("getsizeof", vtuple()), "40"},
		{s("getsizeof", runtime.None), "16"},
		{s("_getframe", vi(5)), "ValueError: call stack is not deep enough"},
		{s("exit"), "SystemExit"},
		{s("exit", vi(3)), "SystemExit: 3"},
		{s("exit", vs("bye")), "SystemExit: bye"},
		{s("getdefaultencoding"), "'utf-8'"},
		{s("is_finalizing"), "False"},
		{s("settrace", runtime.None), "None"},
		{s("gettrace"), "None"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d:\n got  %s\n want %s", i, c.got, c.want)
		}
	}
	if got := ti.ts.Interp.GIL.Interval(); got != 10*time.Millisecond {
		t.Errorf("GIL interval %v after setswitchinterval(0.01)", got)
	}
	// getrefcount counts the caller's references (here only this test's).
	l := vlist()
	ti.expect("getrefcount", s("getrefcount", l), "1")
	runtime.Incref(l)
	ti.expect("getrefcount", s("getrefcount", l), "2")
}

func TestSysExcInfoAndHooks(t *testing.T) {
	ti := newTestInterp(t, "")
	e := runtime.NewValueError("boom")
	ti.ts.ExcInfo = e
	ti.expect("exc_info", ti.result(ti.call("sys", "exc_info", nil)), "(<class 'ValueError'>, ValueError('boom'), None)")
	ti.expect("exception", ti.result(ti.call("sys", "exception", nil)), "ValueError('boom')")
	ti.ts.ExcInfo = nil

	ti.must(ti.call("sys", "excepthook", args(runtime.ValueErrorType, e, runtime.None)))
	if got := ti.stderr.String(); got != "ValueError: boom\n" {
		t.Errorf("excepthook wrote %q", got)
	}
	ti.expect("excepthook(str)", ti.result(ti.call("sys", "excepthook", args(runtime.None, vs("x"), runtime.None))),
		"TypeError: print_exception(): Exception expected for value, str found")

	// displayhook echoes repr and stores builtins._.
	ti.must(ti.call("sys", "displayhook", args(vi(42))))
	ti.must(ti.call("sys", "displayhook", args(runtime.None)))
	FlushStdStreams(ti.ts.Interp)
	if got := ti.stdout.String(); got != "42\n" {
		t.Errorf("displayhook wrote %q", got)
	}
	ti.expect("builtins._", ti.repr(ti.attr("builtins", "_")), "42")
}

func TestSysImportIsSameModule(t *testing.T) {
	ti := newTestInterp(t, "")
	m := ti.must(initSys(ti.ts))
	if m != ti.ts.Interp.Sys {
		t.Error("import sys made a new module")
	}
	runtime.Decref(m)
}
