package stdlib

import (
	"strings"
	"testing"

	"github.com/minipy/minipy/runtime"
)

func TestAtexit(t *testing.T) {
	ti := newTestInterp(t, "")
	sio := ti.must(ti.call("io", "StringIO", nil))
	defer runtime.Decref(sio)
	ti.module("sys").Set("stdout", sio)
	print := ti.attr("builtins", "print")
	ti.expect("register", ti.result(ti.call("atexit", "register", args(print, vs("first")))), "<built-in function print>")
	ti.must(ti.call("atexit", "register", args(print, vs("second")), "end", vs("!\n")))
	boom := runtime.NewBuiltin("boom", func(ts *runtime.ThreadState, a []runtime.Object, k []string) (runtime.Object, error) {
		return nil, runtime.NewValueError("boom")
	})
	ti.must(ti.call("atexit", "register", args(boom)))
	ti.expect("register(1)", ti.result(ti.call("atexit", "register", args(vi(1)))), "TypeError: the first argument must be callable")
	ti.expect("register()", ti.result(ti.call("atexit", "register", nil)), "TypeError: register() takes at least 1 argument (0 given)")
	ti.expect("_ncallbacks", ti.result(ti.call("atexit", "_ncallbacks", nil)), "3")

	RunAtexit(ti.ts)
	ti.expect("output", ti.result(ti.method(sio, "getvalue")), "'second!\\nfirst\\n'")
	if got := ti.stderr.String(); got != "Exception ignored in atexit callback: <built-in function boom>\nValueError: boom\n" {
		t.Errorf("stderr %q", got)
	}
	ti.expect("_ncallbacks after", ti.result(ti.call("atexit", "_ncallbacks", nil)), "0")

	ti.must(ti.call("atexit", "register", args(print)))
	ti.must(ti.call("atexit", "unregister", args(print)))
	ti.expect("after unregister", ti.result(ti.call("atexit", "_ncallbacks", nil)), "0")
}

func TestSmallModules(t *testing.T) {
	ti := newTestInterp(t, "")
	ti.expect("gc.collect", ti.result(ti.call("gc", "collect", nil)), "0")
	ti.must(ti.call("gc", "disable", nil))
	ti.expect("gc.isenabled", ti.result(ti.call("gc", "isenabled", nil)), "False")
	ti.expect("gc.get_threshold", ti.result(ti.call("gc", "get_threshold", nil)), "(700, 10, 10)")
	ti.expect("errno.ENOENT", ti.repr(ti.attr("errno", "ENOENT")), "2")
	ti.expect("errorcode[11]", ti.result(runtime.GetItem(ti.ts, ti.attr("errno", "errorcode"), vi(11))), "'EAGAIN'")
	ti.expect("iskeyword", ti.result(ti.call("keyword", "iskeyword", args(vs("lambda")))), "True")
	ti.expect("iskeyword(match)", ti.result(ti.call("keyword", "iskeyword", args(vs("match")))), "False")
	ti.expect("issoftkeyword", ti.result(ti.call("keyword", "issoftkeyword", args(vs("match")))), "True")
	ti.expect("kwlist", ti.result(runtime.Call(ti.ts, ti.attr("builtins", "len"), args(ti.attr("keyword", "kwlist")), nil)), "35")
}

// TestRegistry checks that every module in the table imports.
func TestRegistry(t *testing.T) {
	ti := newTestInterp(t, "")
	for _, name := range Names() {
		init, _ := Lookup(name)
		m, err := init(ti.ts)
		if err != nil {
			t.Errorf("import %s: %s", name, errText(ti.ts, err))
			continue
		}
		if !strings.Contains(ti.repr(m), "module") {
			t.Errorf("import %s gave %s", name, ti.repr(m))
		}
		runtime.Decref(m)
	}
}
