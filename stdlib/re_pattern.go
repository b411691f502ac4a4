package stdlib

import (
	"strconv"
	"strings"

	"github.com/minipy/minipy/runtime"
)

// re.Pattern: a compiled pattern and its methods.

type reProgram struct {
	runtime.Header
	prog   *reProg
	parsed *reParsed
	source runtime.Object // the pattern as given (str or bytes)
	// templateFn(pattern, repl) parses a replacement template into a list
	// of literals and group numbers; compileFn is re._compile.
	templateFn runtime.Object
	compileFn  runtime.Object
	// templates caches parsed str and bytes templates by their text.
	templates map[string]*runtime.List
	// One machine of each kind, reused: matching runs no Python code
	// (except signal handlers, which get a machine of their own).
	bm *reMachine[byte]
	rm *reMachine[rune]
}

func (*reProgram) Type() *runtime.Type { return rePatternType }

// template returns the parsed template for repl (a new reference).
func (p *reProgram) template(ts *runtime.ThreadState, repl runtime.Object) (*runtime.List, error) {
	var key string
	cacheable := false
	switch v := repl.(type) {
	case *runtime.Str:
		key, cacheable = "s"+v.S, true
	case *runtime.Bytes:
		key, cacheable = "b"+string(v.B), true
	}
	if cacheable {
		if l, ok := p.templates[key]; ok {
			runtime.Incref(l)
			return l, nil
		}
	}
	items, err := runtime.Call(ts, p.templateFn, []runtime.Object{p, repl}, nil)
	if err != nil {
		return nil, err
	}
	l, ok := items.(*runtime.List)
	if !ok {
		runtime.Decref(items)
		return nil, runtime.NewTypeError("bad template")
	}
	if cacheable && len(p.templates) < 100 {
		if p.templates == nil {
			p.templates = map[string]*runtime.List{}
		}
		runtime.Incref(l)
		p.templates[key] = l
	}
	return l, nil
}

// subjectArgs unpacks and converts the (string, pos=0, endpos=sys.maxsize)
// arguments of the method name.
func (p *reProgram) subjectArgs(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string) (reSubj, int, int, error) {
	var str, posObj, endObj runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "string", &str, "pos?", &posObj, "endpos?", &endObj); err != nil {
		return reSubj{}, 0, 0, err
	}
	s, err := p.view(str)
	if err != nil {
		return s, 0, 0, err
	}
	pos, endpos, err := rePosArgs(ts, &s, posObj, endObj)
	return s, pos, endpos, err
}

// rePatternSearch makes match, search and fullmatch(string, pos=0,
// endpos=sys.maxsize).
func rePatternSearch(name string, mode int) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		p := self.(*reProgram)
		s, pos, endpos, err := p.subjectArgs(ts, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		slots, last, ok, err := p.exec(ts, &s, pos, endpos, mode, false)
		if err != nil {
			return nil, err
		}
		if !ok {
			return runtime.None, nil
		}
		return newReMatch(p, &s, slots, last, pos, endpos), nil
	}
}

// rePatternIter makes finditer and scanner(string, pos=0, endpos=sys.maxsize).
func rePatternIter(name string, scanner bool) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		p := self.(*reProgram)
		s, pos, endpos, err := p.subjectArgs(ts, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		runtime.Incref(p)
		runtime.Incref(s.obj)
		sc := reScanner{prog: p, subject: s.obj, pos: pos, endpos: endpos, cur: pos}
		if scanner {
			return newObject(&sc), nil
		}
		return newObject(&reFindIter{sc}), nil
	}
}

// rePatternFindall is findall(string, pos=0, endpos=sys.maxsize).
func rePatternFindall(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	p := self.(*reProgram)
	s, pos, endpos, err := p.subjectArgs(ts, "findall", args, kwnames)
	if err != nil {
		return nil, err
	}
	groups := p.parsed.groups
	var out []runtime.Object
	must := false
	for cur := pos; cur <= endpos; {
		slots, _, ok, err := p.exec(ts, &s, cur, endpos, 1, must)
		if err != nil {
			runtime.DecrefAll(out)
			return nil, err
		}
		if !ok {
			break
		}
		switch groups {
		case 0:
			out = append(out, s.slice(slots[0], slots[1]))
		case 1:
			if slots[2] < 0 {
				out = append(out, s.empty())
			} else {
				out = append(out, s.slice(slots[2], slots[3]))
			}
		default:
			items := make([]runtime.Object, groups)
			for g := 1; g <= groups; g++ {
				if slots[2*g] < 0 {
					items[g-1] = s.empty()
				} else {
					items[g-1] = s.slice(slots[2*g], slots[2*g+1])
				}
			}
			out = append(out, runtime.NewTuple(items))
		}
		must = slots[0] == slots[1]
		cur = slots[1]
	}
	return runtime.NewList(out), nil
}

// rePatternSplit is split(string, maxsplit=0).
func rePatternSplit(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	p := self.(*reProgram)
	var str, maxObj runtime.Object
	if err := runtime.UnpackArgs(ts, "split", args, kwnames, "string", &str, "maxsplit?", &maxObj); err != nil {
		return nil, err
	}
	s, err := p.view(str)
	if err != nil {
		return nil, err
	}
	maxsplit := 0
	if maxObj != nil {
		if maxsplit, err = runtime.AsSsize(ts, maxObj); err != nil {
			return nil, err
		}
	}
	n := s.len()
	if maxsplit < 0 {
		return runtime.NewList([]runtime.Object{s.slice(0, n)}), nil
	}
	groups := p.parsed.groups
	var out []runtime.Object
	last, count, must := 0, 0, false
	for cur := 0; maxsplit == 0 || count < maxsplit; {
		slots, _, ok, err := p.exec(ts, &s, cur, n, 1, must)
		if err != nil {
			runtime.DecrefAll(out)
			return nil, err
		}
		if !ok {
			break
		}
		out = append(out, s.slice(last, slots[0]))
		for g := 1; g <= groups; g++ {
			if slots[2*g] < 0 {
				out = append(out, runtime.Xref(runtime.None))
			} else {
				out = append(out, s.slice(slots[2*g], slots[2*g+1]))
			}
		}
		last = slots[1]
		count++
		must = slots[0] == slots[1]
		cur = slots[1]
	}
	out = append(out, s.slice(last, n))
	return runtime.NewList(out), nil
}

// rePatternSub makes sub and subn(repl, string, count=0): repl is a
// template or a callable given each Match.
func rePatternSub(name string, withCount bool) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		p := self.(*reProgram)
		var repl, str, countObj runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "repl", &repl, "string", &str, "count?", &countObj); err != nil {
			return nil, err
		}
		res, n, err := p.sub(ts, repl, str, countObj)
		if err != nil {
			return nil, err
		}
		if !withCount {
			return res, nil
		}
		return runtime.NewTuple([]runtime.Object{res, runtime.NewInt(int64(n))}), nil
	}
}

func (p *reProgram) sub(ts *runtime.ThreadState, repl, str, countObj runtime.Object) (runtime.Object, int, error) {
	s, err := p.view(str)
	if err != nil {
		return nil, 0, err
	}
	count := 0
	if countObj != nil {
		if count, err = runtime.AsSsize(ts, countObj); err != nil {
			return nil, 0, err
		}
	}
	var items *runtime.List
	if repl.Type().Call == nil {
		if items, err = p.template(ts, repl); err != nil {
			return nil, 0, err
		}
		defer runtime.Decref(items)
	}
	j := &reJoin{isStr: s.isStr}
	n := s.len()
	last, nsub, must := 0, 0, false
	for cur := 0; count <= 0 || nsub < count; {
		slots, lastIndex, ok, err := p.exec(ts, &s, cur, n, 1, must)
		if err != nil {
			return nil, 0, err
		}
		if !ok {
			break
		}
		b, e := slots[0], slots[1]
		if last < b {
			j.addSubject(&s, last, b)
		}
		if items != nil {
			reExpandInto(j, &s, items, slots)
		} else {
			m := newReMatch(p, &s, slots, lastIndex, 0, n)
			v, err := runtime.Call(ts, repl, []runtime.Object{m}, nil)
			runtime.Decref(m)
			if err != nil {
				return nil, 0, err
			}
			if v != runtime.None {
				j.addObject(v)
			}
			runtime.Decref(v)
		}
		last = e
		nsub++
		must = b == e
		cur = e
	}
	if last < n {
		j.addSubject(&s, last, n)
	}
	res, err := j.result()
	return res, nsub, err
}

// reFlagNames are the flags in the order CPython's Pattern repr lists them.
var reFlagNames = []struct {
	bit  int
	name string
}{{reTemplate, "TEMPLATE"}, {reIgnoreCase, "IGNORECASE"}, {reLocale, "LOCALE"}, {reMultiline, "MULTILINE"},
	{reDotAll, "DOTALL"}, {reUnicode, "UNICODE"}, {reVerbose, "VERBOSE"}, {reDebug, "DEBUG"}, {reASCII, "ASCII"}}

func rePatternRepr(ts *runtime.ThreadState, self runtime.Object) (string, error) {
	p := self.(*reProgram)
	r, err := runtime.Repr(ts, p.source)
	if err != nil {
		return "", err
	}
	if rs := []rune(r); len(rs) > 200 {
		r = string(rs[:200])
	}
	flags := p.parsed.flags
	if p.prog.textual && flags&(reLocale|reUnicode|reASCII) == reUnicode {
		flags &^= reUnicode
	}
	if flags == 0 {
		return "re.compile(" + r + ")", nil
	}
	var names []string
	for _, f := range reFlagNames {
		if flags&f.bit != 0 {
			names = append(names, "re."+f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	return "re.compile(" + r + ", " + strings.Join(names, "|") + ")", nil
}

var rePatternType = func() *runtime.Type {
	t := newType("re", "Pattern", nil)
	self := func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	addMethods(t, []method{
		{name: "match", fn: rePatternSearch("match", 0)},
		{name: "search", fn: rePatternSearch("search", 1)},
		{name: "fullmatch", fn: rePatternSearch("fullmatch", 2)},
		{name: "finditer", fn: rePatternIter("finditer", false)},
		{name: "scanner", fn: rePatternIter("scanner", true)},
		{name: "findall", fn: rePatternFindall},
		{name: "split", fn: rePatternSplit},
		{name: "sub", fn: rePatternSub("sub", false)},
		{name: "subn", fn: rePatternSub("subn", true)},
		{name: "__copy__", fn: self},
		{name: "__deepcopy__", fn: self},
		{name: "__reduce__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			p := self.(*reProgram)
			runtime.Incref(p.compileFn)
			runtime.Incref(p.source)
			a := runtime.NewTuple([]runtime.Object{p.source, runtime.NewInt(int64(p.parsed.flags))})
			return runtime.NewTuple([]runtime.Object{p.compileFn, a}), nil
		}},
	})
	addGetters(t, []getter{
		{name: "pattern", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(self.(*reProgram).source), nil
		}},
		{name: "groups", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(self.(*reProgram).parsed.groups)), nil
		}},
		{name: "flags", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(self.(*reProgram).parsed.flags)), nil
		}},
		{name: "groupindex", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			p := self.(*reProgram).parsed
			d := runtime.NewDict()
			for _, name := range p.nameOrder {
				v := runtime.NewInt(int64(p.groupNames[name]))
				d.SetStr(name, v)
				runtime.Decref(v)
			}
			mp := runtime.NewMappingProxy(d)
			runtime.Decref(d)
			return mp, nil
		}},
	})
	reAddClassGetItem(t)
	t.New = func(ts *runtime.ThreadState, t *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return nil, runtime.NewTypeError("cannot create 're.Pattern' instances")
	}
	t.Repr = rePatternRepr
	t.Hash = func(ts *runtime.ThreadState, self runtime.Object) (int64, error) {
		p := self.(*reProgram)
		h, err := runtime.Hash(ts, p.source)
		if err != nil {
			return 0, err
		}
		h ^= int64(p.parsed.flags) * 1000003
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.Compare = func(ts *runtime.ThreadState, self, other runtime.Object, op runtime.CmpOp) (runtime.Object, error) {
		q, ok := other.(*reProgram)
		if !ok || (op != runtime.CmpEq && op != runtime.CmpNe) {
			return runtime.NotImplemented, nil
		}
		p := self.(*reProgram)
		eq := p == q
		if !eq && p.parsed.flags == q.parsed.flags && p.prog.textual == q.prog.textual {
			var err error
			if eq, err = runtime.Equal(ts, p.source, q.source); err != nil {
				return nil, err
			}
		}
		return runtime.NewBool(eq == (op == runtime.CmpEq)), nil
	}
	t.Dealloc = func(o runtime.Object) {
		p := o.(*reProgram)
		for _, l := range p.templates {
			runtime.Decref(l)
		}
		runtime.Decref(p.source)
		runtime.Decref(p.templateFn)
		runtime.Decref(p.compileFn)
		p.templates, p.source, p.templateFn, p.compileFn = nil, nil, nil, nil
	}
	return t.Ready()
}()

// reAddClassGetItem gives a type Pattern[str]-style subscription.
func reAddClassGetItem(t *runtime.Type) {
	cg := runtime.NewMethod(t, "__class_getitem__", func(ts *runtime.ThreadState, cls runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return nil, runtime.NewTypeError("%s.__class_getitem__() takes exactly one argument (%d given)", t.Name, len(args))
		}
		return runtime.NewGenericAlias(cls, args[0]), nil
	})
	cg.Class = true
	t.Dict.SetStr("__class_getitem__", cg)
}
