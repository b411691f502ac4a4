package runtime

// This file gives list its slots and methods (CPython's Objects/listobject.c).

// asList views a list or an instance of a list subclass as *List.
func asList(o Object) (*List, bool) {
	switch v := o.(type) {
	case *List:
		return v, true
	case *Instance:
		if l, ok := v.Base.(*List); ok {
			return l, true
		}
	}
	return nil, false
}

// NewListFromIterable is list(iterable).
func NewListFromIterable(ts *ThreadState, iterable Object) (*List, error) {
	items, err := ToSlice(ts, iterable)
	if err != nil {
		return nil, err
	}
	return NewList(items), nil
}

func listNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	return NewList(nil), nil
}

func listInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	l := self.(*List)
	if err := NoKeywords("list", kwnames); err != nil {
		return err
	}
	if err := CheckPositional("list", len(args), 0, 1); err != nil {
		return err
	}
	if len(l.Items) > 0 {
		old := l.Items
		l.Items = []Object{}
		decrefReverse(old)
	}
	if len(args) == 1 {
		return listExtend(ts, l, args[0])
	}
	return nil
}

// listExtend appends every item of iterable to l.
func listExtend(ts *ThreadState, l *List, iterable Object) error {
	switch v := Unwrap(iterable).(type) {
	case *List:
		items := copyRefs(v.Items) // l.extend(l) must see the old items
		l.Items = append(l.Items, items...)
		return nil
	case *Tuple:
		l.Items = append(l.Items, copyRefs(v.Items)...)
		return nil
	}
	it, err := GetIter(ts, iterable)
	if err != nil {
		return err
	}
	defer Decref(it)
	for {
		x, err := Next(ts, it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		l.Items = append(l.Items, x)
	}
}

func listRepr(ts *ThreadState, o Object) (string, error) {
	l := o.(*List)
	if len(l.Items) == 0 {
		return "[]", nil
	}
	if !ReprEnter(ts, l) {
		return "[...]", nil
	}
	defer ReprLeave(ts, l)
	return seqRepr(ts, "[", "]", func() []Object { return l.Items })
}

func listGetItem(ts *ThreadState, self, key Object) (Object, error) {
	l := self.(*List)
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(ts, sl, len(l.Items))
		if err != nil {
			return nil, err
		}
		out := make([]Object, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = l.Items[j]
			Incref(out[i])
		}
		return NewList(out), nil
	}
	if !isIndexable(key) {
		return nil, NewTypeError("list indices must be integers or slices, not %s", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, len(l.Items))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewIndexError("list index out of range")
	}
	return Xref(l.Items[i]), nil
}

func listSetItem(ts *ThreadState, self, key, value Object) error {
	l := self.(*List)
	if sl, ok := key.(*Slice); ok {
		return listAssSlice(ts, l, sl, value)
	}
	if !isIndexable(key) {
		return NewTypeError("list indices must be integers or slices, not %s", TypeName(key))
	}
	i, ok, err := seqIndex(ts, key, len(l.Items))
	if err != nil {
		return err
	}
	if !ok {
		return NewIndexError("list assignment index out of range")
	}
	old := l.Items[i]
	if value == nil {
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
	} else {
		Incref(value)
		l.Items[i] = value
	}
	Decref(old)
	return nil
}

// listAssSlice is l[slice] = value (or del l[slice] when value is nil).
func listAssSlice(ts *ThreadState, l *List, sl *Slice, value Object) error {
	start, stop, step, n, err := SliceIndices(ts, sl, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		var items []Object
		if value != nil {
			if v, ok := Unwrap(value).(*List); ok {
				items = copyRefs(v.Items)
			} else if v, ok := Unwrap(value).(*Tuple); ok {
				items = copyRefs(v.Items)
			} else {
				if value.Type().Iter == nil && value.Type().GetItem == nil {
					return NewTypeError("can only assign an iterable")
				}
				items, err = ToSlice(ts, value)
				if err != nil {
					return err
				}
			}
		}
		if stop < start {
			stop = start
		}
		removed := append([]Object(nil), l.Items[start:stop]...)
		tail := append([]Object(nil), l.Items[stop:]...)
		l.Items = append(append(l.Items[:start], items...), tail...)
		decrefReverse(removed)
		return nil
	}
	if value == nil {
		if n <= 0 {
			return nil
		}
		if step < 0 {
			start = start + step*(n-1)
			step = -step
		}
		removed := make([]Object, 0, n)
		out := make([]Object, 0, len(l.Items)-n)
		next := start
		for i, x := range l.Items {
			if i == next && len(removed) < n {
				removed = append(removed, x)
				next += step
				continue
			}
			out = append(out, x)
		}
		l.Items = out
		DecrefAll(removed)
		return nil
	}
	var items []Object
	if v, ok := Unwrap(value).(*List); ok {
		items = copyRefs(v.Items)
	} else if v, ok := Unwrap(value).(*Tuple); ok {
		items = copyRefs(v.Items)
	} else {
		if value.Type().Iter == nil && value.Type().GetItem == nil {
			return NewTypeError("must assign iterable to extended slice")
		}
		items, err = ToSlice(ts, value)
		if err != nil {
			return err
		}
	}
	if len(items) != n {
		DecrefAll(items)
		return NewValueError("attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	old := make([]Object, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		old[i] = l.Items[j]
		l.Items[j] = items[i]
	}
	DecrefAll(old)
	return nil
}

func listContains(ts *ThreadState, self, item Object) (bool, error) {
	l := self.(*List)
	for i := 0; i < len(l.Items); i++ {
		x := l.Items[i]
		if x == item {
			return true, nil
		}
		Incref(x)
		eq, err := CompareBool(ts, x, item, CmpEq)
		Decref(x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func listCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := asList(a)
	y, ok2 := asList(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return compareSeqAt(ts, &x.Items, &y.Items, op)
}

func listBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	switch op {
	case OpAdd:
		x, ok1 := asList(a)
		y, ok2 := asList(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		out := make([]Object, 0, len(x.Items)+len(y.Items))
		out = append(out, copyRefs(x.Items)...)
		out = append(out, copyRefs(y.Items)...)
		return NewList(out), nil
	case OpMul:
		l, ok := asList(a)
		n := b
		if !ok {
			l, ok = asList(b)
			n = a
		}
		if !ok {
			return NotImplemented, nil
		}
		if _, isInt := asInt(n); !isInt {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, n)
		if err != nil {
			return nil, err
		}
		if err := checkRepeatSize(len(l.Items), cnt); err != nil {
			return nil, err
		}
		out := make([]Object, 0, len(l.Items)*cnt)
		for i := 0; i < cnt; i++ {
			out = append(out, copyRefs(l.Items)...)
		}
		return NewList(out), nil
	}
	return NotImplemented, nil
}

func listInplace(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	l := a.(*List)
	switch op {
	case OpAdd:
		switch Unwrap(b).(type) {
		case *List, *Tuple:
			if err := listExtend(ts, l, b); err != nil {
				return nil, err
			}
			return Xref(a), nil
		}
	case OpMul:
		if _, ok := asInt(b); !ok {
			return NotImplemented, nil
		}
		cnt, err := repeatCount(ts, b)
		if err != nil {
			return nil, err
		}
		if cnt == 0 {
			old := l.Items
			l.Items = []Object{}
			decrefReverse(old)
			return Xref(a), nil
		}
		if err := checkRepeatSize(len(l.Items), cnt); err != nil {
			return nil, err
		}
		orig := l.Items
		for i := 1; i < cnt; i++ {
			l.Items = append(l.Items, copyRefs(orig)...)
		}
		return Xref(a), nil
	}
	return NotImplemented, nil
}

func listIter(ts *ThreadState, self Object) (Object, error) {
	return newListIterator(self.(*List)), nil
}

// ListIndex is list.index(x[, start[, stop]]).
func listIndexOf(ts *ThreadState, l *List, x Object, start, stop int) (int, error) {
	n := len(l.Items)
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		y := l.Items[i]
		if y == x {
			return i, nil
		}
		Incref(y)
		eq, err := CompareBool(ts, y, x, CmpEq)
		Decref(y)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

type listMethodFn func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error)

func addListMethod(t *Type, name string, fn listMethodFn) {
	addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return fn(ts, self.(*List), args, kwnames)
	})
}

// ListExtend is l.extend(iterable) (the VM's LIST_EXTEND).
func ListExtend(ts *ThreadState, l *List, iterable Object) error { return listExtend(ts, l, iterable) }

// ListAppend appends x to l (the list takes its own reference).
func ListAppend(l *List, x Object) { l.Append(x) }

func setupList(t *Type) {
	t.New = listNew
	t.Init = listInit
	t.Repr = listRepr
	t.GetItem = listGetItem
	t.SetItem = listSetItem
	t.Contains = listContains
	t.Compare = listCompare
	t.Binary = listBinary
	t.Inplace = listInplace
	addInplaceWrappers(t, OpAdd, OpMul)
	t.Iter = listIter
	t.Len = func(ts *ThreadState, o Object) (int, error) { return len(o.(*List).Items), nil }
	t.Bool = func(ts *ThreadState, o Object) (bool, error) { return len(o.(*List).Items) != 0, nil }
	t.Dict.SetStr("__hash__", None)
	t.Doc = "Built-in mutable sequence."

	addListMethod(t, "append", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("list.append", args, kwnames)
		if err != nil {
			return nil, err
		}
		l.Append(x)
		return None, nil
	})
	addListMethod(t, "extend", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("list.extend", args, kwnames)
		if err != nil {
			return nil, err
		}
		return None, listExtend(ts, l, x)
	})
	addListMethod(t, "insert", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		var i int
		var x Object
		if err := UnpackPositional(ts, "list.insert", args, kwnames, 2, &i, &x); err != nil {
			return nil, err
		}
		n := len(l.Items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		Incref(x)
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = x
		return None, nil
	})
	addListMethod(t, "remove", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("list.remove", args, kwnames)
		if err != nil {
			return nil, err
		}
		i, err := listIndexOf(ts, l, x, 0, len(l.Items))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewValueError("list.remove(x): x not in list")
		}
		old := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		Decref(old)
		return None, nil
	})
	addListMethod(t, "pop", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		i := -1
		if err := UnpackPositional(ts, "list.pop", args, kwnames, 0, &i); err != nil {
			return nil, err
		}
		n := len(l.Items)
		if n == 0 {
			return nil, NewIndexError("pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewIndexError("pop index out of range")
		}
		x := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return x, nil
	})
	addListMethod(t, "clear", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("list.clear", args, kwnames); err != nil {
			return nil, err
		}
		old := l.Items
		l.Items = []Object{}
		decrefReverse(old)
		return None, nil
	})
	addListMethod(t, "index", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		var x, so, eo Object
		if err := UnpackPositional(ts, "list.index", args, kwnames, 1, &x, &so, &eo); err != nil {
			return nil, err
		}
		start, err := optIndexArg(ts, so, 0)
		if err != nil {
			return nil, err
		}
		stop, err := optIndexArg(ts, eo, len(l.Items))
		if err != nil {
			return nil, err
		}
		i, err := listIndexOf(ts, l, x, start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := Repr(ts, x)
			if err != nil {
				return nil, err
			}
			return nil, NewValueError("%s is not in list", r)
		}
		return NewInt(int64(i)), nil
	})
	addListMethod(t, "count", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("list.count", args, kwnames)
		if err != nil {
			return nil, err
		}
		n := 0
		for i := 0; i < len(l.Items); i++ {
			y := l.Items[i]
			if y == x {
				n++
				continue
			}
			Incref(y)
			eq, err := CompareBool(ts, y, x, CmpEq)
			Decref(y)
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return NewInt(int64(n)), nil
	})
	addListMethod(t, "copy", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("list.copy", args, kwnames); err != nil {
			return nil, err
		}
		return NewListCopy(l.Items), nil
	})
	addListMethod(t, "reverse", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("list.reverse", args, kwnames); err != nil {
			return nil, err
		}
		reverseObjects(l.Items)
		return None, nil
	})
	addListMethod(t, "sort", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		var key Object = None
		reverse := 0
		if err := UnpackArgs(ts, "sort", args, kwnames, "*", "key?", &key, "reverse?", &reverse); err != nil {
			return nil, err
		}
		return None, SortList(ts, l, key, reverse != 0)
	})
	addListMethod(t, "__reversed__", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("list.__reversed__", args, kwnames); err != nil {
			return nil, err
		}
		return newListRevIterator(l), nil
	})
	addListMethod(t, "__sizeof__", func(ts *ThreadState, l *List, args []Object, kwnames []string) (Object, error) {
		return NewInt(int64(40 + 8*cap(l.Items))), nil
	})
	addClassGetItem(t)
}

// optIndexArg converts an optional index argument (list.index's start/stop):
// clamped on overflow, must support __index__.
func optIndexArg(ts *ThreadState, o Object, dflt int) (int, error) {
	if o == nil {
		return dflt, nil
	}
	if !isIndexable(o) {
		return 0, NewTypeError("slice indices must be integers or have an __index__ method")
	}
	return AsIndexClamped(ts, o)
}

func reverseObjects(items []Object) {
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
}
