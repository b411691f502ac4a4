package compiler

import (
	"errors"
	"testing"

	"github.com/minipy/minipy/parser"
)

// The messages and positions below are CPython 3.11's (checked with
// `compile(src, "x.py", "exec")`).
var errorTests = []struct {
	src       string
	msg       string
	line, col int
}{
	{"return 1", "'return' outside function", 1, 1},
	{"class C:\n return 1", "'return' outside function", 2, 2},
	{"break", "'break' outside loop", 1, 1},
	{"continue", "'continue' not properly in loop", 1, 1},
	{"def f():\n  for x in y:\n    def g(): break", "'break' outside loop", 3, 14},
	{"for x in range(3):\n  pass\nelse:\n  break", "'break' outside loop", 4, 3},
	{"while x:\n  def f():\n    continue", "'continue' not properly in loop", 3, 5},
	{"yield 1", "'yield' outside function", 1, 1},
	{"class C:\n  yield", "'yield' outside function", 2, 3},
	{"x = [y for y in (yield)]", "'yield' outside function", 1, 18},
	{"await x", "'await' outside function", 1, 1},
	{"def f():\n  await x", "'await' outside async function", 2, 3},
	{"async def f():\n  yield from x", "'yield from' inside async function", 2, 3},
	{"async def f():\n  yield 1\n  return 2", "'return' with value in async generator", 3, 3},
	{"def f():\n  return [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 10},
	{"def f():\n  return [await x for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 10},
	{"def f():\n  async with x: pass", "'async with' outside async function", 2, 3},
	{"def f():\n  async for x in y: pass", "'async for' outside async function", 2, 3},
	{"def f():\n  from m import *", "import * only allowed at module level", 2, 17},
	{"def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3, 3},
	{"def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3},
	{"def f(x):\n  global x", "name 'x' is parameter and global", 2, 3},
	{"def f():\n  x: int\n  global x", "annotated name 'x' can't be global", 3, 3},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3},
	{"def f():\n  def g(): return x\n  nonlocal x", "no binding for nonlocal 'x' found", 3, 3},
	{"def f():\n  class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 3, 5},
	{"def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal", 2, 3},
	{"def f():\n  x = 1\n  nonlocal x", "name 'x' is assigned to before nonlocal declaration", 3, 3},
	{"def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global", 2, 3},
	{"def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x", "name 'x' is nonlocal and global", 4, 5},
	{"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10},
	{"def f():\n  [(yield) for x in y]", "'yield' inside list comprehension", 2, 5},
	{"def f():\n  {(yield) for x in y}", "'yield' inside set comprehension", 2, 5},
	{"def f():\n  {x: (yield) for x in y}", "'yield' inside dict comprehension", 2, 8},
	{"def f():\n  ((yield) for x in y)", "'yield' inside generator expression", 2, 5},
	{"x = [(yield) for y in z]", "'yield' inside list comprehension", 1, 7},
	{"[i := 0 for i in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2},
	{"class C:\n  [(j := i) for i in range(5)]", "assignment expression within a comprehension cannot be used in a class body", 2, 5},
	{"[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
	{"f(a=1, a=2)", "keyword argument repeated: a", 1, 8},
	{"o.m(b=1, b=2)", "keyword argument repeated: b", 1, 10},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass", "default 'except:' must be last", 3, 1},
	{"from __future__ import braces", "not a chance", 1, 1},
	{"x = 1\nfrom __future__ import division", "from __future__ imports must occur at the beginning of the file", 2, 1},
	{"from __future__ import nonsense", "future feature nonsense is not defined", 1, 1},
	{"*a = b", "starred assignment target must be in a list or tuple", 1, 1},
	{"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1},
	{"x = *a", "can't use starred expression here", 1, 5},
	{"def f(*, __debug__): pass", "cannot assign to __debug__", 1, 1},
	{"del __debug__", "cannot delete __debug__", 1, 5},
	{"__debug__ = 1", "cannot assign to __debug__", 1, 1},
}

// TestErrors checks the errors of the whole front end: a few of them (like
// duplicate arguments) are reported by minipy's parser before the compiler
// sees the tree, with the same message and position.
func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		var code *Code
		mod, err := parser.ParseFile("x.py", []byte(tt.src))
		if err == nil {
			code, err = Compile(mod, "x.py", Exec)
		}
		if err == nil {
			t.Errorf("%q: compiled, want error %q\n%s", tt.src, tt.msg, Compact(code))
			continue
		}
		var se *parser.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: error %v is not a *parser.SyntaxError", tt.src, err)
			continue
		}
		if se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col || se.Filename != "x.py" || se.Kind != "SyntaxError" {
			t.Errorf("%q:\n got %d:%d %s\nwant %d:%d %s", tt.src, se.Line, se.Col, se.Msg, tt.line, tt.col, tt.msg)
		}
	}
}

// TestNestedBlocks checks CPython's limit of 20 statically nested blocks.
func TestNestedBlocks(t *testing.T) {
	src := ""
	indent := ""
	for i := 0; i < 21; i++ {
		src += indent + "for x in y:\n"
		indent += " "
	}
	src += indent + "pass\n"
	ok := "for x in y:\n pass\n"
	mods := parseAll(t, []string{src, ok})
	_, err := Compile(mods[0], "x.py", Exec)
	var se *parser.SyntaxError
	if !errors.As(err, &se) || se.Msg != "too many statically nested blocks" || se.Line != 21 {
		t.Errorf("21 nested loops: got %v", err)
	}
	if _, err := Compile(mods[1], "x.py", Exec); err != nil {
		t.Error(err)
	}
}
