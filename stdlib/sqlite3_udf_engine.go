package stdlib

import (
	"sync"
	"unsafe"

	"github.com/minipy/minipy/runtime"
	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// User-defined functions, aggregates and collations, engine side. SQLite
// calls them back in the middle of a step, on the goroutine of the Python
// thread that made the call (db.owner), with db's lock held and the GIL
// released; the Go functions given here (sqlite3_udf.go) take the GIL back
// to run Python code.

// udfResult is what a function returns to SQLite.
type udfResult struct {
	v      sqlValue
	err    string // sqlite3_result_error message
	tooBig bool   // sqlite3_result_error_toobig
}

// sqlUDF is one registration. A callback's caller is nil when SQLite calls
// it outside any Python call (an aggregate finalized while the database
// closes as its connection is freed); it must then not run Python code.
type sqlUDF struct {
	db      *sqlDB
	scalar  func(caller *runtime.ThreadState, args []sqlValue) udfResult
	step    func(caller *runtime.ThreadState, key *uint64, args []sqlValue) udfResult
	final   func(caller *runtime.ThreadState, key uint64) udfResult
	compare func(caller *runtime.ThreadState, a, b string) int
}

var (
	udfMu   sync.Mutex
	udfs    = map[uintptr]*sqlUDF{}
	udfNext uintptr
)

// cFunc turns a Go function into the function pointer form the translated
// C code calls (a pointer to the func value, which is static for top-level
// functions).
func cFunc[T any](f T) uintptr {
	return *(*uintptr)(unsafe.Pointer(&struct{ f T }{f}))
}

func registerUDF(u *sqlUDF) uintptr {
	udfMu.Lock()
	defer udfMu.Unlock()
	udfNext++
	udfs[udfNext] = u
	return udfNext
}

func udfOf(tls *libc.TLS, ctx uintptr) *sqlUDF {
	udfMu.Lock()
	defer udfMu.Unlock()
	return udfs[lib.Xsqlite3_user_data(tls, ctx)]
}

func udfDestroy(tls *libc.TLS, p uintptr) {
	udfMu.Lock()
	delete(udfs, p)
	udfMu.Unlock()
}

// createFunction registers a scalar function (u.scalar) or an aggregate
// (u.step and u.final).
func (d *sqlDB) createFunction(caller *runtime.ThreadState, name string, nargs int, deterministic bool, u *sqlUDF) *sqlError {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return misuse()
	}
	u.db = d
	id := registerUDF(u)
	flags := int32(lib.SQLITE_UTF8)
	if deterministic {
		flags |= lib.SQLITE_DETERMINISTIC
	}
	var xFunc, xStep, xFinal uintptr
	if u.scalar != nil {
		xFunc = cFunc(udfScalarTrampoline)
	} else {
		xStep, xFinal = cFunc(udfStepTrampoline), cFunc(udfFinalTrampoline)
	}
	z := cString(d.tls, name)
	rc := lib.Xsqlite3_create_function_v2(d.tls, d.h, z, int32(nargs), flags, id, xFunc, xStep, xFinal, cFunc(udfDestroy))
	libc.Xfree(d.tls, z)
	if rc != lib.SQLITE_OK {
		return errorOf(d.tls, d.h)
	}
	return nil
}

// createCollation registers (u != nil) or removes a collation.
func (d *sqlDB) createCollation(caller *runtime.ThreadState, name string, u *sqlUDF) *sqlError {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return misuse()
	}
	var id, xCompare, xDestroy uintptr
	if u != nil {
		u.db = d
		id = registerUDF(u)
		xCompare, xDestroy = cFunc(udfCompareTrampoline), cFunc(udfDestroy)
	}
	z := cString(d.tls, name)
	rc := lib.Xsqlite3_create_collation_v2(d.tls, d.h, z, lib.SQLITE_UTF8, id, xCompare, xDestroy)
	libc.Xfree(d.tls, z)
	if rc != lib.SQLITE_OK {
		return errorOf(d.tls, d.h)
	}
	return nil
}

// udfArgs reads a function's arguments.
func udfArgs(tls *libc.TLS, argc int32, argv uintptr) []sqlValue {
	args := make([]sqlValue, argc)
	for i := range args {
		v := *(*uintptr)(cptr(argv + uintptr(i)*8))
		switch t := lib.Xsqlite3_value_type(tls, v); t {
		case lib.SQLITE_INTEGER:
			args[i] = sqlValue{kind: t, i: lib.Xsqlite3_value_int64(tls, v)}
		case lib.SQLITE_FLOAT:
			args[i] = sqlValue{kind: t, f: lib.Xsqlite3_value_double(tls, v)}
		case lib.SQLITE_TEXT:
			p := lib.Xsqlite3_value_text(tls, v)
			args[i] = sqlValue{kind: t, s: cText(p, lib.Xsqlite3_value_bytes(tls, v))}
		case lib.SQLITE_BLOB:
			p := lib.Xsqlite3_value_blob(tls, v)
			args[i] = sqlValue{kind: t, b: cBytes(p, lib.Xsqlite3_value_bytes(tls, v))}
		default:
			args[i].kind = lib.SQLITE_NULL
		}
	}
	return args
}

// setResult hands a function's result to SQLite.
func setResult(tls *libc.TLS, ctx uintptr, r udfResult) {
	switch {
	case r.tooBig:
		lib.Xsqlite3_result_error_toobig(tls, ctx)
		return
	case r.err != "":
		z := cString(tls, r.err)
		lib.Xsqlite3_result_error(tls, ctx, z, -1)
		libc.Xfree(tls, z)
		return
	}
	v := r.v
	switch v.kind {
	case lib.SQLITE_INTEGER:
		lib.Xsqlite3_result_int64(tls, ctx, v.i)
	case lib.SQLITE_FLOAT:
		lib.Xsqlite3_result_double(tls, ctx, v.f)
	case lib.SQLITE_TEXT, lib.SQLITE_BLOB:
		if len(v.b) == 0 {
			if v.kind == lib.SQLITE_BLOB {
				lib.Xsqlite3_result_zeroblob(tls, ctx, 0)
			} else {
				lib.Xsqlite3_result_text(tls, ctx, cEmpty, 0, 0)
			}
			return
		}
		p := libc.Xmalloc(tls, uint64(len(v.b)))
		copy(unsafe.Slice((*byte)(cptr(p)), len(v.b)), v.b)
		if v.kind == lib.SQLITE_TEXT {
			lib.Xsqlite3_result_text(tls, ctx, p, int32(len(v.b)), lib.SQLITE_TRANSIENT)
		} else {
			lib.Xsqlite3_result_blob(tls, ctx, p, int32(len(v.b)), lib.SQLITE_TRANSIENT)
		}
		libc.Xfree(tls, p)
	default:
		lib.Xsqlite3_result_null(tls, ctx)
	}
}

func udfScalarTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	u := udfOf(tls, ctx)
	if u == nil {
		lib.Xsqlite3_result_null(tls, ctx)
		return
	}
	caller := u.db.owner.Load()
	if caller == nil {
		lib.Xsqlite3_result_null(tls, ctx)
		return
	}
	setResult(tls, ctx, u.scalar(caller, udfArgs(tls, argc, argv)))
}

func udfStepTrampoline(tls *libc.TLS, ctx uintptr, argc int32, argv uintptr) {
	u := udfOf(tls, ctx)
	if u == nil {
		return
	}
	caller := u.db.owner.Load()
	p := lib.Xsqlite3_aggregate_context(tls, ctx, 8)
	if p == 0 || caller == nil {
		return
	}
	if r := u.step(caller, (*uint64)(cptr(p)), udfArgs(tls, argc, argv)); r.err != "" {
		setResult(tls, ctx, r)
	}
}

func udfFinalTrampoline(tls *libc.TLS, ctx uintptr) {
	u := udfOf(tls, ctx)
	if u == nil {
		return
	}
	var key uint64
	if p := lib.Xsqlite3_aggregate_context(tls, ctx, 0); p != 0 {
		key = *(*uint64)(cptr(p))
	}
	caller := u.db.owner.Load()
	if caller == nil {
		u.final(nil, key)
		lib.Xsqlite3_result_null(tls, ctx)
		return
	}
	setResult(tls, ctx, u.final(caller, key))
}

func udfCompareTrampoline(tls *libc.TLS, pArg uintptr, n1 int32, p1 uintptr, n2 int32, p2 uintptr) int32 {
	udfMu.Lock()
	u := udfs[pArg]
	udfMu.Unlock()
	if u == nil {
		return 0
	}
	caller := u.db.owner.Load()
	if caller == nil {
		return 0
	}
	return int32(u.compare(caller, cText(p1, n1), cText(p2, n2)))
}
