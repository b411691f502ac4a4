package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// collections.deque: a ring buffer of references with an optional maximum
// length. The module _collections holds it; the Python package collections
// re-exports it.

func init() { register("_collections", initCollections) }

func initCollections(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_collections")
	m.Set("deque", dequeType)
	return m, nil
}

type deque struct {
	runtime.Header
	buf    []runtime.Object // ring buffer; len(buf) is a power of two (or 0)
	head   int              // index of the first item
	n      int              // number of items
	maxlen int              // -1: unbounded
	state  uint64           // bumped on every mutation, for iterators
}

func (*deque) Type() *runtime.Type { return dequeType }

func newDeque(maxlen int) *deque {
	return newObject(&deque{maxlen: maxlen})
}

// at returns the i-th item (borrowed), 0 <= i < n.
func (d *deque) at(i int) runtime.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) set(i int, v runtime.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

func (d *deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 8
	if len(d.buf) > 0 {
		size = len(d.buf) * 2
	}
	nb := make([]runtime.Object, size)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

// pushRight appends a new reference (which the deque takes over), dropping
// the leftmost item when full; it returns the dropped item (to decref), or nil.
func (d *deque) pushRight(v runtime.Object) runtime.Object {
	d.state++
	if d.maxlen == 0 {
		return v
	}
	var dropped runtime.Object
	if d.maxlen > 0 && d.n == d.maxlen {
		dropped = d.popLeft()
	}
	d.grow()
	d.set(d.n, v)
	d.n++
	return dropped
}

func (d *deque) pushLeft(v runtime.Object) runtime.Object {
	d.state++
	if d.maxlen == 0 {
		return v
	}
	var dropped runtime.Object
	if d.maxlen > 0 && d.n == d.maxlen {
		dropped = d.popRight()
	}
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
	return dropped
}

// popLeft and popRight hand back the reference; n must be > 0.
func (d *deque) popLeft() runtime.Object {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

func (d *deque) popRight() runtime.Object {
	d.state++
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

// items copies the items (borrowed references).
func (d *deque) items() []runtime.Object {
	out := make([]runtime.Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) clear() {
	items := d.items()
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
	runtime.DecrefAll(items)
}

// rotate moves k items from the right end to the left (k < 0: the other way).
func (d *deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	items := d.items()
	for i := range items {
		d.set((i+k)%d.n, items[i])
	}
	d.state++
}

// removeAt deletes item i, returning its reference.
func (d *deque) removeAt(i int) runtime.Object {
	v := d.at(i)
	for j := i; j < d.n-1; j++ {
		d.set(j, d.at(j+1))
	}
	d.set(d.n-1, nil)
	d.n--
	d.state++
	return v
}

func (d *deque) extend(ts *runtime.ThreadState, iterable runtime.Object, left bool) error {
	if iterable == runtime.Object(d) {
		items := d.items()
		runtime.IncrefAll(items)
		iterable = runtime.NewList(items)
		defer runtime.Decref(iterable)
	}
	return runtime.Iterate(ts, iterable, func(x runtime.Object) (bool, error) {
		runtime.Incref(x)
		var dropped runtime.Object
		if left {
			dropped = d.pushLeft(x)
		} else {
			dropped = d.pushRight(x)
		}
		if dropped != nil {
			runtime.Decref(dropped)
		}
		return true, nil
	})
}

// asDeque returns the deque inside self (a deque or a subclass instance).
func asDeque(o runtime.Object) *deque {
	d, _ := runtime.Unwrap(o).(*deque)
	return d
}

func dequeIndexArg(ts *runtime.ThreadState, d *deque, key runtime.Object) (int, error) {
	if key.Type().Index == nil {
		return 0, runtime.NewTypeError("sequence index must be integer, not '%s'", runtime.TypeName(key))
	}
	i, err := runtime.AsSsize(ts, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, runtime.NewIndexError("deque index out of range")
	}
	return i, nil
}

// dequeFind returns the position of x in items [start, stop), or -1.
func dequeFind(ts *runtime.ThreadState, d *deque, x runtime.Object, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		item := d.at(i)
		runtime.Incref(item)
		eq, err := runtime.Equal(ts, item, x)
		runtime.Decref(item)
		if err != nil {
			return 0, err
		}
		if d.state != state {
			return 0, runtime.NewRuntimeError("deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeRepr(ts *runtime.ThreadState, self runtime.Object) (string, error) {
	d := asDeque(self)
	name := self.Type().Name
	if !runtime.ReprEnter(ts, self) {
		return "[...]", nil
	}
	defer runtime.ReprLeave(ts, self)
	items := d.items()
	runtime.IncrefAll(items)
	defer runtime.DecrefAll(items)
	parts := make([]string, len(items))
	for i, x := range items {
		r, err := runtime.Repr(ts, x)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	s := name + "([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		s += ", maxlen=" + itoa(d.maxlen)
	}
	return s + ")", nil
}

func itoa(i int) string {
	r, _ := runtime.Repr(nil, runtime.NewInt(int64(i)))
	return r
}

func dequeCompare(ts *runtime.ThreadState, a, b runtime.Object, op runtime.CmpOp) (runtime.Object, error) {
	x, y := asDeque(a), asDeque(b)
	if x == nil || y == nil {
		return runtime.NotImplemented, nil
	}
	xs, ys := x.items(), y.items()
	runtime.IncrefAll(xs)
	runtime.IncrefAll(ys)
	defer runtime.DecrefAll(xs)
	defer runtime.DecrefAll(ys)
	if (op == runtime.CmpEq || op == runtime.CmpNe) && len(xs) != len(ys) {
		return runtime.NewBool(op == runtime.CmpNe), nil
	}
	i := 0
	for ; i < len(xs) && i < len(ys); i++ {
		if xs[i] == ys[i] {
			continue
		}
		eq, err := runtime.Equal(ts, xs[i], ys[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i < len(xs) && i < len(ys) {
		switch op {
		case runtime.CmpEq:
			return runtime.False, nil
		case runtime.CmpNe:
			return runtime.True, nil
		}
		return runtime.RichCompare(ts, xs[i], ys[i], op)
	}
	var r bool
	switch op {
	case runtime.CmpEq:
		r = len(xs) == len(ys)
	case runtime.CmpNe:
		r = len(xs) != len(ys)
	case runtime.CmpLt:
		r = len(xs) < len(ys)
	case runtime.CmpLe:
		r = len(xs) <= len(ys)
	case runtime.CmpGt:
		r = len(xs) > len(ys)
	case runtime.CmpGe:
		r = len(xs) >= len(ys)
	}
	return runtime.NewBool(r), nil
}

// dequeCopy makes a new deque of the same class with the same items.
func dequeCopy(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	d := asDeque(self)
	if _, exact := self.(*deque); exact {
		nd := newDeque(d.maxlen)
		for _, x := range d.items() {
			runtime.Incref(x)
			nd.pushRight(x)
		}
		return nd, nil
	}
	items := d.items()
	runtime.IncrefAll(items)
	l := runtime.NewList(items)
	defer runtime.Decref(l)
	if d.maxlen < 0 {
		return runtime.Call(ts, self.Type(), []runtime.Object{l}, nil)
	}
	ml := runtime.NewInt(int64(d.maxlen))
	defer runtime.Decref(ml)
	return runtime.Call(ts, self.Type(), []runtime.Object{l, ml}, nil)
}

type dequeIter struct {
	runtime.Header
	d       *deque
	owner   runtime.Object
	i       int
	state   uint64
	reverse bool
}

func (*dequeIter) Type() *runtime.Type { return dequeIterType }

var dequeIterType = func() *runtime.Type {
	t := newType("_collections", "_deque_iterator", nil)
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		it := self.(*dequeIter)
		if it.d == nil {
			return nil, nil
		}
		if it.d.state != it.state {
			it.i = it.d.n
			return nil, runtime.NewRuntimeError("deque mutated during iteration")
		}
		if it.i >= it.d.n {
			o := it.owner
			it.d, it.owner = nil, nil
			runtime.Decref(o)
			return nil, nil
		}
		j := it.i
		if it.reverse {
			j = it.d.n - 1 - it.i
		}
		it.i++
		return runtime.Xref(it.d.at(j)), nil
	}
	t.Dealloc = func(o runtime.Object) {
		it := o.(*dequeIter)
		if it.owner != nil {
			runtime.Decref(it.owner)
			it.owner, it.d = nil, nil
		}
	}
	return t.Ready()
}()

func newDequeIter(self runtime.Object, reverse bool) runtime.Object {
	d := asDeque(self)
	runtime.Incref(self)
	return newObject(&dequeIter{d: d, owner: self, state: d.state, reverse: reverse})
}

type dequeMethod = func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error)

func dm(name string, fn dequeMethod) method {
	return method{name: name, raw: true, fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		d := asDeque(self)
		if d == nil {
			return nil, runtime.NewTypeError("descriptor '%s' requires a 'collections.deque' object", name)
		}
		return fn(ts, d, self, args, kwnames)
	}}
}

func oneArgMethod(name string, fn func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error)) method {
	return dm(name, func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		x, err := runtime.OneArg(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(ts, d, x)
	})
}

func noArgMethod(name string, fn func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error)) method {
	return dm(name, func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return fn(ts, d, self)
	})
}

var dequeType = func() *runtime.Type {
	t := newType("collections", "deque", nil)
	t.Flags |= runtime.FlagBaseType
	t.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	t.New = func(ts *runtime.ThreadState, cls *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newDeque(-1), nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		d := asDeque(self)
		var iterable, maxlen runtime.Object
		if err := runtime.UnpackArgs(ts, "deque", args, kwnames, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
			if len(args) > 2 {
				return runtime.NewTypeError("deque() takes at most 2 arguments (%d given)", len(args))
			}
			return err
		}
		ml := -1
		if maxlen != nil && maxlen != runtime.None {
			if _, ok := runtime.Unwrap(maxlen).(*runtime.Int); !ok {
				return runtime.NewTypeError("an integer is required")
			}
			v, err := runtime.AsSsize(ts, maxlen)
			if err != nil {
				return err
			}
			if v < 0 {
				return runtime.NewValueError("maxlen must be non-negative")
			}
			ml = v
		}
		d.maxlen = ml
		if d.n > 0 {
			d.clear()
		}
		if iterable != nil {
			return d.extend(ts, iterable, false)
		}
		return nil
	}
	t.Repr = dequeRepr
	t.Len = func(ts *runtime.ThreadState, self runtime.Object) (int, error) { return asDeque(self).n, nil }
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return newDequeIter(self, false), nil
	}
	t.Contains = func(ts *runtime.ThreadState, self, x runtime.Object) (bool, error) {
		d := asDeque(self)
		i, err := dequeFind(ts, d, x, 0, d.n)
		return i >= 0, err
	}
	t.GetItem = func(ts *runtime.ThreadState, self, key runtime.Object) (runtime.Object, error) {
		d := asDeque(self)
		i, err := dequeIndexArg(ts, d, key)
		if err != nil {
			return nil, err
		}
		return runtime.Xref(d.at(i)), nil
	}
	t.SetItem = func(ts *runtime.ThreadState, self, key, value runtime.Object) error {
		d := asDeque(self)
		i, err := dequeIndexArg(ts, d, key)
		if err != nil {
			return err
		}
		if value == nil {
			runtime.Decref(d.removeAt(i))
			return nil
		}
		old := d.at(i)
		runtime.Incref(value)
		d.set(i, value)
		runtime.Decref(old)
		return nil
	}
	t.Compare = dequeCompare
	t.Binary = func(ts *runtime.ThreadState, op runtime.BinOp, a, b runtime.Object, reflected bool) (runtime.Object, error) {
		switch op {
		case runtime.OpAdd:
			if reflected {
				return runtime.NotImplemented, nil
			}
			if asDeque(b) == nil {
				return nil, runtime.NewTypeError("can only concatenate deque (not \"%s\") to deque", runtime.TypeName(b))
			}
			r, err := dequeCopy(ts, a)
			if err != nil {
				return nil, err
			}
			if err := asDeque(r).extend(ts, b, false); err != nil {
				runtime.Decref(r)
				return nil, err
			}
			return r, nil
		case runtime.OpMul:
			self, count := a, b
			if reflected {
				self, count = b, a
			}
			if count.Type().Index == nil {
				return runtime.NotImplemented, nil
			}
			k, err := runtime.AsSsize(ts, count)
			if err != nil {
				return nil, err
			}
			r, err := dequeCopy(ts, self)
			if err != nil {
				return nil, err
			}
			if err := dequeRepeat(asDeque(r), k); err != nil {
				runtime.Decref(r)
				return nil, err
			}
			return r, nil
		}
		return runtime.NotImplemented, nil
	}
	t.Inplace = func(ts *runtime.ThreadState, op runtime.BinOp, a, b runtime.Object) (runtime.Object, error) {
		switch op {
		case runtime.OpAdd:
			if err := asDeque(a).extend(ts, b, false); err != nil {
				return nil, err
			}
			return runtime.Xref(a), nil
		case runtime.OpMul:
			if b.Type().Index == nil {
				return runtime.NotImplemented, nil
			}
			k, err := runtime.AsSsize(ts, b)
			if err != nil {
				return nil, err
			}
			if err := dequeRepeat(asDeque(a), k); err != nil {
				return nil, err
			}
			return runtime.Xref(a), nil
		}
		return runtime.NotImplemented, nil
	}
	t.Dealloc = func(o runtime.Object) { o.(*deque).clear() }
	t.Dict.SetStr("__hash__", runtime.None)
	addMethods(t, []method{
		oneArgMethod("append", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			runtime.Incref(x)
			if dropped := d.pushRight(x); dropped != nil {
				runtime.Decref(dropped)
			}
			return runtime.None, nil
		}),
		oneArgMethod("appendleft", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			runtime.Incref(x)
			if dropped := d.pushLeft(x); dropped != nil {
				runtime.Decref(dropped)
			}
			return runtime.None, nil
		}),
		noArgMethod("pop", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			if d.n == 0 {
				return nil, runtime.NewIndexError("pop from an empty deque")
			}
			return d.popRight(), nil
		}),
		noArgMethod("popleft", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			if d.n == 0 {
				return nil, runtime.NewIndexError("pop from an empty deque")
			}
			return d.popLeft(), nil
		}),
		oneArgMethod("extend", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			return runtime.None, d.extend(ts, x, false)
		}),
		oneArgMethod("extendleft", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			return runtime.None, d.extend(ts, x, true)
		}),
		noArgMethod("clear", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			d.clear()
			return runtime.None, nil
		}),
		noArgMethod("copy", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			return dequeCopy(ts, self)
		}),
		noArgMethod("__copy__", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			return dequeCopy(ts, self)
		}),
		// __repr__ as a raw method (not a slot wrapper) so that subclasses
		// call it with the instance, whose class names the repr.
		noArgMethod("__repr__", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			r, err := dequeRepr(ts, self)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(r), nil
		}),
		noArgMethod("__reduce__", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			items := d.items()
			runtime.IncrefAll(items)
			var ml runtime.Object = runtime.None
			if d.maxlen >= 0 {
				ml = runtime.NewInt(int64(d.maxlen))
			}
			args := tupleOf(runtime.NewList(items), ml)
			var state runtime.Object = runtime.None
			if in, ok := self.(*runtime.Instance); ok && in.Dict != nil && in.Dict.Len() > 0 {
				state = runtime.ExposeDict(in.Dict)
			}
			return tupleOf(runtime.Xref(self.Type()), args, state), nil
		}),
		noArgMethod("reverse", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
				a, b := d.at(i), d.at(j)
				d.set(i, b)
				d.set(j, a)
			}
			d.state++
			return runtime.None, nil
		}),
		noArgMethod("__reversed__", func(ts *runtime.ThreadState, d *deque, self runtime.Object) (runtime.Object, error) {
			return newDequeIter(self, true), nil
		}),
		dm("rotate", func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs("rotate", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			k := 1
			if len(args) == 1 {
				if args[0].Type().Index == nil {
					return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", runtime.TypeName(args[0]))
				}
				v, err := runtime.AsSsize(ts, args[0])
				if err != nil {
					return nil, err
				}
				k = v
			}
			d.rotate(k)
			return runtime.None, nil
		}),
		oneArgMethod("count", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			n, start := 0, 0
			for {
				i, err := dequeFind(ts, d, x, start, d.n)
				if err != nil {
					return nil, err
				}
				if i < 0 {
					return runtime.NewInt(int64(n)), nil
				}
				n++
				start = i + 1
			}
		}),
		dm("index", func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs("index", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			start, stop := 0, d.n
			bound := func(o runtime.Object) (int, error) {
				v, err := runtime.AsIndexClamped(ts, o)
				if err != nil {
					return 0, err
				}
				if v < 0 {
					v += d.n
					if v < 0 {
						v = 0
					}
				}
				return v, nil
			}
			var err error
			if len(args) > 1 {
				if start, err = bound(args[1]); err != nil {
					return nil, err
				}
			}
			if len(args) > 2 {
				if stop, err = bound(args[2]); err != nil {
					return nil, err
				}
			}
			i, err := dequeFind(ts, d, args[0], start, stop)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := runtime.Repr(ts, args[0])
				if err != nil {
					return nil, err
				}
				return nil, runtime.NewValueError("%s is not in deque", r)
			}
			return runtime.NewInt(int64(i)), nil
		}),
		dm("insert", func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoKeywords("insert", kwnames); err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, runtime.NewTypeError("insert() takes exactly 2 arguments (%d given)", len(args))
			}
			if d.maxlen >= 0 && d.n >= d.maxlen {
				return nil, runtime.NewIndexError("deque already at its maximum size")
			}
			i, err := runtime.AsIndexClamped(ts, args[0])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				i += d.n
				if i < 0 {
					i = 0
				}
			}
			if i > d.n {
				i = d.n
			}
			runtime.Incref(args[1])
			d.pushRight(args[1])
			for j := d.n - 1; j > i; j-- {
				d.set(j, d.at(j-1))
			}
			d.set(i, args[1])
			return runtime.None, nil
		}),
		oneArgMethod("remove", func(ts *runtime.ThreadState, d *deque, x runtime.Object) (runtime.Object, error) {
			i, err := dequeFind(ts, d, x, 0, d.n)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := runtime.Repr(ts, x)
				if err != nil {
					return nil, err
				}
				return nil, runtime.NewValueError("%s is not in deque", r)
			}
			runtime.Decref(d.removeAt(i))
			return runtime.None, nil
		}),
		dm("__class_getitem__", func(ts *runtime.ThreadState, d *deque, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.Xref(self), nil
		}),
	})
	addGetters(t, []getter{{name: "maxlen", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		d := asDeque(self)
		if d.maxlen < 0 {
			return runtime.None, nil
		}
		return runtime.NewInt(int64(d.maxlen)), nil
	}}})
	return t.Ready()
}()

// dequeRepeat makes d hold k copies of its items (k <= 0 empties it).
func dequeRepeat(d *deque, k int) error {
	if k <= 0 {
		d.clear()
		return nil
	}
	items := d.items()
	for r := 1; r < k; r++ {
		for _, x := range items {
			runtime.Incref(x)
			if dropped := d.pushRight(x); dropped != nil {
				runtime.Decref(dropped)
			}
		}
		if d.maxlen >= 0 && r*len(items) > 2*d.maxlen+len(items) {
			break
		}
	}
	return nil
}
