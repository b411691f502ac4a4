package stdlib

import "github.com/minipy/minipy/runtime"

// iter and next; the iterator types themselves (enumerate, zip, map,
// filter, reversed, callable_iterator) are runtime's.

func builtinIter(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("iter", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return runtime.GetIter(ts, args[0])
	}
	if args[0].Type().Call == nil {
		return nil, runtime.NewTypeError("iter(v, w): v must be callable")
	}
	return runtime.NewCallableIterator(args[0], args[1]), nil
}

func builtinNext(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("next", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if it.Type().Next == nil {
		return nil, runtime.NewTypeError("'%s' object is not an iterator", runtime.TypeName(it))
	}
	x, err := it.Type().Next(ts, it)
	if err != nil {
		if len(args) == 2 && runtime.ErrorMatches(err, runtime.StopIterationType) {
			runtime.Decref(err.(*runtime.Exception))
			return runtime.Xref(args[1]), nil
		}
		return nil, err
	}
	if x == nil {
		if len(args) == 2 {
			return runtime.Xref(args[1]), nil
		}
		return nil, runtime.NewException(runtime.StopIterationType)
	}
	return x, nil
}
