package vm

import (
	"testing"

	rt "github.com/minipy/minipy/runtime"
)

// Benchmarks of the eval loop's hot paths: each runs a small Python program
// (compiled once) b.N times in a fresh interpreter. They track the costs the
// end-to-end programs of doc/performance.md measure, one at a time:
//
//	go test ./vm -run '^$' -bench . -benchmem

// The programs define run() and the benchmark calls it, so the loops run in
// a function frame (fast locals) as in real programs.
var benchPrograms = map[string]string{
	// Python-to-Python calls: frame set-up, argument binding, return.
	"Calls": `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def run():
    return fib(15)
`,
	// range iteration and int arithmetic on values past the small-int cache.
	"IntLoop": `
def run():
    total = 0
    for i in range(2000, 7000):
        total += i * 3 - 1
    return total
`,
	// float arithmetic on lists of lists, tuple unpacking, zip.
	"FloatList": `
def run():
    pts = [[1.5, 2.5, 0.5], [0.1, -1.0, 3.0], [2.0, 2.0, 2.0]]
    vel = [[0.0, 0.0, 0.0] for _ in pts]
    pairs = [(0, 1), (0, 2), (1, 2)]
    for step in range(100):
        for i, j in pairs:
            a, b = pts[i], pts[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            d2 = dx * dx + dy * dy + 0.01
            m = 0.001 / (d2 * d2 ** 0.5)
            vel[i][0] -= dx * m
            vel[j][1] += dy * m
        for p, v in zip(pts, vel):
            p[0] += 0.01 * v[0]
            p[1] += 0.01 * v[1]
    return pts[0][0]
`,
	// instance attributes, method calls, inheritance, super().
	"Objects": `
class A:
    def __init__(self, x):
        self.x = x
        self.n = 0
    def step(self, k):
        self.n += k
        return self.n > 100
class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.y = None
def run():
    objs = [A(1), B(2), A(3)]
    c = 0
    for i in range(300):
        for o in objs:
            if o.step(i & 3):
                c += 1
    return c
`,
	// global and builtin lookups, builtin calls.
	"Globals": `
K = 7
def run():
    t = 0
    for i in range(2000):
        t += len(str(K)) + abs(-K) + min(i, K)
    return t
`,
	// dict insert/lookup with str keys, str building (a + b + c grows the
	// temporary in place).
	"DictStr": `
def run():
    d = {}
    for i in range(1000):
        k = "key" + str(i % 97) + "_" + str(i & 3)
        d[k] = d.get(k, 0) + i
    n = 0
    for k in d:
        if k in d:
            n += d[k] % 7
    return n
`,
	// list comprehensions (the second round reuses the first's dropped
	// lists), sorting, slicing.
	"ListComp": `
def run():
    t = 0
    for r in range(2):
        xs = [(i * 7919 + r) % 10007 for i in range(1000)]
        sq = [x * x for x in xs if x & 1]
        ys = sorted(sq, key=lambda v: -v)
        xs.sort()
        t += sum(xs[100:900:7]) + ys[0] + len(xs[::-1])
    return t
`,
}

func benchProgram(b *testing.B, name string) {
	src := benchPrograms[name]
	machine, err := New([]string{"bench"}, []string{"."})
	if err != nil {
		b.Fatal(err)
	}
	ts := machine.Thread()
	code, err := machine.Compile(ts, src, "<bench>", "exec")
	if err != nil {
		b.Fatal(err)
	}
	globals := machine.Main.Dict
	if r, err := machine.RunCode(ts, code, globals, nil); err != nil {
		b.Fatal(rt.FormatTraceback(ts, asException(err)))
	} else {
		rt.Decref(r)
	}
	run := globals.GetStr("run")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := rt.Call(ts, run, nil, nil)
		if err != nil {
			b.Fatal(rt.FormatTraceback(ts, asException(err)))
		}
		rt.Decref(r)
	}
}

func BenchmarkCalls(b *testing.B)     { benchProgram(b, "Calls") }
func BenchmarkIntLoop(b *testing.B)   { benchProgram(b, "IntLoop") }
func BenchmarkFloatList(b *testing.B) { benchProgram(b, "FloatList") }
func BenchmarkObjects(b *testing.B)   { benchProgram(b, "Objects") }
func BenchmarkGlobals(b *testing.B)   { benchProgram(b, "Globals") }
func BenchmarkDictStr(b *testing.B)   { benchProgram(b, "DictStr") }
func BenchmarkListComp(b *testing.B)  { benchProgram(b, "ListComp") }

// TestBenchPrograms runs each benchmark program once and checks its result
// against the value CPython computes, so the benchmarks stay meaningful.
func TestBenchPrograms(t *testing.T) {
	want := map[string]string{
		"Calls":     "610",
		"IntLoop":   "67487500",
		"FloatList": "1.5713051116172951",
		"Objects":   "699",
		"Globals":   "29972",
		"DictStr":   "1163",
		"ListComp":  "200673241",
	}
	for name := range benchPrograms {
		machine, err := New([]string{"bench"}, []string{"."})
		if err != nil {
			t.Fatal(err)
		}
		ts := machine.Thread()
		code, err := machine.Compile(ts, benchPrograms[name]+"\nresult = repr(run())\n", "<bench>", "exec")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := machine.RunCode(ts, code, machine.Main.Dict, nil); err != nil {
			t.Fatalf("%s: %s", name, rt.FormatTraceback(ts, asException(err)))
		}
		got := machine.Main.Dict.GetStr("result").(*rt.Str).S
		if w := want[name]; got != w {
			t.Errorf("%s: run() = %s, CPython gives %s", name, got, w)
		}
		machine.interp.GIL.Release(ts)
	}
}
