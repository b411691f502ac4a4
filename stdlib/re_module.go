package stdlib

import (
	"unsafe"

	"github.com/minipy/minipy/runtime"
)

// _re is the engine under the re module (lib/re.py): it compiles a pattern
// into a re.Pattern (re_pattern.go) whose methods run the matcher.

func init() { register("_re", initRe) }

func initRe(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_re")
	m.Set("Pattern", rePatternType)
	m.Set("Match", reMatchType)
	addFuncs(m, []funcDef{{"compile", reCompileFn}})
	setNew(m, "MAXREPEAT", runtime.NewInt(reMaxRepeat))
	setNew(m, "MAXGROUPS", runtime.NewInt(reMaxGroups))
	return m, nil
}

// reCompileFn is _re.compile(pattern, flags, template, compile, warn): a
// re.Pattern, or (msg, pos) for re.error (pos None when there is none).
// template(pattern, repl) parses replacement templates (Python code in
// re.py), compile is re._compile, for pickling, and warn(msg) issues a
// FutureWarning about the pattern.
func reCompileFn(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(args) != 5 || len(kwnames) != 0 {
		return nil, runtime.NewTypeError("compile() takes 5 arguments")
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
	parsed, warnings, perr := parseRegex(src, isStr, flagsInt)
	for _, w := range warnings {
		msg := runtime.NewStr(w)
		r, err := runtime.Call(ts, args[4], []runtime.Object{msg}, nil)
		runtime.Decref(msg)
		if err != nil {
			return nil, err
		}
		runtime.Decref(r)
	}
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
	runtime.Incref(args[0])
	runtime.Incref(args[2])
	runtime.Incref(args[3])
	return newObject(&reProgram{prog: prog, parsed: parsed, source: args[0], templateFn: args[2], compileFn: args[3]}), nil
}

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

// reRun runs a machine on full[:endpos] from pos (mode 0 match, 1
// search, 2 fullmatch).
func reRun[T reChar](m *reMachine[T], full []T, endpos, pos, mode int, must bool) ([]int, int, bool) {
	m.s, m.full = full[:endpos], full
	m.mustAdvance = must
	m.fullMatch = mode == 2
	ok := m.exec(pos, mode == 1)
	m.s, m.full = nil, nil
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
