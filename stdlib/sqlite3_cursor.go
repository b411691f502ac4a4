package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
	lib "modernc.org/sqlite/lib"
)

// sqlCursor is a sqlite3.Cursor. After an execute whose statement returned
// a row, stmt and row hold that statement and its next row (already
// stepped to, as in CPython); fetching converts the row and steps again.
type sqlCursor struct {
	runtime.Header
	connObj runtime.Object // the connection as given (maybe a subclass instance)
	conn    *sqlConn
	stmt    *sqlStmt
	row     []sqlValue
	// converters holds, per result column, the converter chosen by
	// detect_types (nil: none); nil when no column has one.
	converters []runtime.Object
	asBlob     []bool

	description, lastrowid, rowFactory runtime.Object
	rowcount                           int64
	arraysize                          int
	initialized, closed, locked        bool
}

func (c *sqlCursor) Type() *runtime.Type { return sqliteCursorType }

func cursorOf(self runtime.Object) *sqlCursor { return runtime.Unwrap(self).(*sqlCursor) }

var sqliteCursorType = func() *runtime.Type {
	t := newType("sqlite3", "Cursor", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newObject(&sqlCursor{description: runtime.None, lastrowid: runtime.None, rowFactory: runtime.None,
			rowcount: -1, arraysize: 1}), nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		var conn runtime.Object
		if err := runtime.UnpackPositional(ts, "Cursor", args, kwnames, 1, &conn); err != nil {
			return err
		}
		c, ok := runtime.Unwrap(conn).(*sqlConn)
		if !ok {
			return runtime.NewTypeError("Cursor() argument 1 must be sqlite3.Connection, not %s", clinicTypeName(conn))
		}
		cu := cursorOf(self)
		cu.releaseStmt(ts)
		replaceMember(&cu.connObj, conn)
		cu.conn = c
		replaceMember(&cu.description, runtime.None)
		replaceMember(&cu.lastrowid, runtime.None)
		replaceMember(&cu.rowFactory, runtime.None)
		cu.rowcount, cu.arraysize = -1, 1
		cu.closed, cu.initialized = false, true
		return nil
	}
	t.Dealloc = func(o runtime.Object) {
		cu := o.(*sqlCursor)
		cu.releaseStmt(nil)
		cu.setConverters(nil)
		for _, f := range []*runtime.Object{&cu.connObj, &cu.description, &cu.lastrowid, &cu.rowFactory} {
			if *f != nil {
				runtime.Decref(*f)
				*f = nil
			}
		}
	}
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return cursorOf(self).next(ts, self)
	}
	addMethods(t, []method{
		{name: "execute", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return cursorExecuteArgs(ts, self, cursorOf(self), "execute", args, kwnames)
		}, raw: true},
		{name: "executemany", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return cursorExecuteArgs(ts, self, cursorOf(self), "executemany", args, kwnames)
		}, raw: true},
		{name: "executescript", fn: cursorExecuteScript, raw: true},
		{name: "fetchone", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Cursor.fetchone", args, kwnames); err != nil {
				return nil, err
			}
			r, err := cursorOf(self).next(ts, self)
			if r == nil && err == nil {
				return runtime.None, nil
			}
			return r, err
		}, raw: true},
		{name: "fetchmany", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			cu := cursorOf(self)
			size := cu.arraysize
			if err := runtime.UnpackArgs(ts, "fetchmany", args, kwnames, "size?", &size); err != nil {
				return nil, err
			}
			return cu.fetch(ts, self, size)
		}, raw: true},
		{name: "fetchall", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Cursor.fetchall", args, kwnames); err != nil {
				return nil, err
			}
			return cursorOf(self).fetch(ts, self, -1)
		}, raw: true},
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Cursor.close", args, kwnames); err != nil {
				return nil, err
			}
			cu := cursorOf(self)
			if cu.conn == nil {
				return nil, sqlErr(sqliteProgrammingError, "Base Cursor.__init__ not called.")
			}
			if err := cu.conn.check(ts); err != nil {
				return nil, err
			}
			cu.releaseStmt(ts)
			cu.closed = true
			return runtime.None, nil
		}},
		{name: "setinputsizes", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if _, err := runtime.OneArg("Cursor.setinputsizes", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
		{name: "setoutputsize", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var size, column runtime.Object
			if err := runtime.UnpackPositional(ts, "Cursor.setoutputsize", args, kwnames, 1, &size, &column); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
	})
	readonly := func(ts *runtime.ThreadState, self, value runtime.Object) error {
		return runtime.NewAttributeError("readonly attribute")
	}
	member := func(name string, field func(*sqlCursor) runtime.Object) getter {
		return getter{name: name, get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			v := field(cursorOf(self))
			if v == nil {
				return runtime.None, nil
			}
			return runtime.Xref(v), nil
		}, set: readonly}
	}
	addGetters(t, []getter{
		member("connection", func(c *sqlCursor) runtime.Object { return c.connObj }),
		member("description", func(c *sqlCursor) runtime.Object { return c.description }),
		member("lastrowid", func(c *sqlCursor) runtime.Object { return c.lastrowid }),
		{name: "rowcount", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(cursorOf(self).rowcount), nil
		}, set: readonly},
		{name: "arraysize", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(cursorOf(self).arraysize)), nil
		}, set: func(ts *runtime.ThreadState, self, value runtime.Object) error {
			if value == nil {
				return runtime.NewTypeError("can't delete numeric/char attribute")
			}
			n, err := runtime.AsSsize(ts, value)
			if err != nil {
				return err
			}
			if n > 1<<31-1 || n < -1<<31 {
				return runtime.NewOverflowError("Python int too large to convert to C int")
			}
			cursorOf(self).arraysize = n
			return nil
		}},
		{name: "row_factory", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(cursorOf(self).rowFactory), nil
		}, set: func(ts *runtime.ThreadState, self, value runtime.Object) error {
			return replaceMember(&cursorOf(self).rowFactory, value)
		}},
	})
	return t.Ready()
}()

// check is CPython's check_cursor: the cursor is initialised, open, not in
// use by a callback, on the right thread, and its connection is open.
func (cu *sqlCursor) check(ts *runtime.ThreadState) error {
	if !cu.initialized || cu.conn == nil {
		return sqlErr(sqliteProgrammingError, "Base Cursor.__init__ not called.")
	}
	if cu.closed {
		return sqlErr(sqliteProgrammingError, "Cannot operate on a closed cursor.")
	}
	if cu.locked {
		return sqlErr(sqliteProgrammingError, "Recursive use of cursors not allowed.")
	}
	return cu.conn.check(ts)
}

// releaseStmt drops the cursor's pending statement (ts nil: from Dealloc,
// with the GIL held throughout).
func (cu *sqlCursor) releaseStmt(ts *runtime.ThreadState) {
	s := cu.stmt
	cu.stmt, cu.row = nil, nil
	if s != nil {
		cu.conn.release(ts, s)
	}
}

func (cu *sqlCursor) setConverters(conv []runtime.Object) {
	for _, c := range cu.converters {
		if c != nil {
			runtime.Decref(c)
		}
	}
	cu.converters = conv
	cu.asBlob = nil
	if conv != nil {
		cu.asBlob = make([]bool, len(conv))
		for i, c := range conv {
			cu.asBlob[i] = c != nil
		}
	}
}

// cursorExecuteArgs unpacks the arguments of execute / executemany.
func cursorExecuteArgs(ts *runtime.ThreadState, self runtime.Object, cu *sqlCursor, name string, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sql string
	var params runtime.Object
	min := 1
	if name == "executemany" {
		min = 2
	}
	if err := runtime.UnpackPositional(ts, "Cursor."+name, args, kwnames, min, &sql, &params); err != nil {
		return nil, err
	}
	if err := cu.execute(ts, self, sql, params, name == "executemany"); err != nil {
		return nil, err
	}
	return runtime.Xref(self), nil
}

// execute runs sql once with params (a sequence or a dict), or, for
// executemany, once per item of params; it follows CPython 3.11's
// _pysqlite_query_execute, including the implicit BEGIN before DML.
func (cu *sqlCursor) execute(ts *runtime.ThreadState, self runtime.Object, sql string, params runtime.Object, multiple bool) (err error) {
	if err := cu.check(ts); err != nil {
		return err
	}
	cu.locked = true
	defer func() {
		cu.locked = false
		if err != nil {
			cu.releaseStmt(ts)
			cu.rowcount = -1
		}
	}()
	var iter runtime.Object
	if multiple {
		if iter, err = runtime.GetIter(ts, params); err != nil {
			return err
		}
		defer runtime.Decref(iter)
	} else if params == nil {
		params = runtime.NewTuple(nil)
		defer runtime.Decref(params)
	}
	cu.releaseStmt(ts)
	replaceMember(&cu.description, runtime.None)
	cu.rowcount = 0
	c := cu.conn
	s, err := c.statement(ts, sql)
	if err != nil {
		return err
	}
	s.inUse = true
	cu.stmt = s
	if multiple && s.readonly {
		return sqlErr(sqliteProgrammingError, "executemany() can only execute DML statements.")
	}
	cu.rowcount = -1
	if s.isDML {
		cu.rowcount = 0
		if err := c.begin(ts); err != nil {
			return err
		}
	}
	if err := cu.chooseConverters(ts, s); err != nil {
		return err
	}
	state := c.state
	asBlob := cu.asBlob
	for {
		p := params
		if multiple {
			next, err := runtime.Next(ts, iter)
			if err != nil {
				return err
			}
			if next == nil {
				break
			}
			p = next
		}
		values, err := state.bindValues(ts, s, p)
		if multiple {
			runtime.Decref(p)
		}
		if err != nil {
			return err
		}
		var r stepResult
		ts.AllowThreads(func() { r = s.run(ts, values, asBlob) })
		if r.err != nil {
			return raiseSQL(r.err)
		}
		if cu.description == runtime.None && len(s.colNames) > 0 {
			d := cu.buildDescription(s)
			runtime.Decref(cu.description)
			cu.description = d
		}
		if s.isDML && r.rc == lib.SQLITE_DONE {
			cu.rowcount += r.changes
		}
		if !multiple {
			old := cu.lastrowid
			cu.lastrowid = runtime.NewInt(r.lastRowID)
			runtime.Decref(old)
		}
		if r.rc == lib.SQLITE_ROW {
			cu.row = r.row
		} else {
			cu.row = nil
		}
		if !multiple {
			break
		}
	}
	if cu.row == nil {
		cu.releaseStmt(ts)
	}
	return nil
}

// chooseConverters finds the converters of the result columns when the
// connection has detect_types: by a "[type]" in the column name
// (PARSE_COLNAMES), else by the first word of the declared type
// (PARSE_DECLTYPES).
func (cu *sqlCursor) chooseConverters(ts *runtime.ThreadState, s *sqlStmt) error {
	cu.setConverters(nil)
	dt := cu.conn.detectTypes
	if dt == 0 || len(s.colNames) == 0 {
		return nil
	}
	convs := cu.conn.state.converters
	lookup := func(name string) (runtime.Object, error) {
		key := runtime.NewStr(name)
		upper, err := runtime.CallMethod(ts, key, "upper")
		runtime.Decref(key)
		if err != nil {
			return nil, err
		}
		defer runtime.Decref(upper)
		v, err := convs.GetItem(ts, upper)
		return runtime.Xref(v), err
	}
	out := make([]runtime.Object, len(s.colNames))
	found := false
	for i, name := range s.colNames {
		var conv runtime.Object
		var err error
		if dt&sqliteParseColnames != 0 {
			if open := strings.IndexByte(name, '['); open >= 0 {
				if end := strings.IndexByte(name[open+1:], ']'); end >= 0 {
					if conv, err = lookup(name[open+1 : open+1+end]); err != nil {
						return err
					}
				}
			}
		}
		if conv == nil && dt&sqliteParseDecltypes != 0 && s.declTypes[i] != "" {
			decl := s.declTypes[i]
			if j := strings.IndexAny(decl, " ("); j >= 0 {
				decl = decl[:j]
			}
			if conv, err = lookup(decl); err != nil {
				return err
			}
		}
		out[i] = conv
		found = found || conv != nil
	}
	if found {
		cu.setConverters(out)
	}
	return nil
}

// buildDescription makes cursor.description: one 7-tuple per column, the
// name then six Nones. With PARSE_COLNAMES a " [type]" suffix is dropped.
func (cu *sqlCursor) buildDescription(s *sqlStmt) runtime.Object {
	items := make([]runtime.Object, len(s.colNames))
	for i, name := range s.colNames {
		if cu.conn.detectTypes&sqliteParseColnames != 0 {
			if j := strings.IndexByte(name, '['); j >= 0 {
				if j > 0 && name[j-1] == ' ' {
					j--
				}
				name = name[:j]
			}
		}
		items[i] = tupleOf(runtime.NewStr(name), runtime.None, runtime.None, runtime.None, runtime.None, runtime.None, runtime.None)
	}
	return runtime.NewTuple(items)
}

// next returns the next row (nil at the end), stepping the statement on.
func (cu *sqlCursor) next(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	if err := cu.check(ts); err != nil {
		return nil, err
	}
	s := cu.stmt
	if s == nil || cu.row == nil {
		return nil, nil
	}
	cu.locked = true
	row, err := cu.convertRow(ts, s, cu.row)
	cu.locked = false
	if err != nil {
		return nil, err
	}
	asBlob := cu.asBlob
	var r stepResult
	ts.AllowThreads(func() { r = s.step(ts, asBlob) })
	if cu.stmt != s {
		// Another thread re-executed or closed the cursor meanwhile.
		cu.row = nil
	} else {
		switch r.rc {
		case lib.SQLITE_ROW:
			cu.row = r.row
		case lib.SQLITE_DONE:
			if s.isDML {
				cu.rowcount = r.changes
			}
			cu.releaseStmt(ts)
		default:
			cu.releaseStmt(ts)
			runtime.Decref(row)
			return nil, raiseSQL(r.err)
		}
	}
	if cu.rowFactory == runtime.None {
		return row, nil
	}
	defer runtime.Decref(row)
	if cu.rowFactory == sqliteRowType {
		return newSqlRow(cu.description, row.(*runtime.Tuple)), nil
	}
	return runtime.Call(ts, cu.rowFactory, []runtime.Object{self, row}, nil)
}

// convertRow turns the pending row into a tuple of Python values.
func (cu *sqlCursor) convertRow(ts *runtime.ThreadState, s *sqlStmt, row []sqlValue) (runtime.Object, error) {
	items := make([]runtime.Object, len(row))
	tf := cu.conn.textFactory
	for i := range row {
		var v runtime.Object
		var err error
		if i < len(cu.converters) && cu.converters[i] != nil {
			if row[i].kind == lib.SQLITE_NULL {
				v = runtime.None
			} else {
				b := runtime.NewBytes(row[i].b)
				v, err = runtime.Call(ts, cu.converters[i], []runtime.Object{b}, nil)
				runtime.Decref(b)
			}
		} else {
			name := ""
			if i < len(s.colNames) {
				name = s.colNames[i]
			}
			v, err = fromSQL(ts, &row[i], tf, name)
		}
		if err != nil {
			runtime.DecrefAll(items[:i])
			return nil, err
		}
		items[i] = v
	}
	return runtime.NewTuple(items), nil
}

// fetch returns up to n rows (all when n < 0 or, as in CPython, n == 0).
func (cu *sqlCursor) fetch(ts *runtime.ThreadState, self runtime.Object, n int) (runtime.Object, error) {
	out := runtime.NewList(nil)
	for count := 0; n <= 0 || count < n; count++ {
		r, err := cu.next(ts, self)
		if err != nil {
			runtime.Decref(out)
			return nil, err
		}
		if r == nil {
			break
		}
		out.Append(r)
		runtime.Decref(r)
	}
	return out, nil
}

// cursorExecuteScript is executescript(sql_script): it commits a pending
// transaction, then runs every statement of the script.
func cursorExecuteScript(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	arg, err := runtime.OneArg("Cursor.executescript", args, kwnames)
	if err != nil {
		return nil, err
	}
	script, ok := asStr(arg)
	if !ok {
		return nil, runtime.NewTypeError("executescript() argument must be str, not %s", clinicTypeName(arg))
	}
	if strings.IndexByte(script, 0) >= 0 {
		return nil, runtime.NewValueError("embedded null character")
	}
	cu := cursorOf(self)
	if err := cu.check(ts); err != nil {
		return nil, err
	}
	db := cu.conn.db
	var e *sqlError
	tooLong := false
	ts.AllowThreads(func() {
		if len(script) > db.sqlLengthLimit(ts) {
			tooLong = true
			return
		}
		e = db.execScript(ts, script)
	})
	if tooLong {
		return nil, sqlErr(sqliteDataError, "query string is too large")
	}
	if e != nil {
		return nil, raiseSQL(e)
	}
	return runtime.Xref(self), nil
}

// ---- Row ----

// sqlRow is a sqlite3.Row: a row's values with the cursor's description,
// indexable by position or by column name (ASCII case-insensitively).
type sqlRow struct {
	runtime.Header
	data        *runtime.Tuple
	description runtime.Object
}

func (r *sqlRow) Type() *runtime.Type { return sqliteRowType }

func newSqlRow(description runtime.Object, data *runtime.Tuple) *sqlRow {
	return newObject(&sqlRow{data: runtime.Xref(data).(*runtime.Tuple), description: runtime.Xref(description)})
}

func rowOf(self runtime.Object) *sqlRow { return runtime.Unwrap(self).(*sqlRow) }

// names returns the column names from the description.
func (r *sqlRow) names() []runtime.Object {
	d, ok := r.description.(*runtime.Tuple)
	if !ok {
		return nil
	}
	out := make([]runtime.Object, 0, len(d.Items))
	for _, col := range d.Items {
		if t, ok := col.(*runtime.Tuple); ok && len(t.Items) > 0 {
			out = append(out, t.Items[0])
		}
	}
	return out
}

var sqliteRowType = func() *runtime.Type {
	t := newType("sqlite3", "Row", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var cur, data runtime.Object
		if err := runtime.UnpackPositional(ts, "Row", args, kwnames, 2, &cur, &data); err != nil {
			return nil, err
		}
		cu, ok := runtime.Unwrap(cur).(*sqlCursor)
		if !ok {
			return nil, runtime.NewTypeError("Row() argument 1 must be sqlite3.Cursor, not %s", clinicTypeName(cur))
		}
		tup, ok := runtime.Unwrap(data).(*runtime.Tuple)
		if !ok {
			return nil, runtime.NewTypeError("Row() argument 2 must be tuple, not %s", clinicTypeName(data))
		}
		return newSqlRow(cu.description, tup), nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		return nil
	}
	t.Dealloc = func(o runtime.Object) {
		r := o.(*sqlRow)
		runtime.Decref(r.data)
		runtime.Decref(r.description)
		r.data, r.description = nil, nil
	}
	t.Len = func(ts *runtime.ThreadState, self runtime.Object) (int, error) {
		return len(rowOf(self).data.Items), nil
	}
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.GetIter(ts, rowOf(self).data)
	}
	t.GetItem = func(ts *runtime.ThreadState, self, key runtime.Object) (runtime.Object, error) {
		r := rowOf(self)
		switch k := runtime.Unwrap(key).(type) {
		case *runtime.Bool:
			i := 0
			if k.V {
				i = 1
			}
			if i >= len(r.data.Items) {
				return nil, runtime.NewIndexError("tuple index out of range")
			}
			return runtime.Xref(r.data.Items[i]), nil
		case *runtime.Int:
			i, err := runtime.AsSsize(ts, k)
			if err != nil {
				if runtime.ErrorMatches(err, runtime.OverflowErrorType) {
					return nil, runtime.NewIndexError("cannot fit 'int' into an index-sized integer")
				}
				return nil, err
			}
			if i < 0 {
				i += len(r.data.Items)
			}
			if i < 0 || i >= len(r.data.Items) {
				return nil, runtime.NewIndexError("tuple index out of range")
			}
			return runtime.Xref(r.data.Items[i]), nil
		case *runtime.Str:
			for i, n := range r.names() {
				if s, ok := n.(*runtime.Str); ok && asciiEqualFold(s.S, k.S) && i < len(r.data.Items) {
					return runtime.Xref(r.data.Items[i]), nil
				}
			}
			return nil, runtime.NewIndexError("No item with that key")
		case *runtime.Slice:
			return runtime.GetItem(ts, r.data, key)
		}
		return nil, runtime.NewIndexError("Index must be int or string")
	}
	t.Hash = func(ts *runtime.ThreadState, self runtime.Object) (int64, error) {
		r := rowOf(self)
		h1, err := runtime.Hash(ts, r.description)
		if err != nil {
			return 0, err
		}
		h2, err := runtime.Hash(ts, r.data)
		if err != nil {
			return 0, err
		}
		h := h1 ^ h2
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.Compare = func(ts *runtime.ThreadState, self, other runtime.Object, op runtime.CmpOp) (runtime.Object, error) {
		if op != runtime.CmpEq && op != runtime.CmpNe {
			return runtime.NotImplemented, nil
		}
		a := rowOf(self)
		b, ok := runtime.Unwrap(other).(*sqlRow)
		if !ok {
			return runtime.NotImplemented, nil
		}
		eq, err := runtime.Equal(ts, a.description, b.description)
		if err != nil {
			return nil, err
		}
		if eq {
			if eq, err = runtime.Equal(ts, a.data, b.data); err != nil {
				return nil, err
			}
		}
		return runtime.NewBool(eq == (op == runtime.CmpEq)), nil
	}
	addMethods(t, []method{
		{name: "keys", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("Row.keys", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.NewListCopy(rowOf(self).names()), nil
		}},
	})
	return t.Ready()
}()

// clinicTypeName names an argument's type in Argument Clinic's "must be
// str, not X" messages, which say None rather than NoneType.
func clinicTypeName(o runtime.Object) string {
	if o == runtime.None {
		return "None"
	}
	return runtime.TypeName(o)
}
