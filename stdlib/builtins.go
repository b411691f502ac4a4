package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// NewBuiltinsModule builds the builtins module of an interpreter: every
// built-in function, type and exception name a tutorial meets.
// __build_class__ comes from the VM, which adds it to this module; super is
// runtime's type (zero-argument super() asks the VM frame through
// runtime.SuperFrame).
//
// The interpreter keeps the module in interp.Builtins; `import builtins`
// returns that same object (see initBuiltins).
func NewBuiltinsModule(ts *runtime.ThreadState) *runtime.Module {
	m := runtime.NewModule("builtins")
	setNew(m, "__doc__", runtime.NewStr("Built-in functions, exceptions, and other objects.\n\n"+
		"Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices."))
	addFuncs(m, []funcDef{
		{"print", builtinPrint},
		{"input", builtinInput},
		{"len", builtinLen},
		{"repr", builtinRepr},
		{"ascii", builtinAscii},
		{"abs", builtinAbs},
		{"round", builtinRound},
		{"divmod", builtinDivmod},
		{"pow", builtinPow},
		{"min", builtinMin},
		{"max", builtinMax},
		{"sum", builtinSum},
		{"sorted", builtinSorted},
		{"any", builtinAny},
		{"all", builtinAll},
		{"isinstance", builtinIsinstance},
		{"issubclass", builtinIssubclass},
		{"hasattr", builtinHasattr},
		{"getattr", builtinGetattr},
		{"setattr", builtinSetattr},
		{"delattr", builtinDelattr},
		{"id", builtinID},
		{"hash", builtinHash},
		{"format", builtinFormat},
		{"iter", builtinIter},
		{"next", builtinNext},
		{"chr", builtinChr},
		{"ord", builtinOrd},
		{"hex", builtinHex},
		{"oct", builtinOct},
		{"bin", builtinBin},
		{"callable", builtinCallable},
		{"vars", builtinVars},
		{"dir", builtinDir},
		{"globals", builtinGlobals},
		{"locals", builtinLocals},
		{"exec", builtinExec},
		{"eval", builtinEval},
		{"compile", builtinCompile},
		{"open", ioOpen},
		{"__import__", builtinImport},
		{"aiter", builtinAiter},
		{"anext", builtinAnext},
		{"breakpoint", builtinBreakpoint},
	})
	for _, t := range []*runtime.Type{
		runtime.ObjectType, runtime.TypeType, runtime.IntType, runtime.BoolType, runtime.FloatType,
		runtime.ComplexType, runtime.StrType, runtime.BytesType, runtime.ByteArrayType, runtime.ListType,
		runtime.TupleType, runtime.DictType, runtime.SetType, runtime.FrozenSetType, runtime.RangeType,
		runtime.SliceType, runtime.PropertyType, runtime.ClassMethodType, runtime.StaticMethodType,
		runtime.EnumerateType, runtime.ZipType, runtime.MapType, runtime.FilterType, runtime.ReversedType,
		runtime.SuperType,
	} {
		m.Set(t.Name, t)
	}
	for _, t := range runtime.ExceptionTypes() {
		m.Set(t.Name, t)
	}
	m.Set("EnvironmentError", runtime.OSErrorType)
	m.Set("IOError", runtime.OSErrorType)
	m.Set("None", runtime.None)
	m.Set("True", runtime.True)
	m.Set("False", runtime.False)
	m.Set("NotImplemented", runtime.NotImplemented)
	m.Set("Ellipsis", runtime.Ellipsis)
	m.Set("__debug__", runtime.True)
	setNew(m, "exit", newQuitter("exit"))
	setNew(m, "quit", newQuitter("quit"))
	m.Set("help", helpObject)
	return m
}

// initBuiltins is `import builtins`: the interpreter's own module.
func initBuiltins(ts *runtime.ThreadState) (*runtime.Module, error) {
	in := ts.Interp
	if in.Builtins == nil {
		in.Builtins = NewBuiltinsModule(ts)
	}
	runtime.Incref(in.Builtins)
	return in.Builtins, nil
}

// ---- print and input ----

// sysAttr returns a borrowed sys attribute, or nil.
func sysAttr(ts *runtime.ThreadState, name string) runtime.Object {
	if ts.Interp.Sys == nil {
		return nil
	}
	return ts.Interp.Sys.Dict.GetStr(name)
}

// optSep is print's sep/end: None or a str.
func optSep(o runtime.Object, what, def string) (string, error) {
	if isNone(o) {
		return def, nil
	}
	s, ok := asStr(o)
	if !ok {
		return "", runtime.NewTypeError("%s must be None or a string, not %s", what, runtime.TypeName(o))
	}
	return s, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None,
// flush=False). The whole line, end included, goes to the file in one
// write, so lines printed by concurrent threads never interleave.
func builtinPrint(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	npos := nposOf(args, kwnames)
	var sepObj, endObj, file, flushObj runtime.Object
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep":
			sepObj = v
		case "end":
			endObj = v
		case "file":
			file = v
		case "flush":
			flushObj = v
		default:
			return nil, runtime.NewTypeError("'%s' is an invalid keyword argument for print()", k)
		}
	}
	sep, err := optSep(sepObj, "sep", " ")
	if err != nil {
		return nil, err
	}
	end, err := optSep(endObj, "end", "\n")
	if err != nil {
		return nil, err
	}
	if isNone(file) {
		file = sysAttr(ts, "stdout")
		if file == nil {
			return nil, runtime.NewRuntimeError("lost sys.stdout")
		}
		if file == runtime.None {
			return runtime.None, nil
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := runtime.StrOf(ts, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if err := writeToFile(ts, file, b.String()); err != nil {
		return nil, err
	}
	if flushObj != nil {
		flush, err := runtime.Truth(ts, flushObj)
		if err != nil {
			return nil, err
		}
		if flush {
			r, err := runtime.CallMethod(ts, file, "flush")
			runtime.Decref(r)
			if err != nil {
				return nil, err
			}
		}
	}
	return runtime.None, nil
}

// writeToFile writes text to a file-like object: directly for minipy's own
// text files and StringIO, through its write method otherwise.
func writeToFile(ts *runtime.ThreadState, file runtime.Object, text string) error {
	switch f := file.(type) {
	case *fileObject:
		if f.text() {
			return f.writeString(ts, text)
		}
	case *stringIO:
		if err := f.checkOpen(); err != nil {
			return err
		}
		f.writeText(text)
		return nil
	}
	s := runtime.NewStr(text)
	r, err := runtime.CallMethod(ts, file, "write", s)
	runtime.Decref(s)
	runtime.Decref(r)
	return err
}

// builtinInput is input(prompt=None): the prompt goes to sys.stdout (then
// flushed), the line comes from sys.stdin with the GIL released.
func builtinInput(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("input", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	stdin := sysAttr(ts, "stdin")
	stdout := sysAttr(ts, "stdout")
	if stdin == nil || stdin == runtime.None {
		return nil, runtime.NewRuntimeError("input(): lost sys.stdin")
	}
	if stdout == nil || stdout == runtime.None {
		return nil, runtime.NewRuntimeError("input(): lost sys.stdout")
	}
	if stderr := sysAttr(ts, "stderr"); stderr != nil && stderr != runtime.None {
		if f, ok := stderr.(*fileObject); ok {
			f.flushUnlessClosed(ts)
		}
	}
	if len(args) == 1 && args[0] != runtime.None {
		p, err := runtime.StrOf(ts, args[0])
		if err != nil {
			return nil, err
		}
		if err := writeToFile(ts, stdout, p); err != nil {
			return nil, err
		}
	}
	if err := flushStdout(ts); err != nil {
		return nil, err
	}
	var line runtime.Object
	var err error
	if f, ok := stdin.(*fileObject); ok {
		line, err = f.readlineObject(ts, -1)
	} else {
		line, err = runtime.CallMethod(ts, stdin, "readline")
	}
	if err != nil {
		return nil, err
	}
	s, ok := asStr(line)
	if !ok {
		runtime.Decref(line)
		return nil, runtime.NewTypeError("object.readline() returned non-string")
	}
	if s == "" {
		runtime.Decref(line)
		return nil, runtime.NewException(runtime.EOFErrorType, runtime.NewStr("EOF when reading a line"))
	}
	if strings.HasSuffix(s, "\n") {
		runtime.Decref(line)
		return runtime.NewStr(s[:len(s)-1]), nil
	}
	return line, nil
}

// ---- simple one-argument functions ----

func builtinLen(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("len", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := runtime.Len(ts, x)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(n)), nil
}

func builtinRepr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("repr", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := runtime.Repr(ts, x)
	if err != nil {
		return nil, err
	}
	return runtime.NewStr(s), nil
}

func builtinAscii(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("ascii", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := runtime.Ascii(ts, x)
	if err != nil {
		return nil, err
	}
	return runtime.NewStr(s), nil
}

func builtinAbs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("abs", args, kwnames)
	if err != nil {
		return nil, err
	}
	return runtime.UnaryOperation(ts, runtime.OpAbs, x)
}

func builtinAny(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("any", args, kwnames)
	if err != nil {
		return nil, err
	}
	found := false
	err = runtime.Iterate(ts, x, func(item runtime.Object) (bool, error) {
		t, err := runtime.Truth(ts, item)
		if err != nil {
			return false, err
		}
		found = t
		return !t, nil
	})
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(found), nil
}

func builtinAll(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("all", args, kwnames)
	if err != nil {
		return nil, err
	}
	all := true
	err = runtime.Iterate(ts, x, func(item runtime.Object) (bool, error) {
		t, err := runtime.Truth(ts, item)
		if err != nil {
			return false, err
		}
		all = t
		return t, nil
	})
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(all), nil
}

func builtinID(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("id", args, kwnames)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(runtime.Id(x))), nil
}

func builtinHash(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("hash", args, kwnames)
	if err != nil {
		return nil, err
	}
	h, err := runtime.Hash(ts, x)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(h), nil
}

func builtinCallable(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("callable", args, kwnames)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(x.Type().Call != nil), nil
}

func builtinFormat(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("format", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := asStr(args[1])
		if !ok {
			return nil, runtime.NewTypeError("format() argument 2 must be str, not %s", runtime.TypeName(args[1]))
		}
		spec = s
	}
	return runtime.Format(ts, args[0], spec)
}

func builtinChr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("chr", args, kwnames)
	if err != nil {
		return nil, err
	}
	i, err := runtime.Index(ts, x)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(i)
	v, small := i.Int64()
	if !small || v > 1<<31-1 || v < -1<<31 {
		return nil, runtime.NewOverflowError("Python int too large to convert to C int")
	}
	if v < 0 || v > 0x10FFFF {
		return nil, runtime.NewValueError("chr() arg not in range(0x110000)")
	}
	return runtime.NewStr(string(rune(v))), nil
}

func builtinOrd(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("ord", args, kwnames)
	if err != nil {
		return nil, err
	}
	if s, ok := runtime.Unwrap(x).(*runtime.Str); ok {
		if n := s.Len(); n != 1 {
			return nil, runtime.NewTypeError("ord() expected a character, but string of length %d found", n)
		}
		return runtime.NewInt(int64(s.Runes()[0])), nil
	}
	if b, ok := runtime.BytesData(x); ok {
		if len(b) != 1 {
			return nil, runtime.NewTypeError("ord() expected a character, but string of length %d found", len(b))
		}
		return runtime.NewInt(int64(b[0])), nil
	}
	return nil, runtime.NewTypeError("ord() expected string of length 1, but %s found", runtime.TypeName(x))
}

func builtinHex(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return formatBase(ts, "hex", args, kwnames, 16, "0x")
}

func builtinOct(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return formatBase(ts, "oct", args, kwnames, 8, "0o")
}

func builtinBin(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return formatBase(ts, "bin", args, kwnames, 2, "0b")
}

func formatBase(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string, base int, prefix string) (runtime.Object, error) {
	x, err := runtime.OneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	i, err := runtime.Index(ts, x)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(i)
	b := i.BigValue()
	sign := ""
	if b.Sign() < 0 {
		sign = "-"
	}
	digits := b.Text(base)
	return runtime.NewStr(sign + prefix + strings.TrimPrefix(digits, "-")), nil
}

func builtinAiter(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("aiter", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, found, err := runtime.CallDunder(ts, x, "__aiter__")
	if !found {
		return nil, runtime.NewTypeError("'%s' object is not an async iterable", runtime.TypeName(x))
	}
	return r, err
}

func builtinAnext(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("anext", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	r, found, err := runtime.CallDunder(ts, args[0], "__anext__")
	if !found {
		return nil, runtime.NewTypeError("'%s' object is not an async iterator", runtime.TypeName(args[0]))
	}
	// TODO(stdlib): anext(it, default) needs an awaitable wrapper from the VM.
	return r, err
}

// builtinBreakpoint calls sys.breakpointhook, which minipy does not provide:
// the call is accepted and ignored, as with PYTHONBREAKPOINT=0.
func builtinBreakpoint(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if hook := sysAttr(ts, "breakpointhook"); hook != nil {
		return runtime.Call(ts, hook, args, kwnames)
	}
	return runtime.None, nil
}
