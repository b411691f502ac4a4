package stdlib

import "github.com/minipy/minipy/runtime"

// _weakref exposes the runtime's weak references (runtime/weakref.go);
// lib/weakref.py builds WeakValueDictionary, WeakKeyDictionary, WeakSet and
// finalize on top of it.
func initWeakrefCore(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_weakref")
	m.Set("ref", runtime.WeakRefType)
	m.Set("ReferenceType", runtime.WeakRefType)
	addFuncs(m, []funcDef{
		{"getweakrefcount", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			o, err := runtime.OneArg("getweakrefcount", args, kwnames)
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(len(runtime.WeakRefs(o)))), nil
		}},
		{"getweakrefs", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			o, err := runtime.OneArg("getweakrefs", args, kwnames)
			if err != nil {
				return nil, err
			}
			refs := runtime.WeakRefs(o)
			items := make([]runtime.Object, len(refs))
			for i, w := range refs {
				runtime.Incref(w)
				items[i] = w
			}
			return runtime.NewList(items), nil
		}},
	})
	return m, nil
}

func init() { register("_weakref", initWeakrefCore) }
