package stdlib

import (
	"fmt"
	"strings"

	"github.com/minipy/minipy/runtime"
)

// re.Match and the loops of the re module that produce many matches or
// pieces (finditer, scanner, findall, split, sub), in Go so a match costs
// no Python frames. The Pattern class itself is Python (lib/re.py).

// reSubj is a view of the subject of one operation.
type reSubj struct {
	obj   runtime.Object // the subject as given
	str   *runtime.Str   // str subjects: the str (inside a subclass instance)
	b     []byte         // bytes-like data, or an ASCII str's bytes
	r     []rune         // a non-ASCII str's code points
	isStr bool
}

func (s *reSubj) len() int {
	if s.r != nil {
		return len(s.r)
	}
	return len(s.b)
}

func reView(o runtime.Object) (reSubj, bool) {
	b, r, isStr, ok := reSubjectOf(o)
	if !ok {
		return reSubj{}, false
	}
	s := reSubj{obj: o, b: b, r: r, isStr: isStr}
	if isStr {
		s.str = runtime.Unwrap(o).(*runtime.Str)
	}
	return s, true
}

// slice returns subject[a:b] as a new str or bytes (CPython's getslice: a
// str subclass gives str, any bytes-like object gives bytes).
func (s *reSubj) slice(a, b int) runtime.Object {
	n := s.len()
	a, b = max(0, min(a, n)), max(0, min(b, n))
	if b < a {
		b = a
	}
	if s.isStr {
		if s.r == nil {
			if a == 0 && b == n && s.obj == runtime.Object(s.str) {
				return runtime.Xref(s.str)
			}
			return runtime.NewStr(s.str.S[a:b])
		}
		return runtime.NewStr(string(s.r[a:b]))
	}
	if bo, ok := s.obj.(*runtime.Bytes); ok && a == 0 && b == n {
		return runtime.Xref(bo)
	}
	return runtime.NewBytes(append([]byte(nil), s.b[a:b]...))
}

// appendTo adds subject[a:b] to a result being built.
func (s *reSubj) appendTo(out *strings.Builder, a, b int) {
	if s.r != nil {
		for _, c := range s.r[a:b] {
			out.WriteRune(c)
		}
		return
	}
	out.Write(s.b[a:b])
}

func (s *reSubj) empty() runtime.Object {
	if s.isStr {
		return runtime.NewStr("")
	}
	return runtime.NewBytes(nil)
}

// view checks a subject against the pattern's kind.
func (p *reProgram) view(o runtime.Object) (reSubj, error) {
	s, ok := reView(o)
	if !ok {
		return s, runtime.NewTypeError("expected string or bytes-like object, got '%s'", runtime.TypeName(o))
	}
	if s.isStr != p.prog.textual {
		if p.prog.textual {
			return s, runtime.NewTypeError("cannot use a string pattern on a bytes-like object")
		}
		return s, runtime.NewTypeError("cannot use a bytes pattern on a string-like object")
	}
	return s, nil
}

// exec runs the program on s[:endpos] from pos; the slots it returns are
// the machine's own (valid until the next run). The error is one a signal
// handler raised (KeyboardInterrupt) while the match ran.
func (p *reProgram) exec(ts *runtime.ThreadState, s *reSubj, pos, endpos, mode int, must bool) ([]int, int, bool, error) {
	if s.r == nil {
		m := p.bm
		if m == nil || m.busy {
			// A signal handler running inside a match may match again.
			m = newReMachine[byte](p.prog, ts)
			if p.bm == nil {
				p.bm = m
			}
		}
		m.ts = ts
		return reRunErr(m, s.b, endpos, pos, mode, must)
	}
	m := p.rm
	if m == nil || m.busy {
		m = newReMachine[rune](p.prog, ts)
		if p.rm == nil {
			p.rm = m
		}
	}
	m.ts = ts
	return reRunErr(m, s.r, endpos, pos, mode, must)
}

func reRunErr[T reChar](m *reMachine[T], full []T, endpos, pos, mode int, must bool) ([]int, int, bool, error) {
	m.busy = true
	slots, last, ok := reRun(m, full, endpos, pos, mode, must)
	m.busy = false
	err := m.err
	m.err, m.ts = nil, nil
	if err != nil {
		return nil, 0, false, err
	}
	return slots, last, ok, nil
}

// rePosArgs converts and clamps pos and endpos.
func rePosArgs(ts *runtime.ThreadState, s *reSubj, posObj, endObj runtime.Object) (int, int, error) {
	n := s.len()
	pos, endpos := 0, n
	if posObj != nil {
		v, err := runtime.AsSsize(ts, posObj)
		if err != nil {
			return 0, 0, err
		}
		pos = max(0, min(v, n))
	}
	if endObj != nil {
		v, err := runtime.AsSsize(ts, endObj)
		if err != nil {
			return 0, 0, err
		}
		endpos = max(0, min(v, n))
	}
	return pos, endpos, nil
}

// reMatch is re.Match.
type reMatch struct {
	runtime.Header
	subj   reSubj     // subj.obj is owned
	prog   *reProgram // owned
	spans  []int
	last   int
	pos    int
	endpos int
}

func (*reMatch) Type() *runtime.Type { return reMatchType }

// newReMatch makes a Match of pattern p; it takes its own references.
func newReMatch(p *reProgram, s *reSubj, slots []int, last, pos, endpos int) *reMatch {
	runtime.Incref(p)
	runtime.Incref(s.obj)
	return newObject(&reMatch{prog: p, subj: *s, spans: append([]int(nil), slots...),
		last: last, pos: pos, endpos: endpos})
}

// index resolves a group given by number or name.
func (m *reMatch) index(ts *runtime.ThreadState, g runtime.Object) (int, error) {
	i := -1
	if g.Type().Index != nil {
		v, err := runtime.AsIndexClamped(ts, g)
		if err != nil {
			return 0, err
		}
		i = v
	} else if s, ok := runtime.Unwrap(g).(*runtime.Str); ok {
		if gi, ok := m.prog.parsed.groupNames[s.S]; ok {
			i = gi
		}
	}
	if i < 0 || i > m.prog.parsed.groups {
		return 0, runtime.NewIndexError("no such group")
	}
	return i, nil
}

// group returns group i or def (borrowed) when it did not take part.
func (m *reMatch) group(i int, def runtime.Object) runtime.Object {
	a, b := m.spans[2*i], m.spans[2*i+1]
	if a < 0 {
		return runtime.Xref(def)
	}
	return m.subj.slice(a, b)
}

func reMatchGroup(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	m := self.(*reMatch)
	if len(kwnames) > 0 {
		return nil, runtime.NewTypeError("group() takes no keyword arguments")
	}
	if len(args) == 0 {
		return m.group(0, runtime.None), nil
	}
	if len(args) == 1 {
		i, err := m.index(ts, args[0])
		if err != nil {
			return nil, err
		}
		return m.group(i, runtime.None), nil
	}
	items := make([]runtime.Object, 0, len(args))
	for _, a := range args {
		i, err := m.index(ts, a)
		if err != nil {
			runtime.DecrefAll(items)
			return nil, err
		}
		items = append(items, m.group(i, runtime.None))
	}
	return runtime.NewTuple(items), nil
}

func reMatchGroups(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	m := self.(*reMatch)
	var def runtime.Object
	if err := runtime.UnpackArgs(ts, "groups", args, kwnames, "default?", &def); err != nil {
		return nil, err
	}
	if def == nil {
		def = runtime.None
	}
	items := make([]runtime.Object, m.prog.parsed.groups)
	for i := range items {
		items[i] = m.group(i+1, def)
	}
	return runtime.NewTuple(items), nil
}

func reMatchGroupdict(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	m := self.(*reMatch)
	var def runtime.Object
	if err := runtime.UnpackArgs(ts, "groupdict", args, kwnames, "default?", &def); err != nil {
		return nil, err
	}
	if def == nil {
		def = runtime.None
	}
	d := runtime.NewDict()
	for _, name := range m.prog.parsed.nameOrder {
		v := m.group(m.prog.parsed.groupNames[name], def)
		d.SetStr(name, v)
		runtime.Decref(v)
	}
	return d, nil
}

// reMatchSpanFn makes start, end and span.
func reMatchSpanFn(name string, which int) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		m := self.(*reMatch)
		if len(kwnames) > 0 {
			return nil, runtime.NewTypeError("Match.%s() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return nil, runtime.NewTypeError("%s expected at most 1 argument, got %d", name, len(args))
		}
		i := 0
		if len(args) == 1 {
			var err error
			if i, err = m.index(ts, args[0]); err != nil {
				return nil, err
			}
		}
		a, b := m.spans[2*i], m.spans[2*i+1]
		switch which {
		case 0:
			return runtime.NewInt(int64(a)), nil
		case 1:
			return runtime.NewInt(int64(b)), nil
		}
		return reSpanTuple(a, b), nil
	}
}

func reSpanTuple(a, b int) runtime.Object {
	return runtime.NewTuple([]runtime.Object{runtime.NewInt(int64(a)), runtime.NewInt(int64(b))})
}

// reJoin collects the pieces of a result; a piece of the wrong type is
// reported as str.join / bytes.join would.
type reJoin struct {
	isStr  bool
	out    strings.Builder
	n      int // pieces so far
	badIdx int
	badTyp string
}

func (j *reJoin) addSubject(s *reSubj, a, b int) {
	s.appendTo(&j.out, a, b)
	j.n++
}

func (j *reJoin) addObject(o runtime.Object) {
	if j.isStr {
		if s, ok := runtime.Unwrap(o).(*runtime.Str); ok {
			j.out.WriteString(s.S)
		} else if j.badTyp == "" {
			j.badIdx, j.badTyp = j.n, runtime.TypeName(o)
		}
	} else {
		if b, ok := runtime.BytesData(o); ok {
			j.out.Write(b)
		} else if j.badTyp == "" {
			j.badIdx, j.badTyp = j.n, runtime.TypeName(o)
		}
	}
	j.n++
}

func (j *reJoin) result() (runtime.Object, error) {
	if j.badTyp != "" {
		if j.isStr {
			return nil, runtime.NewTypeError("sequence item %d: expected str instance, %s found", j.badIdx, j.badTyp)
		}
		return nil, runtime.NewTypeError("sequence item %d: expected a bytes-like object, %s found", j.badIdx, j.badTyp)
	}
	if j.isStr {
		return runtime.NewStr(j.out.String()), nil
	}
	return runtime.NewBytes([]byte(j.out.String())), nil
}

// expandInto appends a parsed template, with the groups of spans.
func reExpandInto(j *reJoin, s *reSubj, items *runtime.List, spans []int) {
	for _, it := range items.Items {
		if gi, ok := it.(*runtime.Int); ok {
			g := int(gi.V)
			if 2*g+1 < len(spans) && spans[2*g] >= 0 {
				s.appendTo(&j.out, spans[2*g], spans[2*g+1])
			}
			continue
		}
		j.addObject(it)
		j.n--
	}
	j.n++
}

func reMatchExpand(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	m := self.(*reMatch)
	var template runtime.Object
	if err := runtime.UnpackArgs(ts, "expand", args, kwnames, "template", &template); err != nil {
		return nil, err
	}
	items, err := m.prog.template(ts, template)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(items)
	j := &reJoin{isStr: m.subj.isStr}
	reExpandInto(j, &m.subj, items, m.spans)
	return j.result()
}

func reMatchRepr(ts *runtime.ThreadState, self runtime.Object) (string, error) {
	m := self.(*reMatch)
	g := m.group(0, runtime.None)
	defer runtime.Decref(g)
	r, err := runtime.Repr(ts, g)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.spans[0], m.spans[1], r), nil
}

var reMatchType = func() *runtime.Type {
	t := newType("re", "Match", nil)
	self := func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	addMethods(t, []method{
		{name: "group", fn: reMatchGroup},
		{name: "groups", fn: reMatchGroups},
		{name: "groupdict", fn: reMatchGroupdict},
		{name: "start", fn: reMatchSpanFn("start", 0)},
		{name: "end", fn: reMatchSpanFn("end", 1)},
		{name: "span", fn: reMatchSpanFn("span", 2)},
		{name: "expand", fn: reMatchExpand},
		{name: "__copy__", fn: self},
		{name: "__deepcopy__", fn: self},
	})
	getInt := func(f func(m *reMatch) int) func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(f(self.(*reMatch)))), nil
		}
	}
	addGetters(t, []getter{
		{name: "string", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(self.(*reMatch).subj.obj), nil
		}},
		{name: "re", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(self.(*reMatch).prog), nil
		}},
		{name: "pos", get: getInt(func(m *reMatch) int { return m.pos })},
		{name: "endpos", get: getInt(func(m *reMatch) int { return m.endpos })},
		{name: "lastindex", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			m := self.(*reMatch)
			if m.last < 0 {
				return runtime.None, nil
			}
			return runtime.NewInt(int64(m.last)), nil
		}},
		{name: "lastgroup", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			m := self.(*reMatch)
			for name, i := range m.prog.parsed.groupNames {
				if i == m.last {
					return runtime.NewStr(name), nil
				}
			}
			return runtime.None, nil
		}},
		{name: "regs", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			m := self.(*reMatch)
			items := make([]runtime.Object, len(m.spans)/2)
			for i := range items {
				items[i] = reSpanTuple(m.spans[2*i], m.spans[2*i+1])
			}
			return runtime.NewTuple(items), nil
		}},
	})
	reAddClassGetItem(t)
	t.New = func(ts *runtime.ThreadState, t *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return nil, runtime.NewTypeError("cannot create 're.Match' instances")
	}
	t.Repr = reMatchRepr
	t.GetItem = func(ts *runtime.ThreadState, self, key runtime.Object) (runtime.Object, error) {
		m := self.(*reMatch)
		i, err := m.index(ts, key)
		if err != nil {
			return nil, err
		}
		return m.group(i, runtime.None), nil
	}
	t.Dealloc = func(o runtime.Object) {
		m := o.(*reMatch)
		runtime.Decref(m.prog)
		runtime.Decref(m.subj.obj)
		m.prog, m.subj = nil, reSubj{}
	}
	return t.Ready()
}()

// reScanner is what finditer iterates over and what Pattern.scanner
// returns: successive matches, with CPython's empty-match rule (a match
// right after an empty one must not be empty at the same place).
type reScanner struct {
	runtime.Header
	prog    *reProgram // owned
	subject runtime.Object
	pos     int // the pos and endpos of the call (clamped)
	endpos  int
	cur     int // where the next search starts; -1 when done
	must    bool
}

func (*reScanner) Type() *runtime.Type { return reScannerType }

type reFindIter struct{ reScanner }

func (*reFindIter) Type() *runtime.Type { return reFindIterType }

func (sc *reScanner) next(ts *runtime.ThreadState, mode int) (runtime.Object, error) {
	if sc.cur < 0 {
		return nil, nil
	}
	s, err := sc.prog.view(sc.subject)
	if err != nil {
		return nil, err
	}
	n := s.len()
	endpos := min(sc.endpos, n)
	slots, last, ok, err := sc.prog.exec(ts, &s, min(sc.cur, n), endpos, mode, sc.must)
	if err != nil {
		return nil, err
	}
	if !ok {
		sc.cur = -1
		return nil, nil
	}
	m := newReMatch(sc.prog, &s, slots, last, sc.pos, sc.endpos)
	sc.must = slots[0] == slots[1]
	sc.cur = slots[1]
	return m, nil
}

func reScannerDealloc(o runtime.Object) {
	var sc *reScanner
	switch v := o.(type) {
	case *reScanner:
		sc = v
	case *reFindIter:
		sc = &v.reScanner
	}
	runtime.Decref(sc.prog)
	runtime.Decref(sc.subject)
	sc.prog, sc.subject = nil, nil
}

var reScannerType = func() *runtime.Type {
	t := newType("_re", "SRE_Scanner", nil)
	step := func(mode int) runtime.MethodFn {
		return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m, err := self.(*reScanner).next(ts, mode)
			if m == nil && err == nil {
				return runtime.None, nil
			}
			return m, err
		}
	}
	addMethods(t, []method{{name: "match", fn: step(0)}, {name: "search", fn: step(1)}})
	addGetters(t, []getter{{name: "pattern", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self.(*reScanner).prog), nil
	}}})
	t.Dealloc = reScannerDealloc
	return t.Ready()
}()

var reFindIterType = func() *runtime.Type {
	t := newType("builtins", "callable_iterator", nil)
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return self.(*reFindIter).next(ts, 1)
	}
	t.Dealloc = reScannerDealloc
	return t.Ready()
}()
