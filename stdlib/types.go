package stdlib

import "github.com/minipy/minipy/runtime"

// Helpers to define the built-in types of stdlib modules: a type is made with
// newType, given slots and a method table, then readied. They run at package
// initialisation (after runtime's), so the types are shared, immortal
// objects like runtime's own.

// method is one row of a type's method table.
type method struct {
	name string
	fn   runtime.MethodFn
	// raw passes instances of user subclasses as they are, instead of the
	// built-in value inside them (for generic methods that call back into
	// Python methods of the instance).
	raw bool
}

// getter is one computed attribute (a getset descriptor).
type getter struct {
	name string
	get  func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error)
	set  func(ts *runtime.ThreadState, self, value runtime.Object) error
}

// newType makes a built-in type of module mod.
func newType(mod, name string, base *runtime.Type) *runtime.Type {
	if base == nil {
		base = runtime.ObjectType
	}
	t := runtime.NewBuiltinType(name, base)
	t.Module = mod
	return t
}

// addMethods installs a method table in t's dict.
func addMethods(t *runtime.Type, methods []method) {
	for _, m := range methods {
		d := runtime.NewMethod(t, m.name, m.fn)
		d.RawSelf = m.raw
		t.Dict.SetStr(m.name, d)
	}
}

// addGetters installs computed attributes in t's dict.
func addGetters(t *runtime.Type, getters []getter) {
	for _, g := range getters {
		d := immortalObject(&runtime.GetSetDescr{Name: g.name, Owner: t, Get: g.get, Set: g.set})
		t.Dict.SetStr(g.name, d)
	}
}

// funcDef is one function of a module.
type funcDef struct {
	name string
	fn   runtime.BuiltinFn
}

// addFuncs adds a table of functions to a module, in order.
func addFuncs(m *runtime.Module, defs []funcDef) {
	for _, d := range defs {
		m.AddFunc(d.name, d.fn)
	}
}

// addInts binds integer constants.
func addInts(m *runtime.Module, names []string, values []int64) {
	for i, n := range names {
		setNew(m, n, runtime.NewInt(values[i]))
	}
}

// simpleNamespace is types.SimpleNamespace: an object whose attributes live
// in a dict, with repr "namespace(a=1, b=2)". sys.implementation and
// time.get_clock_info() return one.
type simpleNamespace struct {
	runtime.Header
	dict *runtime.Dict
}

// InstanceDict implements runtime.DictHolder.
func (n *simpleNamespace) InstanceDict() *runtime.Dict { return n.dict }

func (n *simpleNamespace) Type() *runtime.Type { return simpleNamespaceType }

var simpleNamespaceType = func() *runtime.Type {
	t := newType("types", "SimpleNamespace", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if nposOf(args, kwnames) > 0 {
			return nil, runtime.NewTypeError("no positional arguments expected")
		}
		ns := newNamespace()
		npos := nposOf(args, kwnames)
		for i, k := range kwnames {
			ns.dict.SetStr(k, args[npos+i])
		}
		return ns, nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		n := self.(*simpleNamespace)
		out := "namespace("
		keys, values := n.dict.Items()
		for i, k := range keys {
			if i > 0 {
				out += ", "
			}
			ks, _ := asStr(k)
			r, err := runtime.Repr(ts, values[i])
			if err != nil {
				return "", err
			}
			out += ks + "=" + r
		}
		return out + ")", nil
	}
	t.Compare = func(ts *runtime.ThreadState, a, b runtime.Object, op runtime.CmpOp) (runtime.Object, error) {
		x, ok1 := a.(*simpleNamespace)
		y, ok2 := b.(*simpleNamespace)
		if !ok1 || !ok2 || (op != runtime.CmpEq && op != runtime.CmpNe) {
			return runtime.NotImplemented, nil
		}
		eq, err := dictsEqual(ts, x.dict, y.dict)
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(eq == (op == runtime.CmpEq)), nil
	}
	t.Dealloc = func(o runtime.Object) {
		n := o.(*simpleNamespace)
		d := n.dict
		n.dict = nil
		runtime.Decref(d)
	}
	addGetters(t, []getter{{name: "__dict__", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self.(*simpleNamespace).dict), nil
	}}})
	return t.Ready()
}()

func newNamespace() *simpleNamespace {
	return newObject(&simpleNamespace{dict: runtime.NewDict()})
}

// dictsEqual compares two dicts item by item.
func dictsEqual(ts *runtime.ThreadState, a, b *runtime.Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	keys, values := a.Items()
	for i, k := range keys {
		v, err := b.GetItem(ts, k)
		if err != nil {
			return false, err
		}
		if v == nil {
			return false, nil
		}
		eq, err := runtime.Equal(ts, values[i], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}
