package stdlib

import (
	"container/list"
	goruntime "runtime"
	"strings"

	"github.com/minipy/minipy/runtime"
)

// sqlConn is a sqlite3.Connection.
type sqlConn struct {
	runtime.Header
	state  *sqliteState
	interp *runtime.Interpreter
	// db is the open database; nil before __init__ and after close().
	db          *sqlDB
	initialized bool
	// ident is the creating thread (threading.get_ident()); with
	// checkThread, only that thread may use the connection.
	ident       int64
	checkThread bool
	detectTypes int
	// level is the isolation level ("", "DEFERRED", "IMMEDIATE" or
	// "EXCLUSIVE"); autocommit means isolation_level None.
	level       string
	autocommit  bool
	rowFactory  runtime.Object
	textFactory runtime.Object
	cache       stmtCache
	// callbacks keeps the registered user functions, aggregate classes and
	// collations; aggregates the aggregate instances of running queries.
	callbacks     map[string]runtime.Object
	aggregates    map[uint64]runtime.Object
	aggregateNext uint64
}

func (c *sqlConn) Type() *runtime.Type { return sqliteConnectionType }

func connOf(self runtime.Object) *sqlConn { return runtime.Unwrap(self).(*sqlConn) }

// stmtCache keeps the most recently used prepared statements by SQL text,
// as CPython's statement cache (cached_statements, default 128) does.
type stmtCache struct {
	max   int
	byKey map[string]*list.Element
	order list.List // of *sqlStmt, most recent first
}

// get returns the cached statement for sql unless a cursor is using it.
func (c *stmtCache) get(sql string) *sqlStmt {
	e := c.byKey[sql]
	if e == nil {
		return nil
	}
	s := e.Value.(*sqlStmt)
	if s.inUse {
		return nil
	}
	c.order.MoveToFront(e)
	return s
}

// put caches s, returning a statement pushed out of the cache that nobody
// uses (to finalize), or nil.
func (c *stmtCache) put(s *sqlStmt) *sqlStmt {
	if c.max <= 0 {
		return nil
	}
	if c.byKey == nil {
		c.byKey = map[string]*list.Element{}
	}
	if old := c.byKey[s.sql]; old != nil {
		// A statement for the same text is busy in another cursor: the new
		// one replaces it in the cache.
		os := old.Value.(*sqlStmt)
		c.order.Remove(old)
		delete(c.byKey, s.sql)
		os.cached = false
		if !os.inUse {
			return os
		}
	}
	s.cached = true
	c.byKey[s.sql] = c.order.PushFront(s)
	if c.order.Len() <= c.max {
		return nil
	}
	last := c.order.Back()
	ls := last.Value.(*sqlStmt)
	c.order.Remove(last)
	delete(c.byKey, ls.sql)
	ls.cached = false
	if ls.inUse {
		return nil
	}
	return ls
}

// clear forgets every cached statement (the database finalizes them).
func (c *stmtCache) clear() {
	for e := c.order.Front(); e != nil; e = e.Next() {
		e.Value.(*sqlStmt).cached = false
	}
	c.byKey = nil
	c.order.Init()
}

var sqliteConnectionType = func() *runtime.Type {
	t := newType("sqlite3", "Connection", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newObject(&sqlConn{state: sqliteStateOf(ts), interp: ts.Interp, rowFactory: runtime.None, textFactory: runtime.Xref(runtime.StrType)}), nil
	}
	t.Init = connInit
	t.Dealloc = func(o runtime.Object) {
		c := o.(*sqlConn)
		if c.db != nil {
			c.cache.clear()
			c.db.close()
			c.db = nil
		}
		c.dropCallbacks()
		runtime.Decref(c.rowFactory)
		runtime.Decref(c.textFactory)
		c.rowFactory, c.textFactory = nil, nil
	}
	addMethods(t, []method{
		{name: "cursor", fn: connCursor, raw: true},
		{name: "close", fn: connClose},
		{name: "commit", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Connection.commit", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.None, connOf(self).endTransaction(ts, "COMMIT")
		}},
		{name: "rollback", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Connection.rollback", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.None, connOf(self).endTransaction(ts, "ROLLBACK")
		}},
		{name: "execute", fn: connExecuteVia("execute"), raw: true},
		{name: "executemany", fn: connExecuteVia("executemany"), raw: true},
		{name: "executescript", fn: connExecuteVia("executescript"), raw: true},
		{name: "__enter__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Connection.__enter__", args, kwnames); err != nil {
				return nil, err
			}
			if err := connOf(self).checkOpen(); err != nil {
				return nil, err
			}
			return runtime.Xref(self), nil
		}, raw: true},
		{name: "__exit__", fn: connExit},
		{name: "interrupt", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Connection.interrupt", args, kwnames); err != nil {
				return nil, err
			}
			c := connOf(self)
			if err := c.checkOpen(); err != nil {
				return nil, err
			}
			c.db.interrupt()
			return runtime.None, nil
		}},
		{name: "create_function", fn: connCreateFunction},
		{name: "create_aggregate", fn: connCreateAggregate},
		{name: "create_collation", fn: connCreateCollation},
		{name: "getlimit", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var cat int
			if err := runtime.UnpackPositional(ts, "Connection.getlimit", args, kwnames, 1, &cat); err != nil {
				return nil, err
			}
			return connOf(self).limit(ts, cat, -1)
		}},
		{name: "setlimit", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var cat, val int
			if err := runtime.UnpackPositional(ts, "Connection.setlimit", args, kwnames, 2, &cat, &val); err != nil {
				return nil, err
			}
			return connOf(self).limit(ts, cat, val)
		}},
	})
	getters := []getter{
		{name: "isolation_level", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			c := connOf(self)
			if err := c.checkOpen(); err != nil {
				return nil, err
			}
			if c.autocommit {
				return runtime.None, nil
			}
			return runtime.NewStr(c.level), nil
		}, set: connSetIsolationLevel},
		{name: "in_transaction", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			c := connOf(self)
			if err := c.checkOpen(); err != nil {
				return nil, err
			}
			var auto bool
			ts.AllowThreads(func() { auto, _ = c.db.status(ts) })
			return runtime.NewBool(!auto), nil
		}, set: notWritable("in_transaction")},
		{name: "total_changes", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			c := connOf(self)
			if err := c.checkOpen(); err != nil {
				return nil, err
			}
			var n int64
			ts.AllowThreads(func() { _, n = c.db.status(ts) })
			return runtime.NewInt(n), nil
		}, set: notWritable("total_changes")},
		{name: "row_factory", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(connOf(self).rowFactory), nil
		}, set: func(ts *runtime.ThreadState, self, value runtime.Object) error {
			return replaceMember(&connOf(self).rowFactory, value)
		}},
		{name: "text_factory", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(connOf(self).textFactory), nil
		}, set: func(ts *runtime.ThreadState, self, value runtime.Object) error {
			return replaceMember(&connOf(self).textFactory, value)
		}},
	}
	for _, e := range sqliteExceptions {
		e := e
		getters = append(getters, getter{name: e.Name, get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(e), nil
		}, set: notWritable(e.Name)})
	}
	addGetters(t, getters)
	return t.Ready()
}()

// notWritable is the setter of a read-only Connection attribute.
func notWritable(name string) func(ts *runtime.ThreadState, self, value runtime.Object) error {
	return func(ts *runtime.ThreadState, self, value runtime.Object) error {
		return runtime.NewAttributeError("attribute '%s' of 'sqlite3.Connection' objects is not writable", name)
	}
}

// replaceMember sets an object attribute stored in a Go field.
func replaceMember(field *runtime.Object, value runtime.Object) error {
	if value == nil {
		value = runtime.None
	}
	old := *field
	*field = runtime.Xref(value)
	runtime.Decref(old)
	return nil
}

// connInit is Connection.__init__: it opens the database.
func connInit(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
	c := connOf(self)
	var database, factory runtime.Object
	var isolation runtime.Object = runtime.NewStr("")
	defer runtime.Decref(isolation)
	timeout := 5.0
	detectTypes, checkThread, cachedStatements, uri := 0, 1, 128, 0
	if err := runtime.UnpackArgs(ts, "Connection", args, kwnames, "database", &database, "timeout?", &timeout,
		"detect_types?", &detectTypes, "isolation_level?", &isolation, "check_same_thread?", &checkThread,
		"factory?", &factory, "cached_statements?", &cachedStatements, "uri?", &uri); err != nil {
		return err
	}
	path, err := fsPath(ts, database)
	if err != nil {
		return err
	}
	if strings.IndexByte(path, 0) >= 0 {
		return runtime.NewValueError("embedded null byte")
	}
	level, auto, err := isolationLevelArg(isolation)
	if err != nil {
		return err
	}
	if c.db != nil {
		// __init__ called again: start over with a new database.
		old := c.db
		c.cache.clear()
		c.db = nil
		ts.AllowThreads(func() { old.closeFrom(ts) })
	}
	var db *sqlDB
	var e *sqlError
	ms := timeout * 1000
	if ms > 1<<31-1 {
		ms = 1<<31 - 1
	}
	ts.AllowThreads(func() { db, e = openSQL(path, uri != 0, int32(ms)) })
	if e != nil {
		return raiseSQL(e)
	}
	c.db = db
	// A connection lost in an uncollected cycle still closes its database
	// (and releases its file locks) once Go frees it.
	goruntime.AddCleanup(c, (*sqlDB).close, db)
	c.initialized = true
	c.ident = ts.Ident
	c.checkThread = checkThread != 0
	c.detectTypes = detectTypes
	c.level, c.autocommit = level, auto
	c.cache = stmtCache{max: cachedStatements}
	return nil
}

// isolationLevelArg validates an isolation level: None (autocommit) or a
// case-insensitive ”, 'DEFERRED', 'IMMEDIATE' or 'EXCLUSIVE'.
func isolationLevelArg(o runtime.Object) (level string, autocommit bool, err error) {
	if o == runtime.None {
		return "", true, nil
	}
	s, ok := asStr(o)
	if !ok {
		return "", false, runtime.NewTypeError("isolation_level must be str or None")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", false, runtime.NewValueError("embedded null character")
	}
	for _, l := range []string{"", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"} {
		if asciiEqualFold(s, l) {
			return l, false, nil
		}
	}
	return "", false, runtime.NewValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
}

// connSetIsolationLevel sets isolation_level; None commits a pending
// transaction and turns on autocommit.
func connSetIsolationLevel(ts *runtime.ThreadState, self, value runtime.Object) error {
	c := connOf(self)
	if value == nil {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	if value == runtime.None {
		c.autocommit = true
		c.level = ""
		return c.endTransaction(ts, "COMMIT")
	}
	level, _, err := isolationLevelArg(value)
	if err != nil {
		return err
	}
	c.level, c.autocommit = level, false
	return nil
}

// checkThread refuses use from another thread when check_same_thread is on.
func (c *sqlConn) checkThreadOf(ts *runtime.ThreadState) error {
	if c.checkThread && ts.Ident != c.ident {
		return sqlErr(sqliteProgrammingError, "SQLite objects created in a thread can only be used in that same thread. "+
			"The object was created in thread id %d and this is thread id %d.", c.ident, ts.Ident)
	}
	return nil
}

// checkOpen refuses use before __init__ or after close().
func (c *sqlConn) checkOpen() error {
	if !c.initialized {
		return sqlErr(sqliteProgrammingError, "Base Connection.__init__ not called.")
	}
	if c.db == nil {
		return sqlErr(sqliteProgrammingError, "Cannot operate on a closed database.")
	}
	return nil
}

// check is the thread check then the open check, which most methods do.
func (c *sqlConn) check(ts *runtime.ThreadState) error {
	if err := c.checkThreadOf(ts); err != nil {
		return err
	}
	return c.checkOpen()
}

// endTransaction commits or rolls back, if a transaction is open.
func (c *sqlConn) endTransaction(ts *runtime.ThreadState, sql string) error {
	if err := c.check(ts); err != nil {
		return err
	}
	db := c.db
	var e *sqlError
	ts.AllowThreads(func() {
		if auto, _ := db.status(ts); !auto {
			e = db.execSimple(ts, sql)
		}
	})
	if e != nil {
		return raiseSQL(e)
	}
	return nil
}

// begin opens a transaction before a DML statement, unless one is open or
// the connection is in autocommit mode.
func (c *sqlConn) begin(ts *runtime.ThreadState) error {
	if c.autocommit {
		return nil
	}
	db := c.db
	stmt := "BEGIN " + c.level
	var e *sqlError
	ts.AllowThreads(func() {
		if auto, _ := db.status(ts); auto {
			e = db.execSimple(ts, stmt)
		}
	})
	if e != nil {
		return raiseSQL(e)
	}
	return nil
}

// statement returns a prepared statement for sql, from the cache when one
// is free there.
func (c *sqlConn) statement(ts *runtime.ThreadState, sql string) (*sqlStmt, error) {
	if s := c.cache.get(sql); s != nil {
		return s, nil
	}
	if strings.IndexByte(sql, 0) >= 0 {
		return nil, sqlErr(sqliteProgrammingError, "the query contains a null character")
	}
	db := c.db
	var s *sqlStmt
	var tail string
	var e *sqlError
	limit := 0
	ts.AllowThreads(func() {
		if limit = db.sqlLengthLimit(ts); len(sql) > limit {
			return
		}
		s, tail, e = db.prepare(ts, sql)
	})
	if len(sql) > limit {
		return nil, sqlErr(sqliteDataError, "query string is too large")
	}
	if e != nil {
		return nil, raiseSQL(e)
	}
	if _, more := skipSQLBlanks(tail); more {
		ts.AllowThreads(func() { s.finalize(ts) })
		return nil, sqlErr(sqliteProgrammingError, "You can only execute one statement at a time.")
	}
	if old := c.cache.put(s); old != nil {
		ts.AllowThreads(func() { old.finalize(ts) })
	}
	return s, nil
}

// release gives back a statement a cursor has finished with.
func (c *sqlConn) release(ts *runtime.ThreadState, s *sqlStmt) {
	s.inUse = false
	done := func() {
		s.reset(ts)
		if !s.cached {
			s.finalize(ts)
		}
	}
	if ts != nil {
		ts.AllowThreads(done)
		return
	}
	// From a Dealloc: the thread holding the GIL frees the cursor, maybe
	// inside a user function that holds the database already.
	ts = c.interp.Holder()
	done()
}

func connCursor(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var factory runtime.Object = sqliteCursorType
	if err := runtime.UnpackArgs(ts, "cursor", args, kwnames, "factory?", &factory); err != nil {
		return nil, err
	}
	c := connOf(self)
	if err := c.check(ts); err != nil {
		return nil, err
	}
	cur, err := runtime.Call(ts, factory, []runtime.Object{self}, nil)
	if err != nil {
		return nil, err
	}
	cu, ok := runtime.Unwrap(cur).(*sqlCursor)
	if !ok {
		defer runtime.Decref(cur)
		return nil, runtime.NewTypeError("factory must return a cursor, not %s", runtime.TypeName(cur))
	}
	if c.rowFactory != runtime.None {
		replaceMember(&cu.rowFactory, c.rowFactory)
	}
	return cur, nil
}

func connClose(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("Connection.close", args, kwnames); err != nil {
		return nil, err
	}
	c := connOf(self)
	if err := c.checkThreadOf(ts); err != nil {
		return nil, err
	}
	if !c.initialized {
		return nil, sqlErr(sqliteProgrammingError, "Base Connection.__init__ not called.")
	}
	if db := c.db; db != nil {
		c.cache.clear()
		c.db = nil
		ts.AllowThreads(func() { db.closeFrom(ts) })
	}
	return runtime.None, nil
}

// connExecuteVia makes Connection.execute/executemany/executescript: they
// create a cursor and call its method of the same name.
func connExecuteVia(name string) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoKeywords("Connection."+name, kwnames); err != nil {
			return nil, err
		}
		if name == "executescript" {
			if _, err := runtime.OneArg("Connection.executescript", args, kwnames); err != nil {
				return nil, err
			}
		}
		cur, err := runtime.CallMethod(ts, self, "cursor")
		if err != nil {
			return nil, err
		}
		defer runtime.Decref(cur)
		var r runtime.Object
		if name == "executescript" {
			r, err = runtime.CallMethod(ts, cur, name, args...)
		} else {
			cu, ok := runtime.Unwrap(cur).(*sqlCursor)
			if !ok {
				return nil, runtime.NewTypeError("factory must return a cursor, not %s", runtime.TypeName(cur))
			}
			r, err = cursorExecuteArgs(ts, cur, cu, name, args, nil)
		}
		if err != nil {
			return nil, err
		}
		runtime.Decref(r)
		return runtime.Xref(cur), nil
	}
}

// connExit is Connection.__exit__: commit when the block succeeded, roll
// back when it raised; the connection stays open.
func connExit(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var typ, val, tb runtime.Object
	if err := runtime.UnpackPositional(ts, "__exit__", args, kwnames, 3, &typ, &val, &tb); err != nil {
		return nil, err
	}
	c := connOf(self)
	if typ == runtime.None && val == runtime.None && tb == runtime.None {
		if err := c.endTransaction(ts, "COMMIT"); err != nil {
			// Roll back to release the database; the commit's error wins.
			c.endTransaction(ts, "ROLLBACK")
			return nil, err
		}
		return runtime.False, nil
	}
	if err := c.endTransaction(ts, "ROLLBACK"); err != nil {
		return nil, err
	}
	return runtime.False, nil
}

// limit is getlimit (value -1) and setlimit.
func (c *sqlConn) limit(ts *runtime.ThreadState, category, value int) (runtime.Object, error) {
	if err := c.check(ts); err != nil {
		return nil, err
	}
	var old int
	var bad bool
	db := c.db
	ts.AllowThreads(func() { old, bad = db.limit(ts, category, value) })
	if bad {
		return nil, sqlErr(sqliteProgrammingError, "'category' is out of bounds")
	}
	return runtime.NewInt(int64(old)), nil
}
