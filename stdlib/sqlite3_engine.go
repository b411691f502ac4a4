package stdlib

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/minipy/minipy/runtime"

	"modernc.org/libc"
	lib "modernc.org/sqlite/lib"
)

// The SQLite engine behind the sqlite3 module: modernc.org/sqlite's
// translation of the C library to Go (no cgo), called through its C API as
// CPython's _sqlite module calls the real one. Nothing in this file touches
// Python objects: the Python side converts its values to sqlValues, releases
// the GIL, calls these methods and converts the results back.
//
// A libc.TLS (the translated C code's per-thread state) must not be used by
// two goroutines at once, so each database has one, guarded by mu together
// with everything else in sqlDB and sqlStmt. Calls hold mu only with the GIL
// released, and never wait for the GIL while holding it.

// sqlValue is one SQLite value on its way between Python and the engine.
type sqlValue struct {
	kind int32 // lib.SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
	i    int64
	f    float64
	b    []byte // BLOB contents (and TEXT given to SQLite)
	s    string // TEXT read from SQLite (UTF-8, unchecked)
}

// sqlError is the state of a failed call: the primary result code (which
// picks the Python exception class), the extended one and sqlite3_errmsg.
type sqlError struct {
	code, extended int32
	msg            string
}

// sqlDB is an open database connection.
type sqlDB struct {
	mu sync.Mutex
	// owner is the Python thread inside a call, which user-defined
	// functions run on; it may call in again (depth counts the nesting).
	owner atomic.Pointer[runtime.ThreadState]
	depth int
	// closing defers a close asked for by a nested call until the
	// outermost one ends.
	closing bool
	tls     *libc.TLS
	h       uintptr // sqlite3*; 0 once closed
	// hmu guards h for interrupt, which cannot wait for mu (the call it
	// interrupts holds it).
	hmu sync.Mutex
	// stmts holds every statement not yet finalized, so that close can
	// finalize the ones Python objects still refer to.
	stmts map[*sqlStmt]struct{}
}

// sqlStmt is a prepared statement and what Python needs to know about it.
type sqlStmt struct {
	db *sqlDB
	h  uintptr // sqlite3_stmt*; 0 for an empty statement or once finalized
	// sql is the text the statement was prepared from (the cache key).
	sql string
	// nparams is sqlite3_bind_parameter_count; paramNames the names of the
	// parameters ("" for nameless ones), with their prefix character.
	nparams    int
	paramNames []string
	// colNames and declTypes describe the result columns.
	colNames  []string
	declTypes []string
	readonly  bool
	// isDML marks INSERT, UPDATE, DELETE and REPLACE statements, before
	// which the connection opens a transaction implicitly.
	isDML bool
	// Cache bookkeeping, guarded by the GIL: inUse while a cursor holds the
	// statement, cached while the connection's cache lists it.
	inUse, cached bool
}

// cptr turns an address in the C heap of modernc's libc (memory outside
// Go's collector) into a pointer.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }

// goString copies a NUL-terminated C string.
func goString(p uintptr) string {
	if p == 0 {
		return ""
	}
	return libc.GoString(p)
}

// cBytes copies n bytes from C memory.
func cBytes(p uintptr, n int32) []byte {
	if p == 0 || n <= 0 {
		return []byte{}
	}
	out := make([]byte, n)
	copy(out, unsafe.Slice((*byte)(cptr(p)), n))
	return out
}

// cText copies n bytes from C memory into a string.
func cText(p uintptr, n int32) string {
	if p == 0 || n <= 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(cptr(p)), n))
}

// cString allocates a NUL-terminated copy of s in C memory (free with
// libc.Xfree).
func cString(tls *libc.TLS, s string) uintptr {
	p := libc.Xmalloc(tls, uint64(len(s)+1))
	if p == 0 {
		return 0
	}
	buf := unsafe.Slice((*byte)(cptr(p)), len(s)+1)
	copy(buf, s)
	buf[len(s)] = 0
	return p
}

// openSQL opens a database as sqlite3.connect does: read-write, created if
// missing, with a busy timeout. On failure the error comes from the handle
// SQLite returns for that purpose (or is a bare code when there is none).
func openSQL(path string, uri bool, timeoutMs int32) (*sqlDB, *sqlError) {
	tls := libc.NewTLS()
	// NOMUTEX: mu already serialises every use of the handle, so SQLite's
	// own per-connection mutex would only cost time.
	flags := int32(lib.SQLITE_OPEN_READWRITE | lib.SQLITE_OPEN_CREATE | lib.SQLITE_OPEN_NOMUTEX)
	if uri {
		flags |= lib.SQLITE_OPEN_URI
	}
	name := cString(tls, path)
	pdb := tls.Alloc(8)
	*(*uintptr)(cptr(pdb)) = 0
	rc := lib.Xsqlite3_open_v2(tls, name, pdb, flags, 0)
	h := *(*uintptr)(cptr(pdb))
	tls.Free(8)
	libc.Xfree(tls, name)
	if rc != lib.SQLITE_OK {
		var e *sqlError
		if h != 0 {
			e = errorOf(tls, h)
			lib.Xsqlite3_close_v2(tls, h)
		} else {
			e = &sqlError{code: rc & 0xff, extended: rc, msg: goString(lib.Xsqlite3_errstr(tls, rc))}
		}
		tls.Close()
		return nil, e
	}
	lib.Xsqlite3_busy_timeout(tls, h, timeoutMs)
	return &sqlDB{tls: tls, h: h, stmts: map[*sqlStmt]struct{}{}}, nil
}

// lock takes the database for caller; a thread already inside (a user
// function calling back into its own connection) goes straight in, like a
// C caller on the same thread would.
func (d *sqlDB) lock(caller *runtime.ThreadState) {
	if caller != nil && d.owner.Load() == caller {
		d.depth++
		return
	}
	d.mu.Lock()
	d.owner.Store(caller)
	d.depth = 1
}

func (d *sqlDB) unlock() {
	d.depth--
	if d.depth > 0 {
		return
	}
	if d.closing {
		d.closeLocked()
	}
	d.owner.Store(nil)
	d.mu.Unlock()
}

// errorOf reads the error state of a connection.
func errorOf(tls *libc.TLS, h uintptr) *sqlError {
	return &sqlError{
		code:     lib.Xsqlite3_errcode(tls, h),
		extended: lib.Xsqlite3_extended_errcode(tls, h),
		msg:      goString(lib.Xsqlite3_errmsg(tls, h)),
	}
}

// misuse is the error for a call on a closed database.
func misuse() *sqlError {
	return &sqlError{code: lib.SQLITE_MISUSE, extended: lib.SQLITE_MISUSE, msg: "bad parameter or other API misuse"}
}

// close finalizes the remaining statements and closes the database (at the
// end of the outermost call when a user function closes its connection).
func (d *sqlDB) close() { d.closeFrom(nil) }

func (d *sqlDB) closeFrom(caller *runtime.ThreadState) {
	d.lock(caller)
	defer d.unlock()
	if d.depth > 1 {
		d.closing = true
		return
	}
	d.closeLocked()
}

func (d *sqlDB) closeLocked() {
	d.closing = false
	if d.h == 0 {
		return
	}
	for s := range d.stmts {
		if s.h != 0 {
			lib.Xsqlite3_finalize(d.tls, s.h)
			s.h = 0
		}
	}
	d.stmts = nil
	d.hmu.Lock()
	lib.Xsqlite3_close_v2(d.tls, d.h)
	d.h = 0
	d.hmu.Unlock()
	d.tls.Close()
	d.tls = nil
}

// status reports sqlite3_get_autocommit, sqlite3_total_changes64 and the
// SQL length limit.
func (d *sqlDB) status(caller *runtime.ThreadState) (autocommit bool, totalChanges int64) {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return true, 0
	}
	return lib.Xsqlite3_get_autocommit(d.tls, d.h) != 0, lib.Xsqlite3_total_changes64(d.tls, d.h)
}

// sqlLengthLimit is SQLITE_LIMIT_SQL_LENGTH.
func (d *sqlDB) sqlLengthLimit(caller *runtime.ThreadState) int {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return 0
	}
	return int(lib.Xsqlite3_limit(d.tls, d.h, lib.SQLITE_LIMIT_SQL_LENGTH, -1))
}

// prepare compiles the first statement of sql, reporting what follows it.
// sql must not contain NUL characters.
func (d *sqlDB) prepare(caller *runtime.ThreadState, sql string) (s *sqlStmt, tail string, e *sqlError) {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return nil, "", misuse()
	}
	tls := d.tls
	z := cString(tls, sql)
	out := tls.Alloc(16)
	pstmt, ptail := out, out+8
	*(*uintptr)(cptr(pstmt)) = 0
	rc := lib.Xsqlite3_prepare_v2(tls, d.h, z, int32(len(sql)+1), pstmt, ptail)
	h := *(*uintptr)(cptr(pstmt))
	off := int(*(*uintptr)(cptr(ptail)) - z)
	tls.Free(16)
	libc.Xfree(tls, z)
	if rc != lib.SQLITE_OK {
		return nil, "", errorOf(tls, d.h)
	}
	if off >= 0 && off < len(sql) {
		tail = sql[off:]
	}
	s = &sqlStmt{db: d, h: h, sql: sql, isDML: isDMLStatement(sql)}
	if h == 0 {
		s.readonly = true // sqlite3_stmt_readonly(NULL) is true
	} else {
		s.readonly = lib.Xsqlite3_stmt_readonly(tls, h) != 0
		s.nparams = int(lib.Xsqlite3_bind_parameter_count(tls, h))
		s.paramNames = make([]string, s.nparams)
		for i := range s.paramNames {
			s.paramNames[i] = goString(lib.Xsqlite3_bind_parameter_name(tls, h, int32(i+1)))
		}
		n := int(lib.Xsqlite3_column_count(tls, h))
		s.colNames = make([]string, n)
		s.declTypes = make([]string, n)
		for i := 0; i < n; i++ {
			s.colNames[i] = goString(lib.Xsqlite3_column_name(tls, h, int32(i)))
			s.declTypes[i] = goString(lib.Xsqlite3_column_decltype(tls, h, int32(i)))
		}
	}
	d.stmts[s] = struct{}{}
	return s, tail, nil
}

// execSimple runs a statement that returns no rows (BEGIN, COMMIT,
// ROLLBACK) on its own, as CPython does for transaction control.
func (d *sqlDB) execSimple(caller *runtime.ThreadState, sql string) *sqlError {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return misuse()
	}
	return d.execLocked(sql)
}

// execScript runs every statement of script in turn, stepping through and
// discarding their rows, after committing a pending transaction.
func (d *sqlDB) execScript(caller *runtime.ThreadState, script string) *sqlError {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return misuse()
	}
	tls := d.tls
	if lib.Xsqlite3_get_autocommit(tls, d.h) == 0 {
		if e := d.execLocked("COMMIT"); e != nil {
			return e
		}
	}
	z := cString(tls, script)
	defer libc.Xfree(tls, z)
	out := tls.Alloc(16)
	defer tls.Free(16)
	pstmt, ptail := out, out+8
	cur := z
	end := z + uintptr(len(script))
	for {
		*(*uintptr)(cptr(pstmt)) = 0
		rc := lib.Xsqlite3_prepare_v2(tls, d.h, cur, int32(end-cur+1), pstmt, ptail)
		if rc == lib.SQLITE_OK {
			h := *(*uintptr)(cptr(pstmt))
			for rc = lib.Xsqlite3_step(tls, h); rc == lib.SQLITE_ROW; rc = lib.Xsqlite3_step(tls, h) {
			}
			rc = lib.Xsqlite3_finalize(tls, h)
		}
		if rc != lib.SQLITE_OK {
			return errorOf(tls, d.h)
		}
		cur = *(*uintptr)(cptr(ptail))
		if cur >= end {
			return nil
		}
	}
}

// execLocked is execSimple with mu already held.
func (d *sqlDB) execLocked(sql string) *sqlError {
	tls := d.tls
	z := cString(tls, sql)
	out := tls.Alloc(8)
	rc := lib.Xsqlite3_prepare_v2(tls, d.h, z, -1, out, 0)
	h := *(*uintptr)(cptr(out))
	tls.Free(8)
	libc.Xfree(tls, z)
	if rc == lib.SQLITE_OK {
		lib.Xsqlite3_step(tls, h)
		rc = lib.Xsqlite3_finalize(tls, h)
	}
	if rc != lib.SQLITE_OK {
		return errorOf(tls, d.h)
	}
	return nil
}

// stepResult is the outcome of one step of a statement.
type stepResult struct {
	rc  int32      // SQLITE_ROW, SQLITE_DONE, or an error code
	row []sqlValue // the row, for SQLITE_ROW
	err *sqlError  // for errors
	// changes and lastRowID are read after the step.
	changes, lastRowID int64
}

// run resets the statement, binds params (one per parameter) and steps once.
// asBlob marks the columns whose values are read as raw bytes (those that go
// to a converter); it may be nil.
func (s *sqlStmt) run(caller *runtime.ThreadState, params []sqlValue, asBlob []bool) stepResult {
	d := s.db
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return stepResult{rc: lib.SQLITE_MISUSE, err: misuse()}
	}
	if s.h == 0 {
		// An empty statement (only blanks or comments) does nothing.
		return stepResult{rc: lib.SQLITE_DONE, changes: lib.Xsqlite3_changes64(d.tls, d.h), lastRowID: lib.Xsqlite3_last_insert_rowid(d.tls, d.h)}
	}
	tls := d.tls
	lib.Xsqlite3_reset(tls, s.h)
	for i, v := range params {
		if rc := s.bind(int32(i+1), v); rc != lib.SQLITE_OK {
			return stepResult{rc: rc, err: errorOf(tls, d.h)}
		}
	}
	return s.stepLocked(asBlob)
}

// step advances the statement to its next row.
func (s *sqlStmt) step(caller *runtime.ThreadState, asBlob []bool) stepResult {
	d := s.db
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 || s.h == 0 {
		return stepResult{rc: lib.SQLITE_MISUSE, err: misuse()}
	}
	return s.stepLocked(asBlob)
}

func (s *sqlStmt) stepLocked(asBlob []bool) stepResult {
	tls, h := s.db.tls, s.h
	rc := lib.Xsqlite3_step(tls, h)
	r := stepResult{rc: rc}
	switch rc {
	case lib.SQLITE_ROW:
		r.row = readRow(tls, h, asBlob)
	case lib.SQLITE_DONE:
		lib.Xsqlite3_reset(tls, h)
	default:
		lib.Xsqlite3_reset(tls, h)
		r.err = errorOf(tls, s.db.h)
	}
	r.changes = lib.Xsqlite3_changes64(tls, s.db.h)
	r.lastRowID = lib.Xsqlite3_last_insert_rowid(tls, s.db.h)
	return r
}

// bind sets parameter i; text and blobs are copied by SQLite.
func (s *sqlStmt) bind(i int32, v sqlValue) int32 {
	tls, h := s.db.tls, s.h
	switch v.kind {
	case lib.SQLITE_INTEGER:
		return lib.Xsqlite3_bind_int64(tls, h, i, v.i)
	case lib.SQLITE_FLOAT:
		return lib.Xsqlite3_bind_double(tls, h, i, v.f)
	case lib.SQLITE_TEXT, lib.SQLITE_BLOB:
		if len(v.b) == 0 {
			if v.kind == lib.SQLITE_BLOB {
				return lib.Xsqlite3_bind_zeroblob(tls, h, i, 0)
			}
			return lib.Xsqlite3_bind_text(tls, h, i, cEmpty, 0, 0)
		}
		p := libc.Xmalloc(tls, uint64(len(v.b)))
		if p == 0 {
			return lib.SQLITE_NOMEM
		}
		copy(unsafe.Slice((*byte)(cptr(p)), len(v.b)), v.b)
		var rc int32
		if v.kind == lib.SQLITE_TEXT {
			rc = lib.Xsqlite3_bind_text(tls, h, i, p, int32(len(v.b)), lib.SQLITE_TRANSIENT)
		} else {
			rc = lib.Xsqlite3_bind_blob(tls, h, i, p, int32(len(v.b)), lib.SQLITE_TRANSIENT)
		}
		libc.Xfree(tls, p)
		return rc
	default:
		return lib.Xsqlite3_bind_null(tls, h, i)
	}
}

// cEmpty is a static empty C string (for binding ” as text, which a NULL
// pointer would turn into NULL).
var cEmpty = func() uintptr {
	tls := libc.NewTLS()
	defer tls.Close()
	return cString(tls, "")
}()

// readRow reads the current row's values.
func readRow(tls *libc.TLS, h uintptr, asBlob []bool) []sqlValue {
	n := int(lib.Xsqlite3_data_count(tls, h))
	row := make([]sqlValue, n)
	for i := range row {
		c := int32(i)
		if i < len(asBlob) && asBlob[i] {
			// A converter gets the value's bytes; a NULL pointer (NULL or
			// an empty value) gives None.
			p := lib.Xsqlite3_column_blob(tls, h, c)
			if p == 0 {
				row[i].kind = lib.SQLITE_NULL
			} else {
				row[i] = sqlValue{kind: lib.SQLITE_BLOB, b: cBytes(p, lib.Xsqlite3_column_bytes(tls, h, c))}
			}
			continue
		}
		switch t := lib.Xsqlite3_column_type(tls, h, c); t {
		case lib.SQLITE_INTEGER:
			row[i] = sqlValue{kind: t, i: lib.Xsqlite3_column_int64(tls, h, c)}
		case lib.SQLITE_FLOAT:
			row[i] = sqlValue{kind: t, f: lib.Xsqlite3_column_double(tls, h, c)}
		case lib.SQLITE_TEXT:
			p := lib.Xsqlite3_column_text(tls, h, c)
			row[i] = sqlValue{kind: t, s: cText(p, lib.Xsqlite3_column_bytes(tls, h, c))}
		case lib.SQLITE_BLOB:
			p := lib.Xsqlite3_column_blob(tls, h, c)
			row[i] = sqlValue{kind: t, b: cBytes(p, lib.Xsqlite3_column_bytes(tls, h, c))}
		default:
			row[i].kind = lib.SQLITE_NULL
		}
	}
	return row
}

// reset resets the statement (ending its pending rows).
func (s *sqlStmt) reset(caller *runtime.ThreadState) {
	d := s.db
	d.lock(caller)
	defer d.unlock()
	if d.h != 0 && s.h != 0 {
		lib.Xsqlite3_reset(d.tls, s.h)
	}
}

// finalize frees the statement.
func (s *sqlStmt) finalize(caller *runtime.ThreadState) {
	d := s.db
	d.lock(caller)
	defer d.unlock()
	if d.h != 0 && s.h != 0 {
		lib.Xsqlite3_finalize(d.tls, s.h)
	}
	s.h = 0
	delete(d.stmts, s)
}

// isDMLStatement reports whether sql starts (after blanks and comments) with
// INSERT, UPDATE, DELETE or REPLACE.
func isDMLStatement(sql string) bool {
	p, ok := skipSQLBlanks(sql)
	if !ok {
		return false
	}
	for _, kw := range []string{"insert", "update", "delete", "replace"} {
		if len(p) >= len(kw) && asciiEqualFold(p[:len(kw)], kw) {
			return true
		}
	}
	return false
}

// skipSQLBlanks skips white space and comments; ok is false when nothing
// else follows (an unterminated /* comment counts as nothing).
func skipSQLBlanks(s string) (rest string, ok bool) {
	i := 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := i + 2
			for j+1 < len(s) && !(s[j] == '*' && s[j+1] == '/') {
				j++
			}
			if j+1 >= len(s) {
				return "", false
			}
			i = j + 2
		default:
			return s[i:], true
		}
	}
	return "", false
}

// asciiEqualFold compares two strings ignoring the case of ASCII letters
// only, as sqlite3.Row's column lookup does.
func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// sqliteLibVersion is the engine's version string (sqlite3.sqlite_version).
func sqliteLibVersion() string {
	tls := libc.NewTLS()
	defer tls.Close()
	return goString(lib.Xsqlite3_libversion(tls))
}

// sqliteComplete is sqlite3_complete.
func sqliteComplete(sql string) bool {
	tls := libc.NewTLS()
	defer tls.Close()
	z := cString(tls, sql)
	defer libc.Xfree(tls, z)
	return lib.Xsqlite3_complete(tls, z) != 0
}

// interrupt is sqlite3_interrupt: it makes the running statement fail with
// SQLITE_INTERRUPT. It is safe from any thread and does not take mu (the
// call it interrupts holds it), so it uses a TLS of its own and hmu.
func (d *sqlDB) interrupt() {
	d.hmu.Lock()
	defer d.hmu.Unlock()
	if d.h == 0 {
		return
	}
	tls := libc.NewTLS()
	lib.Xsqlite3_interrupt(tls, d.h)
	tls.Close()
}

// limit is sqlite3_limit; bad reports a category out of range.
func (d *sqlDB) limit(caller *runtime.ThreadState, category, value int) (old int, bad bool) {
	d.lock(caller)
	defer d.unlock()
	if d.h == 0 {
		return 0, false
	}
	if category < lib.SQLITE_LIMIT_LENGTH || category > lib.SQLITE_LIMIT_WORKER_THREADS {
		return 0, true
	}
	return int(lib.Xsqlite3_limit(d.tls, d.h, int32(category), int32(value))), false
}
