package runtime

import (
	"errors"
	"os"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func newTestTS() *ThreadState { return NewInterpreter().Main }

func mustRepr(t *testing.T, ts *ThreadState, o Object) string {
	t.Helper()
	s, err := Repr(ts, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func newTestClass(t *testing.T, ts *ThreadState, name string, bases []*Type, attrs map[string]Object) *Type {
	t.Helper()
	ns := NewDict()
	ns.SetStr("__module__", NewStr("__main__"))
	for k, v := range attrs {
		ns.SetStr(k, v)
	}
	cls, err := NewClass(ts, TypeType, name, bases, ns)
	if err != nil {
		t.Fatalf("NewClass: %v", err)
	}
	return cls
}

func TestListSubclass(t *testing.T) {
	ts := newTestTS()
	cls := newTestClass(t, ts, "L", []*Type{ListType}, nil)
	obj, err := Call(ts, cls, []Object{NewStr("ab")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CallMethod(ts, obj, "append", NewInt(3)); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, ts, obj); got != "['a', 'b', 3]" {
		t.Errorf("repr = %s", got)
	}
	n, err := Len(ts, obj)
	if err != nil || n != 3 {
		t.Errorf("len = %d, %v", n, err)
	}
	sum, err := BinaryOp(ts, OpAdd, obj, NewList([]Object{NewInt(4)}))
	if err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, ts, sum); got != "['a', 'b', 3, 4]" {
		t.Errorf("L + list = %s", got)
	}
	if err := SetItem(ts, obj, NewInt(0), NewStr("z")); err != nil {
		t.Fatal(err)
	}
	v, err := GetItem(ts, obj, NewInt(0))
	if err != nil || mustRepr(t, ts, v) != "'z'" {
		t.Errorf("L[0] = %v, %v", v, err)
	}
	ok, err := IsInstanceOf(ts, obj, ListType)
	if err != nil || !ok {
		t.Errorf("isinstance(L(), list) = %v, %v", ok, err)
	}
}

func TestDictMissing(t *testing.T) {
	ts := newTestTS()
	missing := NewBuiltin("__missing__", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		r, _ := Repr(ts, args[len(args)-1])
		return NewStr("missing " + r), nil
	})
	cls := newTestClass(t, ts, "D", []*Type{DictType}, map[string]Object{"__missing__": missing})
	d, err := Call(ts, cls, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := SetItem(ts, d, NewStr("a"), NewInt(1)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key  Object
		want string
	}{{NewStr("a"), "1"}, {NewStr("b"), "'missing \\'b\\''"}} {
		v, err := GetItem(ts, d, c.key)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustRepr(t, ts, v); got != c.want && got != `"missing 'b'"` {
			t.Errorf("d[%v] = %s, want %s", c.key, got, c.want)
		}
	}
	// d.__getitem__ goes through __missing__ too; d.get does not.
	v, err := CallMethod(ts, d, "__getitem__", NewStr("zz"))
	if err != nil || mustRepr(t, ts, v) != `"missing 'zz'"` {
		t.Errorf("d.__getitem__('zz') = %v, %v", v, err)
	}
	v, err = CallMethod(ts, d, "get", NewStr("zz"))
	if err != nil || v != None {
		t.Errorf("d.get('zz') = %v, %v", v, err)
	}
	// A plain dict raises KeyError with the key.
	_, err = GetItem(ts, NewDict(), NewStr("k"))
	if !ErrorMatches(err, KeyErrorType) || ExcMessage(err) != "k" {
		t.Errorf("{}['k'] error = %v", err)
	}
}

type keyed struct {
	key   int
	label string
}

func TestSortStability(t *testing.T) {
	ts := newTestTS()
	data := []keyed{{3, "a"}, {1, "b"}, {3, "c"}, {2, "d"}, {1, "e"}, {3, "f"}, {2, "g"}, {1, "h"}}
	// Repeat to exercise the merge phase (runs longer than minRun).
	var all []keyed
	for i := 0; i < 20; i++ {
		for _, d := range data {
			all = append(all, keyed{d.key, d.label + string(rune('A'+i%26))})
		}
	}
	items := make([]Object, len(all))
	for i, d := range all {
		items[i] = NewTuple([]Object{NewInt(int64(d.key)), NewStr(d.label)})
	}
	l := NewList(items)
	key := NewBuiltin("key", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		return Xref(args[0].(*Tuple).Items[0]), nil
	})
	for _, reverse := range []bool{false, true} {
		lc := NewListCopy(l.Items)
		if err := SortList(ts, lc, key, reverse); err != nil {
			t.Fatal(err)
		}
		// Expected: stable order by key (descending when reversed).
		var want []string
		order := []int{1, 2, 3}
		if reverse {
			order = []int{3, 2, 1}
		}
		for _, k := range order {
			for _, d := range all {
				if d.key == k {
					want = append(want, d.label)
				}
			}
		}
		var got []string
		for _, x := range lc.Items {
			got = append(got, x.(*Tuple).Items[1].(*Str).S)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reverse=%v: sort not stable (-want +got):\n%s", reverse, diff)
		}
	}
}

func TestSortErrors(t *testing.T) {
	ts := newTestTS()
	l := NewList([]Object{NewInt(1), NewStr("a"), NewInt(2)})
	err := SortList(ts, l, None, false)
	if !ErrorMatches(err, TypeErrorType) || ExcMessage(err) != "'<' not supported between instances of 'str' and 'int'" {
		t.Errorf("sort([1, 'a', 2]) error = %v", err)
	}
	if len(l.Items) != 3 {
		t.Errorf("list lost items after a failed sort: %d", len(l.Items))
	}
	// A key function that mutates the list.
	target := NewList([]Object{NewInt(3), NewInt(1), NewInt(2)})
	key := NewBuiltin("key", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		target.Append(NewInt(99))
		return Xref(args[0]), nil
	})
	err = SortList(ts, target, key, false)
	if !ErrorMatches(err, ValueErrorType) || ExcMessage(err) != "list modified during sort" {
		t.Errorf("mutating sort error = %v", err)
	}
	if got := mustRepr(t, ts, target); got != "[1, 2, 3]" {
		t.Errorf("after mutating sort: %s", got)
	}
}

func TestOSErrorFromGo(t *testing.T) {
	ts := newTestTS()
	_, err := os.Open("/nonexistent/minipy-test")
	e := NewOSErrorFromGo(err)
	if e.Type() != FileNotFoundErrorType {
		t.Errorf("type = %s", e.Type().Name)
	}
	s, _ := ExceptionStr(ts, e)
	if s != "[Errno 2] No such file or directory: '/nonexistent/minipy-test'" {
		t.Errorf("str = %q", s)
	}
	errno, _ := GetAttrStr(ts, e, "errno")
	if mustRepr(t, ts, errno) != "2" {
		t.Errorf("errno = %v", errno)
	}
	for _, c := range []struct {
		err  error
		typ  *Type
		text string
	}{
		{syscall.EACCES, PermissionErrorType, "[Errno 13] Permission denied"},
		{syscall.EEXIST, FileExistsErrorType, "[Errno 17] File exists"},
		{syscall.EISDIR, IsADirectoryErrorType, "[Errno 21] Is a directory"},
		{syscall.ECONNREFUSED, ConnectionRefusedErrorType, "[Errno 111] Connection refused"},
		{&os.PathError{Op: "mkdir", Path: "d", Err: syscall.EEXIST}, FileExistsErrorType, "[Errno 17] File exists: 'd'"},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.ENOENT}, FileNotFoundErrorType, "[Errno 2] No such file or directory: 'a' -> 'b'"},
		{errors.New("weird"), OSErrorType, "weird"},
	} {
		e := NewOSErrorFromGo(c.err)
		s, _ := ExceptionStr(ts, e)
		if e.Type() != c.typ || s != c.text {
			t.Errorf("%v: got %s %q, want %s %q", c.err, e.Type().Name, s, c.typ.Name, c.text)
		}
	}
}

func TestSyntaxErrorConstructor(t *testing.T) {
	ts := newTestTS()
	e := NewSyntaxError(nil, "invalid syntax", "dir/prog.py", 3, 5, "x = = 1\n", 3, 6)
	s, _ := ExceptionStr(ts, e)
	if s != "invalid syntax (prog.py, line 3)" {
		t.Errorf("str = %q", s)
	}
	if got := syntaxErrorDetail(e, true); got != "  File \"dir/prog.py\", line 3\n    x = = 1\n        ^\n" {
		t.Errorf("detail = %q", got)
	}
}

func TestUserFormat(t *testing.T) {
	ts := newTestTS()
	format := NewBuiltin("__format__", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		return NewStr("<" + args[len(args)-1].(*Str).S + ">"), nil
	})
	cls := newTestClass(t, ts, "F", nil, map[string]Object{"__format__": format})
	obj, err := Call(ts, cls, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := FormatObject(ts, obj, ">10")
	if err != nil || s != "<>10>" {
		t.Errorf("format(F(), '>10') = %q, %v", s, err)
	}
	plain := newTestClass(t, ts, "P", nil, nil)
	p, _ := Call(ts, plain, nil, nil)
	_, err = FormatObject(ts, p, "x")
	if !ErrorMatches(err, TypeErrorType) || ExcMessage(err) != "unsupported format string passed to P.__format__" {
		t.Errorf("format(P(), 'x') error = %v", err)
	}
	r, err := StrFormat(ts, "{0:>3}|{0!r}", []Object{NewInt(7)}, nil)
	if err != nil || r != "  7|7" {
		t.Errorf("StrFormat = %q, %v", r, err)
	}
}

func TestInstanceCheckHook(t *testing.T) {
	ts := newTestTS()
	check := NewBuiltin("__instancecheck__", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		_, isInt := args[len(args)-1].(*Int)
		return NewBool(isInt), nil
	})
	meta := newTestClass(t, ts, "Meta", []*Type{TypeType}, map[string]Object{"__instancecheck__": check})
	ns := NewDict()
	cls, err := NewClass(ts, meta, "IntLike", nil, ns)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		obj  Object
		want bool
	}{{NewInt(5), true}, {NewStr("x"), false}} {
		got, err := IsInstanceOf(ts, c.obj, cls)
		if err != nil || got != c.want {
			t.Errorf("isinstance(%v, IntLike) = %v, %v", c.obj, got, err)
		}
	}
	got, err := IsInstanceOf(ts, NewInt(5), NewTuple([]Object{StrType, cls}))
	if err != nil || !got {
		t.Errorf("isinstance(5, (str, IntLike)) = %v, %v", got, err)
	}
}

func TestInitSubclass(t *testing.T) {
	ts := newTestTS()
	base := newTestClass(t, ts, "Base", nil, nil)
	sub := newTestClass(t, ts, "Sub", []*Type{base}, nil)
	if err := InitSubclass(ts, sub, nil, nil); err != nil {
		t.Errorf("InitSubclass: %v", err)
	}
	err := InitSubclass(ts, sub, []Object{NewInt(1)}, []string{"flag"})
	if !ErrorMatches(err, TypeErrorType) || ExcMessage(err) != "Sub.__init_subclass__() takes no keyword arguments" {
		t.Errorf("InitSubclass(flag=1) error = %v", err)
	}
}

func TestRefcounts(t *testing.T) {
	ts := newTestTS()
	x := NewStr("some text that is not interned")
	l := NewList(nil)
	l.Append(x)
	l.Append(x)
	if RefCount(x) != 3 {
		t.Errorf("after two appends: %d", RefCount(x))
	}
	if _, err := CallMethod(ts, l, "pop"); err != nil {
		t.Fatal(err)
	}
	// pop returned a new reference we did not keep: 3 - 0 (list gave its ref
	// to the result, result dropped below).
	Decref(x) // the popped reference
	if RefCount(x) != 2 {
		t.Errorf("after pop: %d", RefCount(x))
	}
	s := NewSet()
	if err := SetAdd(ts, s, x); err != nil {
		t.Fatal(err)
	}
	if RefCount(x) != 3 {
		t.Errorf("after set add: %d", RefCount(x))
	}
	Decref(s)
	Decref(l)
	if RefCount(x) != 1 {
		t.Errorf("after freeing containers: %d", RefCount(x))
	}
	d := NewDict()
	d.SetItem(ts, x, x)
	keys, _ := CallMethod(ts, d, "keys")
	it, _ := GetIter(ts, keys)
	v, _ := Next(ts, it)
	if v != Object(x) {
		t.Errorf("dict key iterator returned %v", v)
	}
	Decref(v)
	Decref(it)
	Decref(keys)
	Decref(d)
	if RefCount(x) != 1 {
		t.Errorf("after dict and views: %d", RefCount(x))
	}
}

func TestArgumentMessages(t *testing.T) {
	ts := newTestTS()
	var a, b Object
	n := 0
	cases := []struct {
		err  error
		want string
	}{
		{UnpackArgs(ts, "f", []Object{None, None, None}, nil, "a", &a, "b?", &b), "f() takes at most 2 arguments (3 given)"},
		{UnpackArgs(ts, "f", []Object{None, None}, []string{"x"}, "a", &a, "b?", &b), "'x' is an invalid keyword argument for f()"},
		{UnpackArgs(ts, "f", nil, nil, "a", &a), "f() missing required argument 'a' (pos 1)"},
		{UnpackArgs(ts, "f", []Object{None, None}, []string{"a"}, "a", &a, "b?", &b), "argument for f() given by name ('a') and position (1)"},
		{UnpackArgs(ts, "f", []Object{None}, nil, "*", "a?", &a), "f() takes no positional arguments"},
		{UnpackArgs(ts, "f", []Object{NewStr("x")}, nil, "n", &n), "'str' object cannot be interpreted as an integer"},
		{UnpackPositional(ts, "str.center", nil, nil, 1, &a, &b), "center expected at least 1 argument, got 0"},
		{UnpackPositional(ts, "str.center", []Object{None}, []string{"w"}, 1, &a), "str.center() takes no keyword arguments"},
		{UnpackTuple(ts, "str.find", nil, nil, 1, &a, &b), "find() takes at least 1 argument (0 given)"},
		{NoArgs("str.upper", []Object{None}, nil), "str.upper() takes no arguments (1 given)"},
	}
	for i, c := range cases {
		if c.err == nil || ExcMessage(c.err) != c.want {
			t.Errorf("case %d: got %v, want %q", i, c.err, c.want)
		}
	}
	if _, err := OneArg("list.append", nil, nil); err == nil || ExcMessage(err) != "list.append() takes exactly one argument (0 given)" {
		t.Errorf("OneArg: %v", err)
	}
}

func TestSetIterationMatchesCPythonAfterDeletes(t *testing.T) {
	ts := newTestTS()
	// s = set(range(10)); s -= {1, 3}; s |= {11, 13, 17}; s.discard(0); s.add(100)
	// print(s) -> {2, 4, 5, 6, 7, 8, 9, 100, 11, 13, 17} (CPython 3.11)
	s, _ := NewSetFromIterable(ts, NewRangeInts(0, 10, 1))
	rm, _ := NewSetFromIterable(ts, NewList([]Object{NewInt(1), NewInt(3)}))
	r, err := InplaceOp(ts, OpSub, s, rm)
	if err != nil {
		t.Fatal(err)
	}
	Decref(r)
	add, _ := NewSetFromIterable(ts, NewList([]Object{NewInt(11), NewInt(13), NewInt(17)}))
	r, err = InplaceOp(ts, OpOr, s, add)
	if err != nil {
		t.Fatal(err)
	}
	Decref(r)
	if _, err := CallMethod(ts, s, "discard", NewInt(0)); err != nil {
		t.Fatal(err)
	}
	if _, err := CallMethod(ts, s, "add", NewInt(100)); err != nil {
		t.Fatal(err)
	}
	if got := mustRepr(t, ts, s); got != "{2, 4, 5, 6, 7, 8, 9, 100, 11, 13, 17}" {
		t.Errorf("set = %s", got)
	}
}

func TestDirAndHashDefaults(t *testing.T) {
	ts := newTestTS()
	m := NewModule("m")
	m.Set("x", NewInt(1))
	names, err := Dir(ts, m)
	want := []string{"__doc__", "__loader__", "__name__", "__package__", "__spec__", "x"}
	if err != nil || !cmp.Equal(names, want) {
		t.Errorf("dir(module) = %v, %v", names, err)
	}
	cls := newTestClass(t, ts, "C", nil, map[string]Object{"attr": NewInt(1)})
	obj, _ := Call(ts, cls, nil, nil)
	SetAttr(ts, obj, NewStr("inst"), NewInt(2))
	names, _ = Dir(ts, obj)
	for _, n := range []string{"attr", "inst", "__dict__", "__weakref__", "__module__", "__init__"} {
		found := false
		for _, x := range names {
			found = found || x == n
		}
		if !found {
			t.Errorf("dir(C()) lacks %s: %v", n, names)
		}
	}
	eq := NewBuiltin("__eq__", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) { return True, nil })
	ecls := newTestClass(t, ts, "E", nil, map[string]Object{"__eq__": eq})
	e, _ := Call(ts, ecls, nil, nil)
	if _, err := Hash(ts, e); !ErrorMatches(err, TypeErrorType) || ExcMessage(err) != "unhashable type: 'E'" {
		t.Errorf("hash(E()) error = %v", err)
	}
	if _, err := Hash(ts, obj); err != nil {
		t.Errorf("hash(C()) error = %v", err)
	}
}

func TestPropertyDescriptor(t *testing.T) {
	ts := newTestTS()
	getter := NewBuiltin("get", func(ts *ThreadState, args []Object, kwnames []string) (Object, error) {
		return NewStr("got"), nil
	})
	prop, err := Call(ts, PropertyType, []Object{getter}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cls := newTestClass(t, ts, "C", nil, map[string]Object{"p": prop})
	obj, _ := Call(ts, cls, nil, nil)
	v, err := GetAttrStr(ts, obj, "p")
	if err != nil || mustRepr(t, ts, v) != "'got'" {
		t.Errorf("C().p = %v, %v", v, err)
	}
	err = SetAttr(ts, obj, NewStr("p"), NewInt(1))
	if !ErrorMatches(err, AttributeErrorType) || ExcMessage(err) != "property 'p' of 'C' object has no setter" {
		t.Errorf("C().p = 1 error = %v", err)
	}
	// A subclass of property works as a descriptor too.
	sub := newTestClass(t, ts, "myprop", []*Type{PropertyType}, nil)
	sp, err := Call(ts, sub, []Object{getter}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cls2 := newTestClass(t, ts, "D", nil, map[string]Object{"q": sp})
	d, _ := Call(ts, cls2, nil, nil)
	v, err = GetAttrStr(ts, d, "q")
	if err != nil || mustRepr(t, ts, v) != "'got'" {
		t.Errorf("D().q = %v, %v", v, err)
	}
	cv, err := GetAttrStr(ts, cls2, "q")
	if err != nil || cv != sp {
		t.Errorf("D.q = %v, %v", cv, err)
	}
	// staticmethod and classmethod bind as CPython does.
	sm := NewStaticMethod(getter)
	cm := NewClassMethod(getter)
	cls3 := newTestClass(t, ts, "E", nil, map[string]Object{"s": sm, "c": cm})
	v, err = CallMethod(ts, cls3, "s")
	if err != nil || mustRepr(t, ts, v) != "'got'" {
		t.Errorf("E.s() = %v, %v", v, err)
	}
	b, err := GetAttrStr(ts, cls3, "c")
	if m, ok := b.(*Method); err != nil || !ok || m.Self != Object(cls3) {
		t.Errorf("E.c = %v, %v", b, err)
	}
}
