package stdlib

import "github.com/minipy/minipy/runtime"

// initGC builds the gc module. minipy frees objects by reference counting;
// the cycle collector is not written yet, so collect() finds nothing.
func initGC(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("gc")
	st := &gcState{enabled: true, threshold: [3]int64{700, 10, 10}}
	addFuncs(m, []funcDef{
		// TODO(stdlib): run the cycle collector once the runtime has one.
		{"collect", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var gen runtime.Object
			if err := runtime.UnpackArgs(ts, "collect", args, kwnames, "generation?", &gen); err != nil {
				return nil, err
			}
			if gen != nil {
				g, err := runtime.AsSsize(ts, gen)
				if err != nil {
					return nil, err
				}
				if g < 0 || g > 2 {
					return nil, runtime.NewValueError("invalid generation")
				}
			}
			return runtime.NewInt(0), nil
		}},
		{"enable", st.setEnabled("enable", true)},
		{"disable", st.setEnabled("disable", false)},
		{"isenabled", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("isenabled", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.NewBool(st.enabled), nil
		}},
		{"get_count", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("get_count", args, kwnames); err != nil {
				return nil, err
			}
			return tupleOf(runtime.NewInt(0), runtime.NewInt(0), runtime.NewInt(0)), nil
		}},
		{"get_threshold", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("get_threshold", args, kwnames); err != nil {
				return nil, err
			}
			return tupleOf(runtime.NewInt(st.threshold[0]), runtime.NewInt(st.threshold[1]), runtime.NewInt(st.threshold[2])), nil
		}},
		{"set_threshold", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs("set_threshold", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			for i, a := range args {
				n, err := runtime.AsSsize(ts, a)
				if err != nil {
					return nil, err
				}
				st.threshold[i] = int64(n)
			}
			return runtime.None, nil
		}},
		{"get_debug", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(st.debug), nil
		}},
		{"set_debug", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			a, err := runtime.OneArg("set_debug", args, kwnames)
			if err != nil {
				return nil, err
			}
			n, err := runtime.AsSsize(ts, a)
			if err != nil {
				return nil, err
			}
			st.debug = int64(n)
			return runtime.None, nil
		}},
		{"get_objects", emptyList("get_objects")},
		{"get_referrers", emptyListVarargs},
		{"get_referents", emptyListVarargs},
		{"get_stats", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			items := make([]runtime.Object, 3)
			for i := range items {
				d := runtime.NewDict()
				for _, k := range []string{"collections", "collected", "uncollectable"} {
					d.SetStr(k, runtime.NewInt(0))
				}
				items[i] = d
			}
			return runtime.NewList(items), nil
		}},
		{"is_tracked", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			a, err := runtime.OneArg("is_tracked", args, kwnames)
			if err != nil {
				return nil, err
			}
			switch a.(type) {
			case *runtime.Int, *runtime.Float, *runtime.Str, *runtime.Bool:
				return runtime.False, nil
			}
			return runtime.NewBool(a != runtime.None), nil
		}},
		{"is_finalized", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if _, err := runtime.OneArg("is_finalized", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.False, nil
		}},
		{"freeze", noneFunc("freeze")},
		{"unfreeze", noneFunc("unfreeze")},
		{"get_freeze_count", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(0), nil
		}},
	})
	setNew(m, "garbage", runtime.NewList(nil))
	setNew(m, "callbacks", runtime.NewList(nil))
	addInts(m, []string{"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"},
		[]int64{1, 2, 4, 32, 38})
	return m, nil
}

type gcState struct {
	enabled   bool
	debug     int64
	threshold [3]int64
}

func (st *gcState) setEnabled(name string, on bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		st.enabled = on
		return runtime.None, nil
	}
}

func noneFunc(name string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.None, nil
	}
}

func emptyList(name string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return runtime.NewList(nil), nil
	}
}

func emptyListVarargs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return runtime.NewList(nil), nil
}
