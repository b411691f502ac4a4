package runtime

// Per-thread free lists of int and float objects.
//
// Arithmetic in a loop makes and drops an int or float object per operation.
// The eval loop's hot paths allocate their results through the ThreadState
// (ts.NewInt, ts.NewFloat) and drop operands through ts.Decref, which keeps
// an int or float whose count reaches zero on the thread's free list instead
// of leaving it to Go's collector. The lists belong to one ThreadState, so
// they are only touched by the goroutine running that thread while it holds
// the GIL; objects may move between threads' lists freely. Counting is
// unchanged: an object goes on a list only when its count reaches zero, which
// is when CPython frees it too.

// freeListMax bounds each list (a few thousand: a list of numbers dropped
// by the eval loop hands its items to the lists, see deallocItems).
const freeListMax = 4096

type freeLists struct {
	ints   []*Int
	floats []*Float
	// arrays are the emptied item arrays of large lists dropped in the eval
	// loop, for lists growing by append (ts.ListAppend).
	arrays [][]Object
}

// Bounds of the item arrays kept for reuse: a few, of middling size.
const (
	maxFreeArrays   = 8
	minFreeArrayCap = 256
	maxFreeArrayCap = 1 << 14
)

// ListAppend is l.AppendOwned for the eval loop (LIST_APPEND): a full list
// of 256 items or more moves to a free array at least twice its size when
// the thread has one.
func (ts *ThreadState) ListAppend(l *List, x Object) {
	if n := len(l.Items); n == cap(l.Items) && n >= minFreeArrayCap {
		ts.growList(l)
	}
	l.Items = append(l.Items, x)
}

func (ts *ThreadState) growList(l *List) {
	n := len(l.Items)
	for i, a := range ts.free.arrays {
		if cap(a) >= 2*n {
			last := len(ts.free.arrays) - 1
			ts.free.arrays[i] = ts.free.arrays[last]
			ts.free.arrays[last] = nil
			ts.free.arrays = ts.free.arrays[:last]
			a = a[:n]
			copy(a, l.Items)
			clear(l.Items)
			ts.keepArray(l.Items)
			l.Items = a
			return
		}
	}
	old := l.Items
	l.grow()
	clear(old)
	ts.keepArray(old)
}

// keepArray keeps an emptied (all nil) item array for reuse, in place of
// the smallest kept one when there are enough.
func (ts *ThreadState) keepArray(a []Object) {
	c := cap(a)
	if c < minFreeArrayCap || c > maxFreeArrayCap {
		return
	}
	if len(ts.free.arrays) < maxFreeArrays {
		ts.free.arrays = append(ts.free.arrays, a[:0])
		return
	}
	small := 0
	for i, b := range ts.free.arrays {
		if cap(b) < cap(ts.free.arrays[small]) {
			small = i
		}
	}
	if cap(ts.free.arrays[small]) < c {
		ts.free.arrays[small] = a[:0]
	}
}

// NewInt is NewInt reusing a free int object.
func (ts *ThreadState) NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	fl := &ts.free
	if n := len(fl.ints); n > 0 {
		i := fl.ints[n-1]
		fl.ints = fl.ints[:n-1]
		i.rc = 1
		i.V = v
		return i
	}
	return &Int{Header: fresh(), V: v}
}

// NewFloat is NewFloat reusing a free float object.
func (ts *ThreadState) NewFloat(v float64) *Float {
	fl := &ts.free
	if n := len(fl.floats); n > 0 {
		f := fl.floats[n-1]
		fl.floats = fl.floats[:n-1]
		f.rc = 1
		f.V = v
		return f
	}
	return &Float{Header: fresh(), V: v}
}

// Decref is Decref keeping dead ints and floats for reuse.
func (ts *ThreadState) Decref(o Object) {
	h := hdr(o)
	if h == nil {
		return
	}
	if h.rc != 1 {
		h.rc--
		return
	}
	switch v := o.(type) {
	case *Int:
		if v.Big == nil && len(ts.free.ints) < freeListMax {
			h.rc = 0
			ts.free.ints = append(ts.free.ints, v)
			return
		}
	case *Float:
		if len(ts.free.floats) < freeListMax {
			h.rc = 0
			ts.free.floats = append(ts.free.floats, v)
			return
		}
	case *List:
		h.rc = 0
		ts.deallocItems(o, &v.Items)
		return
	case *Tuple:
		h.rc = 0
		ts.deallocItems(o, &v.Items)
		return
	}
	h.rc = 0
	dealloc(o)
}

// deallocItems deallocates a list or tuple whose count reached zero in the
// eval loop: it takes the items out first, so the type's Dealloc (run as
// usual) has none to release, then drops them last to first, as that
// Dealloc would, through the thread's free lists.
func (ts *ThreadState) deallocItems(o Object, items *[]Object) {
	its := *items
	*items = nil
	dealloc(o)
	for i := len(its) - 1; i >= 0; i-- {
		if x := its[i]; x != nil {
			ts.DecrefShared(x)
		}
	}
	if _, isList := o.(*List); isList && cap(its) >= minFreeArrayCap {
		clear(its)
		ts.keepArray(its)
	}
}

// DecrefShared is ts.Decref made small enough to inline: it only decrements
// when o (non-nil) has other references.
func (ts *ThreadState) DecrefShared(o Object) {
	if h := hdr(o); h.rc > 1 {
		h.rc--
	} else {
		ts.Decref(o)
	}
}

// decrefOn is ts.Decref when there is a thread state, else Decref.
func decrefOn(ts *ThreadState, o Object) {
	if ts != nil {
		ts.Decref(o)
	} else {
		Decref(o)
	}
}
