package stdlib

import "github.com/minipy/minipy/runtime"

// _heapq (the heap primitives behind heapq.py) and _bisect (behind
// bisect.py): small functions used in hot loops, so they are written in Go.

func init() {
	register("_heapq", initHeapq)
	register("_bisect", initBisect)
}

func lessThan(ts *runtime.ThreadState, a, b runtime.Object) (bool, error) {
	if x, ok := a.(*runtime.Int); ok {
		if y, ok := b.(*runtime.Int); ok {
			r, err := runtime.RichCompare(ts, x, y, runtime.CmpLt)
			if err != nil {
				return false, err
			}
			return r == runtime.True, nil
		}
	}
	return runtime.CompareBool(ts, a, b, runtime.CmpLt)
}

// heapList checks the heap argument: what says how CPython names it in the
// message ("argument 1" for two-argument functions, "argument" for one).
func heapList(name, what string, o runtime.Object) (*runtime.List, error) {
	l, ok := runtime.Unwrap(o).(*runtime.List)
	if !ok {
		return nil, runtime.NewTypeError("%s() %s must be list, not %s", name, what, runtime.TypeName(o))
	}
	return l, nil
}

// siftDown moves the item at pos up towards startpos while it is smaller than
// its parent (the names follow the classic heapq algorithm). max flips the
// comparison for the max-heap variants.
func siftDown(ts *runtime.ThreadState, heap *runtime.List, startpos, pos int, max bool) error {
	items := heap.Items
	n := len(items)
	newitem := items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := items[parentpos]
		var lt bool
		var err error
		if max {
			lt, err = lessThan(ts, parent, newitem)
		} else {
			lt, err = lessThan(ts, newitem, parent)
		}
		if err != nil {
			return err
		}
		if len(heap.Items) != n {
			return runtime.NewRuntimeError("list changed size during iteration")
		}
		items = heap.Items
		if !lt {
			break
		}
		items[pos] = parent
		pos = parentpos
	}
	items[pos] = newitem
	return nil
}

// siftUp moves the smaller child up until hitting a leaf, then sifts the
// item at pos down into place.
func siftUp(ts *runtime.ThreadState, heap *runtime.List, pos int, max bool) error {
	endpos := len(heap.Items)
	startpos := pos
	newitem := heap.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			var lt bool
			var err error
			if max {
				lt, err = lessThan(ts, heap.Items[rightpos], heap.Items[childpos])
			} else {
				lt, err = lessThan(ts, heap.Items[childpos], heap.Items[rightpos])
			}
			if err != nil {
				return err
			}
			if len(heap.Items) != endpos {
				return runtime.NewRuntimeError("list changed size during iteration")
			}
			if !lt {
				childpos = rightpos
			}
		}
		heap.Items[pos] = heap.Items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap.Items[pos] = newitem
	return siftDown(ts, heap, startpos, pos, max)
}

func heapPop(ts *runtime.ThreadState, heap *runtime.List, max bool) (runtime.Object, error) {
	n := len(heap.Items)
	if n == 0 {
		return nil, runtime.NewIndexError("index out of range")
	}
	last := heap.Items[n-1]
	heap.Items[n-1] = nil
	heap.Items = heap.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := heap.Items[0]
	heap.Items[0] = last
	if err := siftUp(ts, heap, 0, max); err != nil {
		return nil, err
	}
	return ret, nil
}

func heapify(ts *runtime.ThreadState, heap *runtime.List, max bool) error {
	n := len(heap.Items)
	for i := n/2 - 1; i >= 0; i-- {
		if err := siftUp(ts, heap, i, max); err != nil {
			return err
		}
	}
	return nil
}

func initHeapq(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_heapq")
	twoArgs := func(name string, fn func(ts *runtime.ThreadState, heap *runtime.List, item runtime.Object) (runtime.Object, error)) funcDef {
		return funcDef{name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs(name, args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			heap, err := heapList(name, "argument 1", args[0])
			if err != nil {
				return nil, err
			}
			return fn(ts, heap, args[1])
		}}
	}
	oneArg := func(name string, fn func(ts *runtime.ThreadState, heap *runtime.List) (runtime.Object, error)) funcDef {
		return funcDef{name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			arg, err := runtime.OneArg("_heapq."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			heap, err := heapList(name, "argument", arg)
			if err != nil {
				return nil, err
			}
			return fn(ts, heap)
		}}
	}
	replace := func(max bool) func(ts *runtime.ThreadState, heap *runtime.List, item runtime.Object) (runtime.Object, error) {
		return func(ts *runtime.ThreadState, heap *runtime.List, item runtime.Object) (runtime.Object, error) {
			if len(heap.Items) == 0 {
				return nil, runtime.NewIndexError("index out of range")
			}
			ret := heap.Items[0]
			heap.Items[0] = runtime.Xref(item)
			if err := siftUp(ts, heap, 0, max); err != nil {
				runtime.Decref(ret)
				return nil, err
			}
			return ret, nil
		}
	}
	addFuncs(m, []funcDef{
		twoArgs("heappush", func(ts *runtime.ThreadState, heap *runtime.List, item runtime.Object) (runtime.Object, error) {
			runtime.ListAppend(heap, item)
			return runtime.None, siftDown(ts, heap, 0, len(heap.Items)-1, false)
		}),
		oneArg("heappop", func(ts *runtime.ThreadState, heap *runtime.List) (runtime.Object, error) {
			return heapPop(ts, heap, false)
		}),
		oneArg("heapify", func(ts *runtime.ThreadState, heap *runtime.List) (runtime.Object, error) {
			return runtime.None, heapify(ts, heap, false)
		}),
		twoArgs("heapreplace", replace(false)),
		twoArgs("heappushpop", func(ts *runtime.ThreadState, heap *runtime.List, item runtime.Object) (runtime.Object, error) {
			if len(heap.Items) == 0 {
				return runtime.Xref(item), nil
			}
			lt, err := lessThan(ts, heap.Items[0], item)
			if err != nil {
				return nil, err
			}
			if !lt {
				return runtime.Xref(item), nil
			}
			if len(heap.Items) == 0 {
				return nil, runtime.NewIndexError("index out of range")
			}
			ret := heap.Items[0]
			heap.Items[0] = runtime.Xref(item)
			if err := siftUp(ts, heap, 0, false); err != nil {
				runtime.Decref(ret)
				return nil, err
			}
			return ret, nil
		}),
		oneArg("_heapify_max", func(ts *runtime.ThreadState, heap *runtime.List) (runtime.Object, error) {
			return runtime.None, heapify(ts, heap, true)
		}),
		oneArg("_heappop_max", func(ts *runtime.ThreadState, heap *runtime.List) (runtime.Object, error) {
			return heapPop(ts, heap, true)
		}),
		twoArgs("_heapreplace_max", replace(true)),
	})
	return m, nil
}

// ---- bisect ----

// bisectSearch finds the insertion point of x in a[lo:hi] (right: after equal
// items).
func bisectSearch(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string, right bool) (runtime.Object, int, error) {
	var a, x, loObj, hiObj, key runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "a", &a, "x", &x, "lo?", &loObj, "hi?", &hiObj, "*", "key?", &key); err != nil {
		return nil, 0, err
	}
	lo := 0
	if loObj != nil {
		v, err := runtime.AsSsize(ts, loObj)
		if err != nil {
			return nil, 0, err
		}
		lo = v
	}
	if lo < 0 {
		return nil, 0, runtime.NewValueError("lo must be non-negative")
	}
	hi := -1
	if hiObj != nil && hiObj != runtime.None {
		v, err := runtime.AsSsize(ts, hiObj)
		if err != nil {
			return nil, 0, err
		}
		hi = v
	}
	if hi == -1 {
		n, err := runtime.Len(ts, a)
		if err != nil {
			return nil, 0, err
		}
		hi = n
	}
	if key == runtime.None {
		key = nil
	}
	l, isList := runtime.Unwrap(a).(*runtime.List)
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var item runtime.Object
		if isList && mid < len(l.Items) {
			item = runtime.Xref(l.Items[mid])
		} else {
			idx := runtime.NewInt(int64(mid))
			var err error
			item, err = runtime.GetItem(ts, a, idx)
			runtime.Decref(idx)
			if err != nil {
				return nil, 0, err
			}
		}
		if key != nil {
			k, err := runtime.Call(ts, key, []runtime.Object{item}, nil)
			runtime.Decref(item)
			if err != nil {
				return nil, 0, err
			}
			item = k
		}
		var lt bool
		var err error
		if right {
			lt, err = lessThan(ts, x, item)
		} else {
			lt, err = lessThan(ts, item, x)
		}
		runtime.Decref(item)
		if err != nil {
			return nil, 0, err
		}
		if right == lt {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return a, lo, nil
}

func initBisect(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_bisect")
	search := func(name string, right bool) funcDef {
		return funcDef{name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			_, i, err := bisectSearch(ts, name, args, kwnames, right)
			if err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(i)), nil
		}}
	}
	insort := func(name string, right bool) funcDef {
		return funcDef{name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			// With key=, the search compares key(x) with key(item).
			sargs := args
			npos := nposOf(args, kwnames)
			for i, k := range kwnames {
				if k == "key" && args[npos+i] != runtime.None && npos >= 2 {
					kx, err := runtime.Call(ts, args[npos+i], []runtime.Object{args[1]}, nil)
					if err != nil {
						return nil, err
					}
					defer runtime.Decref(kx)
					sargs = append([]runtime.Object(nil), args...)
					sargs[1] = kx
				}
			}
			a, i, err := bisectSearch(ts, name, sargs, kwnames, right)
			if err != nil {
				return nil, err
			}
			idx := runtime.NewInt(int64(i))
			defer runtime.Decref(idx)
			if l, ok := a.(*runtime.List); ok {
				r, err := runtime.CallMethod(ts, l, "insert", idx, args[1])
				if err != nil {
					return nil, err
				}
				runtime.Decref(r)
				return runtime.None, nil
			}
			r, err := runtime.CallMethod(ts, a, "insert", idx, args[1])
			if err != nil {
				return nil, err
			}
			runtime.Decref(r)
			return runtime.None, nil
		}}
	}
	addFuncs(m, []funcDef{
		search("bisect_left", false), search("bisect_right", true),
		insort("insort_left", false), insort("insort_right", true),
	})
	return m, nil
}
