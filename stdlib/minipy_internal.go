package stdlib

import "github.com/minipy/minipy/runtime"

// _minipy holds helpers for the modules minipy writes in Python where
// CPython has C code.
func init() { register("_minipy", initMinipy) }

func initMinipy(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_minipy")
	setNew(m, "__doc__", runtime.NewStr("Helpers for minipy's Python-written standard modules."))
	addFuncs(m, []funcDef{
		{"c_type", minipyCType},
		{"c_function", minipyCFunction},
	})
	return m, nil
}

// c_type(cls) is a class decorator: cls is named 'module.Name' in error
// messages, as the C type of CPython it stands for ('datetime.date' object
// has no attribute ...). Subclasses keep their bare names.
func minipyCType(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	x, err := runtime.OneArg("c_type", args, kwnames)
	if err != nil {
		return nil, err
	}
	t, ok := x.(*runtime.Type)
	if !ok {
		return nil, runtime.NewTypeError("c_type() argument must be a class, not '%s'", runtime.TypeName(x))
	}
	t.SetCTypeName()
	return runtime.Xref(t), nil
}

// c_function(f) wraps the Python function f as a built-in function: an
// exception it raises reaches the caller without traceback entries for the
// frames inside f, as if f were C code (warnings.warn turned into an error
// shows only the caller's line).
func minipyCFunction(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f, err := runtime.OneArg("c_function", args, kwnames)
	if err != nil {
		return nil, err
	}
	name := "function"
	if n, err := runtime.GetAttrStr(ts, f, "__name__"); err == nil {
		if s, ok := n.(*runtime.Str); ok {
			name = s.S
		}
		runtime.Decref(n)
	} else {
		return nil, err
	}
	runtime.Incref(f) // owned by the wrapper, which lives as long as the program
	return runtime.NewBuiltin(name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		r, err := runtime.Call(ts, f, args, kwnames)
		if e, ok := runtime.AsException(err); ok && e.Traceback != nil {
			tb := e.Traceback
			e.Traceback = nil
			runtime.Decref(tb)
		}
		return r, err
	}), nil
}
