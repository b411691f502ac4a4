package compiler

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// findBlock returns the block at a path of block names ("f/g", "C/m",
// "f/listcomp"); "" is the module.
func findBlock(top *block, path string) *block {
	b := top
	if path == "" {
		return b
	}
	for _, name := range strings.Split(path, "/") {
		var next *block
		for _, child := range b.children {
			if child.name == name {
				next = child
				break
			}
		}
		if next == nil {
			return nil
		}
		b = next
	}
	return b
}

// describe lists a block's names as "name:scope", sorted, with "+class" for
// names also free in a method (DEF_FREE_CLASS).
func describe(b *block) string {
	var parts []string
	for name, s := range b.symbols {
		p := name + ":" + s.scope.String()
		if s.flags&defFreeClass != 0 {
			p += "+class"
		}
		parts = append(parts, p)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestSymtable(t *testing.T) {
	tests := []struct {
		src   string
		block string
		want  string
	}{
		{"x = 1\nprint(x)", "", "print:global_implicit x:local"},
		{"def f(a):\n b = a\n return c", "f", "a:local b:local c:global_implicit"},
		{"def f():\n x = 1\n def g(): return x", "f", "g:local x:cell"},
		{"def f():\n x = 1\n def g(): return x", "f/g", "x:free"},
		{"def f():\n global x\n x = 1", "f", "x:global_explicit"},
		{"def f():\n global x\n x = 1\nx = 2", "", "f:local x:global_explicit"},
		{"def f():\n x = 0\n def g():\n  nonlocal x\n  x += 1", "f/g", "x:free"},
		{"def f():\n x = 0\n def g():\n  nonlocal x\n  x += 1", "f", "g:local x:cell"},
		// Class bodies: free variables, invisible names, __class__.
		{"def f():\n x = 1\n class C:\n  y = x\n  def m(self): return y", "f/C", "m:local x:free y:local"},
		{"def f():\n x = 1\n class C:\n  y = x\n  def m(self): return y", "f/C/m", "self:local y:global_implicit"},
		{"class C:\n def m(self): super().m()", "C/m", "__class__:free self:local super:global_implicit"},
		{"class C:\n def m(self): return __class__", "C/m", "__class__:free self:local"},
		{"def f():\n x = 1\n class C:\n  x = 2\n  def m(self): return x", "f/C", "m:local x:local+class"},
		{"def f():\n x = 1\n class C:\n  x = 2\n  def m(self): return x", "f/C/m", "self:local x:free"},
		{"class C:\n global x\n def m(self): return x", "C", "m:local x:global_explicit"},
		{"class C:\n global x\n def m(self): return x", "C/m", "self:local x:global_implicit"},
		// Comprehensions are functions taking .0.
		{"def f(y):\n return [x for x in y if x > z]", "f/listcomp", ".0:local x:local z:global_implicit"},
		{"def f(n):\n return [x + n for x in range(3)]", "f", "n:cell range:global_implicit"},
		{"def f(n):\n return [x + n for x in range(3)]", "f/listcomp", ".0:local n:free x:local"},
		{"g = (x*y for x in a for y in b)", "genexpr", ".0:local b:global_implicit x:local y:local"},
		// Walrus targets bind in the enclosing function or module.
		{"def f(y):\n [t := x for x in y]\n return t", "f", "t:cell y:local"},
		{"def f(y):\n [t := x for x in y]\n return t", "f/listcomp", ".0:local t:free x:local"},
		{"[t := x for x in y]", "", "t:global_explicit y:global_implicit"},
		{"[t := x for x in y]", "listcomp", ".0:local t:global_explicit x:local"},
		// Lambdas and defaults.
		{"def f(a):\n return lambda b=a: b + a", "f/lambda", "a:free b:local"},
		// Global declarations pass down; a global in between hides a binding.
		{"def f():\n global x\n def g(): return x", "f/g", "x:global_implicit"},
		{"def f():\n x = 1\n def g():\n  global x\n  def h(): return x", "f/g/h", "x:global_implicit"},
		// A free variable passes through an intermediate function.
		{"def f():\n x = 1\n def g():\n  def h(): return x", "f/g", "h:local x:free"},
		{"import a.b.c\nfrom d import e as f", "", "a:local f:local"},
		{"try:\n pass\nexcept E as e:\n pass", "", "E:global_implicit e:local"},
		{"def f():\n del x", "f", "x:local"},
	}
	srcs := make([]string, len(tests))
	for i, tt := range tests {
		srcs[i] = tt.src
	}
	mods := parseAll(t, srcs)
	for i, tt := range tests {
		var st *symtable
		err := func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%v", r)
				}
			}()
			st = buildSymtable("x.py", mods[i].Body, nil)
			return nil
		}()
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		b := findBlock(st.top, tt.block)
		if b == nil {
			t.Errorf("%q: no block %q", tt.src, tt.block)
			continue
		}
		if got := describe(b); got != tt.want {
			t.Errorf("%q block %q:\n got %s\nwant %s", tt.src, tt.block, got, tt.want)
		}
	}
}

// TestSymtableFlags checks the block properties that become code flags.
func TestSymtableFlags(t *testing.T) {
	src := `
def gen():
    yield 1
async def co():
    await x
async def agen():
    yield 1
def outer():
    def inner(*a, **k): pass
class C:
    def m(self): super()
`
	st := buildSymtable("x.py", parseOne(t, src).Body, nil)
	check := func(path string, f func(*block) bool, what string) {
		t.Helper()
		b := findBlock(st.top, path)
		if b == nil || !f(b) {
			t.Errorf("%s: want %s", path, what)
		}
	}
	check("gen", func(b *block) bool { return b.generator && !b.coroutine && !b.nested }, "generator")
	check("co", func(b *block) bool { return b.coroutine && !b.generator }, "coroutine")
	check("agen", func(b *block) bool { return b.coroutine && b.generator }, "async generator")
	check("outer/inner", func(b *block) bool { return b.nested && b.varargs && b.varkeywords }, "nested varargs")
	check("C", func(b *block) bool { return b.needsClassClosure }, "__class__ cell")
	check("outer/inner", func(b *block) bool {
		return strings.Join(b.params, ",") == "a,k"
	}, "params a,k")
}
