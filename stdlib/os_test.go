package stdlib

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/minipy/minipy/runtime"
)

func TestOSPath(t *testing.T) {
	ti := newTestInterp(t, "")
	p := func(fn string, a ...runtime.Object) string { return ti.result(ti.call("os.path", fn, a)) }
	cases := []struct{ got, want string }{
		{p("join", vs("a"), vs("b"), vs("/c"), vs("d")), "'/c/d'"},
		{p("join", vs("a"), vs("")), "'a/'"},
		{p("join", vs(""), vs("a")), "'a'"},
		{p("join"), "TypeError: join() missing 1 required positional argument: 'a'"},
		{p("join", vi(1)), "TypeError: expected str, bytes or os.PathLike object, not int"},
		{p("split", vs("/a/b/")), "('/a/b', '')"},
		{p("split", vs("a")), "('', 'a')"},
		{p("split", vs("/")), "('/', '')"},
		{p("split", vs("//a")), "('//', 'a')"},
		{p("splitext", vs("a.b.c")), "('a.b', '.c')"},
		{p("splitext", vs(".bashrc")), "('.bashrc', '')"},
		{p("splitext", vs("a/.b")), "('a/.b', '')"},
		{p("basename", vs("/a/b/")), "''"},
		{p("basename", vs("/a/b.txt")), "'b.txt'"},
		{p("dirname", vs("/a/b")), "'/a'"},
		{p("dirname", vs("a")), "''"},
		{p("normpath", vs("/a/./b/../c//d/")), "'/a/c/d'"},
		{p("normpath", vs("")), "'.'"},
		{p("normpath", vs("//a")), "'//a'"},
		{p("normpath", vs("///a")), "'/a'"},
		{p("normpath", vs("../..//a/..")), "'../..'"},
		{p("isabs", vs("a")), "False"},
		{p("isabs", vs("/a")), "True"},
		{p("exists", vs("/nonexist")), "False"},
		{p("exists", vf(1.5)), "TypeError: stat: path should be string, bytes, os.PathLike or integer, not float"},
		{p("isdir", vi(1)), "False"},
		{p("getsize", vs("/nonexist")), "FileNotFoundError: [Errno 2] No such file or directory: '/nonexist'"},
		{p("relpath", vs("/a/b"), vs("/a/c")), "'../b'"},
		{p("relpath", vs("")), "ValueError: no path specified"},
		{p("commonprefix", vlist(vs("/ab/c"), vs("/ab/d"))), "'/ab/'"},
		{p("commonpath", vlist(vs("/a/b/c"), vs("/a/b/d"))), "'/a/b'"},
		{p("commonpath", vlist()), "ValueError: commonpath() arg is an empty sequence"},
		{p("commonpath", vlist(vs("/a"), vs("b"))), "ValueError: Can't mix absolute and relative paths"},
		{p("realpath", vs("/nonexist/../x/./y")), "'/x/y'"},
		{p("expanduser", vs("~nouser-minipy/x")), "'~nouser-minipy/x'"},
		{p("splitdrive", vs("/a")), "('', '/a')"},
		{p("normcase", vs("A")), "'A'"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d:\n got  %s\n want %s", i, c.got, c.want)
		}
	}
	home, _ := os.UserHomeDir()
	os.Setenv("HOME", home)
	ti.expect("expanduser", p("expanduser", vs("~/x")), runtime.StrRepr(home+"/x"))
	ti.expect("expandvars", p("expandvars", vs("$NOPE_MINIPY ${HOME}x $")), runtime.StrRepr("$NOPE_MINIPY "+home+"x $"))
	wd, _ := os.Getwd()
	ti.expect("abspath", p("abspath", vs("")), runtime.StrRepr(wd))
	// os.path is the same module object as sys.modules['os.path'].
	if ti.attr("os", "path") != ti.ts.Interp.Modules.GetStr("os.path") {
		t.Error("os.path is not sys.modules['os.path']")
	}
}

func TestOSFiles(t *testing.T) {
	ti := newTestInterp(t, "")
	dir := t.TempDir()
	o := func(fn string, a ...runtime.Object) string { return ti.result(ti.call("os", fn, a)) }
	sub := filepath.Join(dir, "a", "b")
	ti.expect("makedirs", o("makedirs", vs(sub)), "None")
	ti.expect("makedirs again", o("makedirs", vs(sub)), "FileExistsError: [Errno 17] File exists: "+runtime.StrRepr(sub))
	ti.expect("makedirs exist_ok", ti.result(ti.call("os", "makedirs", args(vs(sub)), "exist_ok", runtime.True)), "None")
	ti.expect("mkdir existing", o("mkdir", vs(sub)), "FileExistsError: [Errno 17] File exists: "+runtime.StrRepr(sub))
	f1 := filepath.Join(dir, "f1.txt")
	os.WriteFile(f1, []byte("12345"), 0o644)
	ti.expect("isfile", ti.result(ti.call("os.path", "isfile", args(vs(f1)))), "True")
	ti.expect("isdir", ti.result(ti.call("os.path", "isdir", args(vs(sub)))), "True")
	ti.expect("getsize", ti.result(ti.call("os.path", "getsize", args(vs(f1)))), "5")
	st := ti.must(ti.call("os", "stat", args(vs(f1))))
	ti.expect("st_size", ti.result(runtime.GetAttrStr(ti.ts, st, "st_size")), "5")
	mtime := ti.must(runtime.GetAttrStr(ti.ts, st, "st_mtime"))
	if _, ok := mtime.(*runtime.Float); !ok {
		t.Errorf("st_mtime is %s", runtime.TypeName(mtime))
	}
	item8 := ti.must(runtime.GetItem(ti.ts, st, vi(8)))
	if _, ok := item8.(*runtime.Int); !ok {
		t.Errorf("stat()[8] is %s", runtime.TypeName(item8))
	}
	runtime.Decref(st)

	names := ti.must(ti.call("os", "listdir", args(vs(dir)))).(*runtime.List)
	var got []string
	for _, n := range names.Items {
		s, _ := asStr(n)
		got = append(got, s)
	}
	sort.Strings(got)
	if len(got) != 2 || got[0] != "a" || got[1] != "f1.txt" {
		t.Errorf("listdir = %v", got)
	}
	f2 := filepath.Join(dir, "f2.txt")
	ti.expect("rename", o("rename", vs(f1), vs(f2)), "None")
	ti.expect("rename missing", o("rename", vs(f1), vs(f2)),
		"FileNotFoundError: [Errno 2] No such file or directory: "+runtime.StrRepr(f1)+" -> "+runtime.StrRepr(f2))
	ti.expect("remove", o("remove", vs(f2)), "None")
	ti.expect("remove missing", o("remove", vs(f2)), "FileNotFoundError: [Errno 2] No such file or directory: "+runtime.StrRepr(f2))
	ti.expect("rmdir non-empty", o("rmdir", vs(filepath.Join(dir, "a"))), "OSError: [Errno 39] Directory not empty: "+runtime.StrRepr(filepath.Join(dir, "a")))
	ti.expect("listdir missing", o("listdir", vs("/nonexist")), "FileNotFoundError: [Errno 2] No such file or directory: '/nonexist'")
	ti.expect("listdir type", o("listdir", vf(1.5)), "TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float")
	ti.expect("remove type", o("remove", vf(1.5)), "TypeError: remove: path should be string, bytes or os.PathLike, not float")

	// os.walk, top-down, with pruning through the yielded dirnames list.
	os.WriteFile(filepath.Join(sub, "deep.txt"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "skip"), 0o755)
	os.WriteFile(filepath.Join(dir, "skip", "hidden.txt"), nil, 0o644)
	w := ti.must(ti.call("os", "walk", args(vs(dir))))
	var visited []string
	for {
		step, err := runtime.Next(ti.ts, w)
		if err != nil {
			t.Fatal(err)
		}
		if step == nil {
			break
		}
		triple := step.(*runtime.Tuple)
		path, _ := asStr(triple.Items[0])
		visited = append(visited, path)
		dirs := triple.Items[1].(*runtime.List)
		kept := dirs.Items[:0]
		for _, d := range dirs.Items {
			if s, _ := asStr(d); s == "skip" {
				runtime.Decref(d)
				continue
			}
			kept = append(kept, d)
		}
		dirs.Items = kept
		runtime.Decref(step)
	}
	runtime.Decref(w)
	sort.Strings(visited)
	want := []string{dir, filepath.Join(dir, "a"), sub}
	if len(visited) != len(want) || visited[0] != want[0] || visited[1] != want[1] || visited[2] != want[2] {
		t.Errorf("walk visited %v, want %v", visited, want)
	}
}

func TestOSEnvironAndMisc(t *testing.T) {
	ti := newTestInterp(t, "")
	env := ti.attr("os", "environ")
	t.Setenv("MINIPY_TEST_VAR", "")
	ti.must(nil, runtime.SetItem(ti.ts, env, vs("MINIPY_TEST_VAR"), vs("value")))
	if os.Getenv("MINIPY_TEST_VAR") != "value" {
		t.Error("os.environ assignment did not reach the process environment")
	}
	ti.expect("getenv", ti.result(ti.call("os", "getenv", args(vs("MINIPY_TEST_VAR")))), "'value'")
	ti.expect("getenv default", ti.result(ti.call("os", "getenv", args(vs("NOPE_MINIPY"), vi(5)))), "5")
	ti.expect("getenv type", ti.result(ti.call("os", "getenv", args(vi(1)))), "TypeError: str expected, not int")
	ti.expect("environ[missing]", ti.result(runtime.GetItem(ti.ts, env, vs("NOPE_MINIPY"))), "KeyError: 'NOPE_MINIPY'")
	ti.expect("environ[1]", ti.result(runtime.GetItem(ti.ts, env, vi(1))), "TypeError: str expected, not int")
	ti.must(nil, runtime.DelItem(ti.ts, env, vs("MINIPY_TEST_VAR")))
	if _, ok := os.LookupEnv("MINIPY_TEST_VAR"); ok {
		t.Error("del os.environ[k] did not unset the variable")
	}
	o := func(fn string, a ...runtime.Object) string { return ti.result(ti.call("os", fn, a)) }
	ti.expect("getpid", o("getpid"), ti.repr(vi(int64(os.Getpid()))))
	ti.expect("getcwd(1)", o("getcwd", vi(1)), "TypeError: posix.getcwd() takes no arguments (1 given)")
	ti.expect("urandom(-1)", o("urandom", vi(-1)), "ValueError: negative argument not allowed")
	ti.expect("len(urandom(5))", ti.result(runtime.Call(ti.ts, ti.attr("builtins", "len"), args(ti.must(ti.call("os", "urandom", args(vi(5))))), nil)), "5")
	ti.expect("kill", o("kill", vi(999999), vi(0)), "ProcessLookupError: [Errno 3] No such process")
	ti.expect("kill(1)", o("kill", vi(1)), "TypeError: kill() takes exactly 2 arguments (1 given)")
	ti.expect("strerror", o("strerror", vi(2)), "'No such file or directory'")
	ti.expect("system", o("system", vs("exit 3")), "768")
	ti.expect("sep", ti.repr(ti.attr("os", "sep")), "'/'")
	ti.expect("name", ti.repr(ti.attr("os", "name")), "'posix'")
	ti.expect("linesep", ti.repr(ti.attr("os", "linesep")), "'\\n'")
}
