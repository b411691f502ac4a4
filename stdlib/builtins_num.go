package stdlib

import (
	"github.com/minipy/minipy/runtime"
)

// ---- round, divmod, pow ----

func builtinRound(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var number, ndigits runtime.Object
	if err := runtime.UnpackArgs(ts, "round", args, kwnames, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	return runtime.Round(ts, number, ndigits)
}

func builtinDivmod(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("divmod", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	return runtime.DivMod(ts, args[0], args[1])
}

func builtinPow(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var base, exp, mod runtime.Object
	if err := runtime.UnpackArgs(ts, "pow", args, kwnames, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if isNone(mod) {
		return runtime.BinaryOp(ts, runtime.OpPow, base, exp)
	}
	return runtime.Pow3(ts, base, exp, mod)
}

// intValue views int and bool (and their subclasses) as *runtime.Int.
func intValue(o runtime.Object) (*runtime.Int, bool) {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Int:
		return v, true
	case *runtime.Bool:
		if v.V {
			return runtime.NewInt(1), true
		}
		return runtime.NewInt(0), true
	}
	return nil, false
}

// ---- min and max ----

func builtinMin(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return minMax(ts, "min", args, kwnames, runtime.CmpLt)
}

func builtinMax(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return minMax(ts, "max", args, kwnames, runtime.CmpGt)
}

func minMax(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string, op runtime.CmpOp) (runtime.Object, error) {
	npos := nposOf(args, kwnames)
	var key, def runtime.Object
	for i, k := range kwnames {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return nil, runtime.NewTypeError("'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	if npos == 0 {
		return nil, runtime.NewTypeError("%s expected at least 1 argument, got 0", name)
	}
	if isNone(key) {
		key = nil
	}
	var iterable runtime.Object
	if npos == 1 {
		iterable = args[0]
	} else {
		if def != nil {
			return nil, runtime.NewTypeError("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		iterable = runtime.NewTupleCopy(args[:npos])
		defer runtime.Decref(iterable)
	}
	var best, bestKey runtime.Object
	err := runtime.Iterate(ts, iterable, func(item runtime.Object) (bool, error) {
		k := item
		runtime.Incref(k)
		if key != nil {
			runtime.Decref(k)
			var err error
			k, err = runtime.Call(ts, key, []runtime.Object{item}, nil)
			if err != nil {
				return false, err
			}
		}
		if best == nil {
			best, bestKey = runtime.Xref(item), k
			return true, nil
		}
		better, err := runtime.CompareBool(ts, k, bestKey, op)
		if err != nil {
			runtime.Decref(k)
			return false, err
		}
		if better {
			runtime.Decref(best)
			runtime.Decref(bestKey)
			best, bestKey = runtime.Xref(item), k
		} else {
			runtime.Decref(k)
		}
		return true, nil
	})
	runtime.Decref(bestKey)
	if err != nil {
		runtime.Decref(best)
		return nil, err
	}
	if best == nil {
		if def != nil {
			return runtime.Xref(def), nil
		}
		return nil, runtime.NewValueError("%s() arg is an empty sequence", name)
	}
	return best, nil
}

// ---- sum ----

func builtinSum(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var iterable, start runtime.Object
	if err := runtime.UnpackArgs(ts, "sum", args, kwnames, "iterable", &iterable, "/", "start?", &start); err != nil {
		return nil, err
	}
	if start == nil {
		start = runtime.NewInt(0)
	} else {
		switch runtime.Unwrap(start).Type() {
		case runtime.StrType:
			return nil, runtime.NewTypeError("sum() can't sum strings [use ''.join(seq) instead]")
		case runtime.BytesType:
			return nil, runtime.NewTypeError("sum() can't sum bytes [use b''.join(seq) instead]")
		case runtime.ByteArrayType:
			return nil, runtime.NewTypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
		}
		runtime.Incref(start)
	}
	it, err := runtime.GetIter(ts, iterable)
	if err != nil {
		runtime.Decref(start)
		return nil, err
	}
	defer runtime.Decref(it)
	return sumIter(ts, it, start)
}

// sumIter adds the items of it to result (whose reference it takes over):
// an int64 fast path, a float fast path with plain addition (CPython 3.11),
// then generic addition.
func sumIter(ts *runtime.ThreadState, it, result runtime.Object) (runtime.Object, error) {
	if r, ok := result.(*runtime.Int); ok {
		if acc, small := r.Int64(); small {
			for {
				item, err := runtime.Next(ts, it)
				if err != nil {
					runtime.Decref(result)
					return nil, err
				}
				if item == nil {
					runtime.Decref(result)
					return runtime.NewInt(acc), nil
				}
				var v int64
				ok := false
				switch x := item.(type) {
				case *runtime.Int:
					v, ok = x.Int64()
				case *runtime.Bool:
					if x.V {
						v = 1
					}
					ok = true
				}
				if ok {
					if s := acc + v; (s > acc) == (v > 0) {
						acc = s
						runtime.Decref(item)
						continue
					}
				}
				runtime.Decref(result)
				result = runtime.NewInt(acc)
				sum, err := runtime.BinaryOp(ts, runtime.OpAdd, result, item)
				runtime.Decref(result)
				runtime.Decref(item)
				if err != nil {
					return nil, err
				}
				result = sum
				break
			}
		}
	}
	if r, ok := result.(*runtime.Float); ok {
		acc := r.V
		for {
			item, err := runtime.Next(ts, it)
			if err != nil {
				runtime.Decref(result)
				return nil, err
			}
			if item == nil {
				runtime.Decref(result)
				return runtime.NewFloat(acc), nil
			}
			switch x := item.(type) {
			case *runtime.Float:
				acc += x.V
				runtime.Decref(item)
				continue
			case *runtime.Int, *runtime.Bool:
				i, _ := intValue(x)
				if v, small := i.Int64(); small {
					acc += float64(v)
					runtime.Decref(item)
					continue
				}
			}
			runtime.Decref(result)
			result = runtime.NewFloat(acc)
			sum, err := runtime.BinaryOp(ts, runtime.OpAdd, result, item)
			runtime.Decref(result)
			runtime.Decref(item)
			if err != nil {
				return nil, err
			}
			result = sum
			break
		}
	}
	for {
		item, err := runtime.Next(ts, it)
		if err != nil {
			runtime.Decref(result)
			return nil, err
		}
		if item == nil {
			return result, nil
		}
		sum, err := runtime.BinaryOp(ts, runtime.OpAdd, result, item)
		runtime.Decref(result)
		runtime.Decref(item)
		if err != nil {
			return nil, err
		}
		result = sum
	}
}

// ---- sorted ----

func builtinSorted(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	npos := nposOf(args, kwnames)
	if err := runtime.CheckPositional("sorted", npos, 1, 1); err != nil {
		return nil, err
	}
	items, err := runtime.ToSlice(ts, args[0])
	if err != nil {
		return nil, err
	}
	l := runtime.NewList(items)
	if err := sortList(ts, l, args[1:], kwnames); err != nil {
		runtime.Decref(l)
		return nil, err
	}
	return l, nil
}

// sortList calls list.sort(l, **kwargs): kwargs are the values named by
// kwnames (key=, reverse=), checked by list.sort itself so that the messages
// are CPython's ("'x' is an invalid keyword argument for sort()").
func sortList(ts *runtime.ThreadState, l *runtime.List, kwvalues []runtime.Object, kwnames []string) error {
	sort := runtime.ListType.Dict.GetStr("sort")
	if sort == nil {
		return runtime.NewNotImplementedError("list.sort is not available yet")
	}
	full := make([]runtime.Object, 0, len(kwvalues)+1)
	full = append(full, l)
	full = append(full, kwvalues...)
	r, err := runtime.Call(ts, sort, full, kwnames)
	runtime.Decref(r)
	return err
}
