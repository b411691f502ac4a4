package runtime

// Helpers shared by the built-in types' setup functions.

// noInit is the __init__ of immutable built-in types, whose __new__ does all
// the work (CPython leaves tp_init to object_init, which accepts the
// arguments when tp_new is overridden).
func noInit(ts *ThreadState, self Object, args []Object, kwnames []string) error { return nil }

// addMethod registers a built-in method in t's dict.
func addMethod(t *Type, name string, fn MethodFn) *MethodDescr {
	m := NewMethod(t, name, fn)
	t.Dict.SetStr(name, m)
	return m
}

// addClassMethod registers a method that binds to the class (dict.fromkeys).
func addClassMethod(t *Type, name string, fn MethodFn) *MethodDescr {
	m := NewMethod(t, name, fn)
	m.Class = true
	t.Dict.SetStr(name, m)
	return m
}

// addStaticMethod registers a method that binds to nothing (str.maketrans).
func addStaticMethod(t *Type, name string, fn MethodFn) *MethodDescr {
	m := NewMethod(t, name, fn)
	m.Static = true
	t.Dict.SetStr(name, m)
	return m
}

// addGetSet registers a computed attribute; the getter and setter receive the
// built-in value of subclass instances. set may be nil (read-only).
func addGetSet(t *Type, name string, get func(ts *ThreadState, self Object) (Object, error),
	set func(ts *ThreadState, self, value Object) error) *GetSetDescr {
	g := &GetSetDescr{Header: immortal(), Name: name, Owner: t}
	g.Get = func(ts *ThreadState, o Object) (Object, error) { return get(ts, Unwrap(o)) }
	if set != nil {
		g.Set = func(ts *ThreadState, o, v Object) error { return set(ts, Unwrap(o), v) }
	}
	t.Dict.SetStr(name, g)
	return g
}

// addRawGetSet is addGetSet without unwrapping (object.__class__, __dict__).
func addRawGetSet(t *Type, name string, get func(ts *ThreadState, self Object) (Object, error),
	set func(ts *ThreadState, self, value Object) error) *GetSetDescr {
	g := &GetSetDescr{Header: immortal(), Name: name, Owner: t, Get: get, Set: set}
	t.Dict.SetStr(name, g)
	return g
}

// addMember registers a read-only attribute whose value is a stored object.
func addMember(t *Type, name string, get func(o Object) Object) {
	addGetSet(t, name, func(ts *ThreadState, o Object) (Object, error) {
		return Xref(get(o)), nil
	}, nil)
}

// compareSeqAt compares two sequences lexicographically, as list and tuple
// do. The slices are re-read through pa and pb at every step because a
// comparison can run Python code that mutates a list.
func compareSeqAt(ts *ThreadState, pa, pb *[]Object, op CmpOp) (Object, error) {
	if len(*pa) != len(*pb) && (op == CmpEq || op == CmpNe) {
		return NewBool(op == CmpNe), nil
	}
	for i := 0; i < len(*pa) && i < len(*pb); i++ {
		x, y := (*pa)[i], (*pb)[i]
		if x == y {
			continue
		}
		Incref(x)
		Incref(y)
		eq, err := CompareBool(ts, x, y, CmpEq)
		if err != nil || !eq {
			var r Object
			if err == nil {
				switch op {
				case CmpEq:
					r = False
				case CmpNe:
					r = True
				default:
					r, err = RichCompare(ts, x, y, op)
				}
			}
			Decref(x)
			Decref(y)
			return r, err
		}
		Decref(x)
		Decref(y)
	}
	return NewBool(cmpResult(cmpInts(len(*pa), len(*pb)), op)), nil
}

// compareSeq compares two fixed sequences (tuples, slices' parts).
func compareSeq(ts *ThreadState, a, b []Object, op CmpOp) (Object, error) {
	return compareSeqAt(ts, &a, &b, op)
}

func cmpInts(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ReprEnter marks o as being repr'd on this thread; it returns false when o is
// already being repr'd (a recursive container), in which case the caller
// prints "[...]" and must not call ReprLeave.
func ReprEnter(ts *ThreadState, o Object) bool {
	if ts == nil {
		return true
	}
	for _, x := range ts.reprActive {
		if x == o {
			return false
		}
	}
	ts.reprActive = append(ts.reprActive, o)
	return true
}

// ReprLeave undoes ReprEnter.
func ReprLeave(ts *ThreadState, o Object) {
	if ts == nil {
		return
	}
	for i := len(ts.reprActive) - 1; i >= 0; i-- {
		if ts.reprActive[i] == o {
			ts.reprActive = append(ts.reprActive[:i], ts.reprActive[i+1:]...)
			return
		}
	}
}

// seqRepr renders items between open and close, separated by ", ".
func seqRepr(ts *ThreadState, open, close string, items func() []Object) (string, error) {
	buf := []byte(open)
	for i := 0; i < len(items()); i++ {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		x := items()[i]
		Incref(x)
		r, err := Repr(ts, x)
		Decref(x)
		if err != nil {
			return "", err
		}
		buf = append(buf, r...)
	}
	buf = append(buf, close...)
	return string(buf), nil
}

// newExc raises cls with a literal message (no formatting).
func newExc(cls *Type, msg string) *Exception { return NewException(cls, NewStr(msg)) }

// addInplaceWrappers publishes t's Inplace slot as __iadd__ etc. for the
// given operators (addSlotWrappers does not cover in-place operators). The
// wrappers count as slot wrappers, so subclasses keep the Go slot.
func addInplaceWrappers(t *Type, ops ...BinOp) {
	for _, op := range ops {
		op := op
		name := "__i" + binOpDunders[op] + "__"
		m := NewMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			other, err := OneArg(t.Name+"."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			r, err := t.Inplace(ts, op, self, other)
			if err != nil || r != NotImplemented {
				return r, err
			}
			if r, err, ok := seqFallback(ts, op, self, other, true); ok {
				return r, err
			}
			return NotImplemented, nil
		})
		m.slotWrapper = true
		t.Dict.SetStr(name, m)
	}
}
