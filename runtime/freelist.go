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

// freeListMax bounds each list.
const freeListMax = 256

type freeLists struct {
	ints   []*Int
	floats []*Float
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
	}
	h.rc = 0
	dealloc(o)
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
