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
