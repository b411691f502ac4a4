package stdlib

import (
	"fmt"

	"github.com/minipy/minipy/runtime"
)

// The itertools module. Every iterator is an *itIter: a Go closure that
// produces the next item, plus a cleanup that drops the references the
// closure holds. Each public name has its own type (itertools.count,
// itertools.chain, ...) so that type() and isinstance behave as in CPython.

func init() { register("itertools", initItertools) }

type itIter struct {
	runtime.Header
	typ  *runtime.Type
	next func(ts *runtime.ThreadState) (runtime.Object, error)
	drop func()                                        // releases the references next holds
	repr func(ts *runtime.ThreadState) (string, error) // optional
	hint func() int                                    // optional __length_hint__ (-1: none)
	done bool                                          // exhausted: next is not called again
}

func (it *itIter) Type() *runtime.Type { return it.typ }

func (it *itIter) release() {
	if it.drop != nil {
		d := it.drop
		it.drop = nil
		d()
	}
	it.next = nil
}

// itType makes the type of one itertools iterator; construct builds the
// iterator from the call's arguments.
func itType(name string, construct func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error)) *runtime.Type {
	t := newType("itertools", name, nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, cls *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		it, err := construct(ts, args, kwnames)
		if err != nil {
			return nil, err
		}
		it.typ = t
		return newObject(it), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		it := runtime.Unwrap(self).(*itIter)
		if it.done || it.next == nil {
			return nil, nil
		}
		v, err := it.next(ts)
		if v == nil && err == nil {
			it.done = true
			it.release()
		}
		return v, err
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		it := runtime.Unwrap(self).(*itIter)
		if it.repr != nil {
			return it.repr(ts)
		}
		return "<itertools." + name + " object at " + hexID(self) + ">", nil
	}
	t.Dealloc = func(o runtime.Object) { o.(*itIter).release() }
	addMethods(t, []method{{name: "__length_hint__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		it := self.(*itIter)
		if it.hint == nil {
			return runtime.NotImplemented, nil
		}
		return runtime.NewInt(int64(it.hint())), nil
	}}})
	return t.Ready()
}

func hexID(o runtime.Object) string { return fmt.Sprintf("%#x", runtime.Id(o)) }

// iterOf is iter(x) with a new reference.
func iterOf(ts *runtime.ThreadState, x runtime.Object) (runtime.Object, error) {
	return runtime.GetIter(ts, x)
}

func decrefs(objs ...runtime.Object) func() {
	return func() {
		for _, o := range objs {
			if o != nil {
				runtime.Decref(o)
			}
		}
	}
}

// ---- infinite iterators ----

var countType = itType("count", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var start, step runtime.Object
	if err := runtime.UnpackArgs(ts, "count", args, kwnames, "start?", &start, "step?", &step); err != nil {
		return nil, err
	}
	if start == nil {
		start = runtime.NewInt(0)
	} else {
		runtime.Incref(start)
	}
	stepGiven := step != nil
	if step == nil {
		step = runtime.NewInt(1)
	} else {
		runtime.Incref(step)
	}
	for _, x := range []runtime.Object{start, step} {
		switch runtime.Unwrap(x).(type) {
		case *runtime.Int, *runtime.Float, *runtime.Complex:
		default:
			if t := x.Type(); t.Index == nil && t.Lookup("__float__") == nil && t.Lookup("__int__") == nil && t.Lookup("__complex__") == nil {
				runtime.Decref(start)
				runtime.Decref(step)
				return nil, runtime.NewTypeError("a number is required")
			}
		}
	}
	cur := start
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		nxt, err := runtime.BinaryOp(ts, runtime.OpAdd, cur, step)
		if err != nil {
			return nil, err
		}
		r := cur
		cur = nxt
		return r, nil
	}
	it.drop = func() { runtime.Decref(cur); runtime.Decref(step) }
	it.repr = func(ts *runtime.ThreadState) (string, error) {
		if cur == nil {
			return "count()", nil
		}
		s, err := runtime.Repr(ts, cur)
		if err != nil {
			return "", err
		}
		if i, ok := step.(*runtime.Int); ok && stepGiven {
			if v, err := runtime.AsSsize(ts, i); err == nil && v == 1 {
				return "count(" + s + ")", nil
			}
		} else if !stepGiven {
			return "count(" + s + ")", nil
		}
		st, err := runtime.Repr(ts, step)
		if err != nil {
			return "", err
		}
		return "count(" + s + ", " + st + ")", nil
	}
	return it, nil
})

var cycleType = itType("cycle", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	if err := posArgs("cycle", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	var saved []runtime.Object
	i, firstPass := 0, true
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if firstPass {
			x, err := runtime.Next(ts, src)
			if err != nil {
				return nil, err
			}
			if x != nil {
				saved = append(saved, runtime.Xref(x))
				return x, nil
			}
			firstPass = false
			runtime.Decref(src)
			src = nil
		}
		if len(saved) == 0 {
			return nil, nil
		}
		x := saved[i]
		i = (i + 1) % len(saved)
		return runtime.Xref(x), nil
	}
	it.drop = func() {
		if src != nil {
			runtime.Decref(src)
		}
		runtime.DecrefAll(saved)
		saved = nil
	}
	return it, nil
})

var repeatType = itType("repeat", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var obj, times runtime.Object
	if err := runtime.UnpackArgs(ts, "repeat", args, kwnames, "object", &obj, "times?", &times); err != nil {
		return nil, err
	}
	n := -1
	if times != nil {
		v, err := runtime.AsSsize(ts, times)
		if err != nil {
			return nil, err
		}
		if v < 0 {
			v = 0
		}
		n = v
	}
	runtime.Incref(obj)
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if n == 0 {
			return nil, nil
		}
		if n > 0 {
			n--
		}
		return runtime.Xref(obj), nil
	}
	it.drop = decrefs(obj)
	it.repr = func(ts *runtime.ThreadState) (string, error) {
		r, err := runtime.Repr(ts, obj)
		if err != nil {
			return "", err
		}
		if n < 0 {
			return "repeat(" + r + ")", nil
		}
		return "repeat(" + r + ", " + itoa(n) + ")", nil
	}
	it.hint = func() int {
		if n < 0 {
			return -1
		}
		return n
	}
	return it, nil
})

// ---- chain ----

func newChain(srcs runtime.Object) *itIter {
	// srcs is an iterator over the iterables (owned).
	var cur runtime.Object
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		for {
			if cur == nil {
				if srcs == nil {
					return nil, nil
				}
				iterable, err := runtime.Next(ts, srcs)
				if err != nil {
					return nil, err
				}
				if iterable == nil {
					runtime.Decref(srcs)
					srcs = nil
					return nil, nil
				}
				c, err := iterOf(ts, iterable)
				runtime.Decref(iterable)
				if err != nil {
					return nil, err
				}
				cur = c
			}
			x, err := runtime.Next(ts, cur)
			if err != nil || x != nil {
				return x, err
			}
			runtime.Decref(cur)
			cur = nil
		}
	}
	it.drop = func() {
		if cur != nil {
			runtime.Decref(cur)
			cur = nil
		}
		if srcs != nil {
			runtime.Decref(srcs)
			srcs = nil
		}
	}
	return it
}

var chainType = func() *runtime.Type {
	t := itType("chain", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
		if err := runtime.NoKeywords("chain", kwnames); err != nil {
			return nil, err
		}
		items := append([]runtime.Object(nil), args...)
		runtime.IncrefAll(items)
		l := runtime.NewTuple(items)
		srcs, err := iterOf(ts, l)
		runtime.Decref(l)
		if err != nil {
			return nil, err
		}
		return newChain(srcs), nil
	})
	fromIterable := &runtime.MethodDescr{Name: "from_iterable", Owner: t, Class: true}
	fromIterable.Fn = func(ts *runtime.ThreadState, cls runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := posArgs("from_iterable", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		srcs, err := iterOf(ts, args[0])
		if err != nil {
			return nil, err
		}
		it := newChain(srcs)
		it.typ = t
		return newObject(it), nil
	}
	runtime.MakeImmortal(fromIterable)
	t.Dict.SetStr("from_iterable", fromIterable)
	return t
}()

// ---- islice ----

func isliceIndex(ts *runtime.ThreadState, o runtime.Object, msg string) (int, error) {
	if o == runtime.None {
		return -1, nil
	}
	if o.Type().Index == nil {
		return 0, runtime.NewValueError("%s", msg)
	}
	v, err := runtime.AsIndexClamped(ts, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, runtime.NewValueError("%s", msg)
	}
	return v, nil
}

var isliceType = itType("islice", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	if err := runtime.NoKeywords("islice", kwnames); err != nil {
		return nil, err
	}
	if err := runtime.CheckPositional("islice", len(args), 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := 0, -1, 1
	var err error
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 2 {
		if stop, err = isliceIndex(ts, args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
	} else {
		if start, err = isliceIndex(ts, args[1], idxMsg); err != nil {
			return nil, err
		}
		if start < 0 {
			start = 0
		}
		if stop, err = isliceIndex(ts, args[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."); err != nil {
			return nil, err
		}
		if len(args) == 4 && args[3] != runtime.None {
			if args[3].Type().Index == nil {
				return nil, runtime.NewValueError("Step for islice() must be a positive integer or None.")
			}
			s, err := runtime.AsIndexClamped(ts, args[3])
			if err != nil {
				return nil, err
			}
			if s < 1 {
				return nil, runtime.NewValueError("Step for islice() must be a positive integer or None.")
			}
			step = s
		}
	}
	src, err := iterOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	pos, next := 0, start
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		for {
			if stop >= 0 && next >= stop {
				// Consume up to stop as CPython does, then finish.
				for pos < stop {
					x, err := runtime.Next(ts, src)
					if err != nil || x == nil {
						return nil, err
					}
					runtime.Decref(x)
					pos++
				}
				return nil, nil
			}
			x, err := runtime.Next(ts, src)
			if err != nil || x == nil {
				return nil, err
			}
			pos++
			if pos-1 == next {
				next += step
				if stop >= 0 && next > stop {
					next = stop
				}
				return x, nil
			}
			runtime.Decref(x)
		}
	}
	it.drop = decrefs(src)
	return it, nil
})

// ---- combinatorics ----

// poolOf materialises an iterable as a slice of new references.
func poolOf(ts *runtime.ThreadState, x runtime.Object) ([]runtime.Object, error) {
	return runtime.ToSlice(ts, x)
}

func tupleFromIndices(pool []runtime.Object, idx []int) runtime.Object {
	items := make([]runtime.Object, len(idx))
	for i, j := range idx {
		items[i] = runtime.Xref(pool[j])
	}
	return runtime.NewTuple(items)
}

var productType = itType("product", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	npos := nposOf(args, kwnames)
	repeat := 1
	for i, k := range kwnames {
		if k != "repeat" {
			return nil, runtime.NewTypeError("'%s' is an invalid keyword argument for product()", k)
		}
		v, err := runtime.AsSsize(ts, args[npos+i])
		if err != nil {
			return nil, err
		}
		if v < 0 {
			return nil, runtime.NewValueError("repeat argument cannot be negative")
		}
		repeat = v
	}
	var pools [][]runtime.Object
	var all []runtime.Object
	for _, a := range args[:npos] {
		p, err := poolOf(ts, a)
		if err != nil {
			runtime.DecrefAll(all)
			return nil, err
		}
		pools = append(pools, p)
		all = append(all, p...)
	}
	var full [][]runtime.Object
	for r := 0; r < repeat; r++ {
		full = append(full, pools...)
	}
	idx := make([]int, len(full))
	first := true
	finished := false
	for _, p := range full {
		if len(p) == 0 {
			finished = true
		}
	}
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if finished {
			return nil, nil
		}
		if first {
			first = false
		} else {
			i := len(full) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(full[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				finished = true
				return nil, nil
			}
		}
		items := make([]runtime.Object, len(full))
		for i, p := range full {
			items[i] = runtime.Xref(p[idx[i]])
		}
		return runtime.NewTuple(items), nil
	}
	it.drop = func() { runtime.DecrefAll(all); all = nil }
	return it, nil
})

func rArg(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	v, err := runtime.AsSsize(ts, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, runtime.NewValueError("r must be non-negative")
	}
	return v, nil
}

var permutationsType = itType("permutations", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var iterable, rObj runtime.Object
	if err := runtime.UnpackArgs(ts, "permutations", args, kwnames, "iterable", &iterable, "r?", &rObj); err != nil {
		return nil, err
	}
	pool, err := poolOf(ts, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if rObj != nil && rObj != runtime.None {
		if r, err = rArg(ts, rObj); err != nil {
			runtime.DecrefAll(pool)
			return nil, err
		}
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	first, finished := true, r > n
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if finished {
			return nil, nil
		}
		if first {
			first = false
			return tupleFromIndices(pool, indices[:r]), nil
		}
		if n == 0 {
			finished = true
			return nil, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				// rotate indices[i:] left by one
				x := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = x
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return tupleFromIndices(pool, indices[:r]), nil
			}
		}
		finished = true
		return nil, nil
	}
	it.drop = func() { runtime.DecrefAll(pool); pool = nil }
	return it, nil
})

func combinationsIter(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string, replace bool) (*itIter, error) {
	var iterable, rObj runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "iterable", &iterable, "r", &rObj); err != nil {
		return nil, err
	}
	r, err := rArg(ts, rObj)
	if err != nil {
		return nil, err
	}
	pool, err := poolOf(ts, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	indices := make([]int, r)
	if !replace {
		for i := range indices {
			indices[i] = i
		}
	}
	first := true
	finished := (!replace && r > n) || (replace && n == 0 && r > 0)
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if finished {
			return nil, nil
		}
		if first {
			first = false
			return tupleFromIndices(pool, indices), nil
		}
		i := r - 1
		if replace {
			for ; i >= 0 && indices[i] == n-1; i-- {
			}
			if i < 0 {
				finished = true
				return nil, nil
			}
			v := indices[i] + 1
			for j := i; j < r; j++ {
				indices[j] = v
			}
		} else {
			for ; i >= 0 && indices[i] == i+n-r; i-- {
			}
			if i < 0 {
				finished = true
				return nil, nil
			}
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
		}
		return tupleFromIndices(pool, indices), nil
	}
	it.drop = func() { runtime.DecrefAll(pool); pool = nil }
	return it, nil
}

var combinationsType = itType("combinations", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return combinationsIter(ts, "combinations", args, kwnames, false)
})

var combinationsWRType = itType("combinations_with_replacement", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return combinationsIter(ts, "combinations_with_replacement", args, kwnames, true)
})

// ---- groupby ----

type groupby struct {
	src, keyfn               runtime.Object
	tgtkey, currkey, currval runtime.Object
	current                  *itIter // the live grouper
}

func (g *groupby) step(ts *runtime.ThreadState) (bool, error) {
	v, err := runtime.Next(ts, g.src)
	if err != nil || v == nil {
		return false, err
	}
	k := v
	if g.keyfn != nil {
		k, err = runtime.Call(ts, g.keyfn, []runtime.Object{v}, nil)
		if err != nil {
			runtime.Decref(v)
			return false, err
		}
	} else {
		runtime.Incref(k)
	}
	old1, old2 := g.currval, g.currkey
	g.currval, g.currkey = v, k
	if old1 != nil {
		runtime.Decref(old1)
	}
	if old2 != nil {
		runtime.Decref(old2)
	}
	return true, nil
}

var grouperType = itType("_grouper", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return nil, runtime.NewTypeError("cannot create 'itertools._grouper' instances")
})

var groupbyType = itType("groupby", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var iterable, key runtime.Object
	if err := runtime.UnpackArgs(ts, "groupby", args, kwnames, "iterable", &iterable, "key?", &key); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, iterable)
	if err != nil {
		return nil, err
	}
	g := &groupby{src: src}
	if key != nil && key != runtime.None {
		g.keyfn = runtime.Xref(key)
	}
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		g.current = nil
		for {
			if g.currkey != nil {
				if g.tgtkey == nil {
					break
				}
				eq, err := runtime.Equal(ts, g.tgtkey, g.currkey)
				if err != nil {
					return nil, err
				}
				if !eq {
					break
				}
			}
			ok, err := g.step(ts)
			if err != nil || !ok {
				return nil, err
			}
		}
		if g.tgtkey != nil {
			runtime.Decref(g.tgtkey)
		}
		g.tgtkey = runtime.Xref(g.currkey)
		tgt := runtime.Xref(g.currkey)
		var parent runtime.Object = it
		runtime.Incref(parent)
		gr := &itIter{typ: grouperType}
		gr.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
			if g.current != gr {
				return nil, nil
			}
			if g.currval == nil {
				ok, err := g.step(ts)
				if err != nil || !ok {
					return nil, err
				}
			}
			eq, err := runtime.Equal(ts, tgt, g.currkey)
			if err != nil || !eq {
				return nil, err
			}
			v := g.currval
			g.currval = nil
			return v, nil
		}
		gr.drop = decrefs(tgt, parent)
		g.current = gr
		return tupleOf(runtime.Xref(g.currkey), newObject(gr)), nil
	}
	it.drop = func() {
		decrefs(g.src, g.keyfn, g.tgtkey, g.currkey, g.currval)()
		g.src, g.keyfn, g.tgtkey, g.currkey, g.currval = nil, nil, nil, nil, nil
	}
	return it, nil
})

// ---- accumulate, starmap, takewhile, dropwhile, filterfalse, compress ----

var accumulateType = itType("accumulate", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var iterable, fn, initial runtime.Object
	if err := runtime.UnpackArgs(ts, "accumulate", args, kwnames, "iterable", &iterable, "func?", &fn, "*", "initial?", &initial); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, iterable)
	if err != nil {
		return nil, err
	}
	if fn == runtime.None {
		fn = nil
	}
	if fn != nil {
		runtime.Incref(fn)
	}
	var total runtime.Object
	pendingInitial := initial != nil && initial != runtime.None
	if pendingInitial {
		runtime.Incref(initial)
	}
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if pendingInitial {
			pendingInitial = false
			total = initial
			initial = nil
			return runtime.Xref(total), nil
		}
		x, err := runtime.Next(ts, src)
		if err != nil || x == nil {
			return nil, err
		}
		if total == nil {
			total = x
			return runtime.Xref(total), nil
		}
		var nt runtime.Object
		if fn != nil {
			nt, err = runtime.Call(ts, fn, []runtime.Object{total, x}, nil)
		} else {
			nt, err = runtime.BinaryOp(ts, runtime.OpAdd, total, x)
		}
		runtime.Decref(x)
		if err != nil {
			return nil, err
		}
		runtime.Decref(total)
		total = nt
		return runtime.Xref(total), nil
	}
	it.drop = func() {
		decrefs(src, fn, total, initial)()
		src, fn, total, initial = nil, nil, nil, nil
	}
	return it, nil
})

var starmapType = itType("starmap", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	if err := posArgs("starmap", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, args[1])
	if err != nil {
		return nil, err
	}
	fn := runtime.Xref(args[0])
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		x, err := runtime.Next(ts, src)
		if err != nil || x == nil {
			return nil, err
		}
		defer runtime.Decref(x)
		items, err := runtime.ToSlice(ts, x)
		if err != nil {
			return nil, err
		}
		defer runtime.DecrefAll(items)
		return runtime.Call(ts, fn, items, nil)
	}
	it.drop = decrefs(src, fn)
	return it, nil
})

func predicateIter(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string,
	step func(ts *runtime.ThreadState, src, pred runtime.Object, state *int) (runtime.Object, error)) (*itIter, error) {
	if err := posArgs(name, args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, args[1])
	if err != nil {
		return nil, err
	}
	pred := runtime.Xref(args[0])
	state := 0
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) { return step(ts, src, pred, &state) }
	it.drop = decrefs(src, pred)
	return it, nil
}

func callPred(ts *runtime.ThreadState, pred, x runtime.Object) (bool, error) {
	if pred == runtime.None {
		return runtime.Truth(ts, x)
	}
	r, err := runtime.Call(ts, pred, []runtime.Object{x}, nil)
	if err != nil {
		return false, err
	}
	defer runtime.Decref(r)
	return runtime.Truth(ts, r)
}

var takewhileType = itType("takewhile", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return predicateIter(ts, "takewhile", args, kwnames, func(ts *runtime.ThreadState, src, pred runtime.Object, stopped *int) (runtime.Object, error) {
		if *stopped != 0 {
			return nil, nil
		}
		x, err := runtime.Next(ts, src)
		if err != nil || x == nil {
			return nil, err
		}
		ok, err := callPred(ts, pred, x)
		if err != nil || !ok {
			runtime.Decref(x)
			if err == nil {
				*stopped = 1
			}
			return nil, err
		}
		return x, nil
	})
})

var dropwhileType = itType("dropwhile", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return predicateIter(ts, "dropwhile", args, kwnames, func(ts *runtime.ThreadState, src, pred runtime.Object, started *int) (runtime.Object, error) {
		for {
			x, err := runtime.Next(ts, src)
			if err != nil || x == nil {
				return nil, err
			}
			if *started != 0 {
				return x, nil
			}
			ok, err := callPred(ts, pred, x)
			if err != nil {
				runtime.Decref(x)
				return nil, err
			}
			if !ok {
				*started = 1
				return x, nil
			}
			runtime.Decref(x)
		}
	})
})

var filterfalseType = itType("filterfalse", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	return predicateIter(ts, "filterfalse", args, kwnames, func(ts *runtime.ThreadState, src, pred runtime.Object, _ *int) (runtime.Object, error) {
		for {
			x, err := runtime.Next(ts, src)
			if err != nil || x == nil {
				return nil, err
			}
			ok, err := callPred(ts, pred, x)
			if err != nil {
				runtime.Decref(x)
				return nil, err
			}
			if !ok {
				return x, nil
			}
			runtime.Decref(x)
		}
	})
})

var compressType = itType("compress", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	var data, selectors runtime.Object
	if err := runtime.UnpackArgs(ts, "compress", args, kwnames, "data", &data, "selectors", &selectors); err != nil {
		return nil, err
	}
	d, err := iterOf(ts, data)
	if err != nil {
		return nil, err
	}
	s, err := iterOf(ts, selectors)
	if err != nil {
		runtime.Decref(d)
		return nil, err
	}
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		for {
			x, err := runtime.Next(ts, d)
			if err != nil || x == nil {
				return nil, err
			}
			sel, err := runtime.Next(ts, s)
			if err != nil || sel == nil {
				runtime.Decref(x)
				return nil, err
			}
			ok, err := runtime.Truth(ts, sel)
			runtime.Decref(sel)
			if err != nil {
				runtime.Decref(x)
				return nil, err
			}
			if ok {
				return x, nil
			}
			runtime.Decref(x)
		}
	}
	it.drop = decrefs(d, s)
	return it, nil
})

// ---- zip_longest, pairwise ----

var zipLongestType = itType("zip_longest", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	npos := nposOf(args, kwnames)
	fill := runtime.None
	for i, k := range kwnames {
		if k != "fillvalue" {
			return nil, runtime.NewTypeError("zip_longest() got an unexpected keyword argument '%s'", k)
		}
		fill = args[npos+i]
	}
	iters := make([]runtime.Object, 0, npos)
	for _, a := range args[:npos] {
		x, err := iterOf(ts, a)
		if err != nil {
			runtime.DecrefAll(iters)
			return nil, err
		}
		iters = append(iters, x)
	}
	runtime.Incref(fill)
	active := len(iters)
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if active == 0 {
			return nil, nil
		}
		items := make([]runtime.Object, len(iters))
		for i, src := range iters {
			var x runtime.Object
			if src != nil {
				var err error
				x, err = runtime.Next(ts, src)
				if err != nil {
					runtime.DecrefAll(items[:i])
					return nil, err
				}
				if x == nil {
					runtime.Decref(src)
					iters[i] = nil
					active--
					if active == 0 {
						runtime.DecrefAll(items[:i])
						return nil, nil
					}
				}
			}
			if x == nil {
				x = runtime.Xref(fill)
			}
			items[i] = x
		}
		return runtime.NewTuple(items), nil
	}
	it.drop = func() {
		for _, x := range iters {
			if x != nil {
				runtime.Decref(x)
			}
		}
		iters = nil
		runtime.Decref(fill)
	}
	return it, nil
})

var pairwiseType = itType("pairwise", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	if err := posArgs("pairwise", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	var old runtime.Object
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if old == nil {
			x, err := runtime.Next(ts, src)
			if err != nil || x == nil {
				return nil, err
			}
			old = x
		}
		x, err := runtime.Next(ts, src)
		if err != nil || x == nil {
			return nil, err
		}
		r := tupleOf(old, runtime.Xref(x))
		old = x
		return r, nil
	}
	it.drop = func() { decrefs(src, old)(); src, old = nil, nil }
	return it, nil
})

// ---- tee ----

type teeLink struct {
	val     runtime.Object
	next    *teeLink
	filled  bool
	pending int // tees that have not read val yet
}

type teeShared struct {
	src  runtime.Object
	live int
}

var teeType = itType("_tee", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (*itIter, error) {
	if err := posArgs("_tee", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	src, err := iterOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	sh := &teeShared{src: src}
	return newTee(sh, &teeLink{}), nil
})

func newTee(sh *teeShared, at *teeLink) *itIter {
	sh.live++
	cur := at
	it := &itIter{}
	it.next = func(ts *runtime.ThreadState) (runtime.Object, error) {
		if !cur.filled {
			if sh.src == nil {
				return nil, nil
			}
			x, err := runtime.Next(ts, sh.src)
			if err != nil {
				return nil, err
			}
			if x == nil {
				runtime.Decref(sh.src)
				sh.src = nil
				return nil, nil
			}
			cur.val, cur.filled, cur.pending = x, true, sh.live
			cur.next = &teeLink{}
		}
		v := runtime.Xref(cur.val)
		cur.pending--
		if cur.pending == 0 {
			runtime.Decref(cur.val)
			cur.val = nil
		}
		cur = cur.next
		return v, nil
	}
	it.drop = func() {
		for l := cur; l != nil && l.filled; l = l.next {
			l.pending--
			if l.pending == 0 && l.val != nil {
				runtime.Decref(l.val)
				l.val = nil
			}
		}
		sh.live--
		if sh.live == 0 && sh.src != nil {
			runtime.Decref(sh.src)
			sh.src = nil
		}
	}
	return it
}

func itertoolsTee(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("tee", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	n := 2
	if len(args) == 2 {
		v, err := runtime.AsSsize(ts, args[1])
		if err != nil {
			return nil, err
		}
		if v < 0 {
			return nil, runtime.NewValueError("n must be >= 0")
		}
		n = v
	}
	src, err := iterOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	if n == 0 {
		runtime.Decref(src)
		return runtime.NewTuple(nil), nil
	}
	sh := &teeShared{src: src}
	start := &teeLink{}
	items := make([]runtime.Object, n)
	for i := range items {
		t := newTee(sh, start)
		t.typ = teeType
		items[i] = newObject(t)
	}
	return runtime.NewTuple(items), nil
}

func initItertools(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("itertools")
	for _, t := range []*runtime.Type{countType, cycleType, repeatType, chainType, isliceType, productType,
		permutationsType, combinationsType, combinationsWRType, groupbyType, accumulateType, starmapType,
		takewhileType, dropwhileType, filterfalseType, compressType, zipLongestType, pairwiseType,
		grouperType, teeType} {
		m.Set(t.Name, t)
	}
	m.AddFunc("tee", itertoolsTee)
	return m, nil
}
