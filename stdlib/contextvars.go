package stdlib

import (
	"fmt"

	"github.com/minipy/minipy/runtime"
)

// _contextvars (PEP 567), under lib/contextvars.py. Each thread's current
// Context lives in its threading.local storage (ts.Locals) under a private
// key, so it is dropped with the thread, and a new thread starts with an
// empty context as in CPython. A Context's mapping is a dict keyed by
// ContextVar identity; copy_context() copies it (CPython shares a HAMT
// instead, so a copy there is O(1)). Context.run swaps the thread's current
// context around the call, which asyncio does for every callback.

type contextObject struct {
	runtime.Header
	data    *runtime.Dict
	prev    runtime.Object // the context current before run(), while entered
	entered bool
}

type contextVarObject struct {
	runtime.Header
	name string
	def  runtime.Object // nil: no default
}

type contextTokenObject struct {
	runtime.Header
	ctx  *contextObject
	v    *contextVarObject
	old  runtime.Object // nil: the variable was not set
	used bool
}

type tokenMissingObject struct{ runtime.Header }

func (c *contextObject) Type() *runtime.Type      { return contextType }
func (v *contextVarObject) Type() *runtime.Type   { return contextVarType }
func (t *contextTokenObject) Type() *runtime.Type { return contextTokenType }
func (m *tokenMissingObject) Type() *runtime.Type { return tokenMissingType }

// ctxLocalKey is the ts.Locals key of the dict {"c": current context}.
var ctxLocalKey = immortalObject(&tokenMissingObject{})

var tokenMissingType = func() *runtime.Type {
	t := newType("_contextvars", "Token.MISSING", nil)
	t.Dealloc = func(runtime.Object) {}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) { return "<Token.MISSING>", nil }
	return t.Ready()
}()

var tokenMissing = immortalObject(&tokenMissingObject{})

func newContext(data *runtime.Dict) *contextObject {
	if data == nil {
		data = runtime.NewDict()
	}
	return newObject(&contextObject{data: data})
}

// currentContext is the thread's current context (borrowed), made empty on
// first use.
func currentContext(ts *runtime.ThreadState) *contextObject {
	if d := ts.Locals[ctxLocalKey]; d != nil {
		if c, ok := d.GetStr("c").(*contextObject); ok {
			return c
		}
	}
	c := newContext(nil)
	setCurrentContext(ts, c)
	runtime.Decref(c)
	return c
}

// setCurrentContext makes c (or nothing, for nil) the current context.
func setCurrentContext(ts *runtime.ThreadState, c runtime.Object) {
	d := ts.Locals[ctxLocalKey]
	if d == nil {
		if c == nil {
			return
		}
		d = runtime.NewDict()
		if ts.Locals == nil {
			ts.Locals = map[runtime.Object]*runtime.Dict{}
		}
		ts.Locals[ctxLocalKey] = d
	}
	if c == nil {
		d.DelStr("c")
		return
	}
	d.SetStr("c", c)
}

func asContext(o runtime.Object) (*contextObject, error) {
	if c, ok := o.(*contextObject); ok {
		return c, nil
	}
	return nil, runtime.NewTypeError("descriptor requires a '_contextvars.Context' object but received a '%s'", runtime.TypeName(o))
}

func asContextVar(o runtime.Object) (*contextVarObject, error) {
	if v, ok := o.(*contextVarObject); ok {
		return v, nil
	}
	return nil, runtime.NewTypeError("descriptor requires a '_contextvars.ContextVar' object but received a '%s'", runtime.TypeName(o))
}

func contextKey(ts *runtime.ThreadState, key runtime.Object) (*contextVarObject, error) {
	if v, ok := key.(*contextVarObject); ok {
		return v, nil
	}
	r, err := runtime.Repr(ts, key)
	if err != nil {
		return nil, err
	}
	return nil, runtime.NewTypeError("a ContextVar key was expected, got %s", r)
}

func ctxMethod(fn func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error)) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		c, err := asContext(self)
		if err != nil {
			return nil, err
		}
		return fn(ts, c, args, kwnames)
	}
}

var contextType = func() *runtime.Type {
	t := newType("_contextvars", "Context", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if len(args) > 0 {
			return nil, runtime.NewTypeError("Context() does not accept any arguments")
		}
		return newContext(nil), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Dealloc = func(o runtime.Object) {
		c := o.(*contextObject)
		runtime.Decref(c.data)
		if c.prev != nil {
			runtime.Decref(c.prev)
		}
	}
	t.Dict.SetStr("__hash__", runtime.None)
	t.Len = func(ts *runtime.ThreadState, self runtime.Object) (int, error) {
		return self.(*contextObject).data.Len(), nil
	}
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		keys := runtime.NewList(self.(*contextObject).data.Keys())
		defer runtime.Decref(keys)
		return runtime.GetIter(ts, keys)
	}
	t.GetItem = func(ts *runtime.ThreadState, self, key runtime.Object) (runtime.Object, error) {
		v, err := contextKey(ts, key)
		if err != nil {
			return nil, err
		}
		r, err := self.(*contextObject).data.GetItem(ts, v)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, runtime.NewKeyError(key)
		}
		return runtime.Xref(r), nil
	}
	t.Contains = func(ts *runtime.ThreadState, self, key runtime.Object) (bool, error) {
		v, err := contextKey(ts, key)
		if err != nil {
			return false, err
		}
		r, err := self.(*contextObject).data.GetItem(ts, v)
		return r != nil, err
	}
	t.Compare = func(ts *runtime.ThreadState, self, other runtime.Object, op runtime.CmpOp) (runtime.Object, error) {
		o, ok := other.(*contextObject)
		if !ok || (op != runtime.CmpEq && op != runtime.CmpNe) {
			return runtime.NotImplemented, nil
		}
		return runtime.RichCompare(ts, self.(*contextObject).data, o.data, op)
	}
	addMethods(t, []method{
		{name: "run", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if len(args)-len(kwnames) < 1 {
				return nil, runtime.NewTypeError("run() missing 1 required positional argument")
			}
			if c.entered {
				r, _ := runtime.Repr(ts, c)
				return nil, runtime.NewRuntimeError("cannot enter context: %s is already entered", r)
			}
			var prev runtime.Object
			if d := ts.Locals[ctxLocalKey]; d != nil {
				if p := d.GetStr("c"); p != nil {
					prev = runtime.Xref(p)
				}
			}
			c.prev = prev
			c.entered = true
			setCurrentContext(ts, c)
			r, err := runtime.Call(ts, args[0], args[1:], kwnames)
			setCurrentContext(ts, prev)
			c.prev = nil
			c.entered = false
			if prev != nil {
				runtime.Decref(prev)
			}
			return r, err
		})},
		{name: "copy", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("copy", args, kwnames); err != nil {
				return nil, err
			}
			return newContext(c.data.Copy()), nil
		})},
		{name: "get", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var key, def runtime.Object
			if err := runtime.UnpackArgs(ts, "get", args, kwnames, "key", &key, "default?", &def); err != nil {
				return nil, err
			}
			v, err := contextKey(ts, key)
			if err != nil {
				return nil, err
			}
			r, err := c.data.GetItem(ts, v)
			if err != nil {
				return nil, err
			}
			if r == nil {
				if def == nil {
					return runtime.None, nil
				}
				return runtime.Xref(def), nil
			}
			return runtime.Xref(r), nil
		})},
		{name: "keys", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewList(c.data.Keys()), nil
		})},
		{name: "values", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			_, vals := c.data.Items()
			return runtime.NewList(vals), nil
		})},
		{name: "items", fn: ctxMethod(func(ts *runtime.ThreadState, c *contextObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			keys, vals := c.data.Items()
			items := make([]runtime.Object, len(keys))
			for i := range keys {
				items[i] = runtime.NewTuple([]runtime.Object{keys[i], vals[i]})
			}
			return runtime.NewList(items), nil
		})},
	})
	return t.Ready()
}()

func (v *contextVarObject) repr(ts *runtime.ThreadState) (string, error) {
	name, err := runtime.Repr(ts, runtime.NewStr(v.name))
	if err != nil {
		return "", err
	}
	s := "<ContextVar name=" + name
	if v.def != nil {
		d, err := runtime.Repr(ts, v.def)
		if err != nil {
			return "", err
		}
		s += " default=" + d
	}
	return s + fmt.Sprintf(" at 0x%x>", runtime.Id(v)), nil
}

func (t *contextTokenObject) repr(ts *runtime.ThreadState) (string, error) {
	vr, err := t.v.repr(ts)
	if err != nil {
		return "", err
	}
	used := ""
	if t.used {
		used = " used"
	}
	return fmt.Sprintf("<Token%s var=%s at 0x%x>", used, vr, runtime.Id(t)), nil
}

func cvMethod(fn func(ts *runtime.ThreadState, v *contextVarObject, args []runtime.Object, kwnames []string) (runtime.Object, error)) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		v, err := asContextVar(self)
		if err != nil {
			return nil, err
		}
		return fn(ts, v, args, kwnames)
	}
}

var contextVarType = func() *runtime.Type {
	t := newType("_contextvars", "ContextVar", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var name, def runtime.Object
		if err := runtime.UnpackArgs(ts, "ContextVar", args, kwnames, "name", &name, "*", "default?", &def); err != nil {
			return nil, err
		}
		s, ok := name.(*runtime.Str)
		if !ok {
			return nil, runtime.NewTypeError("context variable name must be a str")
		}
		v := &contextVarObject{name: s.S}
		if def != nil {
			v.def = runtime.Xref(def)
		}
		return newObject(v), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Dealloc = func(o runtime.Object) {
		if v := o.(*contextVarObject); v.def != nil {
			runtime.Decref(v.def)
		}
	}
	t.Hash = func(ts *runtime.ThreadState, self runtime.Object) (int64, error) {
		return int64(runtime.Id(self) >> 4), nil
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return self.(*contextVarObject).repr(ts)
	}
	addGetters(t, []getter{{name: "name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		v, err := asContextVar(self)
		if err != nil {
			return nil, err
		}
		return runtime.NewStr(v.name), nil
	}}})
	addMethods(t, []method{
		{name: "get", fn: cvMethod(func(ts *runtime.ThreadState, v *contextVarObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var def runtime.Object
			if err := runtime.UnpackTuple(ts, "get", args, kwnames, 0, &def); err != nil {
				return nil, err
			}
			r, err := currentContext(ts).data.GetItem(ts, v)
			if err != nil {
				return nil, err
			}
			switch {
			case r != nil:
				return runtime.Xref(r), nil
			case def != nil:
				return runtime.Xref(def), nil
			case v.def != nil:
				return runtime.Xref(v.def), nil
			}
			runtime.Incref(v)
			return nil, runtime.NewException(runtime.LookupErrorType, v)
		})},
		{name: "set", fn: cvMethod(func(ts *runtime.ThreadState, v *contextVarObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			value, err := runtime.OneArg("set", args, kwnames)
			if err != nil {
				return nil, err
			}
			c := currentContext(ts)
			old, err := c.data.GetItem(ts, v)
			if err != nil {
				return nil, err
			}
			tok := &contextTokenObject{ctx: c, v: v}
			runtime.Incref(c)
			runtime.Incref(v)
			if old != nil {
				tok.old = runtime.Xref(old)
			}
			if err := c.data.SetItem(ts, v, value); err != nil {
				return nil, err
			}
			return newObject(tok), nil
		})},
		{name: "reset", fn: cvMethod(func(ts *runtime.ThreadState, v *contextVarObject, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			a, err := runtime.OneArg("reset", args, kwnames)
			if err != nil {
				return nil, err
			}
			tok, ok := a.(*contextTokenObject)
			if !ok {
				r, _ := runtime.Repr(ts, a)
				return nil, runtime.NewTypeError("expected an instance of Token, got %s", r)
			}
			r, err := tok.repr(ts)
			if err != nil {
				return nil, err
			}
			if tok.used {
				return nil, runtime.NewRuntimeError("%s has already been used once", r)
			}
			if tok.v != v {
				return nil, runtime.NewValueError("%s was created by a different ContextVar", r)
			}
			c := currentContext(ts)
			if tok.ctx != c {
				return nil, runtime.NewValueError("%s was created in a different Context", r)
			}
			tok.used = true
			if tok.old == nil {
				if _, err := c.data.DelItem(ts, v); err != nil {
					return nil, err
				}
			} else if err := c.data.SetItem(ts, v, tok.old); err != nil {
				return nil, err
			}
			return runtime.None, nil
		})},
	})
	return t.Ready()
}()

var contextTokenType = func() *runtime.Type {
	t := newType("_contextvars", "Token", nil)
	t.Dealloc = func(o runtime.Object) {
		tok := o.(*contextTokenObject)
		runtime.Decref(tok.ctx)
		runtime.Decref(tok.v)
		if tok.old != nil {
			runtime.Decref(tok.old)
		}
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return self.(*contextTokenObject).repr(ts)
	}
	tokGet := func(f func(t *contextTokenObject) runtime.Object) func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			tok, ok := self.(*contextTokenObject)
			if !ok {
				return nil, runtime.NewTypeError("descriptor requires a '_contextvars.Token' object")
			}
			return runtime.Xref(f(tok)), nil
		}
	}
	addGetters(t, []getter{
		{name: "var", get: tokGet(func(t *contextTokenObject) runtime.Object { return t.v })},
		{name: "old_value", get: tokGet(func(t *contextTokenObject) runtime.Object {
			if t.old == nil {
				return tokenMissing
			}
			return t.old
		})},
	})
	t.Dict.SetStr("MISSING", tokenMissing)
	return t.Ready()
}()

func initContextvars(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_contextvars")
	m.Set("Context", contextType)
	m.Set("ContextVar", contextVarType)
	m.Set("Token", contextTokenType)
	addFuncs(m, []funcDef{{"copy_context", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs("copy_context", args, kwnames); err != nil {
			return nil, err
		}
		return newContext(currentContext(ts).data.Copy()), nil
	}}})
	return m, nil
}

func init() { register("_contextvars", initContextvars) }
