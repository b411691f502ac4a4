package stdlib

import (
	"math"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"time"

	"github.com/minipy/minipy/runtime"
)

// The version minipy reports: it implements Python 3.11.
const (
	versionMajor, versionMinor, versionMicro = 3, 11, 7
	hexVersion                               = 0x030B07F0
)

// Version is sys.version.
var Version = "3.11.7 (minipy) [Go " + goruntime.Version() + "]"

// InitInterpreter creates the builtins and sys modules of a new interpreter
// (ts is its main thread), stores them in interp.Builtins and interp.Sys,
// and registers both in sys.modules. The VM calls it once, before running
// code; the CLI then calls SetArgv and SetPath.
func InitInterpreter(ts *runtime.ThreadState) error {
	in := ts.Interp
	if in.Builtins == nil {
		in.Builtins = NewBuiltinsModule(ts)
	}
	if in.Sys == nil {
		m, err := NewSysModule(ts)
		if err != nil {
			return err
		}
		in.Sys = m
	}
	in.Modules.SetStr("builtins", in.Builtins)
	in.Modules.SetStr("sys", in.Sys)
	return nil
}

// initSys is `import sys`: the interpreter's own module.
func initSys(ts *runtime.ThreadState) (*runtime.Module, error) {
	in := ts.Interp
	if in.Sys == nil {
		m, err := NewSysModule(ts)
		if err != nil {
			return nil, err
		}
		in.Sys = m
	}
	runtime.Incref(in.Sys)
	return in.Sys, nil
}

var (
	versionInfoDesc = structSeqDesc{module: "sys", name: "version_info",
		fields: []string{"major", "minor", "micro", "releaselevel", "serial"}}
	floatInfoDesc = structSeqDesc{module: "sys", name: "float_info",
		fields: []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}}
	intInfoDesc = structSeqDesc{module: "sys", name: "int_info",
		fields: []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}}
	hashInfoDesc = structSeqDesc{module: "sys", name: "hash_info",
		fields: []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}}
	threadInfoDesc = structSeqDesc{module: "sys", name: "thread_info", fields: []string{"name", "lock", "version"}}
	flagsDesc      = structSeqDesc{module: "sys", name: "flags",
		fields: []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
			"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
			"utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}}
)

// structValues builds the values of a struct sequence from Go values.
func structValues(vals ...any) []runtime.Object {
	out := make([]runtime.Object, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case int:
			out[i] = runtime.NewInt(int64(x))
		case int64:
			out[i] = runtime.NewInt(x)
		case float64:
			out[i] = runtime.NewFloat(x)
		case string:
			out[i] = runtime.NewStr(x)
		case bool:
			out[i] = runtime.NewBool(x)
		case nil:
			out[i] = runtime.None
		case runtime.Object:
			out[i] = runtime.Xref(x)
		}
	}
	return out
}

// NewSysModule builds the sys module of an interpreter. sys.stdout and
// friends wrap interp.Stdout/Stderr/Stdin (set those first);
// sys.modules is interp.Modules itself.
func NewSysModule(ts *runtime.ThreadState) (*runtime.Module, error) {
	in := ts.Interp
	m := runtime.NewModule("sys")
	setNew(m, "__doc__", runtime.NewStr("This module provides access to some objects used or maintained by the\n"+
		"interpreter and to functions that interact strongly with the interpreter."))
	addFuncs(m, sysFuncs)

	structs := []struct {
		attr string
		desc *structSeqDesc
		vals []runtime.Object
	}{
		{"version_info", &versionInfoDesc, structValues(versionMajor, versionMinor, versionMicro, "final", 0)},
		{"float_info", &floatInfoDesc, structValues(math.MaxFloat64, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
			2.220446049250313e-16, 2, 1)},
		{"int_info", &intInfoDesc, structValues(30, 4, 4300, 640)},
		{"hash_info", &hashInfoDesc, structValues(64, int64((1<<61)-1), 314159, 0, 1000003, "fnv", 64, 0, 0)},
		{"thread_info", &threadInfoDesc, structValues("pthread", "mutex+cond", nil)},
		{"flags", &flagsDesc, structValues(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1)},
	}
	for _, s := range structs {
		t, err := newStructSeqType(ts, s.desc)
		if err != nil {
			return nil, err
		}
		// sys.version_info and friends cannot be instantiated (CPython 3.11).
		name := s.desc.name
		t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return nil, runtime.NewTypeError("cannot create 'sys.%s' instances", name)
		}
		setNew(m, s.attr, newStructSeq(t, s.desc, s.vals))
		runtime.Decref(t)
	}
	hooksType, err := newStructSeqType(ts, &asyncgenHooksDesc)
	if err != nil {
		return nil, err
	}
	m.AddFunc("get_asyncgen_hooks", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return sysGetAsyncgenHooks(ts, hooksType, args, kwnames)
	})
	setNew(m, "version", runtime.NewStr(Version))
	setNew(m, "hexversion", runtime.NewInt(hexVersion))
	setNew(m, "api_version", runtime.NewInt(1013))
	impl := newNamespace()
	setStr(impl.dict, "name", "minipy")
	impl.dict.SetStr("cache_tag", runtime.None)
	impl.dict.SetStr("version", m.Dict.GetStr("version_info"))
	impl.dict.SetStr("hexversion", m.Dict.GetStr("hexversion"))
	setStr(impl.dict, "_multiarch", goruntime.GOARCH+"-"+goruntime.GOOS+"-gnu")
	setNew(m, "implementation", impl)
	setNew(m, "platform", runtime.NewStr(goruntime.GOOS))
	setNew(m, "byteorder", runtime.NewStr("little"))
	setNew(m, "maxsize", runtime.NewInt(math.MaxInt64))
	setNew(m, "maxunicode", runtime.NewInt(0x10FFFF))
	setNew(m, "float_repr_style", runtime.NewStr("short"))
	exe, _ := os.Executable()
	setNew(m, "executable", runtime.NewStr(exe))
	setNew(m, "_base_executable", runtime.NewStr(exe))
	prefix := filepath.Dir(filepath.Dir(exe))
	for _, n := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
		setNew(m, n, runtime.NewStr(prefix))
	}
	setNew(m, "platlibdir", runtime.NewStr("lib"))
	setNew(m, "abiflags", runtime.NewStr(""))
	setNew(m, "copyright", runtime.NewStr("Copyright (c) minipy authors.\nAll Rights Reserved.\n\n"+
		"minipy implements the Python language; Python is Copyright (c) 2001-2023 Python Software Foundation."))
	m.Set("dont_write_bytecode", runtime.True)
	m.Set("pycache_prefix", runtime.None)
	m.Set("modules", in.Modules)
	setNew(m, "argv", listOfStrings([]string{""}))
	setNew(m, "orig_argv", listOfStrings(os.Args))
	setNew(m, "path", listOfStrings(nil))
	setNew(m, "warnoptions", listOfStrings(nil))
	setNew(m, "_xoptions", runtime.NewDict())
	setNew(m, "meta_path", listOfStrings(nil))
	setNew(m, "path_hooks", listOfStrings(nil))
	setNew(m, "path_importer_cache", runtime.NewDict())
	names := append(Names(), "builtins", "sys")
	sort.Strings(names)
	setNew(m, "builtin_module_names", tupleOfStrings(dedupe(names)))
	setNew(m, "stdlib_module_names", frozensetOfStrings(ts, stdlibModuleNames))

	stdin := newStdStream("<stdin>", in.Stdin, nil, false)
	stdout := newStdStream("<stdout>", nil, in.Stdout, false)
	stderr := newStdStream("<stderr>", nil, in.Stderr, true)
	for _, p := range []struct {
		name string
		f    *fileObject
	}{{"stdin", stdin}, {"stdout", stdout}, {"stderr", stderr}} {
		m.Set(p.name, p.f)
		m.Set("__"+p.name+"__", p.f)
		runtime.Decref(p.f)
	}
	for _, n := range []string{"displayhook", "excepthook", "unraisablehook", "breakpointhook"} {
		m.Set("__"+n+"__", m.Dict.GetStr(n))
	}
	return m, nil
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// frozensetOfStrings builds frozenset(names) through the frozenset type (a
// tuple until the runtime's frozenset constructor exists).
func frozensetOfStrings(ts *runtime.ThreadState, names []string) runtime.Object {
	t := tupleOfStrings(names)
	if runtime.FrozenSetType.New != nil {
		if fs, err := runtime.Call(ts, runtime.FrozenSetType, []runtime.Object{t}, nil); err == nil {
			if fs.Type() == runtime.FrozenSetType {
				runtime.Decref(t)
				return fs
			}
			runtime.Decref(fs)
		} else if e, ok := err.(*runtime.Exception); ok {
			runtime.Decref(e)
		}
	}
	return t
}

// stdlibModuleNames is sys.stdlib_module_names: CPython 3.11's list, the
// names a script may expect to be standard.
var stdlibModuleNames = []string{
	"__future__", "_thread", "abc", "argparse", "array", "ast", "asyncio", "atexit", "base64", "binascii",
	"bisect", "builtins", "calendar", "cmath", "code", "codecs", "collections", "colorsys", "concurrent",
	"configparser", "contextlib", "contextvars", "copy", "csv", "ctypes", "dataclasses", "datetime", "decimal",
	"difflib", "dis", "email", "enum", "errno", "faulthandler", "fnmatch", "fractions", "functools", "gc",
	"getopt", "getpass", "gettext", "glob", "gzip", "hashlib", "heapq", "hmac", "html", "http", "importlib",
	"inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging", "math",
	"mimetypes", "multiprocessing", "numbers", "operator", "os", "pathlib", "pickle", "platform", "pprint",
	"queue", "random", "re", "reprlib", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
	"signal", "socket", "sqlite3", "ssl", "stat", "statistics", "string", "struct", "subprocess", "sys",
	"tempfile", "textwrap", "threading", "time", "timeit", "tokenize", "traceback", "types", "typing",
	"unicodedata", "unittest", "urllib", "uuid", "warnings", "weakref", "zipfile", "zlib",
}

// SetArgv sets sys.argv (the script path first, then its arguments).
func SetArgv(interp *runtime.Interpreter, argv []string) {
	if interp.Sys == nil {
		return
	}
	if len(argv) == 0 {
		argv = []string{""}
	}
	setNew(interp.Sys, "argv", listOfStrings(argv))
}

// SetOrigArgv sets sys.orig_argv (the command line as given to minipy).
func SetOrigArgv(interp *runtime.Interpreter, argv []string) {
	if interp.Sys != nil {
		setNew(interp.Sys, "orig_argv", listOfStrings(argv))
	}
}

// SetPath sets sys.path (the script's directory first).
func SetPath(interp *runtime.Interpreter, path []string) {
	if interp.Sys != nil {
		setNew(interp.Sys, "path", listOfStrings(path))
	}
}

// SetInteractive marks an interactive session: sys.ps1 and sys.ps2 exist
// (CPython defines them only then) and sys.flags.interactive stays as set.
func SetInteractive(interp *runtime.Interpreter) {
	if interp.Sys == nil {
		return
	}
	setNew(interp.Sys, "ps1", runtime.NewStr(">>> "))
	setNew(interp.Sys, "ps2", runtime.NewStr("... "))
}

var sysFuncs = []funcDef{
	{"exit", sysExit},
	{"getrecursionlimit", sysGetrecursionlimit},
	{"setrecursionlimit", sysSetrecursionlimit},
	{"getrefcount", sysGetrefcount},
	{"getsizeof", sysGetsizeof},
	{"exc_info", sysExcInfo},
	{"exception", sysException},
	{"getswitchinterval", sysGetswitchinterval},
	{"setswitchinterval", sysSetswitchinterval},
	{"_getframe", sysGetframe},
	{"_current_frames", sysCurrentFrames},
	{"intern", sysIntern},
	{"set_asyncgen_hooks", sysSetAsyncgenHooks},
	{"displayhook", sysDisplayhook},
	{"excepthook", sysExcepthook},
	{"unraisablehook", sysUnraisablehook},
	{"getdefaultencoding", constStr("getdefaultencoding", "utf-8")},
	{"getfilesystemencoding", constStr("getfilesystemencoding", "utf-8")},
	{"getfilesystemencodeerrors", constStr("getfilesystemencodeerrors", "surrogateescape")},
	{"is_finalizing", constValue("is_finalizing", runtime.False)},
	{"settrace", acceptIgnore("settrace", 1)},
	{"setprofile", acceptIgnore("setprofile", 1)},
	{"gettrace", constValue("gettrace", runtime.None)},
	{"getprofile", constValue("getprofile", runtime.None)},
	{"getallocatedblocks", constValue("getallocatedblocks", runtime.NewInt(0))},
	{"get_int_max_str_digits", constValue("get_int_max_str_digits", runtime.NewInt(4300))},
	{"set_int_max_str_digits", acceptIgnore("set_int_max_str_digits", 1)},
	{"audit", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if len(args) == 0 {
			return nil, runtime.NewTypeError("audit() missing 1 required positional argument: 'event'")
		}
		return runtime.None, nil
	}},
	{"addaudithook", acceptIgnore("addaudithook", 1)},
	{"breakpointhook", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return runtime.None, nil
	}},
	{"call_tracing", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := posArgs("call_tracing", args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		t, ok := args[1].(*runtime.Tuple)
		if !ok {
			return nil, runtime.NewTypeError("call_tracing() argument 2 must be tuple, not %s", runtime.TypeName(args[1]))
		}
		return runtime.Call(ts, args[0], t.Items, nil)
	}},
}

func constStr(name, value string) runtime.BuiltinFn {
	s := immortalObject(runtime.NewStr(value))
	return constValue(name, s)
}

func constValue(name string, v runtime.Object) runtime.BuiltinFn {
	runtime.MakeImmortal(v)
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return v, nil
	}
}

// acceptIgnore is a function that takes n arguments and does nothing.
func acceptIgnore(name string, n int) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if n == 1 {
			if _, err := runtime.OneArg(name, args, kwnames); err != nil {
				return nil, err
			}
		}
		return runtime.None, nil
	}
}

func sysExit(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("exit", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, runtime.NewException(runtime.SystemExitType)
	}
	runtime.Incref(args[0])
	return nil, runtime.NewException(runtime.SystemExitType, args[0])
}

func sysGetrecursionlimit(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("getrecursionlimit", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(ts.Interp.RecursionLimit)), nil
}

func sysSetrecursionlimit(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("setrecursionlimit", args, kwnames)
	if err != nil {
		return nil, err
	}
	if _, isFloat := x.(*runtime.Float); isFloat {
		return nil, runtime.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := runtime.AsSsize(ts, x)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, runtime.NewValueError("recursion limit must be greater or equal than 1")
	}
	if ts.Depth >= n {
		return nil, runtime.NewExceptionf(runtime.RecursionErrorType,
			"cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, ts.Depth)
	}
	ts.Interp.RecursionLimit = n
	return runtime.None, nil
}

// sysGetrefcount is sys.getrefcount(x). CPython's answer counts the
// reference its argument holds; minipy's VM holds the same reference on its
// value stack during the call, so the count is reported as it is.
func sysGetrefcount(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("sys.getrefcount", args, kwnames)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(runtime.RefCount(x))), nil
}

// sysGetsizeof is sys.getsizeof(obj, default): the sizes CPython 3.11
// reports on 64-bit Linux for the built-in types, __sizeof__() (+ 16, the
// GC header) for classes that define it, and a rough size otherwise.
func sysGetsizeof(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var obj, def runtime.Object
	if err := runtime.UnpackArgs(ts, "getsizeof", args, kwnames, "object", &obj, "default?", &def); err != nil {
		return nil, err
	}
	if obj.Type().Flags&runtime.FlagHeap != 0 {
		if d := obj.Type().Lookup("__sizeof__"); d != nil {
			if _, builtin := d.(*runtime.MethodDescr); !builtin {
				r, _, err := runtime.CallDunder(ts, obj, "__sizeof__")
				if err != nil {
					return nil, err
				}
				defer runtime.Decref(r)
				n, err := runtime.AsSsize(ts, r)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, runtime.NewValueError("__sizeof__() should return >= 0")
				}
				return runtime.NewInt(int64(n + 16)), nil
			}
		}
	}
	return runtime.NewInt(int64(sizeOf(obj))), nil
}

func sizeOf(obj runtime.Object) int {
	switch v := obj.(type) {
	case *runtime.Int:
		if v.IsSmall() {
			if v.V == 0 {
				return 28
			}
			b := v.BigValue().BitLen()
			return 24 + 4*((b+29)/30)
		}
		return 24 + 4*((v.Big.BitLen()+29)/30)
	case *runtime.Bool:
		return 28
	case *runtime.Float:
		return 24
	case *runtime.Str:
		if v.IsASCII() {
			return 49 + len(v.S)
		}
		max := rune(0)
		for _, r := range v.S {
			if r > max {
				max = r
			}
		}
		n := v.Len()
		switch {
		case max < 0x100:
			return 73 + n
		case max < 0x10000:
			return 74 + 2*n
		}
		return 76 + 4*n
	case *runtime.List:
		return 56 + 8*cap(v.Items)
	case *runtime.Tuple:
		return 40 + 8*len(v.Items)
	case *runtime.Dict:
		switch n := v.Len(); {
		case n == 0:
			return 64
		case n <= 5:
			return 184
		case n <= 10:
			return 272
		default:
			size := 8
			for size*2/3 < n {
				size *= 2
			}
			return 64 + size + size*2/3*24
		}
	case *runtime.Complex:
		return 32
	case *runtime.Module:
		return 72
	case *runtime.Type:
		return 1072
	case *runtime.Instance:
		if v.Type() == runtime.ObjectType {
			return 16
		}
		return 48
	}
	if b, ok := runtime.BytesData(obj); ok {
		return 33 + len(b)
	}
	if obj == runtime.None {
		return 16
	}
	switch obj.Type() {
	case runtime.SetType, runtime.FrozenSetType:
		return 216
	case runtime.ObjectType:
		return 16
	}
	return 48
}

// excTriple is (type, value, traceback) of an exception, or three Nones.
func excTriple(e *runtime.Exception) runtime.Object {
	if e == nil {
		return tupleOf(runtime.None, runtime.None, runtime.None)
	}
	var tb runtime.Object = runtime.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	return tupleOf(runtime.Xref(e.Type()), runtime.Xref(e), runtime.Xref(tb))
}

func sysExcInfo(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("exc_info", args, kwnames); err != nil {
		return nil, err
	}
	return excTriple(ts.ExcInfo), nil
}

func sysException(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("exception", args, kwnames); err != nil {
		return nil, err
	}
	if ts.ExcInfo == nil {
		return runtime.None, nil
	}
	return runtime.Xref(ts.ExcInfo), nil
}

func sysGetswitchinterval(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("getswitchinterval", args, kwnames); err != nil {
		return nil, err
	}
	us := ts.Interp.GIL.Interval().Microseconds()
	return runtime.NewFloat(float64(us) / 1e6), nil
}

func sysSetswitchinterval(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("setswitchinterval", args, kwnames)
	if err != nil {
		return nil, err
	}
	f, err := runtime.AsFloat(ts, x)
	if err != nil {
		return nil, err
	}
	if !(f > 0) {
		return nil, runtime.NewValueError("switch interval must be strictly positive")
	}
	us := 1e6 * f
	if us > math.MaxInt32 {
		return nil, runtime.NewOverflowError("switch interval is too large")
	}
	d := time.Duration(us) * time.Microsecond
	if d < time.Microsecond {
		d = time.Microsecond
	}
	ts.Interp.GIL.SetInterval(d)
	return runtime.None, nil
}

func sysGetframe(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("sys._getframe", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	depth := 0
	if len(args) == 1 {
		d, err := runtime.AsSsize(ts, args[0])
		if err != nil {
			return nil, err
		}
		depth = d
	}
	f := ts.Frame
	if f == nil {
		return nil, runtime.NewValueError("call stack is not deep enough")
	}
	runtime.Incref(f)
	for ; depth > 0; depth-- {
		back, err := runtime.GetAttrStr(ts, f, "f_back")
		runtime.Decref(f)
		if err != nil {
			return nil, err
		}
		if back == runtime.None {
			return nil, runtime.NewValueError("call stack is not deep enough")
		}
		f = back
	}
	return f, nil
}

func sysCurrentFrames(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("_current_frames", args, kwnames); err != nil {
		return nil, err
	}
	d := runtime.NewDict()
	for _, t := range ts.Interp.Threads() {
		if t.Frame == nil {
			continue
		}
		k := runtime.NewInt(t.Ident)
		err := d.SetItem(ts, k, t.Frame)
		runtime.Decref(k)
		if err != nil {
			runtime.Decref(d)
			return nil, err
		}
	}
	return d, nil
}

// sysSetAsyncgenHooks sets this thread's async generator hooks: firstiter
// is called when an async generator is first iterated, finalizer when one
// that has not finished is garbage collected (asyncio closes it in a task).
func sysSetAsyncgenHooks(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var firstiter, finalizer runtime.Object
	if err := runtime.UnpackArgs(ts, "set_asyncgen_hooks", args, kwnames, "firstiter?", &firstiter, "finalizer?", &finalizer); err != nil {
		return nil, err
	}
	set := func(slot *runtime.Object, v runtime.Object, what string) error {
		if v == nil {
			return nil
		}
		if v != runtime.None && v.Type().Call == nil {
			return runtime.NewTypeError("callable %s expected, got %s", what, runtime.TypeName(v))
		}
		old := *slot
		*slot = nil
		if v != runtime.None {
			*slot = runtime.Xref(v)
		}
		runtime.Decref(old)
		return nil
	}
	if err := set(&ts.AsyncGenFinalizer, finalizer, "finalizer"); err != nil {
		return nil, err
	}
	if err := set(&ts.AsyncGenFirstIter, firstiter, "firstiter"); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

var asyncgenHooksDesc = structSeqDesc{module: "builtins", name: "asyncgen_hooks", fields: []string{"firstiter", "finalizer"}}

// sysGetAsyncgenHooks returns asyncgen_hooks(firstiter, finalizer).
func sysGetAsyncgenHooks(ts *runtime.ThreadState, t *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("get_asyncgen_hooks", args, kwnames); err != nil {
		return nil, err
	}
	orNone := func(o runtime.Object) runtime.Object {
		if o == nil {
			return runtime.None
		}
		return runtime.Xref(o)
	}
	return newStructSeq(t, &asyncgenHooksDesc, []runtime.Object{orNone(ts.AsyncGenFirstIter), orNone(ts.AsyncGenFinalizer)}), nil
}

func sysIntern(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("intern", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, ok := x.(*runtime.Str)
	if !ok {
		return nil, runtime.NewTypeError("intern() argument must be str, not %s", runtime.TypeName(x))
	}
	return runtime.Intern(s.S), nil
}

// sysDisplayhook prints repr(value) to sys.stdout and stores it in
// builtins._ (the REPL's echo of expression statements).
func sysDisplayhook(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	v, err := runtime.OneArg("displayhook", args, kwnames)
	if err != nil {
		return nil, err
	}
	if v == runtime.None {
		return runtime.None, nil
	}
	b := ts.Interp.Builtins
	if b != nil {
		b.Set("_", runtime.None)
	}
	out := sysAttr(ts, "stdout")
	if out == nil || out == runtime.None {
		return nil, runtime.NewRuntimeError("lost sys.stdout")
	}
	r, err := runtime.Repr(ts, v)
	if err != nil {
		return nil, err
	}
	if err := writeToFile(ts, out, r+"\n"); err != nil {
		return nil, err
	}
	if b != nil {
		b.Set("_", v)
	}
	return runtime.None, nil
}

// writeStderr writes text to sys.stderr, or straight to interp.Stderr when
// sys.stderr is missing or None.
func writeStderr(ts *runtime.ThreadState, text string) error {
	if errf := sysAttr(ts, "stderr"); errf != nil && errf != runtime.None {
		if err := writeToFile(ts, errf, text); err != nil {
			return err
		}
		if f, ok := errf.(*fileObject); ok {
			return f.flushUnlessClosed(ts)
		}
		return nil
	}
	_, err := ts.Interp.Stderr.Write([]byte(text))
	return err
}

// sysExcepthook prints an exception and its traceback to sys.stderr.
func sysExcepthook(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("excepthook", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	e, ok := args[1].(*runtime.Exception)
	if !ok {
		return nil, runtime.NewTypeError("print_exception(): Exception expected for value, %s found", runtime.TypeName(args[1]))
	}
	if err := writeStderr(ts, runtime.FormatTraceback(ts, e)); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// sysUnraisablehook prints an "Exception ignored in" report; its argument is
// an object with exc_type, exc_value, exc_traceback, err_msg and object.
func sysUnraisablehook(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	arg, err := runtime.OneArg("unraisablehook", args, kwnames)
	if err != nil {
		return nil, err
	}
	get := func(name string) runtime.Object {
		v, _ := runtime.LookupAttr(ts, arg, name)
		return v
	}
	msg := "Exception ignored in"
	if m := get("err_msg"); m != nil {
		if s, ok := asStr(m); ok {
			msg = s
		}
		runtime.Decref(m)
	}
	text := msg
	if o := get("object"); o != nil {
		if o != runtime.None {
			r, err := runtime.Repr(ts, o)
			if err != nil {
				r = "<object repr() failed>"
			}
			text += ": " + r
		}
		runtime.Decref(o)
	}
	text += "\n"
	if v := get("exc_value"); v != nil {
		if e, ok := v.(*runtime.Exception); ok {
			text += runtime.FormatTraceback(ts, e)
		}
		runtime.Decref(v)
	}
	if err := writeStderr(ts, text); err != nil {
		return nil, err
	}
	return runtime.None, nil
}
