package runtime

// The cycle collector's slots for the runtime's containers (see gc.go). Each
// Traverse visits exactly the references the type's Dealloc drops.

func init() {
	ListType.Traverse = func(o Object, visit func(Object)) { visitAll(o.(*List).Items, visit) }
	ListType.Clear = listDealloc
	TupleType.Traverse = func(o Object, visit func(Object)) { visitAll(o.(*Tuple).Items, visit) }
	// A tuple cannot be part of a cycle that does not also run through a
	// mutable container, whose Clear breaks it: tuples have no Clear.
	DictType.Traverse = func(o Object, visit func(Object)) { traverseDict(o.(*Dict), visit) }
	DictType.Clear = func(o Object) { o.(*Dict).Clear() }
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Traverse = func(o Object, visit func(Object)) {
			s, _ := asAnySet(o)
			for _, e := range s.table {
				if e.key != nil && e.key != setDummy {
					visit(e.key)
				}
			}
		}
		t.Clear = setDealloc
	}
	CellType.Traverse = func(o Object, visit func(Object)) { visit(o.(*Cell).Value) }
	CellType.Clear = cellDealloc
	MethodType.Traverse = func(o Object, visit func(Object)) {
		m := o.(*Method)
		visit(m.Func)
		visit(m.Self)
	}
	TracebackType.Traverse = func(o Object, visit func(Object)) {
		tb := o.(*Traceback)
		visit(tb.Frame)
		if tb.Next != nil {
			visit(tb.Next)
		}
	}
	for _, t := range exceptionTypes {
		setExceptionGC(t)
	}
}

// visitAll visits items last to first, the order of CPython's list and
// tuple traversal (gc.get_referents shows it).
func visitAll(items []Object, visit func(Object)) {
	for i := len(items) - 1; i >= 0; i-- {
		visit(items[i])
	}
}

// mayBeTracked reports whether o could be part of a cycle: a tracked object,
// or a container type other than a tuple (a tuple is tracked when it can be).
func mayBeTracked(o Object) bool {
	switch o.(type) {
	case *Str, *Int, *Float, nil:
		return false
	case *Tuple:
		return IsTracked(o)
	}
	return IsTracked(o) || o.Type().Traverse != nil
}

// dictMayHoldCycle reports whether a dict holds anything that could lead
// back to it; a full collection stops tracking dicts that do not, as CPython
// does.
func dictMayHoldCycle(d *Dict) bool {
	for _, e := range d.entries {
		if e.key != nil && (mayBeTracked(e.key) || mayBeTracked(e.value)) {
			return true
		}
	}
	return false
}

// traverseDict visits each value, then its key unless it is a str (which
// never refers to anything), the order of CPython's dict traversal.
func traverseDict(d *Dict, visit func(Object)) {
	for _, e := range d.entries {
		if e.key != nil {
			visit(e.value)
			if _, ok := e.key.(*Str); !ok {
				visit(e.key)
			}
		}
	}
}

// ExposeDict returns a new reference to an instance's attribute dict for
// code outside the instance (obj.__dict__, vars(obj)). The dict starts
// untracked, traversed as part of its instance; once others can hold it, it
// is tracked as an object of its own.
func ExposeDict(d *Dict) Object {
	if d.gc&gcOwned != 0 {
		d.gc &^= gcOwned
		Track(d)
	}
	return Xref(d)
}

// instanceTraverse visits what an instance of a class statement owns: its
// attributes and, for subclasses of built-in types, the built-in value.
func instanceTraverse(o Object, visit func(Object)) {
	in := o.(*Instance)
	if d := in.Dict; d != nil {
		switch {
		case IsTracked(d):
			visit(d)
		case d.rc == 1:
			// The instance's own, never exposed: part of the instance.
			traverseDict(d, visit)
		}
		// An untracked dict someone else also holds counts as referenced
		// from outside: nothing it refers to is collected.
	}
	visit(in.Base)
}

func instanceClear(o Object) {
	in := o.(*Instance)
	if d := in.Dict; d != nil && !IsTracked(d) && d.rc == 1 {
		d.Clear()
	}
	// A tracked dict or base value is garbage of its own and cleared as such.
}

// instanceFinalize runs __del__ for the collector.
func instanceFinalize(o Object) {
	if o.Type().Flags&FlagHasDel != 0 {
		runDel(o)
	}
}

func setExceptionGC(t *Type) {
	t.Traverse = exceptionTraverse
	t.Clear = exceptionClear
}

func exceptionTraverse(o Object, visit func(Object)) {
	e := o.(*Exception)
	visit(e.Args)
	if e.Cause != nil {
		visit(e.Cause)
	}
	if e.Context != nil {
		visit(e.Context)
	}
	if e.Traceback != nil {
		visit(e.Traceback)
	}
	if e.Dict != nil {
		visit(e.Dict)
	}
	visit(e.Value)
}

// exceptionClear drops what an exception refers to (its Dealloc, and its
// Clear for the cycle collector); Args becomes () rather than nil, since
// messages are built from it.
func exceptionClear(o Object) {
	e := o.(*Exception)
	args := e.Args
	e.Args = emptyTuple
	Decref(args)
	dropRef(&e.Cause)
	dropRef(&e.Context)
	dropRef(&e.Traceback)
	dropRef(&e.Dict)
	dropRef(&e.Value)
}

// dropRef sets *p to nil and drops the reference it held, if any.
func dropRef[T comparable](p *T) {
	var zero T
	if v := *p; v != zero {
		*p = zero
		Decref(any(v).(Object))
	}
}
