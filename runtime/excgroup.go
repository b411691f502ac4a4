package runtime

import (
	"strconv"
	"strings"
)

// Exception groups (PEP 654): BaseExceptionGroup(message, exceptions) and
// ExceptionGroup, which BaseExceptionGroup's constructor returns when every
// member is an Exception. A group keeps (message, exceptions tuple) in the
// exception's Value slot, which only StopIteration otherwise uses; its args
// are the constructor's arguments as given.

var (
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType     = newExceptionGroupType()
)

func newExceptionGroupType() *Type {
	t := newExcType("ExceptionGroup", BaseExceptionGroupType)
	t.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	return t
}

// groupState returns a group's message and member tuple.
func groupState(e *Exception) (*Str, *Tuple, bool) {
	if !e.cls.IsSubtype(BaseExceptionGroupType) {
		return nil, nil, false
	}
	st, ok := e.Value.(*Tuple)
	if !ok || len(st.Items) != 2 {
		return nil, nil, false
	}
	return st.Items[0].(*Str), st.Items[1].(*Tuple), true
}

func excGroupNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, NewTypeError("BaseExceptionGroup.__new__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, NewTypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := Unwrap(args[0]).(*Str)
	if !ok {
		return nil, NewTypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	var members *Tuple
	switch seq := Unwrap(args[1]).(type) {
	case *Tuple:
		members = NewTupleCopy(seq.Items)
	case *List:
		members = NewTupleCopy(seq.Items)
	default:
		st := args[1].Type()
		if st.Lookup("__getitem__") == nil || st.IsSubtype(DictType) {
			return nil, NewTypeError("second argument (exceptions) must be a sequence")
		}
		var err error
		if members, err = NewTupleFromIterable(ts, args[1]); err != nil {
			return nil, err
		}
	}
	if len(members.Items) == 0 {
		Decref(members)
		return nil, NewValueError("second argument (exceptions) must be a non-empty sequence")
	}
	nestsBase := false
	for i, m := range members.Items {
		ex, ok := m.(*Exception)
		if !ok {
			Decref(members)
			return nil, NewValueError("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ex.cls.IsSubtype(ExceptionType) {
			nestsBase = true
		}
	}
	switch {
	case t == BaseExceptionGroupType:
		if !nestsBase {
			t = ExceptionGroupType
		}
	case t == ExceptionGroupType:
		if nestsBase {
			Decref(members)
			return nil, NewTypeError("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case nestsBase && t.IsSubtype(ExceptionType):
		Decref(members)
		return nil, NewTypeError("Cannot nest BaseExceptions in '%s'", t.Name)
	}
	o, err := excNew(ts, t, args, kwnames)
	if err != nil {
		Decref(members)
		return nil, err
	}
	e := o.(*Exception)
	Incref(msg)
	e.Value = NewTuple([]Object{msg, members})
	return e, nil
}

func excGroupStr(ts *ThreadState, o Object) (string, error) {
	msg, members, ok := groupState(excOf(o))
	if !ok {
		return baseExceptionStr(ts, excOf(o))
	}
	n := len(members.Items)
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return msg.S + " (" + strconv.Itoa(n) + " sub-exception" + plural + ")", nil
}

// groupCondition is split()/subgroup()'s argument: an exception class, a
// tuple of them, or a predicate.
type groupCondition struct {
	types     Object // class or tuple of classes
	predicate Object
}

func newGroupCondition(c Object) (*groupCondition, error) {
	isExcClass := func(o Object) bool {
		t, ok := o.(*Type)
		return ok && t.IsSubtype(BaseExceptionType)
	}
	if isExcClass(c) {
		return &groupCondition{types: c}, nil
	}
	if tup, ok := c.(*Tuple); ok {
		all := true
		for _, it := range tup.Items {
			if !isExcClass(it) {
				all = false
				break
			}
		}
		if all {
			return &groupCondition{types: c}, nil
		}
	}
	if c.Type().Call != nil {
		return &groupCondition{predicate: c}, nil
	}
	return nil, NewTypeError("expected a function, exception type or tuple of exception types")
}

func (c *groupCondition) matches(ts *ThreadState, e *Exception) (bool, error) {
	if c.types != nil {
		return IsInstanceOf(ts, e, c.types)
	}
	r, err := Call(ts, c.predicate, []Object{e}, nil)
	if err != nil {
		return false, err
	}
	defer Decref(r)
	return Truth(ts, r)
}

// splitGroup returns the parts of e that match and those that do not
// (new references, nil for none); rest is only built when wantRest.
func splitGroup(ts *ThreadState, e *Exception, c *groupCondition, wantRest bool) (match, rest Object, err error) {
	ok, err := c.matches(ts, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return Xref(e), nil, nil
	}
	_, members, isGroup := groupState(e)
	if !isGroup {
		if wantRest {
			return nil, Xref(e), nil
		}
		return nil, nil, nil
	}
	var matched, others []Object
	release := func() {
		for _, o := range matched {
			Decref(o)
		}
		for _, o := range others {
			Decref(o)
		}
	}
	for _, m := range members.Items {
		mm, rr, err := splitGroup(ts, m.(*Exception), c, wantRest)
		if err != nil {
			release()
			return nil, nil, err
		}
		if mm != nil {
			matched = append(matched, mm)
		}
		if rr != nil {
			others = append(others, rr)
		}
	}
	match, err = groupSubset(ts, e, matched)
	if err == nil && wantRest {
		rest, err = groupSubset(ts, e, others)
		if err != nil {
			Decref(match)
			match = nil
		}
	}
	release()
	return match, rest, err
}

// groupSubset is e.derive(items) with e's traceback, cause, context and
// notes, or nil when items is empty.
func groupSubset(ts *ThreadState, e *Exception, items []Object) (Object, error) {
	if len(items) == 0 {
		return nil, nil
	}
	list := NewList(append([]Object(nil), items...))
	for _, o := range items {
		Incref(o)
	}
	r, err := CallMethod(ts, e, "derive", list)
	Decref(list)
	if err != nil {
		return nil, err
	}
	d, ok := r.(*Exception)
	if !ok || !d.cls.IsSubtype(BaseExceptionGroupType) {
		Decref(r)
		return nil, NewTypeError("derive must return an instance of BaseExceptionGroup")
	}
	if e.Traceback != nil {
		Incref(e.Traceback)
		if d.Traceback != nil {
			Decref(d.Traceback)
		}
		d.Traceback = e.Traceback
	}
	if e.Cause != nil {
		Incref(e.Cause)
		if d.Cause != nil {
			Decref(d.Cause)
		}
		d.Cause = e.Cause
	}
	if e.Context != nil {
		Incref(e.Context)
		if d.Context != nil {
			Decref(d.Context)
		}
		d.Context = e.Context
	}
	d.SuppressContext = e.SuppressContext
	if notes := excAttr(e, "__notes__"); notes != None {
		seq, err := NewListFromIterable(ts, notes)
		if err != nil {
			Decref(d)
			return nil, err
		}
		d.InstanceDictSet("__notes__", seq)
	}
	return d, nil
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func setupExceptionGroups() {
	t := BaseExceptionGroupType
	t.Doc = "A combination of multiple unrelated exceptions."
	t.New = excGroupNew
	t.Str = excGroupStr
	addRawGetSet(t, "message", func(ts *ThreadState, o Object) (Object, error) {
		if msg, _, ok := groupState(excOf(o)); ok {
			return Xref(msg), nil
		}
		return None, nil
	}, nil)
	addRawGetSet(t, "exceptions", func(ts *ThreadState, o Object) (Object, error) {
		if _, members, ok := groupState(excOf(o)); ok {
			return Xref(members), nil
		}
		return None, nil
	}, nil)
	addMethod(t, "derive", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		excs, err := OneArg("derive", args, kwnames)
		if err != nil {
			return nil, err
		}
		msg, _, _ := groupState(excOf(self))
		return Call(ts, BaseExceptionGroupType, []Object{orNone(msg), excs}, nil)
	})
	addMethod(t, "split", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		arg, err := OneArg("split", args, kwnames)
		if err != nil {
			return nil, err
		}
		c, err := newGroupCondition(arg)
		if err != nil {
			return nil, err
		}
		m, r, err := splitGroup(ts, excOf(self), c, true)
		if err != nil {
			return nil, err
		}
		if m == nil {
			m = Xref(None)
		}
		if r == nil {
			r = Xref(None)
		}
		return NewTuple([]Object{m, r}), nil
	})
	addMethod(t, "subgroup", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		arg, err := OneArg("subgroup", args, kwnames)
		if err != nil {
			return nil, err
		}
		c, err := newGroupCondition(arg)
		if err != nil {
			return nil, err
		}
		m, _, err := splitGroup(ts, excOf(self), c, false)
		if err != nil {
			return nil, err
		}
		if m == nil {
			return None, nil
		}
		return m, nil
	})
}

// Tracebacks of exception groups, in CPython's layout: the group's own
// traceback behind "  + " / "  | " margins, then each member numbered in a
// box, nested groups indented two more columns (at most 15 members and 10
// levels are shown).

const (
	groupMaxWidth = 15
	groupMaxDepth = 10
)

type groupPrinter struct {
	ts        *ThreadState
	depth     int
	needClose bool
	out       strings.Builder
}

func (p *groupPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text with the current indentation and margin on every line.
func (p *groupPrinter) emit(text string, margin byte) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.out.WriteString(prefix + line)
		}
	}
}

func (p *groupPrinter) format(e *Exception) {
	chain, links := ChainedExceptions(e)
	for i, x := range chain {
		if i > 0 {
			p.emit(links[i-1], '|')
		}
		_, members, isGroup := groupState(x)
		if !isGroup {
			p.emit(formatOne(p.ts, x), '|')
			continue
		}
		if p.depth > groupMaxDepth {
			p.emit("... (max_group_depth is "+strconv.Itoa(groupMaxDepth)+")\n", '|')
			continue
		}
		toplevel := p.depth == 0
		if toplevel {
			p.depth++
		}
		text := formatOne(p.ts, x)
		const header = "Traceback (most recent call last):\n"
		if strings.HasPrefix(text, header) {
			margin := byte('|')
			if toplevel {
				margin = '+'
			}
			p.emit("Exception Group Traceback (most recent call last):\n", margin)
			text = text[len(header):]
		}
		p.emit(text, '|')
		n := len(members.Items)
		if n > groupMaxWidth {
			n = groupMaxWidth + 1
		}
		p.needClose = false
		for j := 0; j < n; j++ {
			last := j == n-1
			if last {
				p.needClose = true
			}
			truncated := j >= groupMaxWidth
			title := strconv.Itoa(j + 1)
			if truncated {
				title = "..."
			}
			lead := "  "
			if j == 0 {
				lead = "+-"
			}
			p.out.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
			p.depth++
			if !truncated {
				p.format(members.Items[j].(*Exception))
			} else {
				remaining := len(members.Items) - groupMaxWidth
				plural := ""
				if remaining > 1 {
					plural = "s"
				}
				p.emit("and "+strconv.Itoa(remaining)+" more exception"+plural+"\n", '|')
			}
			if last && p.needClose {
				p.out.WriteString(p.indent() + "+------------------------------------\n")
				p.needClose = false
			}
			p.depth--
		}
		if toplevel {
			p.depth = 0
		}
	}
}

// chainHasGroup reports whether an exception group is in e's chain.
func chainHasGroup(e *Exception) bool {
	chain, _ := ChainedExceptions(e)
	for _, x := range chain {
		if _, _, ok := groupState(x); ok {
			return true
		}
	}
	return false
}

// formatGroupTraceback is FormatTraceback for chains holding a group.
func formatGroupTraceback(ts *ThreadState, e *Exception) string {
	p := &groupPrinter{ts: ts}
	p.format(e)
	return p.out.String()
}
