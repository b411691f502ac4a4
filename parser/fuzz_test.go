package parser

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse checks that ParseFile never panics, never reports an internal
// error and always returns either a module or a *SyntaxError with a position.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	// The smaller test programs too (big inputs make the fuzzer slow).
	files, _ := filepath.Glob("testdata/*/*.py")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil && len(src) < 1200 {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFile("fuzz.py", src)
		if err == nil {
			if mod == nil {
				t.Fatal("nil module without error")
			}
			_ = Dump(mod)
			return
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("error is %T, not *SyntaxError: %v", err, err)
		}
		if strings.HasPrefix(se.Msg, "internal error") {
			t.Fatalf("internal error for %q:\n%s", src, se.Msg)
		}
		if se.Line < 1 {
			t.Fatalf("bad error position %d:%d for %q: %s", se.Line, se.Col, src, se.Msg)
		}
		_, _ = ParseExpr("fuzz.py", src)
	})
}

var fuzzSeeds = []string{
	"", "\n", "x", "x = 1\n", "if x:\n  pass\nelse:\n  y\n",
	"def f(a, b=1, *c, d, e=2, **g) -> int:\n    return a\n",
	"class A(B, metaclass=M):\n    x: int = 1\n    def f(self): ...\n",
	"for i, j in x:\n  continue\nelse:\n  break\n",
	"while x: x -= 1\n", "try:\n  a\nexcept (A, B) as e:\n  b\nelse:\n  c\nfinally:\n  d\n",
	"with a as b, c: pass\n", "with (a as b, c as d,): pass\n",
	"async def f():\n  await x\n  async for a in b: pass\n  async with c: pass\n",
	"@dec\n@dec2(1)\ndef f(): pass\n", "import a.b as c, d\nfrom ..m import (x as y, z,)\nfrom m import *\n",
	"global a, b\nnonlocal c\ndel a[0], b.c\nassert x, 'm'\nraise E from F\n",
	"x = [i for i in range(10) if i % 2 if i for j in k]\n", "d = {k: v for k, v in x.items()}\n",
	"s = {*a, *b}\n", "g = (x for x in y)\n", "f(x for x in y)\n", "f(*a, **k, b=1)\n",
	"x = a if b else c\n", "x = lambda a, *b, c=1, **d: a\n", "x = -2**-3 ** ~4\n",
	"x = a < b <= c != d is not e not in f\n", "x = y[1:2, ::3, *z]\n", "(x := 5)\n",
	"x = f'{a!r:>{w}} {b=} {{c}}'\n", "x = rb'\\x00' b'abc' \n", "x = 'a' 'b' f'{c}'\n",
	"x = '''multi\nline'''\n", "x = 1_000 + 0x_ff + 0o17 + 0b1 + 1.5e-3 + 3j\n",
	"if x:\n\tpass\n", "x = (1,\n 2,\n)\n", "x = 1 + \\\n 2\n", "x = 1; y = 2;\n",
	"f() = 1\n", "print 'x'\n", "f(a b)\n", "if x = 1:\n  pass\n", "x = (\n", "x = '''\n",
	"if x:\n", "  x\n", "if x:\n    a\n  b\n", "x = )\n", "x = 012\n", "x = f'{'\n",
	"def f(a, a): pass\n", "f(a=1, b)\n", "del f()\n", "x, y += 1\n", "x = 1 if 2\n",
	"\t\f x", "\\", "(((((((((((((((((((((((((((((x)))))))))))))))))))))))))))))",
	"x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]\n", "not not not not not x\n", "- - - - - - x\n",
	"lambda: lambda: lambda: 0\n", "x = a.b.c.d.e.f(g)(h)[i][j]\n", "match x:\n    case 1: pass\n",
	"try:\n  pass\nexcept* E:\n  pass\n", "type X = int\n", "def f[T](): pass\n",
}
