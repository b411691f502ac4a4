package stdlib

import "github.com/minipy/minipy/runtime"

// initGC builds the gc module over the runtime's cycle collector
// (runtime/gc.go): collect, automatic collection with CPython's thresholds,
// the counters, gc.callbacks and the introspection functions.
func initGC(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("gc")
	garbage := runtime.NewList(nil)
	callbacks := runtime.NewList(nil)
	debug := int64(0)
	runtime.SetGCCallback(func(ts *runtime.ThreadState, phase string, gen, collected, uncollectable int) {
		runGCCallbacks(ts, callbacks, phase, gen, collected, uncollectable)
	})
	addFuncs(m, []funcDef{
		{"collect", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var genArg runtime.Object
			if err := runtime.UnpackArgs(ts, "collect", args, kwnames, "generation?", &genArg); err != nil {
				return nil, err
			}
			gen := 2
			if genArg != nil {
				g, err := runtime.AsSsize(ts, genArg)
				if err != nil {
					return nil, err
				}
				if g < 0 || g > 2 {
					return nil, runtime.NewValueError("invalid generation")
				}
				gen = int(g)
			}
			return runtime.NewInt(int64(runtime.Collect(ts, gen))), nil
		}},
		{"enable", gcSetEnabled("enable", true)},
		{"disable", gcSetEnabled("disable", false)},
		{"isenabled", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("isenabled", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.NewBool(runtime.GCEnabled()), nil
		}},
		{"get_count", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("get_count", args, kwnames); err != nil {
				return nil, err
			}
			return intTriple(runtime.GCCount()), nil
		}},
		{"get_threshold", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("get_threshold", args, kwnames); err != nil {
				return nil, err
			}
			return intTriple(runtime.GCThreshold()), nil
		}},
		{"set_threshold", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoKeywords("set_threshold", kwnames); err != nil {
				return nil, err
			}
			switch {
			case len(args) == 0:
				return nil, runtime.NewTypeError("set_threshold() takes at least 1 argument (0 given)")
			case len(args) > 3:
				return nil, runtime.NewTypeError("set_threshold() takes at most 3 arguments (%d given)", len(args))
			}
			t := runtime.GCThreshold()
			for i, a := range args {
				n, err := runtime.AsSsize(ts, a)
				if err != nil {
					return nil, err
				}
				t[i] = int(n)
			}
			runtime.SetGCThreshold(t)
			return runtime.None, nil
		}},
		{"get_debug", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(debug), nil
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
			debug = int64(n)
			return runtime.None, nil
		}},
		{"get_objects", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var genArg runtime.Object
			if err := runtime.UnpackArgs(ts, "get_objects", args, kwnames, "generation?", &genArg); err != nil {
				return nil, err
			}
			gen := -1
			if genArg != nil && genArg != runtime.None {
				g, err := runtime.AsSsize(ts, genArg)
				if err != nil {
					return nil, err
				}
				if g >= 3 {
					return nil, runtime.NewValueError("generation parameter must be less than the number of available generations (3)")
				}
				if g < -1 {
					return nil, runtime.NewValueError("generation parameter cannot be negative")
				}
				gen = int(g)
			}
			return runtime.NewListCopy(runtime.TrackedObjects(gen)), nil
		}},
		{"get_referents", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoKeywords("get_referents", kwnames); err != nil {
				return nil, err
			}
			var out []runtime.Object
			for _, a := range args {
				runtime.Referents(a, func(c runtime.Object) { out = append(out, c) })
			}
			return runtime.NewListCopy(out), nil
		}},
		{"get_referrers", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoKeywords("get_referrers", kwnames); err != nil {
				return nil, err
			}
			var out []runtime.Object
			for _, o := range runtime.TrackedObjects(-1) {
				refers := false
				runtime.Referents(o, func(c runtime.Object) {
					for _, a := range args {
						if c == a {
							refers = true
						}
					}
				})
				if refers {
					out = append(out, o)
				}
			}
			return runtime.NewListCopy(out), nil
		}},
		{"get_stats", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("get_stats", args, kwnames); err != nil {
				return nil, err
			}
			stats := runtime.GCStatsAll()
			items := make([]runtime.Object, len(stats))
			for i, s := range stats {
				d := runtime.NewDict()
				d.SetStr("collections", runtime.NewInt(int64(s.Collections)))
				d.SetStr("collected", runtime.NewInt(int64(s.Collected)))
				d.SetStr("uncollectable", runtime.NewInt(int64(s.Uncollectable)))
				items[i] = d
			}
			return runtime.NewList(items), nil
		}},
		{"is_tracked", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			a, err := runtime.OneArg("is_tracked", args, kwnames)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(runtime.IsTracked(a)), nil
		}},
		{"is_finalized", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			a, err := runtime.OneArg("is_finalized", args, kwnames)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(runtime.IsFinalized(a)), nil
		}},
		// minipy has no permanent generation: freeze() moves nothing.
		{"freeze", noneFunc("freeze")},
		{"unfreeze", noneFunc("unfreeze")},
		{"get_freeze_count", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewInt(0), nil
		}},
	})
	setNew(m, "garbage", garbage)
	setNew(m, "callbacks", callbacks)
	addInts(m, []string{"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"},
		[]int64{1, 2, 4, 32, 38})
	return m, nil
}

// runGCCallbacks calls each of gc.callbacks with the phase and an info dict,
// reporting (not raising) their errors, as CPython does.
func runGCCallbacks(ts *runtime.ThreadState, callbacks *runtime.List, phase string, gen, collected, uncollectable int) {
	if len(callbacks.Items) == 0 {
		return
	}
	info := runtime.NewDict()
	info.SetStr("generation", runtime.NewInt(int64(gen)))
	info.SetStr("collected", runtime.NewInt(int64(collected)))
	info.SetStr("uncollectable", runtime.NewInt(int64(uncollectable)))
	p := runtime.NewStr(phase)
	cbs := runtime.NewListCopy(callbacks.Items)
	for _, cb := range cbs.Items {
		r, err := runtime.Call(ts, cb, []runtime.Object{p, info}, nil)
		if err != nil {
			ts.Interp.WriteUnraisable(ts, err, "Exception ignored in garbage collector")
			continue
		}
		runtime.Decref(r)
	}
	runtime.Decref(cbs)
	runtime.Decref(p)
	runtime.Decref(info)
}

func intTriple(v [3]int) runtime.Object {
	return tupleOf(runtime.NewInt(int64(v[0])), runtime.NewInt(int64(v[1])), runtime.NewInt(int64(v[2])))
}

func gcSetEnabled(name string, on bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		runtime.SetGCEnabled(on)
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
