package stdlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/minipy/minipy/runtime"
)

// open calls builtins.open(path, mode, **kw).
func (ti *testInterp) open(path, mode string, kw ...any) (runtime.Object, error) {
	return ti.call("builtins", "open", args(vs(path), vs(mode)), kw...)
}

func TestFileTextRoundTrip(t *testing.T) {
	ti := newTestInterp(t, "")
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	f := ti.must(ti.open(p, "w"))
	ti.expect("repr", ti.repr(f), fmt.Sprintf("<_io.TextIOWrapper name=%s mode='w' encoding='UTF-8'>", runtime.StrRepr(p)))
	ti.expect("write", ti.result(ti.method(f, "write", vs("héllo\nwörld\n"))), "12")
	ti.expect("tell", ti.result(ti.method(f, "tell")), "14")
	ti.must(ti.method(f, "writelines", vlist(vs("a\n"), vs("b"))))
	ti.must(ti.method(f, "close"))
	ti.expect("closed", ti.result(runtime.GetAttrStr(ti.ts, f, "closed")), "True")
	ti.expect("write closed", ti.result(ti.method(f, "write", vs("x"))), "ValueError: I/O operation on closed file.")
	runtime.Decref(f)

	data, _ := os.ReadFile(p)
	if string(data) != "héllo\nwörld\na\nb" {
		t.Fatalf("file holds %q", data)
	}
	f = ti.must(ti.open(p, "r"))
	ti.expect("readline", ti.result(ti.method(f, "readline")), "'héllo\\n'")
	ti.expect("read(3)", ti.result(ti.method(f, "read", vi(3))), "'wör'")
	ti.expect("readlines", ti.result(ti.method(f, "readlines")), "['ld\\n', 'a\\n', 'b']")
	ti.expect("read at EOF", ti.result(ti.method(f, "read")), "''")
	ti.expect("seek", ti.result(ti.method(f, "seek", vi(0))), "0")
	ti.expect("list(f)", ti.result(runtime.Call(ti.ts, runtime.ListType, args(f), nil)), "['héllo\\n', 'wörld\\n', 'a\\n', 'b']")
	ti.expect("write to reader", ti.result(ti.method(f, "write", vs("x"))), "io.UnsupportedOperation: not writable")
	ti.expect("seek(1, 1)", ti.result(ti.method(f, "seek", vi(1), vi(1))), "io.UnsupportedOperation: can't do nonzero cur-relative seeks")
	ti.expect("__exit__", ti.result(ti.method(f, "__exit__", runtime.None, runtime.None, runtime.None)), "None")
	ti.expect("read closed", ti.result(ti.method(f, "read")), "ValueError: I/O operation on closed file.")
	runtime.Decref(f)

	// Appending, then reading back.
	f = ti.must(ti.open(p, "a"))
	ti.must(ti.method(f, "write", vs("\nend")))
	runtime.Decref(f) // closing by refcount flushes
	data, _ = os.ReadFile(p)
	if !strings.HasSuffix(string(data), "b\nend") {
		t.Errorf("after append: %q", data)
	}
}

func TestFileNewlines(t *testing.T) {
	ti := newTestInterp(t, "")
	p := filepath.Join(t.TempDir(), "nl.txt")
	os.WriteFile(p, []byte("line1\r\nline2\rline3\nlast"), 0o644)
	for _, c := range []struct {
		newline runtime.Object
		lines   string
	}{
		{runtime.None, "['line1\\n', 'line2\\n', 'line3\\n', 'last']"},
		{vs(""), "['line1\\r\\n', 'line2\\r', 'line3\\n', 'last']"},
		{vs("\n"), "['line1\\r\\n', 'line2\\rline3\\n', 'last']"},
		{vs("\r"), "['line1\\r', '\\nline2\\r', 'line3\\nlast']"},
		{vs("\r\n"), "['line1\\r\\n', 'line2\\rline3\\nlast']"},
	} {
		f := ti.must(ti.open(p, "r", "newline", c.newline))
		ti.expect("readlines newline="+ti.repr(c.newline), ti.result(ti.method(f, "readlines")), c.lines)
		runtime.Decref(f)
	}
	f := ti.must(ti.open(p, "r"))
	ti.expect("read(7)", ti.result(ti.method(f, "read", vi(7))), "'line1\\nl'")
	ti.must(ti.method(f, "read"))
	ti.expect("newlines", ti.result(runtime.GetAttrStr(ti.ts, f, "newlines")), "('\\r', '\\n', '\\r\\n')")
	runtime.Decref(f)

	// Write-side translation.
	for nl, want := range map[string]string{"\r\n": "a\r\nb", "\r": "a\rb", "": "a\nb"} {
		f := ti.must(ti.open(p, "w", "newline", vs(nl)))
		ti.must(ti.method(f, "write", vs("a\nb")))
		runtime.Decref(f)
		if data, _ := os.ReadFile(p); string(data) != want {
			t.Errorf("newline=%q wrote %q, want %q", nl, data, want)
		}
	}
}

func TestFileBinary(t *testing.T) {
	ti := newTestInterp(t, "")
	p := filepath.Join(t.TempDir(), "b.bin")
	f := ti.must(ti.open(p, "wb"))
	ti.expect("repr", ti.repr(f), fmt.Sprintf("<_io.BufferedWriter name=%s>", runtime.StrRepr(p)))
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	ti.expect("write", ti.result(ti.method(f, "write", vb(all))), "256")
	ti.expect("write str", ti.result(ti.method(f, "write", vs("x"))), "TypeError: a bytes-like object is required, not 'str'")
	ti.must(ti.method(f, "close"))
	runtime.Decref(f)

	f = ti.must(ti.open(p, "r+b"))
	ti.expect("read(3)", ti.result(ti.method(f, "read", vi(3))), "b'\\x00\\x01\\x02'")
	ti.must(ti.method(f, "seek", vi(12)))
	ti.must(ti.method(f, "write", vb([]byte("XY"))))
	ti.must(ti.method(f, "seek", vi(8)))
	ti.expect("read(8)", ti.result(ti.method(f, "read", vi(8))), "b'\\x08\\t\\n\\x0bXY\\x0e\\x0f'")
	ti.expect("seek end", ti.result(ti.method(f, "seek", vi(-2), vi(2))), "254")
	ti.expect("read rest", ti.result(ti.method(f, "read")), "b'\\xfe\\xff'")
	ti.expect("seek(-1)", ti.result(ti.method(f, "seek", vi(-1))), "OSError: [Errno 22] Invalid argument")
	ti.expect("whence 5", ti.result(ti.method(f, "seek", vi(0), vi(5))), "ValueError: whence value 5 unsupported")
	runtime.Decref(f)

	f = ti.must(ti.open(p, "rb"))
	ti.expect("readline", ti.result(ti.method(f, "readline")), "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n'")
	ti.expect("write to reader", ti.result(ti.method(f, "write", vb(nil))), "io.UnsupportedOperation: write")
	ti.must(ti.method(f, "close"))
	ti.expect("read closed", ti.result(ti.method(f, "read")), "ValueError: read of closed file")
	runtime.Decref(f)
}

func TestOpenErrors(t *testing.T) {
	ti := newTestInterp(t, "")
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope.txt")
	cases := []struct{ got, want string }{
		{ti.result(ti.open(missing, "r")), "FileNotFoundError: [Errno 2] No such file or directory: " + runtime.StrRepr(missing)},
		{ti.result(ti.open(dir, "w")), "IsADirectoryError: [Errno 21] Is a directory: " + runtime.StrRepr(dir)},
		{ti.result(ti.open(dir, "r")), "IsADirectoryError: [Errno 21] Is a directory: " + runtime.StrRepr(dir)},
		{ti.result(ti.open("x", "z")), "ValueError: invalid mode: 'z'"},
		{ti.result(ti.open("x", "rw")), "ValueError: must have exactly one of create/read/write/append mode"},
		{ti.result(ti.open("x", "rt+b")), "ValueError: can't have text and binary mode at once"},
		{ti.result(ti.open("x", "+")), "ValueError: Must have exactly one of create/read/write/append mode and at most one plus"},
		{ti.result(ti.open("x", "rb", "encoding", vs("utf-8"))), "ValueError: binary mode doesn't take an encoding argument"},
		{ti.result(ti.open(missing, "r", "newline", vs("x"))), "ValueError: illegal newline value: x"},
		{ti.result(ti.call("builtins", "open", nil)), "TypeError: open() missing required argument 'file' (pos 1)"},
		{ti.result(ti.call("builtins", "open", args(vf(1.5)))), "TypeError: expected str, bytes or os.PathLike object, not float"},
		{ti.result(ti.call("builtins", "open", args(vs("x"), vi(5)))), "TypeError: open() argument 'mode' must be str, not int"},
		{ti.result(ti.open(missing, "r", "buffering", vi(0))), "FileNotFoundError: [Errno 2] No such file or directory: " + runtime.StrRepr(missing)},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d:\n got  %s\n want %s", i, c.got, c.want)
		}
	}
	p := filepath.Join(dir, "x.txt")
	os.WriteFile(p, []byte("x"), 0o644)
	ti.expect("mode x", ti.result(ti.open(p, "x")), "FileExistsError: [Errno 17] File exists: "+runtime.StrRepr(p))
	ti.expect("unbuffered text", ti.result(ti.open(p, "r", "buffering", vi(0))), "ValueError: can't have unbuffered text I/O")
	ti.expect("bad encoding", ti.result(ti.open(p, "r", "encoding", vs("bogus"))), "LookupError: unknown encoding: bogus")
	os.WriteFile(p, []byte("\xff\xfeab"), 0o644)
	f := ti.must(ti.open(p, "r"))
	ti.expect("decode error", ti.result(ti.method(f, "read")), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
	runtime.Decref(f)
	f = ti.must(ti.open(p, "r", "errors", vs("replace")))
	ti.expect("errors=replace", ti.result(ti.method(f, "read")), "'\ufffd\ufffdab'")
	runtime.Decref(f)
}

// TestFileClosedByRefcount checks that a file object closes (and flushes) as
// soon as its last reference goes, like open('x','w').write('hi') in CPython.
func TestFileClosedByRefcount(t *testing.T) {
	ti := newTestInterp(t, "")
	p := filepath.Join(t.TempDir(), "t.txt")
	f := ti.must(ti.open(p, "w"))
	ti.must(ti.method(f, "write", vs("hi")))
	if data, _ := os.ReadFile(p); len(data) != 0 {
		t.Fatalf("written before close: %q", data)
	}
	runtime.Decref(f)
	if data, _ := os.ReadFile(p); string(data) != "hi" {
		t.Fatalf("after the last reference: %q", data)
	}
	// The descriptor is closed too: the process can open as many such files
	// as it likes.
	for i := 0; i < 2000; i++ {
		f := ti.must(ti.open(p, "r"))
		runtime.Decref(f)
	}
}

func TestStringIO(t *testing.T) {
	ti := newTestInterp(t, "")
	s := ti.must(ti.call("io", "StringIO", args(vs("abcdef"))))
	ti.must(ti.method(s, "seek", vi(2)))
	ti.expect("write", ti.result(ti.method(s, "write", vs("XY"))), "2")
	ti.expect("getvalue", ti.result(ti.method(s, "getvalue")), "'abXYef'")
	ti.expect("tell", ti.result(ti.method(s, "tell")), "4")
	ti.must(ti.method(s, "seek", vi(10)))
	ti.must(ti.method(s, "write", vs("!")))
	ti.expect("padded", ti.result(ti.method(s, "getvalue")), "'abXYef\\x00\\x00\\x00\\x00!'")
	ti.expect("seek(-1)", ti.result(ti.method(s, "seek", vi(-1))), "ValueError: Negative seek position -1")
	ti.expect("seek(1, 1)", ti.result(ti.method(s, "seek", vi(1), vi(1))), "OSError: Can't do nonzero cur-relative seeks")
	ti.expect("write(1)", ti.result(ti.method(s, "write", vi(1))), "TypeError: string argument expected, got 'int'")
	ti.must(ti.method(s, "close"))
	ti.expect("closed read", ti.result(ti.method(s, "read")), "ValueError: I/O operation on closed file")
	runtime.Decref(s)

	s = ti.must(ti.call("io", "StringIO", args(vs("a\nb\n"))))
	ti.expect("list", ti.result(runtime.Call(ti.ts, runtime.ListType, args(s), nil)), "['a\\n', 'b\\n']")
	runtime.Decref(s)
	s = ti.must(ti.call("io", "StringIO", args(vs("a\r\nb")), "newline", runtime.None))
	ti.expect("universal", ti.result(ti.method(s, "readlines")), "['a\\n', 'b']")
	runtime.Decref(s)
	ti.expect("StringIO(1)", ti.result(ti.call("io", "StringIO", args(vi(1)))), "TypeError: initial_value must be str or None, not int")

	b := ti.must(ti.call("io", "BytesIO", args(vb([]byte("ab")))))
	ti.must(ti.method(b, "seek", vi(0), vi(2)))
	ti.must(ti.method(b, "write", vb([]byte("cd"))))
	ti.expect("BytesIO", ti.result(ti.method(b, "getvalue")), "b'abcd'")
	runtime.Decref(b)
	ti.expect("BytesIO(str)", ti.result(ti.call("io", "BytesIO", args(vs("ab")))), "TypeError: a bytes-like object is required, not 'str'")
}

// TestConcurrentPrints runs print() from several Python threads that take
// turns on the GIL: every line must reach stdout whole.
func TestConcurrentPrints(t *testing.T) {
	ti := newTestInterp(t, "")
	in := ti.ts.Interp
	const threads, lines = 4, 300
	var wg sync.WaitGroup
	print := ti.attr("builtins", "print")
	in.GIL.Release(ti.ts)
	for i := 0; i < threads; i++ {
		ts := in.NewThreadState()
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			in.GIL.Acquire(ts)
			defer in.GIL.Release(ts)
			for j := 0; j < lines; j++ {
				s := runtime.NewStr(fmt.Sprintf("thread %d line %d %s", i, j, strings.Repeat("x", 40)))
				if _, err := runtime.Call(ts, print, []runtime.Object{s}, nil); err != nil {
					t.Error(err)
				}
				runtime.Decref(s)
				ts.AllowThreads(func() {})
			}
		}(i)
	}
	wg.Wait()
	in.GIL.Acquire(ti.ts)
	FlushStdStreams(in)
	got := strings.Split(strings.TrimSuffix(ti.stdout.String(), "\n"), "\n")
	if len(got) != threads*lines {
		t.Fatalf("%d lines, want %d", len(got), threads*lines)
	}
	for _, l := range got {
		var i, j int
		if n, _ := fmt.Sscanf(l, "thread %d line %d", &i, &j); n != 2 || !strings.HasSuffix(l, " "+strings.Repeat("x", 40)) {
			t.Fatalf("torn line %q", l)
		}
	}
}

func TestIOBaseSubclassHelpers(t *testing.T) {
	ti := newTestInterp(t, "")
	// io.UnsupportedOperation is both an OSError and a ValueError.
	u := ti.attr("io", "UnsupportedOperation").(*runtime.Type)
	if !u.IsSubtype(runtime.OSErrorType) || !u.IsSubtype(runtime.ValueErrorType) {
		t.Error("io.UnsupportedOperation bases")
	}
	ti.expect("SEEK_END", ti.repr(ti.attr("io", "SEEK_END")), "2")
	if ti.attr("io", "open") != ti.attr("builtins", "open") {
		t.Error("io.open is not builtins.open")
	}
}
