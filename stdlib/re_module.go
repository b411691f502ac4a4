package stdlib

import (
	"unsafe"

	"github.com/minipy/minipy/runtime"
)

// _re is the engine under the re module (lib/re.py): it compiles a pattern
// into a program and runs it. re.py builds Pattern and Match on top.

func init() { register("_re", initRe) }

func initRe(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_re")
	m.Set("Program", reProgType)
	m.Set("Match", reMatchType)
	addFuncs(m, []funcDef{{"compile", reCompileFn}, {"generic_alias", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if len(args) != 2 || len(kwnames) != 0 {
			return nil, runtime.NewTypeError("generic_alias() takes 2 arguments")
		}
		return runtime.NewGenericAlias(args[0], args[1]), nil
	}}})
	setNew(m, "MAXREPEAT", runtime.NewInt(reMaxRepeat))
	setNew(m, "MAXGROUPS", runtime.NewInt(reMaxGroups))
	return m, nil
}

// reProgram is a compiled pattern.
type reProgram struct {
	runtime.Header
	prog   *reProg
	parsed *reParsed
	// One machine of each kind, reused: matching never runs Python code,
	// so under the GIL no two matches use them at once.
	bm *reMachine[byte]
	rm *reMachine[rune]
}

func (*reProgram) Type() *runtime.Type { return reProgType }

// reCompileFn is _re.compile(pattern, flags): a Program, or (msg, pos) for
// re.error (pos None when there is none).
func reCompileFn(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(args) != 2 || len(kwnames) != 0 {
		return nil, runtime.NewTypeError("compile() takes 2 arguments")
	}
	flagsInt, err := runtime.AsIndexClamped(ts, args[1])
	if err != nil {
		return nil, err
	}
	var src []rune
	isStr := false
	if s, ok := runtime.Unwrap(args[0]).(*runtime.Str); ok {
		src, isStr = s.Runes(), true
	} else if b, ok := runtime.BytesData(args[0]); ok {
		src = make([]rune, len(b))
		for i, c := range b {
			src[i] = rune(c)
		}
	} else {
		return nil, runtime.NewTypeError("first argument must be string or compiled pattern")
	}
	parsed, perr := parseRegex(src, isStr, flagsInt)
	var prog *reProg
	if perr == nil {
		prog, perr = compileRegex(parsed, isStr)
	}
	if perr != nil {
		switch perr.kind {
		case "overflow":
			return nil, runtime.NewOverflowError("%s", perr.msg)
		case "value":
			return nil, runtime.NewValueError("%s", perr.msg)
		}
		var pos runtime.Object = runtime.None
		if perr.pos >= 0 {
			pos = runtime.NewInt(int64(perr.pos))
		}
		return runtime.NewTuple([]runtime.Object{runtime.NewStr(perr.msg), pos}), nil
	}
	return newObject(&reProgram{prog: prog, parsed: parsed}), nil
}

var reProgType = func() *runtime.Type {
	t := newType("_re", "Program", nil)
	addGetters(t, []getter{
		{name: "groups", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(self.(*reProgram).parsed.groups)), nil
		}},
		{name: "flags", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(self.(*reProgram).parsed.flags)), nil
		}},
		{name: "groupindex", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			p := self.(*reProgram).parsed
			d := runtime.NewDict()
			for _, name := range p.nameOrder {
				v := runtime.NewInt(int64(p.groupNames[name]))
				d.SetStr(name, v)
				runtime.Decref(v)
			}
			return d, nil
		}},
	})
	addMethods(t, []method{
		{name: "match", fn: reProgSearch(0)},
		{name: "search", fn: reProgSearch(1)},
		{name: "fullmatch", fn: reProgSearch(2)},
		{name: "finditer", fn: reProgIter(false)},
		{name: "scanner", fn: reProgIter(true)},
		{name: "findall", fn: reProgFindall},
		{name: "split", fn: reProgSplit},
		{name: "sub", fn: reProgSub},
	})
	return t.Ready()
}()

// reSubjectOf gives the text to match: bytes (also str that is all ASCII)
// or code points.
func reSubjectOf(o runtime.Object) (b []byte, r []rune, isStr, ok bool) {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Str:
		if v.IsASCII() {
			return unsafe.Slice(unsafe.StringData(v.S), len(v.S)), nil, true, true
		}
		return nil, v.Runes(), true, true
	}
	if data, ok := runtime.BytesData(o); ok {
		return data, nil, false, true
	}
	return nil, nil, false, false
}

func reRun[T reChar](m *reMachine[T], s []T, pos, mode int, must bool) ([]int, int, bool) {
	m.s = s
	m.mustAdvance = must
	m.fullMatch = mode == 2
	ok := m.exec(pos, mode == 1)
	m.s = nil
	if !ok {
		return nil, 0, false
	}
	// A group counts only when both its ends are set.
	for g := 1; 2*g+1 < len(m.slots); g++ {
		if m.slots[2*g] < 0 || m.slots[2*g+1] < 0 {
			m.slots[2*g], m.slots[2*g+1] = -1, -1
		}
	}
	return m.slots, m.lastIndex, true
}
