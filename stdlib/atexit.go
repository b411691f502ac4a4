package stdlib

import "github.com/minipy/minipy/runtime"

// The atexit module. The registered callbacks live in a list in the module
// (atexit._exithandlers: (func, args, kwargs) triples), so RunAtexit finds
// them through sys.modules.

const atexitHandlers = "_exithandlers"

func initAtexit(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("atexit")
	handlers := runtime.NewList(nil)
	setNew(m, atexitHandlers, handlers)
	addFuncs(m, []funcDef{
		{"register", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			npos := nposOf(args, kwnames)
			if npos < 1 {
				return nil, runtime.NewTypeError("register() takes at least 1 argument (0 given)")
			}
			fn := args[0]
			if fn.Type().Call == nil {
				return nil, runtime.NewTypeError("the first argument must be callable")
			}
			kw := runtime.NewDict()
			for i, k := range kwnames {
				kw.SetStr(k, args[npos+i])
			}
			handlers.Append(tupleOf(runtime.Xref(fn), runtime.NewTupleCopy(args[1:npos]), kw))
			runtime.Decref(handlers.Items[len(handlers.Items)-1])
			return runtime.Xref(fn), nil
		}},
		{"unregister", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			fn, err := runtime.OneArg("unregister", args, kwnames)
			if err != nil {
				return nil, err
			}
			kept := handlers.Items[:0:0]
			var dropped []runtime.Object
			for _, h := range handlers.Items {
				eq, err := runtime.Equal(ts, h.(*runtime.Tuple).Items[0], fn)
				if err != nil {
					return nil, err
				}
				if eq {
					dropped = append(dropped, h)
				} else {
					kept = append(kept, h)
				}
			}
			handlers.Items = kept
			runtime.DecrefAll(dropped)
			return runtime.None, nil
		}},
		{"_clear", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			old := handlers.Items
			handlers.Items = nil
			runtime.DecrefAll(old)
			return runtime.None, nil
		}},
		{"_ncallbacks", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(int64(len(handlers.Items))), nil
		}},
		{"_run_exitfuncs", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			runExitfuncs(ts, handlers)
			return runtime.None, nil
		}},
	})
	return m, nil
}

// RunAtexit calls the functions registered with atexit, last registered
// first, as CPython does at exit. A callback's exception is printed
// ("Exception ignored in atexit callback: ...") and the others still run.
// The CLI calls it once, after the main module finished (and before
// FlushStdStreams).
func RunAtexit(ts *runtime.ThreadState) {
	mod, ok := ts.Interp.Modules.GetStr("atexit").(*runtime.Module)
	if !ok {
		return
	}
	if handlers, ok := mod.Dict.GetStr(atexitHandlers).(*runtime.List); ok {
		runExitfuncs(ts, handlers)
	}
}

func runExitfuncs(ts *runtime.ThreadState, handlers *runtime.List) {
	for len(handlers.Items) > 0 {
		last := len(handlers.Items) - 1
		h := handlers.Items[last].(*runtime.Tuple)
		handlers.Items = handlers.Items[:last]
		fn, pos, kw := h.Items[0], h.Items[1].(*runtime.Tuple), h.Items[2].(*runtime.Dict)
		keys, values := kw.Items()
		full := append(append([]runtime.Object(nil), pos.Items...), values...)
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i], _ = asStr(k)
		}
		r, err := runtime.Call(ts, fn, full, names)
		runtime.Decref(r)
		if err != nil {
			reportAtexitError(ts, fn, err)
		}
		runtime.Decref(h)
	}
}

func reportAtexitError(ts *runtime.ThreadState, fn runtime.Object, err error) {
	r, rerr := runtime.Repr(ts, fn)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	text := "Exception ignored in atexit callback: " + r + "\n"
	if e, ok := err.(*runtime.Exception); ok {
		text += runtime.FormatTraceback(ts, e)
		runtime.Decref(e)
	} else {
		text += err.Error() + "\n"
	}
	writeStderr(ts, text)
}
