package vm

import (
	"strconv"

	rt "github.com/minipy/minipy/runtime"
)

func itoa(i int) string { return strconv.Itoa(i) }

func hexID(o rt.Object) string { return strconv.FormatUint(uint64(rt.Id(o)), 16) }

// mappingGet reads a name from a locals mapping (a dict or any mapping);
// it returns nil when the name is absent.
func mappingGet(ts *rt.ThreadState, m rt.Object, name *rt.Str) (rt.Object, error) {
	if d, ok := m.(*rt.Dict); ok {
		v := d.GetStr(name.S)
		return rt.Xref(v), nil
	}
	v, err := rt.GetItem(ts, m, name)
	if err != nil {
		if rt.ErrorMatches(err, rt.KeyErrorType) {
			rt.Decref(err.(*rt.Exception))
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

func mappingSet(ts *rt.ThreadState, m rt.Object, name *rt.Str, v rt.Object) error {
	if d, ok := m.(*rt.Dict); ok {
		return d.SetItem(ts, name, v)
	}
	return rt.SetItem(ts, m, name, v)
}

func mappingDel(ts *rt.ThreadState, m rt.Object, name *rt.Str) error {
	if d, ok := m.(*rt.Dict); ok {
		if !d.DelStr(name.S) {
			return nameError(name.S)
		}
		return nil
	}
	err := rt.DelItem(ts, m, name)
	if err != nil && rt.ErrorMatches(err, rt.KeyErrorType) {
		return nameError(name.S)
	}
	return err
}

// dictMerge implements DICT_UPDATE ({**m}) and DICT_MERGE (f(**m)).
func dictMerge(ts *rt.ThreadState, d *rt.Dict, m rt.Object, strict bool, callable rt.Object) error {
	if src, ok := m.(*rt.Dict); ok {
		keys, values := src.Items()
		for i, k := range keys {
			if strict {
				if _, isStr := k.(*rt.Str); !isStr {
					return rt.NewTypeError("keywords must be strings")
				}
				if old, _ := d.GetItem(ts, k); old != nil {
					return rt.NewTypeError("%s got multiple values for keyword argument '%s'",
						funcDesc(ts, callable), k.(*rt.Str).S)
				}
			}
			if err := d.SetItem(ts, k, values[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := rt.LookupAttr(ts, m, "keys")
	if err != nil {
		return err
	}
	if keysFn == nil {
		if strict {
			return rt.NewTypeError("%s argument after ** must be a mapping, not %s", funcDesc(ts, callable), rt.TypeName(m))
		}
		return rt.NewTypeError("'%s' object is not a mapping", rt.TypeName(m))
	}
	keys, err := rt.Call(ts, keysFn, nil, nil)
	rt.Decref(keysFn)
	if err != nil {
		return err
	}
	defer rt.Decref(keys)
	return rt.Iterate(ts, keys, func(k rt.Object) (bool, error) {
		v, err := rt.GetItem(ts, m, k)
		if err != nil {
			return false, err
		}
		defer rt.Decref(v)
		if strict {
			if old, _ := d.GetItem(ts, k); old != nil {
				ks, _ := rt.StrOf(ts, k)
				return false, rt.NewTypeError("%s got multiple values for keyword argument '%s'", funcDesc(ts, callable), ks)
			}
		}
		return true, d.SetItem(ts, k, v)
	})
}

// funcDesc is how CPython names a callable in call errors
// (_PyObject_FunctionStr): "__main__.f()", "mod.C.m()", "print()".
func funcDesc(ts *rt.ThreadState, callable rt.Object) string {
	switch c := callable.(type) {
	case *Function:
		if m, ok := c.module.(*rt.Str); ok && m.S != "builtins" {
			return m.S + "." + c.qualname + "()"
		}
		return c.qualname + "()"
	case *rt.Method:
		return funcDesc(ts, c.Func)
	case *rt.Builtin:
		return c.Name + "()"
	case *rt.Type:
		return c.Name + "()"
	}
	if callable == nil {
		return "function"
	}
	return rt.TypeName(callable) + " object"
}

// callEx implements CALL_FUNCTION_EX: f(*args, **kwargs).
//
// A Python function's call is left to the eval loop: callEx returns no
// result and its frame, arguments bound, in f.callee (see callInline).
func (vm *VM) callEx(ts *rt.ThreadState, f *Frame, callable, posargs, kwargs rt.Object) (rt.Object, error) {
	var args []rt.Object
	switch p := posargs.(type) {
	case *rt.Tuple:
		args = p.Items
	case *rt.List:
		args = p.Items
	default:
		items, err := rt.ToSlice(ts, posargs)
		if err != nil {
			return nil, rt.NewTypeError("%s argument after * must be an iterable, not %s", funcDesc(ts, callable), rt.TypeName(posargs))
		}
		defer rt.DecrefAll(items)
		args = items
	}
	var kwnames []string
	if kwargs != nil {
		d, ok := kwargs.(*rt.Dict)
		if !ok {
			d = rt.NewDict()
			defer rt.Decref(d)
			if err := dictMerge(ts, d, kwargs, true, callable); err != nil {
				return nil, err
			}
		}
		if d.Len() > 0 {
			keys, values := d.Items()
			full := make([]rt.Object, 0, len(args)+len(keys))
			full = append(full, args...)
			for i, k := range keys {
				s, ok := k.(*rt.Str)
				if !ok {
					return nil, rt.NewTypeError("keywords must be strings")
				}
				kwnames = append(kwnames, s.S)
				full = append(full, values[i])
			}
			args = full
		}
	}
	fn, ok := callable.(*Function)
	if m, isMethod := callable.(*rt.Method); isMethod && !ok {
		if fn, ok = m.Func.(*Function); ok {
			args = append([]rt.Object{m.Self}, args...)
		}
	}
	if ok && !fn.code.isGen {
		return nil, vm.callInline(ts, f, fn, args, kwnames)
	}
	if ok {
		return vm.callFunction(ts, fn, args, kwnames)
	}
	return rt.Call(ts, callable, args, kwnames)
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX; it returns the
// values in order, with the starred part as a list.
func unpack(ts *rt.ThreadState, seq rt.Object, before, after int) ([]rt.Object, error) {
	var items []rt.Object
	switch s := seq.(type) {
	case *rt.Tuple:
		items = s.Items
	case *rt.List:
		items = s.Items
	}
	if items == nil {
		t := seq.Type()
		if t.Iter == nil && t.GetItem == nil {
			return nil, rt.NewTypeError("cannot unpack non-iterable %s object", rt.TypeName(seq))
		}
		all, err := rt.ToSlice(ts, seq)
		if err != nil {
			return nil, err
		}
		defer rt.DecrefAll(all)
		items = all
	}
	if after < 0 {
		if len(items) != before {
			if len(items) < before {
				return nil, rt.NewValueError("not enough values to unpack (expected %d, got %d)", before, len(items))
			}
			return nil, rt.NewValueError("too many values to unpack (expected %d)", before)
		}
		out := make([]rt.Object, len(items))
		for i, x := range items {
			rt.Incref(x)
			out[i] = x
		}
		return out, nil
	}
	if len(items) < before+after {
		return nil, rt.NewValueError("not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]rt.Object, 0, before+after+1)
	for _, x := range items[:before] {
		rt.Incref(x)
		out = append(out, x)
	}
	out = append(out, rt.NewListCopy(items[before:len(items)-after]))
	for _, x := range items[len(items)-after:] {
		rt.Incref(x)
		out = append(out, x)
	}
	return out, nil
}

// formatValue implements FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii)
// then format(value, spec).
func formatValue(ts *rt.ThreadState, v rt.Object, conv int, spec string) (rt.Object, error) {
	switch conv {
	case 1, 2, 3:
		var s string
		var err error
		switch conv {
		case 1:
			s, err = rt.StrOf(ts, v)
		case 2:
			s, err = rt.Repr(ts, v)
		case 3:
			s, err = rt.Repr(ts, v)
			s = rt.ASCIIEscape(s)
		}
		if err != nil {
			return nil, err
		}
		str := rt.NewStr(s)
		if spec == "" {
			return str, nil
		}
		defer rt.Decref(str)
		v = str
	}
	if spec == "" {
		switch x := v.(type) {
		case *rt.Str:
			return rt.Xref(x), nil
		case *rt.Int:
			// format(int, "") is str(int).
			return rt.NewStrInt(x), nil
		}
	}
	out, err := rt.FormatObject(ts, v, spec)
	if err != nil {
		return nil, err
	}
	return rt.NewStr(out), nil
}

// excMatches is CHECK_EXC_MATCH: isinstance(exc, typ) where typ must be an
// exception class or a tuple of them.
func excMatches(ts *rt.ThreadState, exc, typ rt.Object) (bool, error) {
	e, ok := exc.(*rt.Exception)
	if !ok {
		return false, nil
	}
	switch t := typ.(type) {
	case *rt.Type:
		if t.Flags&rt.FlagException == 0 {
			return false, rt.NewTypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Type().IsSubtype(t), nil
	case *rt.Tuple:
		for _, x := range t.Items {
			m, err := excMatches(ts, exc, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return false, rt.NewTypeError("catching classes that do not inherit from BaseException is not allowed")
}

// makeException turns the operand of `raise` into an exception instance, with
// an optional cause.
func (vm *VM) makeException(ts *rt.ThreadState, exc, cause rt.Object) (*rt.Exception, error) {
	e, err := instantiateException(ts, exc)
	if err != nil {
		return nil, err
	}
	if cause != nil {
		if cause == rt.None {
			if e.Cause != nil {
				rt.Decref(e.Cause)
			}
			e.Cause = nil
		} else {
			c, err := instantiateException(ts, cause)
			if err != nil {
				rt.Decref(e)
				if rt.ErrorMatches(err, rt.TypeErrorType) {
					return nil, rt.NewTypeError("exception causes must derive from BaseException")
				}
				return nil, err
			}
			if e.Cause != nil {
				rt.Decref(e.Cause)
			}
			e.Cause = c
		}
		e.SuppressContext = true
	}
	return e, nil
}

func instantiateException(ts *rt.ThreadState, exc rt.Object) (*rt.Exception, error) {
	switch x := exc.(type) {
	case *rt.Exception:
		rt.Incref(x)
		return x, nil
	case *rt.Type:
		if x.Flags&rt.FlagException != 0 {
			r, err := rt.Call(ts, x, nil, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.(*rt.Exception)
			if !ok {
				rt.Decref(r)
				return nil, rt.NewTypeError("calling %s should have returned an instance of BaseException, not %s",
					x.Name, rt.TypeName(r))
			}
			return e, nil
		}
	}
	return nil, rt.NewTypeError("exceptions must derive from BaseException")
}

// setContext records the exception being handled as the new one's
// __context__, avoiding cycles, as CPython's _PyErr_SetObject does.
func (vm *VM) setContext(ts *rt.ThreadState, e *rt.Exception) {
	cur := handledException(ts)
	if cur == nil || cur == e || e.Context != nil {
		return
	}
	// Break a cycle: if e is already in cur's context chain, cut it there.
	for x := cur; x != nil; x = x.Context {
		if x.Context == e {
			x.Context = nil
			rt.Decref(e)
			break
		}
	}
	rt.Incref(cur)
	e.Context = cur
}

// addTraceback prepends a traceback entry for frame f.
func (vm *VM) addTraceback(e *rt.Exception, f *Frame) {
	rt.Incref(f)
	tb := &rt.Traceback{Frame: f, Lineno: f.Lineno(), Lasti: f.lasti, Next: e.Traceback}
	rt.Incref(tb)
	rt.Track(tb)
	e.Traceback = tb
}

// beforeWith looks up the context manager's enter and exit methods on its
// type and calls enter. exit and self are what the exit call needs below its
// arguments: a function or built-in method and mgr, so that no bound method
// is made (CPython 3.14's LOAD_SPECIAL), or a bound object and nil for any
// other descriptor. All three results are new references.
//
// For a with statement run by frame f (nil for async with) whose __enter__
// is a Python function, the eval loop runs __enter__ in line (see
// callInline): beforeWith returns the function as res, holding the result's
// place on the stack.
func (vm *VM) beforeWith(ts *rt.ThreadState, f *Frame, mgr rt.Object, async bool) (exit, self, res rt.Object, err error) {
	t := mgr.Type()
	var enter, exitD rt.Object
	if async {
		enter, exitD = t.Lookup("__aenter__"), t.Lookup("__aexit__")
	} else {
		enter, exitD = t.WithMethods()
	}
	if enter == nil || exitD == nil {
		kind, missed := "", ""
		if async {
			kind = "asynchronous "
		}
		if enter != nil {
			missed = " (missed __exit__ method)"
			if async {
				missed = " (missed __aexit__ method)"
			}
		}
		return nil, nil, nil, rt.NewTypeError("'%s' object does not support the %scontext manager protocol%s", t.Name, kind, missed)
	}
	if plainMethod(exitD) {
		exit, self = exitD, mgr
		rt.Incref(exit)
		rt.Incref(self)
	} else if exit, err = bindMethod(ts, exitD, mgr); err != nil {
		return nil, nil, nil, err
	}
	rt.Incref(enter) // borrowed from t's dict, which enter may change
	switch fn := enter.(type) {
	case *Function:
		args := [1]rt.Object{mgr}
		if f != nil && !fn.code.isGen {
			if err = vm.callInline(ts, f, fn, args[:], nil); err == nil {
				return exit, self, enter, nil
			}
			break
		}
		res, err = vm.callFunction(ts, fn, args[:], nil)
	case *rt.MethodDescr:
		if fn.Class || fn.Static {
			res, err = callBound(ts, enter, mgr)
		} else {
			res, err = fn.CallDescr(ts, mgr, nil, nil)
		}
	default:
		res, err = callBound(ts, enter, mgr)
	}
	rt.Decref(enter)
	if err != nil {
		rt.Decref(exit)
		if self != nil {
			rt.Decref(self)
		}
		return nil, nil, nil, err
	}
	return exit, self, res, nil
}

// exitNones is the argument list of a with statement's normal exit.
// Callees never write to their argument slice (CALL passes them a window of
// the caller's stack), so one shared list serves every call.
var exitNones = []rt.Object{rt.None, rt.None, rt.None}

// callExit calls exit(None, None, None) as BEFORE_WITH left it: with self
// prepended unless self is nil.
func (vm *VM) callExit(ts *rt.ThreadState, exit, self rt.Object) (rt.Object, error) {
	if self == nil {
		return rt.Call(ts, exit, exitNones, nil)
	}
	switch fn := exit.(type) {
	case *rt.MethodDescr:
		return fn.CallDescr(ts, self, exitNones, nil)
	case *Function:
		args := [4]rt.Object{self, rt.None, rt.None, rt.None}
		return vm.callFunction(ts, fn, args[:], nil)
	}
	return rt.Call(ts, exit, []rt.Object{self, rt.None, rt.None, rt.None}, nil)
}

// plainMethod reports whether descr, found on a type, is called with the
// instance as its first argument without being bound first.
func plainMethod(descr rt.Object) bool {
	switch d := descr.(type) {
	case *Function:
		return true
	case *rt.MethodDescr:
		return !d.Class && !d.Static
	}
	return false
}

// callBound binds descr to obj and calls the result without arguments.
func callBound(ts *rt.ThreadState, descr, obj rt.Object) (rt.Object, error) {
	b, err := bindMethod(ts, descr, obj)
	if err != nil {
		return nil, err
	}
	r, err := rt.Call(ts, b, nil, nil)
	rt.Decref(b)
	return r, err
}

func bindMethod(ts *rt.ThreadState, descr, obj rt.Object) (rt.Object, error) {
	if g := descr.Type().DescrGet; g != nil {
		return g(ts, descr, obj, obj.Type())
	}
	return rt.Xref(descr), nil
}

// displayHook is PRINT_EXPR: sys.displayhook(value).
func (vm *VM) displayHook(ts *rt.ThreadState, v rt.Object) error {
	hook := vm.interp.Sys.Dict.GetStr("displayhook")
	if hook == nil {
		return rt.NewRuntimeError("lost sys.displayhook")
	}
	r, err := rt.Call(ts, hook, []rt.Object{v}, nil)
	rt.Decref(r)
	return err
}
