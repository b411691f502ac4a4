package compiler

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestOpcodeTable checks that every opcode has a name and a stack effect,
// that names are unique, and that only jumps are marked as jumps.
func TestOpcodeTable(t *testing.T) {
	if len(opcodeInfo) != NumOpcodes {
		t.Fatalf("opcodeInfo has %d entries, want %d", len(opcodeInfo), NumOpcodes)
	}
	seen := map[string]Opcode{}
	for op := Opcode(0); int(op) < NumOpcodes; op++ {
		info := op.Info()
		if info.Name == "" {
			t.Errorf("opcode %d has no name", op)
			continue
		}
		if info.Effect == nil {
			t.Errorf("%s has no stack effect", info.Name)
		}
		if prev, dup := seen[info.Name]; dup {
			t.Errorf("opcodes %d and %d are both named %s", prev, op, info.Name)
		}
		seen[info.Name] = op
		if info.Jump && !info.HasArg {
			t.Errorf("%s is a jump without an argument", info.Name)
		}
		if op.String() != info.Name {
			t.Errorf("%d.String() = %q, want %q", op, op.String(), info.Name)
		}
	}
	if opSetup < Opcode(NumOpcodes) {
		t.Errorf("the pseudo opcode collides with a real one")
	}
}

// TestCodeMetadata checks the fields of Code besides the instructions.
func TestCodeMetadata(t *testing.T) {
	src := `"module doc"
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    "f doc"
    x = a
    def inner():
        return a + x
    return inner
@dec
def g():
    yield 1
async def co():
    await x
async def agen():
    yield 1
class C:
    def m(self):
        return [self for _ in ()]
lam = lambda: 0
`
	code := mustCompile(t, parseOne(t, src), Exec)
	type meta struct {
		name, qualname     string
		firstLine          int
		flags              CodeFlags
		argc, posonly, kwo int
		varnames           string
		cells, frees       string
		cell2arg           []int
		const0             any
	}
	check := func(qual string, want meta) {
		t.Helper()
		c := findCode(code, qual)
		if c == nil {
			t.Errorf("no code %q", qual)
			return
		}
		got := meta{c.Name, c.QualName, c.FirstLine, c.Flags, c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount,
			strings.Join(c.VarNames, ","), strings.Join(c.CellVars, ","), strings.Join(c.FreeVars, ","), c.Cell2Arg, nil}
		if len(c.Consts) > 0 {
			got.const0 = c.Consts[0]
		}
		if want.const0 == nil && got.const0 != nil && c.Flags&CO_OPTIMIZED == 0 {
			got.const0 = nil // only function code has the docstring slot
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", qual, got, want)
		}
	}
	check("", meta{name: "<module>", qualname: "<module>", firstLine: 1, cell2arg: []int{}})
	check("f", meta{name: "f", qualname: "f", firstLine: 2,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS,
		argc:  4, posonly: 2, kwo: 2,
		varnames: "a,b,c,d,e,f,args,kw,inner", cells: "a,x", cell2arg: []int{0, -1}, const0: "f doc"})
	check("f.<locals>.inner", meta{name: "inner", qualname: "f.<locals>.inner", firstLine: 5,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED, frees: "a,x", cell2arg: []int{}, const0: nil})
	check("g", meta{name: "g", qualname: "g", firstLine: 8,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_GENERATOR, cell2arg: []int{}})
	check("co", meta{name: "co", qualname: "co", firstLine: 11,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_COROUTINE, cell2arg: []int{}})
	check("agen", meta{name: "agen", qualname: "agen", firstLine: 13,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_ASYNC_GENERATOR, cell2arg: []int{}})
	check("C", meta{name: "C", qualname: "C", firstLine: 15, cell2arg: []int{}})
	check("C.m", meta{name: "m", qualname: "C.m", firstLine: 16,
		flags: CO_OPTIMIZED | CO_NEWLOCALS, argc: 1, varnames: "self", cells: "self", cell2arg: []int{0}})
	check("C.m.<locals>.<listcomp>", meta{name: "<listcomp>", qualname: "C.m.<locals>.<listcomp>", firstLine: 17,
		flags: CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED, argc: 1, varnames: ".0,_", frees: "self", cell2arg: []int{}})
	check("<lambda>", meta{name: "<lambda>", qualname: "<lambda>", firstLine: 18,
		flags: CO_OPTIMIZED | CO_NEWLOCALS, cell2arg: []int{}})
	if doc := findCode(code, "").Consts; len(doc) == 0 || doc[0] != "module doc" {
		t.Errorf("module docstring not stored first: %v", doc)
	}
}

// TestQualnames checks CPython's naming of nested code.
func TestQualnames(t *testing.T) {
	src := `
def f():
    def g():
        class D:
            def h(self): pass
    lam = lambda: [x for x in ()]
class C:
    def m(self):
        def inner(): pass
    class N:
        def n(self): pass
def outer():
    global glob
    def glob(): pass
`
	code := mustCompile(t, parseOne(t, src), Exec)
	var names []string
	var walk func(c *Code)
	walk = func(c *Code) {
		names = append(names, c.QualName)
		for _, k := range c.Consts {
			if inner, ok := k.(*Code); ok {
				walk(inner)
			}
		}
	}
	walk(code)
	sort.Strings(names)
	want := []string{"<module>", "C", "C.N", "C.N.n", "C.m", "C.m.<locals>.inner", "f",
		"f.<locals>.<lambda>", "f.<locals>.<lambda>.<locals>.<listcomp>", "f.<locals>.g",
		"f.<locals>.g.<locals>.D", "f.<locals>.g.<locals>.D.h", "glob", "outer"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("qualnames:\n got %v\nwant %v", names, want)
	}
}

// TestLines checks line numbers of instructions in multi-line code: calls
// take the line where their expression starts.
func TestLines(t *testing.T) {
	src := "x = [\n  f(a),\n  g(\n    b),\n]\nif x:\n    y = 1\n"
	code := mustCompile(t, parseOne(t, src), Exec)
	var got []string
	for pc, in := range code.Instrs {
		got = append(got, in.Op().String()+"@"+strconv.Itoa(int(code.Lines[pc])))
	}
	want := "RESUME@1 LOAD_NAME@2 PUSH_NULL@2 LOAD_NAME@2 CALL@2 LOAD_NAME@3 PUSH_NULL@3 LOAD_NAME@4 CALL@3 " +
		"BUILD_LIST@1 STORE_NAME@1 LOAD_NAME@6 POP_JUMP_IF_FALSE@6 LOAD_CONST@7 STORE_NAME@7 LOAD_CONST@7 RETURN_VALUE@7"
	if strings.Join(got, " ") != want {
		t.Errorf("lines:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestCorpus compiles and validates the listings and benchmarks the project
// must run (one copy of them lives in parser/testdata, shared with the
// parser's tests).
func TestCorpus(t *testing.T) {
	var files []string
	for _, dir := range []string{"../parser/testdata/listings", "../parser/testdata/bench"} {
		matches, _ := filepath.Glob(filepath.Join(dir, "*.py"))
		files = append(files, matches...)
	}
	if len(files) < 50 {
		t.Fatalf("found %d corpus files, want the 42 listings and the benchmarks", len(files))
	}
	var keep []string
	var srcs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		keep = append(keep, f)
		srcs = append(srcs, string(b))
	}
	if len(keep) < 50 {
		t.Errorf("only %d corpus files found", len(keep))
	}
	mods := parseAll(t, srcs)
	for i, f := range keep {
		code, err := Compile(mods[i], f, Exec)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := Validate(code); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
