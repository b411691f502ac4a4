package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// The operator module: Python's operators as functions, plus the callable
// objects itemgetter, attrgetter and methodcaller. It is written in Go
// because its functions are used as keys and reducers in hot loops.

func init() {
	register("operator", initOperator)
	register("_operator", initOperator)
}

type opFunc func(ts *runtime.ThreadState, args []runtime.Object) (runtime.Object, error)

// opDef is one operator function; nargs is its exact positional count.
type opDef struct {
	names []string // the plain name and its dunder alias, if any
	nargs int
	fn    opFunc
}

func binaryDef(name string, op runtime.BinOp, dunder bool) opDef {
	names := []string{name}
	if dunder {
		names = append(names, "__"+strings.TrimSuffix(name, "_")+"__")
	}
	return opDef{names, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.BinaryOp(ts, op, a[0], a[1])
	}}
}

func inplaceDef(name string, op runtime.BinOp) opDef {
	return opDef{[]string{name, "__" + name + "__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.InplaceOp(ts, op, a[0], a[1])
	}}
}

func compareDef(name string, op runtime.CmpOp) opDef {
	return opDef{[]string{name, "__" + name + "__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.RichCompare(ts, a[0], a[1], op)
	}}
}

func unaryDef(names []string, op runtime.UnaryOp) opDef {
	return opDef{names, 1, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.UnaryOperation(ts, op, a[0])
	}}
}

var operatorDefs = []opDef{
	compareDef("lt", runtime.CmpLt), compareDef("le", runtime.CmpLe), compareDef("eq", runtime.CmpEq),
	compareDef("ne", runtime.CmpNe), compareDef("ge", runtime.CmpGe), compareDef("gt", runtime.CmpGt),
	{[]string{"not_", "__not__"}, 1, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		t, err := runtime.Truth(ts, a[0])
		return runtime.NewBool(!t), err
	}},
	{[]string{"truth"}, 1, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		t, err := runtime.Truth(ts, a[0])
		return runtime.NewBool(t), err
	}},
	{[]string{"is_"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(a[0] == a[1]), nil
	}},
	{[]string{"is_not"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(a[0] != a[1]), nil
	}},
	unaryDef([]string{"abs", "__abs__"}, runtime.OpAbs),
	binaryDef("add", runtime.OpAdd, true),
	binaryDef("and_", runtime.OpAnd, true),
	binaryDef("floordiv", runtime.OpFloorDiv, true),
	{[]string{"index", "__index__"}, 1, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.Index(ts, a[0])
	}},
	unaryDef([]string{"inv", "invert", "__inv__", "__invert__"}, runtime.OpInvert),
	binaryDef("lshift", runtime.OpLShift, true),
	binaryDef("mod", runtime.OpMod, true),
	binaryDef("mul", runtime.OpMul, true),
	binaryDef("matmul", runtime.OpMatMul, true),
	unaryDef([]string{"neg", "__neg__"}, runtime.OpNeg),
	binaryDef("or_", runtime.OpOr, true),
	unaryDef([]string{"pos", "__pos__"}, runtime.OpPos),
	binaryDef("pow", runtime.OpPow, true),
	binaryDef("rshift", runtime.OpRShift, true),
	binaryDef("sub", runtime.OpSub, true),
	binaryDef("truediv", runtime.OpTrueDiv, true),
	binaryDef("xor", runtime.OpXor, true),
	{[]string{"concat", "__concat__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		if !isSequence(a[0]) {
			return nil, runtime.NewTypeError("'%s' object can't be concatenated", runtime.TypeName(a[0]))
		}
		return runtime.BinaryOp(ts, runtime.OpAdd, a[0], a[1])
	}},
	{[]string{"iconcat", "__iconcat__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		if !isSequence(a[0]) {
			return nil, runtime.NewTypeError("'%s' object can't be concatenated", runtime.TypeName(a[0]))
		}
		return runtime.InplaceOp(ts, runtime.OpAdd, a[0], a[1])
	}},
	{[]string{"contains", "__contains__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		r, err := runtime.Contains(ts, a[0], a[1])
		return runtime.NewBool(r), err
	}},
	{[]string{"countOf"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		n := int64(0)
		err := runtime.Iterate(ts, a[0], func(x runtime.Object) (bool, error) {
			eq := x == a[1]
			if !eq {
				var err error
				if eq, err = runtime.Equal(ts, x, a[1]); err != nil {
					return false, err
				}
			}
			if eq {
				n++
			}
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		return runtime.NewInt(n), nil
	}},
	{[]string{"indexOf"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		i, found := int64(0), false
		err := runtime.Iterate(ts, a[0], func(x runtime.Object) (bool, error) {
			eq := x == a[1]
			if !eq {
				var err error
				if eq, err = runtime.Equal(ts, x, a[1]); err != nil {
					return false, err
				}
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, runtime.NewValueError("sequence.index(x): x not in sequence")
		}
		return runtime.NewInt(i), nil
	}},
	{[]string{"getitem", "__getitem__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.GetItem(ts, a[0], a[1])
	}},
	{[]string{"setitem", "__setitem__"}, 3, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.None, runtime.SetItem(ts, a[0], a[1], a[2])
	}},
	{[]string{"delitem", "__delitem__"}, 2, func(ts *runtime.ThreadState, a []runtime.Object) (runtime.Object, error) {
		return runtime.None, runtime.DelItem(ts, a[0], a[1])
	}},
	inplaceDef("iadd", runtime.OpAdd), inplaceDef("iand", runtime.OpAnd), inplaceDef("ifloordiv", runtime.OpFloorDiv),
	inplaceDef("ilshift", runtime.OpLShift), inplaceDef("imod", runtime.OpMod), inplaceDef("imul", runtime.OpMul),
	inplaceDef("imatmul", runtime.OpMatMul), inplaceDef("ior", runtime.OpOr), inplaceDef("ipow", runtime.OpPow),
	inplaceDef("irshift", runtime.OpRShift), inplaceDef("isub", runtime.OpSub), inplaceDef("itruediv", runtime.OpTrueDiv),
	inplaceDef("ixor", runtime.OpXor),
}

func initOperator(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("operator")
	for _, d := range operatorDefs {
		d := d
		for _, name := range d.names {
			name := name
			m.AddFunc(name, func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
				if len(kwnames) > 0 || len(args) != d.nargs {
					if err := posArgs(name, args, kwnames, d.nargs, d.nargs); err != nil {
						return nil, err
					}
				}
				return d.fn(ts, args)
			})
		}
	}
	m.AddFunc("length_hint", operatorLengthHint)
	m.AddFunc("call", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if nposOf(args, kwnames) < 1 {
			return nil, runtime.NewTypeError("call() missing 1 required positional argument: 'obj'")
		}
		return runtime.Call(ts, args[0], args[1:], kwnames)
	})
	m.Set("__call__", m.Dict.GetStr("call"))
	m.Set("itemgetter", itemGetterType)
	m.Set("attrgetter", attrGetterType)
	m.Set("methodcaller", methodCallerType)
	return m, nil
}

func operatorLengthHint(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("length_hint", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	def := int64(0)
	if len(args) == 2 {
		i, ok := args[1].(*runtime.Int)
		if !ok {
			return nil, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", runtime.TypeName(args[1]))
		}
		v, err := runtime.AsSsize(ts, i)
		if err != nil {
			return nil, err
		}
		def = int64(v)
	}
	if args[0].Type().Len != nil {
		n, err := runtime.Len(ts, args[0])
		if err == nil {
			return runtime.NewInt(int64(n)), nil
		}
		if !runtime.ErrorMatches(err, runtime.TypeErrorType) {
			return nil, err
		}
		runtime.Decref(err.(*runtime.Exception))
	}
	hint := args[0].Type().Lookup("__length_hint__")
	if hint == nil {
		return runtime.NewInt(def), nil
	}
	r, err := runtime.CallMethod(ts, args[0], "__length_hint__")
	if err != nil {
		if runtime.ErrorMatches(err, runtime.TypeErrorType) {
			runtime.Decref(err.(*runtime.Exception))
			return runtime.NewInt(def), nil
		}
		return nil, err
	}
	if r == runtime.NotImplemented {
		return runtime.NewInt(def), nil
	}
	if _, ok := r.(*runtime.Int); !ok {
		runtime.Decref(r)
		return nil, runtime.NewTypeError("__length_hint__ must be an integer, not %s", runtime.TypeName(r))
	}
	v, err := runtime.AsSsize(ts, r)
	if err != nil {
		runtime.Decref(r)
		return nil, err
	}
	if v < 0 {
		runtime.Decref(r)
		return nil, runtime.NewValueError("__length_hint__() should return >= 0")
	}
	return r, nil
}

// ---- itemgetter, attrgetter, methodcaller ----

type itemGetter struct {
	runtime.Header
	items []runtime.Object
}

func (*itemGetter) Type() *runtime.Type { return itemGetterType }

var itemGetterType = func() *runtime.Type {
	t := newType("operator", "itemgetter", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoKeywords("itemgetter", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, runtime.NewTypeError("itemgetter expected 1 argument, got 0")
		}
		runtime.IncrefAll(args)
		return newObject(&itemGetter{items: append([]runtime.Object(nil), args...)}), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Call = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		g := self.(*itemGetter)
		if len(kwnames) > 0 || len(args) != 1 {
			if err := posArgs("itemgetter", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
		}
		if len(g.items) == 1 {
			return runtime.GetItem(ts, args[0], g.items[0])
		}
		out := make([]runtime.Object, 0, len(g.items))
		for _, k := range g.items {
			v, err := runtime.GetItem(ts, args[0], k)
			if err != nil {
				runtime.DecrefAll(out)
				return nil, err
			}
			out = append(out, v)
		}
		return runtime.NewTuple(out), nil
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return callableRepr(ts, self, "operator.itemgetter", nil, self.(*itemGetter).items, nil, nil)
	}
	t.Dealloc = func(o runtime.Object) {
		g := o.(*itemGetter)
		runtime.DecrefAll(g.items)
		g.items = nil
	}
	return t.Ready()
}()

// callableRepr formats "name(a, b, k=v)", guarding against recursion.
func callableRepr(ts *runtime.ThreadState, self runtime.Object, name string, lead []string, args []runtime.Object, kwnames []string, kwvalues []runtime.Object) (string, error) {
	if !runtime.ReprEnter(ts, self) {
		return name + "(...)", nil
	}
	defer runtime.ReprLeave(ts, self)
	parts := append([]string(nil), lead...)
	for _, a := range args {
		r, err := runtime.Repr(ts, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	for i, k := range kwnames {
		r, err := runtime.Repr(ts, kwvalues[i])
		if err != nil {
			return "", err
		}
		parts = append(parts, k+"="+r)
	}
	return name + "(" + strings.Join(parts, ", ") + ")", nil
}

type attrGetter struct {
	runtime.Header
	names []runtime.Object // the str arguments, for repr
	paths [][]*runtime.Str // each split at dots
}

func (*attrGetter) Type() *runtime.Type { return attrGetterType }

var attrGetterType = func() *runtime.Type {
	t := newType("operator", "attrgetter", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoKeywords("attrgetter", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, runtime.NewTypeError("attrgetter expected 1 argument, got 0")
		}
		g := &attrGetter{}
		for _, a := range args {
			s, ok := asStr(a)
			if !ok {
				return nil, runtime.NewTypeError("attribute name must be a string")
			}
			var path []*runtime.Str
			for _, part := range strings.Split(s, ".") {
				path = append(path, runtime.Intern(part))
			}
			g.paths = append(g.paths, path)
		}
		runtime.IncrefAll(args)
		g.names = append([]runtime.Object(nil), args...)
		return newObject(g), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Call = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		g := self.(*attrGetter)
		if len(kwnames) > 0 || len(args) != 1 {
			if err := posArgs("attrgetter", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
		}
		get := func(path []*runtime.Str) (runtime.Object, error) {
			obj := runtime.Xref(args[0])
			for _, name := range path {
				v, err := runtime.GetAttr(ts, obj, name)
				runtime.Decref(obj)
				if err != nil {
					return nil, err
				}
				obj = v
			}
			return obj, nil
		}
		if len(g.paths) == 1 {
			return get(g.paths[0])
		}
		out := make([]runtime.Object, 0, len(g.paths))
		for _, p := range g.paths {
			v, err := get(p)
			if err != nil {
				runtime.DecrefAll(out)
				return nil, err
			}
			out = append(out, v)
		}
		return runtime.NewTuple(out), nil
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return callableRepr(ts, self, "operator.attrgetter", nil, self.(*attrGetter).names, nil, nil)
	}
	t.Dealloc = func(o runtime.Object) {
		g := o.(*attrGetter)
		runtime.DecrefAll(g.names)
		g.names = nil
	}
	return t.Ready()
}()

type methodCaller struct {
	runtime.Header
	name    *runtime.Str
	args    []runtime.Object // positional, then keyword values
	kwnames []string
}

func (*methodCaller) Type() *runtime.Type { return methodCallerType }

var methodCallerType = func() *runtime.Type {
	t := newType("operator", "methodcaller", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if nposOf(args, kwnames) < 1 {
			return nil, runtime.NewTypeError("methodcaller needs at least one argument, the method name")
		}
		s, ok := asStr(args[0])
		if !ok {
			return nil, runtime.NewTypeError("method name must be a string")
		}
		rest := append([]runtime.Object(nil), args[1:]...)
		runtime.IncrefAll(rest)
		return newObject(&methodCaller{name: runtime.Intern(s), args: rest, kwnames: append([]string(nil), kwnames...)}), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Call = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		c := self.(*methodCaller)
		if len(kwnames) > 0 || len(args) != 1 {
			if err := posArgs("methodcaller", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
		}
		meth, err := runtime.GetAttr(ts, args[0], c.name)
		if err != nil {
			return nil, err
		}
		defer runtime.Decref(meth)
		return runtime.Call(ts, meth, c.args, c.kwnames)
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		c := self.(*methodCaller)
		npos := len(c.args) - len(c.kwnames)
		return callableRepr(ts, self, "operator.methodcaller", []string{runtime.StrRepr(c.name.S)}, c.args[:npos], c.kwnames, c.args[npos:])
	}
	t.Dealloc = func(o runtime.Object) {
		c := o.(*methodCaller)
		runtime.DecrefAll(c.args)
		c.args = nil
	}
	return t.Ready()
}()
