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
	addFuncs(m, []funcDef{{"compile", reCompileFn}})
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
	addMethods(t, []method{{name: "match", fn: reProgMatch}})
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

// reProgMatch is prog.match(string, pos, endpos, mode, must_advance); mode
// 0 is match, 1 search, 2 fullmatch. It returns None or (lastindex,
// start0, end0, start1, end1, ...) with -1 for what did not take part.
func reProgMatch(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	p := self.(*reProgram)
	if len(args) != 5 || len(kwnames) != 0 {
		return nil, runtime.NewTypeError("match() takes 5 arguments")
	}
	b, r, isStr, ok := reSubjectOf(args[0])
	if !ok {
		return nil, runtime.NewTypeError("expected string or bytes-like object, got '%s'", runtime.TypeName(args[0]))
	}
	if isStr != p.prog.textual {
		if p.prog.textual {
			return nil, runtime.NewTypeError("cannot use a string pattern on a bytes-like object")
		}
		return nil, runtime.NewTypeError("cannot use a bytes pattern on a string-like object")
	}
	var ints [4]int
	for i := 1; i < 5; i++ {
		v, err := runtime.AsIndexClamped(ts, args[i])
		if err != nil {
			return nil, err
		}
		ints[i-1] = v
	}
	pos, endpos, mode, must := ints[0], ints[1], ints[2], ints[3] != 0
	n := len(b)
	if r != nil {
		n = len(r)
	}
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	if endpos < pos {
		return runtime.None, nil
	}
	var slots []int
	var last int
	if r == nil {
		if p.bm == nil {
			p.bm = newReMachine[byte](p.prog, nil)
		}
		slots, last, ok = reRun(p.bm, b[:endpos], pos, mode, must)
	} else {
		if p.rm == nil {
			p.rm = newReMachine[rune](p.prog, nil)
		}
		slots, last, ok = reRun(p.rm, r[:endpos], pos, mode, must)
	}
	if !ok {
		return runtime.None, nil
	}
	items := make([]runtime.Object, 1+len(slots))
	items[0] = runtime.NewInt(int64(last))
	for i, v := range slots {
		items[i+1] = runtime.NewInt(int64(v))
	}
	return runtime.NewTuple(items), nil
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
