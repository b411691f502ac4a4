package stdlib

import (
	"strconv"
	"unicode/utf8"

	"github.com/minipy/minipy/runtime"
	lib "modernc.org/sqlite/lib"
)

// Connection.create_function, create_aggregate and create_collation: the
// Python side of sqlite3_udf_engine.go. A callback runs on the calling
// Python thread, which takes the GIL back for it; the database stays locked
// by that thread, so the callback may use its own connection again.

// withGIL runs fn holding the GIL, from inside a call that released it.
func withGIL(ts *runtime.ThreadState, fn func()) {
	ts.Interp.GIL.Acquire(ts)
	defer ts.Interp.GIL.Release(ts)
	fn()
}

// keepCallback stores a registered Python callable (replacing the one under
// the same key) so that it lives as long as the connection.
func (c *sqlConn) keepCallback(key string, fn runtime.Object) {
	if c.callbacks == nil {
		c.callbacks = map[string]runtime.Object{}
	}
	if old := c.callbacks[key]; old != nil {
		runtime.Decref(old)
	}
	if fn == nil {
		delete(c.callbacks, key)
		return
	}
	c.callbacks[key] = runtime.Xref(fn)
}

// dropCallbacks releases the callables and pending aggregate instances.
func (c *sqlConn) dropCallbacks() {
	for k, fn := range c.callbacks {
		runtime.Decref(fn)
		delete(c.callbacks, k)
	}
	for k, inst := range c.aggregates {
		runtime.Decref(inst)
		delete(c.aggregates, k)
	}
}

// callbackFailed reports an exception raised by a callback: through the
// unraisable hook when sqlite3.enable_callback_tracebacks(True) was called,
// dropped otherwise.
func (c *sqlConn) callbackFailed(ts *runtime.ThreadState, callable runtime.Object, err error) {
	if c.state.callbackTracebacks {
		what, rerr := runtime.Repr(ts, callable)
		if rerr != nil {
			dropError(rerr)
			what = "<object repr() failed>"
		}
		ts.Interp.WriteUnraisable(ts, err, "Exception ignored in: "+what)
	}
	dropError(err)
}

// dropError releases an exception that is handled here.
func dropError(err error) {
	if e, ok := err.(*runtime.Exception); ok {
		runtime.Decref(e)
	}
}

// udfPyArgs converts a function's arguments to Python values.
func udfPyArgs(args []sqlValue) ([]runtime.Object, error) {
	out := make([]runtime.Object, len(args))
	for i := range args {
		v := &args[i]
		switch v.kind {
		case lib.SQLITE_INTEGER:
			out[i] = runtime.NewInt(v.i)
		case lib.SQLITE_FLOAT:
			out[i] = runtime.NewFloat(v.f)
		case lib.SQLITE_TEXT:
			if !utf8.ValidString(v.s) {
				runtime.DecrefAll(out[:i])
				return nil, runtime.NewValueError("invalid UTF-8 text in a function argument")
			}
			out[i] = runtime.NewStr(v.s)
		case lib.SQLITE_BLOB:
			out[i] = runtime.NewBytes(v.b)
		default:
			out[i] = runtime.None
		}
	}
	return out, nil
}

// udfSQLResult converts a callback's return value; ok is false for values
// SQLite cannot hold, err is an OverflowError for too large ints.
func udfSQLResult(o runtime.Object) (v sqlValue, ok bool, overflow bool) {
	if o == runtime.None {
		return sqlValue{kind: lib.SQLITE_NULL}, true, false
	}
	switch x := runtime.Unwrap(o).(type) {
	case *runtime.Bool:
		if x.V {
			return sqlValue{kind: lib.SQLITE_INTEGER, i: 1}, true, false
		}
		return sqlValue{kind: lib.SQLITE_INTEGER}, true, false
	case *runtime.Int:
		i, small := x.Int64()
		if !small {
			return sqlValue{}, false, true
		}
		return sqlValue{kind: lib.SQLITE_INTEGER, i: i}, true, false
	case *runtime.Float:
		return sqlValue{kind: lib.SQLITE_FLOAT, f: x.V}, true, false
	case *runtime.Str:
		if !utf8.ValidString(x.S) {
			return sqlValue{}, false, false
		}
		return sqlValue{kind: lib.SQLITE_TEXT, b: []byte(x.S)}, true, false
	}
	if b, isBytes := runtime.BytesData(o); isBytes {
		return sqlValue{kind: lib.SQLITE_BLOB, b: b}, true, false
	}
	return sqlValue{}, false, false
}

func connCreateFunction(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name string
	var narg int
	var fn runtime.Object
	deterministic := false
	if err := runtime.UnpackArgs(ts, "create_function", args, kwnames, "name", &name, "narg", &narg, "func", &fn,
		"*", "deterministic?", &deterministic); err != nil {
		return nil, err
	}
	c := connOf(self)
	if err := c.check(ts); err != nil {
		return nil, err
	}
	u := &sqlUDF{scalar: func(ts *runtime.ThreadState, args []sqlValue) (r udfResult) {
		withGIL(ts, func() {
			r.err = "user-defined function raised exception"
			pyArgs, err := udfPyArgs(args)
			if err != nil {
				c.callbackFailed(ts, fn, err)
				return
			}
			res, err := runtime.Call(ts, fn, pyArgs, nil)
			runtime.DecrefAll(pyArgs)
			if err != nil {
				c.callbackFailed(ts, fn, err)
				return
			}
			v, ok, overflow := udfSQLResult(res)
			runtime.Decref(res)
			switch {
			case overflow:
				r = udfResult{tooBig: true}
			case ok:
				r = udfResult{v: v}
			}
		})
		return r
	}}
	db := c.db
	var e *sqlError
	ts.AllowThreads(func() { e = db.createFunction(ts, name, narg, deterministic, u) })
	if e != nil {
		return nil, sqlErr(sqliteOperationalError, "Error creating function")
	}
	c.keepCallback("f:"+strconv.Itoa(narg)+":"+name, fn)
	return runtime.None, nil
}

func connCreateAggregate(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name string
	var narg int
	var cls runtime.Object
	if err := runtime.UnpackArgs(ts, "create_aggregate", args, kwnames, "name", &name, "n_arg", &narg, "aggregate_class", &cls); err != nil {
		return nil, err
	}
	c := connOf(self)
	if err := c.check(ts); err != nil {
		return nil, err
	}
	failed := func(what string) udfResult {
		return udfResult{err: "user-defined aggregate's '" + what + "' method raised error"}
	}
	u := &sqlUDF{
		step: func(ts *runtime.ThreadState, key *uint64, args []sqlValue) (r udfResult) {
			withGIL(ts, func() {
				inst := c.aggregates[*key]
				if inst == nil {
					obj, err := runtime.Call(ts, cls, nil, nil)
					if err != nil {
						c.callbackFailed(ts, cls, err)
						r = failed("__init__")
						return
					}
					if c.aggregates == nil {
						c.aggregates = map[uint64]runtime.Object{}
					}
					c.aggregateNext++
					*key = c.aggregateNext
					c.aggregates[*key] = obj
					inst = obj
				}
				pyArgs, err := udfPyArgs(args)
				if err == nil {
					var res runtime.Object
					res, err = runtime.CallMethod(ts, inst, "step", pyArgs...)
					runtime.DecrefAll(pyArgs)
					runtime.Decref(res)
				}
				if err != nil {
					c.callbackFailed(ts, cls, err)
					r = failed("step")
				}
			})
			return r
		},
		final: func(ts *runtime.ThreadState, key uint64) (r udfResult) {
			if ts == nil || key == 0 {
				// No row reached step (or no Python thread to run on).
				return udfResult{v: sqlValue{kind: lib.SQLITE_NULL}}
			}
			withGIL(ts, func() {
				inst := c.aggregates[key]
				if inst == nil {
					r = udfResult{v: sqlValue{kind: lib.SQLITE_NULL}}
					return
				}
				delete(c.aggregates, key)
				defer runtime.Decref(inst)
				res, err := runtime.CallMethod(ts, inst, "finalize")
				if err != nil {
					c.callbackFailed(ts, cls, err)
					r = failed("finalize")
					return
				}
				v, ok, overflow := udfSQLResult(res)
				runtime.Decref(res)
				switch {
				case overflow:
					r = udfResult{tooBig: true}
				case ok:
					r = udfResult{v: v}
				default:
					r = failed("finalize")
				}
			})
			return r
		},
	}
	db := c.db
	var e *sqlError
	ts.AllowThreads(func() { e = db.createFunction(ts, name, narg, false, u) })
	if e != nil {
		return nil, sqlErr(sqliteOperationalError, "Error creating aggregate")
	}
	c.keepCallback("f:"+strconv.Itoa(narg)+":"+name, cls)
	return runtime.None, nil
}

func connCreateCollation(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name string
	var fn runtime.Object
	if err := runtime.UnpackPositional(ts, "Connection.create_collation", args, kwnames, 2, &name, &fn); err != nil {
		return nil, err
	}
	c := connOf(self)
	if err := c.check(ts); err != nil {
		return nil, err
	}
	var u *sqlUDF
	if fn != runtime.None {
		if fn.Type().Call == nil {
			return nil, runtime.NewTypeError("parameter must be callable")
		}
		u = &sqlUDF{compare: func(ts *runtime.ThreadState, a, b string) (result int) {
			withGIL(ts, func() {
				sa, sb := runtime.NewStr(a), runtime.NewStr(b)
				res, err := runtime.Call(ts, fn, []runtime.Object{sa, sb}, nil)
				runtime.Decref(sa)
				runtime.Decref(sb)
				if err != nil {
					c.callbackFailed(ts, fn, err)
					return
				}
				defer runtime.Decref(res)
				if i, ok := runtime.Unwrap(res).(*runtime.Int); ok {
					result = i.Sign()
				} else if b, ok := res.(*runtime.Bool); ok && b.V {
					result = 1
				}
			})
			return result
		}}
	}
	db := c.db
	var e *sqlError
	ts.AllowThreads(func() { e = db.createCollation(ts, name, u) })
	if e != nil {
		return nil, raiseSQL(e)
	}
	if u == nil {
		fn = nil
	}
	c.keepCallback("c:"+name, fn)
	return runtime.None, nil
}
