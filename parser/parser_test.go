package parser

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// astCase is a source and its expected DumpPos.
type astCase struct {
	src, dump string
}

// errorCase is a source and its expected SyntaxError. endCol is 0 where
// CPython's end offset is unknown or on another line.
type errorCase struct {
	src            string
	kind, msg      string
	line, col, end int
	text           string
}

func (c errorCase) String() string {
	return fmt.Sprintf("%s %q %d:%d-%d %q", c.kind, c.msg, c.line, c.col, c.end, c.text)
}

func gotError(t *testing.T, src string, err error) errorCase {
	t.Helper()
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("%q: error %T is not a *SyntaxError: %v", src, err, err)
	}
	kind := se.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	return errorCase{src, kind, se.Msg, se.Line, se.Col, se.EndCol, se.Text}
}

// TestCPythonAST compares the tree (with positions) of each recorded case
// with the one CPython's ast.parse produced (cpython_cases_test.go).
func TestCPythonAST(t *testing.T) {
	for _, c := range cpythonASTCases {
		mod, err := ParseFile("x.py", []byte(c.src))
		if err != nil {
			t.Errorf("%q: unexpected error %v", c.src, err)
			continue
		}
		if got := DumpPos(mod); got != c.dump {
			t.Errorf("%q: tree differs (-want +got):\n%s", c.src, cmp.Diff(c.dump, got))
		}
	}
}

// TestCPythonErrors compares each recorded error case with CPython's
// SyntaxError: kind, message, line, column, end column and source line.
func TestCPythonErrors(t *testing.T) {
	for _, c := range cpythonErrorCases {
		_, err := ParseFile("x.py", []byte(c.src))
		if err == nil {
			t.Errorf("%q: no error, want %v", c.src, c)
			continue
		}
		got := gotError(t, c.src, err)
		if got != c {
			t.Errorf("%q:\n got %v\nwant %v", c.src, got, c)
		}
	}
}

// TestListings parses every listing and benchmark program and compares the
// tree with CPython's (NAME.py.ast, recorded by testdata/record.py).
func TestListings(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test programs found: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			mod, err := ParseFile(name, src)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(name + ".ast")
			if err != nil {
				t.Fatal(err)
			}
			if got := DumpPos(mod); got != strings.TrimSpace(string(want)) {
				t.Errorf("tree differs from CPython's (-want +got):\n%s", cmp.Diff(strings.TrimSpace(string(want)), got))
			}
		})
	}
}

// TestDeviations lists where minipy knowingly differs from CPython 3.11.
func TestDeviations(t *testing.T) {
	tests := []errorCase{
		// match statements are not supported: a plain invalid syntax.
		{"match x:\n    case 1: pass\n", "SyntaxError", "invalid syntax", 1, 7, 8, "match x:"},
		// except* (PEP 654) is not supported.
		{"try:\n  pass\nexcept* A:\n  pass\n", "SyntaxError", "invalid syntax", 3, 7, 8, "except* A:"},
		// 3.12 syntax is rejected, as by CPython 3.11.
		{"type X = int\n", "SyntaxError", "invalid syntax", 1, 6, 7, "type X = int"},
		{"def f[T](): pass\n", "SyntaxError", "expected '('", 1, 6, 7, "def f[T](): pass"},
		// CPython's compile() says "source code string cannot contain null
		// bytes" without a position; for a file it has no line either.
		{"x = 1\x00\n", "SyntaxError", "source code cannot contain null bytes", 1, 6, 0, "x = 1"},
	}
	for _, c := range tests {
		_, err := ParseFile("x.py", []byte(c.src))
		if err == nil {
			t.Errorf("%q: no error, want %v", c.src, c)
			continue
		}
		if got := gotError(t, c.src, err); got != c {
			t.Errorf("%q:\n got %v\nwant %v", c.src, got, c)
		}
	}
}

// TestCompilerPhaseErrorsParse checks that errors CPython reports after
// parsing (in its symbol table or compiler) are not parse errors here: the
// compiler package reports them.
func TestCompilerPhaseErrorsParse(t *testing.T) {
	for _, src := range []string{
		"return 1\n", "x = yield\n", "nonlocal x\n", "break\n", "continue\n", "x = *a\n", "*a = 1\n",
		"async with a: pass\n", "await x\n", "__debug__ = 1\n", "def f():\n  nonlocal a\n",
		"x = [i async for i in y]\n", "def f(x, y): pass\n",
	} {
		if _, err := ParseFile("x.py", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// TestCPythonDeferred checks the errors that CPython's compiler reports
// after parsing and minipy's parser reports once the whole file has parsed.
func TestCPythonDeferred(t *testing.T) {
	for _, c := range cpythonDeferredCases {
		_, err := ParseFile("x.py", []byte(c.src))
		if err == nil {
			t.Errorf("%q: no error, want %v", c.src, c)
			continue
		}
		if got := gotError(t, c.src, err); got != c {
			t.Errorf("%q:\n got %v\nwant %v", c.src, got, c)
		}
	}
}

// TestDeferredErrors checks that errors CPython finds only after parsing
// the whole file lose to a syntax error anywhere in it.
func TestDeferredErrors(t *testing.T) {
	_, err := ParseFile("x.py", []byte("def f(a, a): pass\nx = = 1\n"))
	if got := gotError(t, "", err); got.msg != "invalid syntax" || got.line != 2 {
		t.Errorf("got %v, want invalid syntax on line 2", got)
	}
	_, err = ParseFile("x.py", []byte("def f(a, a): pass\nlambda b, b: 0\n"))
	if got := gotError(t, "", err); got.msg != "duplicate argument 'a' in function definition" || got.line != 1 || got.col != 10 {
		t.Errorf("got %v", got)
	}
}

// TestIncomplete checks SyntaxError.Incomplete, which the REPL uses to ask
// for another line.
func TestIncomplete(t *testing.T) {
	tests := []struct {
		src        string
		incomplete bool
	}{
		{"x = (1,", true},
		{"x = [1,\n 2,\n", true},
		{"f(a,\n  b", true},
		{"x = '''abc", true},
		{"x = '''abc\n", true},
		{"x = 1 + \\", true},
		{"x = 1 + \\\n", true},
		{"if x:", true},
		{"if x:\n", true},
		{"for i in range(3):\n", true},
		{"def f(a, b):\n", true},
		{"class A:\n", true},
		{"try:\n    pass\n", true},
		{"@dec\n", true},
		{"if x:\n    pass\nelse:\n", true},
		{"x = 'abc", false},
		{"x = 1 +", false},
		{"x = )", false},
		{"f() = 1", false},
		{"if x\n", false},
		{"x = (1 2", true}, // CPython: "'(' was never closed"
	}
	for _, tt := range tests {
		_, err := ParseFile("<stdin>", []byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: no SyntaxError (%v)", tt.src, err)
			continue
		}
		if se.Incomplete != tt.incomplete {
			t.Errorf("%q: Incomplete = %v, want %v (%s)", tt.src, se.Incomplete, tt.incomplete, se.Msg)
		}
	}
}

// TestParseExpr checks eval() input (recorded with CPython's
// compile(src.lstrip(" \t"), "x.py", "eval")).
func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"1 + 2", "BinOp(left=Constant(value=1)@1:1, op=Add(), right=Constant(value=2)@1:5)@1:1"},
		{"  x.y(z)\n\n", "Call(func=Attribute(value=Name(id='x')@1:1, attr='y')@1:1, args=[Name(id='z')@1:5], keywords=[])@1:1"},
		{"a, b,", "Tuple(elts=[Name(id='a')@1:1, Name(id='b')@1:4])@1:1"},
		{"lambda x: x if x else -x", "Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')@1:8], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='x')@1:16, body=Name(id='x')@1:11, orelse=UnaryOp(op=USub(), operand=Name(id='x')@1:24)@1:23)@1:11)@1:1"},
		{"f'{a}' 'b'", "JoinedStr(values=[FormattedValue(value=Name(id='a')@1:4, conversion=-1)@1:1, Constant(value='b')@1:1])@1:1"},
	}
	for _, tt := range tests {
		e, err := ParseExpr("x.py", []byte(tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := DumpPos(e); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
	errs := []errorCase{
		{"x = 1", "SyntaxError", "invalid syntax", 1, 3, 4, "x = 1"},
		{"yield x", "SyntaxError", "invalid syntax", 1, 1, 6, "yield x"},
		{"1 +", "SyntaxError", "invalid syntax", 1, 4, 4, "1 +"},
		{"(1,", "SyntaxError", "'(' was never closed", 1, 1, 0, "(1,"},
		{"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6, "f(a b)"},
	}
	for _, c := range errs {
		_, err := ParseExpr("x.py", []byte(c.src))
		if err == nil {
			t.Errorf("%q: no error", c.src)
			continue
		}
		if got := gotError(t, c.src, err); got != c {
			t.Errorf("%q:\n got %v\nwant %v", c.src, got, c)
		}
	}
}

// TestConcurrentParses runs parses in parallel: the pooled Participle
// parsers must not share state.
func TestConcurrentParses(t *testing.T) {
	srcs := []string{"x = 1\n", "def f(a):\n    return [a for a in b]\n", "f(a b)\n", "if x:\n  y\n"}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				src := srcs[(g+i)%len(srcs)]
				mod, err := ParseFile("x.py", []byte(src))
				if (err != nil) != (src == "f(a b)\n") {
					t.Errorf("%q: %v", src, err)
					return
				}
				if err == nil && len(mod.Body) == 0 {
					t.Errorf("%q: empty module", src)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestInternalError checks that a bug (a foreign panic) surfaces as an
// "internal error" SyntaxError, not as a crash.
func TestInternalError(t *testing.T) {
	file := lexer.TokenizeString("x.py", "x\n")
	p := &parser{file: file, toks: file.Tokens}
	err := p.protect(func() {
		var m map[string]int
		m["x"]++ // assignment to a nil map panics
	})
	if !isInternal(err) {
		t.Fatalf("got %v, want an internal error", err)
	}
}

func TestValues(t *testing.T) {
	mod, err := ParseFile("x.py", []byte("x = 1, 99999999999999999999, 1.5, 2j, 'é\\n', b'\\x00a', ..., None, True\n"))
	if err != nil {
		t.Fatal(err)
	}
	tup := mod.Body[0].(*ast.Assign).Value.(*ast.Tuple)
	var got []string
	for _, e := range tup.Elts {
		got = append(got, fmt.Sprintf("%T:%v", e.(*ast.Constant).Value, e.(*ast.Constant).Value))
	}
	want := []string{"int64:1", "*big.Int:99999999999999999999", "float64:1.5", "complex128:(0+2i)",
		"string:é\n", "[]uint8:[0 97]", "ast.EllipsisType:{}", "<nil>:<nil>", "bool:true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("constant values (-want +got):\n%s", diff)
	}
}
