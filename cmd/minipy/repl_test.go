package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	rt "github.com/minipy/minipy/runtime"
	"github.com/minipy/minipy/stdlib"
	"github.com/minipy/minipy/vm"
)

// lockedBuffer is a transcript written by the REPL's streams and the
// scripted reader (from any goroutine).
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// scripted is a lineReader that types lines as a user would: it writes the
// prompt and the echo of each line to the transcript, so the transcript reads
// like the terminal. "^C" presses Ctrl-C and "^D" Ctrl-D; the end of the
// script is Ctrl-D too.
type scripted struct {
	out     io.Writer
	lines   []string
	history []string
	prompts []string
	// beforeReturn, if set, runs (without the GIL) before line i is returned.
	beforeReturn func(i int)
	n            int
}

func (s *scripted) ReadLine(prompt, more string) (string, error) {
	s.prompts = append(s.prompts, prompt)
	io.WriteString(s.out, prompt)
	if len(s.lines) == 0 {
		io.WriteString(s.out, "\n")
		return "", io.EOF
	}
	line := s.lines[0]
	s.lines = s.lines[1:]
	if s.beforeReturn != nil {
		s.beforeReturn(s.n)
	}
	s.n++
	switch line {
	case "^C":
		io.WriteString(s.out, "\n")
		return "", errInterrupt
	case "^D":
		io.WriteString(s.out, "\n")
		return "", io.EOF
	}
	io.WriteString(s.out, strings.ReplaceAll(line, "\n", string(historySep))+"\n")
	return line, nil
}

func (s *scripted) AddHistory(entry string) { s.history = append(s.history, entry) }

// session runs a REPL over lines and returns the transcript, the exit status
// and the reader.
func session(t *testing.T, lines ...string) (string, int, *scripted) {
	t.Helper()
	machine, in, out := newTestMachine(t)
	rd := &scripted{out: out, lines: lines}
	status := newREPL(machine, rd).run()
	stdlib.FlushStdStreams(in)
	return out.String(), status, rd
}

func newTestMachine(t *testing.T) (*vm.VM, *rt.Interpreter, *lockedBuffer) {
	t.Helper()
	machine, err := vm.New([]string{""}, []string{t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	in := machine.Interp()
	out := &lockedBuffer{}
	stdlib.RedirectStdStreams(in, out, out)
	stdlib.SetUnbuffered(in)
	in.Stdout, in.Stderr = out, out
	stdlib.SetInteractive(in)
	return machine, in, out
}

func checkTranscript(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("transcript:\n%s\nwant:\n%s", got, want)
	}
}

// The expected transcripts below are CPython 3.11's (python3 in a terminal),
// except where a comment says otherwise.

func TestREPLBlocksEchoAndErrors(t *testing.T) {
	got, status, rd := session(t,
		"def f(x):", "    return x*2", "", "f(3)", "1/0", "x = = 1",
		"def g():", "    y = = 2",
		"def h(n):", "    return 1/n", "", "h(0)",
	)
	checkTranscript(t, got, `>>> def f(x):
...     return x*2
... 
>>> f(3)
6
>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> x = = 1
  File "<stdin>", line 1
    x = = 1
        ^
SyntaxError: invalid syntax
>>> def g():
...     y = = 2
  File "<stdin>", line 2
    y = = 2
        ^
SyntaxError: invalid syntax
>>> def h(n):
...     return 1/n
... 
>>> h(0)
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "<stdin>", line 2, in h
ZeroDivisionError: division by zero
>>> 
`)
	if status != 0 {
		t.Errorf("status %d", status)
	}
	wantHist := []string{"def f(x):\n    return x*2", "f(3)", "1/0", "x = = 1", "def g():\n    y = = 2",
		"def h(n):\n    return 1/n", "h(0)"}
	if strings.Join(rd.history, "|") != strings.Join(wantHist, "|") {
		t.Errorf("history %q, want %q", rd.history, wantHist)
	}
}

func TestREPLContinuation(t *testing.T) {
	got, _, _ := session(t,
		"if 1: print(1)", "", "# c", "", "   ",
		"if 1:", "  x = 1", "   ", "  print(x)", "",
		"x = (1,", "2)", "x",
		`s = """a`, `b"""`, "s",
		"@staticmethod", "def f(): pass", "",
		"1 + \\", "2",
		"if 1:", "  1", "  2", "",
		"1;2", "None", "_", "x = 5", "_",
	)
	checkTranscript(t, got, `>>> if 1: print(1)
... 
1
>>> # c
>>> 
>>>    
>>> if 1:
...   x = 1
...    
...   print(x)
... 
1
>>> x = (1,
... 2)
>>> x
(1, 2)
>>> s = """a
... b"""
>>> s
'a\nb'
>>> @staticmethod
... def f(): pass
... 
>>> 1 + \
... 2
3
>>> if 1:
...   1
...   2
... 
1
2
>>> 1;2
1
2
>>> None
>>> _
2
>>> x = 5
>>> _
2
>>> 
`)
}

func TestREPLInterruptEOFAndExit(t *testing.T) {
	got, status, _ := session(t,
		"if 1:", "  print(5)", "^D",
		"if 1:", "  pa", "^C",
		"abc", "^C",
		"import sys", `sys.ps1 = "py> "`, "sys.ps2 = 42", "if 1:", "  2", "",
		"try:", "  pass", "",
		"raise SystemExit(3)", "never run",
	)
	// CPython also prints an empty source line and a caret under it for the
	// error at the empty line that ends the try block.
	checkTranscript(t, got, `>>> if 1:
...   print(5)
... 
5
>>> if 1:
...   pa
... 
KeyboardInterrupt
>>> abc
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
NameError: name 'abc' is not defined
>>> 
KeyboardInterrupt
>>> import sys
>>> sys.ps1 = "py> "
py> sys.ps2 = 42
py> if 1:
42  2
42
2
py> try:
42  pass
42
  File "<stdin>", line 3
SyntaxError: expected 'except' or 'finally' block
py> raise SystemExit(3)
`)
	if status != 3 {
		t.Errorf("status %d, want 3", status)
	}
}

func TestREPLExitBuiltin(t *testing.T) {
	got, status, _ := session(t, "x = 1", "exit()", "x")
	checkTranscript(t, got, ">>> x = 1\n>>> exit()\n")
	if status != 0 {
		t.Errorf("status %d", status)
	}
}

// A block recalled from the history arrives as one string of several lines
// and runs at once, without the empty line.
func TestREPLRecalledBlock(t *testing.T) {
	got, _, rd := session(t, "def f(x):\n    return x+1", "f(1)", "for i in range(2):\n    print(i)")
	checkTranscript(t, got, ">>> def f(x):↵    return x+1\n>>> f(1)\n2\n>>> for i in range(2):↵    print(i)\n0\n1\n>>> \n")
	if len(rd.history) != 3 || rd.history[0] != "def f(x):\n    return x+1" {
		t.Errorf("history %q", rd.history)
	}
}

func TestREPLDisplayhookAndLast(t *testing.T) {
	got, _, _ := session(t, "import sys", "[1, 'a']", "_[1]", "1/0", "sys.last_type", "print('p')", "_")
	checkTranscript(t, got, `>>> import sys
>>> [1, 'a']
[1, 'a']
>>> _[1]
'a'
>>> 1/0
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
ZeroDivisionError: division by zero
>>> sys.last_type
<class 'ZeroDivisionError'>
>>> print('p')
p
>>> _
<class 'ZeroDivisionError'>
>>> 
`)
}

// While the prompt waits, the main thread does not hold the GIL: another
// thread takes it, runs Python code in __main__ and prints, then the next
// line sees what it did.
func TestREPLReleasesGILAtPrompt(t *testing.T) {
	machine, in, out := newTestMachine(t)
	other := in.NewThreadState()
	rd := &scripted{out: out, lines: []string{"x = 1", "x"}}
	rd.beforeReturn = func(i int) {
		if i != 1 {
			return
		}
		done := make(chan error, 1)
		go func() {
			in.GIL.Acquire(other)
			defer in.GIL.Release(other)
			_, err := machine.RunSource(other, "x = x + 41\nprint('from the other thread')\n", "<thread>", "exec",
				machine.Main.Dict, machine.Main.Dict)
			done <- err
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("other thread: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the prompt holds the GIL: the other thread could not run")
		}
	}
	newREPL(machine, rd).run()
	stdlib.FlushStdStreams(in)
	checkTranscript(t, out.String(), ">>> x = 1\n>>> from the other thread\nx\n42\n>>> \n")
}

// Output written while a prompt is active goes through the line editor a
// whole line at a time; a partial line waits for the prompt to close.
func TestPromptWriter(t *testing.T) {
	var direct, via bytes.Buffer
	w := &promptWriter{direct: &direct, viaRL: &via}
	io.WriteString(w, "before\n")
	w.setActive(true)
	io.WriteString(w, "one\ntw")
	io.WriteString(w, "o\nthr")
	if via.String() != "one\ntwo\n" {
		t.Errorf("through readline: %q", via.String())
	}
	w.setActive(false)
	io.WriteString(w, "ee\n")
	if direct.String() != "before\nthree\n" {
		t.Errorf("direct: %q", direct.String())
	}
}

func TestCompleter(t *testing.T) {
	machine, in, _ := newTestMachine(t)
	ts := machine.Thread()
	if _, err := machine.RunSource(ts, "import time\nclass K:\n    a_value = 1\n    def method(self): pass\n    @property\n    def prop(self): raise RuntimeError\nk = K()\nwhimsy = 2\n",
		"<test>", "exec", machine.Main.Dict, machine.Main.Dict); err != nil {
		t.Fatal(err)
	}
	c := newCompleter(in, machine.Main.Dict)
	cases := []struct {
		line string
		want []string
		n    int
	}{
		{"time.sl", []string{"eep("}, 2},
		{"x = time.mono", []string{"tonic(", "tonic_ns("}, 4},
		{"whi", []string{"le ", "msy"}, 3},
		{"tr", []string{"y:"}, 2},
		{"Tr", []string{"ue"}, 2},
		{"pri", []string{"nt("}, 3},
		{"k.", []string{"a_value", "method(", "prop"}, 0},
		{"k.__cl", []string{"ass__("}, 4},
		{"nosuch.x", []string{}, 1},
		{"    ", []string{indent}, 0},
	}
	for _, tc := range cases {
		var got [][]rune
		var n int
		ts.AllowThreads(func() { got, n = c.Do([]rune(tc.line), len([]rune(tc.line))) })
		var gs []string
		for _, g := range got {
			gs = append(gs, string(g))
		}
		if strings.Join(gs, "|") != strings.Join(tc.want, "|") || n != tc.n {
			t.Errorf("complete %q = %q, %d; want %q, %d", tc.line, gs, n, tc.want, tc.n)
		}
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binBuilt {
		if bin, err := buildMinipy(); err == nil {
			os.RemoveAll(filepath.Dir(bin))
		}
	}
	os.Exit(code)
}

// binBuilt records that a test built the binary.
var binBuilt bool

// buildMinipy builds the binary once per test run.
var buildMinipy = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "minipy-repl-test")
	if err != nil {
		return "", err
	}
	binBuilt = true
	bin := filepath.Join(dir, "minipy")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// Without a terminal, `minipy -i` reads statements from stdin with the
// prompts on stderr; without -i, stdin is one program, as with python3.
func TestInteractiveFlagWithPipe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin, err := buildMinipy()
	if err != nil {
		t.Fatal(err)
	}
	run := func(stdin string, args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Dir = t.TempDir()
		cmd.Stdin = strings.NewReader(stdin)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), status
	}
	// CPython 3.11: python3 -i -c 'x = 5; raise SystemExit(4)' with this stdin.
	out, errs, status := run("x\nif x:\n  print(x + 1)\n\n1/0\n", "-i", "-c", "x = 5; raise SystemExit(4)")
	if out != "5\n6\n" || status != 0 {
		t.Errorf("-i -c: stdout %q, status %d", out, status)
	}
	wantErr := "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
	if !strings.HasPrefix(errs, wantErr) || !strings.HasSuffix(errs, "SystemExit: 4\n>>> >>> ... ... >>> "+
		"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> \n") {
		t.Errorf("-i -c: stderr %q", errs)
	}
	out, errs, status = run("import sys\nprint(hasattr(sys, 'ps1'))\nraise SystemExit(3)\n")
	if out != "False\n" || errs != "" || status != 3 {
		t.Errorf("program from stdin: %q %q %d", out, errs, status)
	}
}
