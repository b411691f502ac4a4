package stdlib

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/minipy/minipy/runtime"
	lib "modernc.org/sqlite/lib"
)

// The sqlite3 module: CPython 3.11's DB-API 2.0 interface over a real SQLite
// engine (sqlite3_engine.go). This file has the module itself, its
// exceptions and the conversions between Python values and SQLite values;
// sqlite3_conn.go has Connection, sqlite3_cursor.go Cursor and Row.

func init() { register("sqlite3", initSqlite3) }

// The exception hierarchy of PEP 249, as in CPython.
var (
	sqliteWarning           = newSqliteException("Warning", runtime.ExceptionType)
	sqliteError             = newSqliteException("Error", runtime.ExceptionType)
	sqliteInterfaceError    = newSqliteException("InterfaceError", sqliteError)
	sqliteDatabaseError     = newSqliteException("DatabaseError", sqliteError)
	sqliteInternalError     = newSqliteException("InternalError", sqliteDatabaseError)
	sqliteOperationalError  = newSqliteException("OperationalError", sqliteDatabaseError)
	sqliteProgrammingError  = newSqliteException("ProgrammingError", sqliteDatabaseError)
	sqliteIntegrityError    = newSqliteException("IntegrityError", sqliteDatabaseError)
	sqliteDataError         = newSqliteException("DataError", sqliteDatabaseError)
	sqliteNotSupportedError = newSqliteException("NotSupportedError", sqliteDatabaseError)

	// sqliteExceptions lists them in the order of the module's (and a
	// connection's) attributes.
	sqliteExceptions = []*runtime.Type{sqliteWarning, sqliteError, sqliteInterfaceError, sqliteDatabaseError,
		sqliteInternalError, sqliteOperationalError, sqliteProgrammingError, sqliteIntegrityError,
		sqliteDataError, sqliteNotSupportedError}
)

func newSqliteException(name string, base *runtime.Type) *runtime.Type {
	t := runtime.NewBuiltinType(name, base)
	t.Module = "sqlite3"
	t.Flags |= runtime.FlagException | runtime.FlagBaseType
	return t.Ready()
}

// sqlErr raises one of the module's exceptions with a message.
func sqlErr(cls *runtime.Type, format string, a ...any) error {
	return runtime.NewExceptionf(cls, format, a...)
}

// sqliteExceptionClass maps a primary result code to its exception class,
// as CPython's _pysqlite_seterror does.
func sqliteExceptionClass(code int32) *runtime.Type {
	switch code {
	case lib.SQLITE_INTERNAL, lib.SQLITE_NOTFOUND:
		return sqliteInternalError
	case lib.SQLITE_NOMEM:
		return runtime.MemoryErrorType
	case lib.SQLITE_ERROR, lib.SQLITE_PERM, lib.SQLITE_ABORT, lib.SQLITE_BUSY, lib.SQLITE_LOCKED,
		lib.SQLITE_READONLY, lib.SQLITE_INTERRUPT, lib.SQLITE_IOERR, lib.SQLITE_FULL, lib.SQLITE_CANTOPEN,
		lib.SQLITE_PROTOCOL, lib.SQLITE_EMPTY, lib.SQLITE_SCHEMA:
		return sqliteOperationalError
	case lib.SQLITE_CORRUPT:
		return sqliteDatabaseError
	case lib.SQLITE_TOOBIG:
		return sqliteDataError
	case lib.SQLITE_CONSTRAINT, lib.SQLITE_MISMATCH:
		return sqliteIntegrityError
	case lib.SQLITE_MISUSE, lib.SQLITE_RANGE:
		return sqliteInterfaceError
	}
	return sqliteDatabaseError
}

// raiseSQL turns an engine error into the Python exception, with the
// sqlite_errorcode and sqlite_errorname attributes CPython sets.
func raiseSQL(e *sqlError) error {
	cls := sqliteExceptionClass(e.code & 0xff)
	if cls == runtime.MemoryErrorType {
		return runtime.NewException(cls)
	}
	exc := runtime.NewException(cls, runtime.NewStr(e.msg))
	exc.InstanceDictSet("sqlite_errorcode", runtime.NewInt(int64(e.extended)))
	name := "unknown"
	for _, c := range sqliteResultCodes {
		if c.value == e.extended {
			name = c.name
			break
		}
	}
	exc.InstanceDictSet("sqlite_errorname", runtime.NewStr(name))
	return exc
}

// sqliteState is the per-interpreter part of the module: the adapter and
// converter registries (the dicts sqlite3.adapters and sqlite3.converters).
type sqliteState struct {
	adapters   *runtime.Dict
	converters *runtime.Dict
	// baseTypeAdapted is set once an adapter is registered for int, float,
	// str or bytearray, whose values are otherwise bound without a lookup.
	baseTypeAdapted bool
	// callbackTracebacks is enable_callback_tracebacks().
	callbackTracebacks bool
}

var (
	sqliteStatesMu sync.Mutex
	sqliteStates   = map[*runtime.Interpreter]*sqliteState{}
)

// sqliteStateOf returns the interpreter's module state (made with the
// module; a Connection cannot exist before the module does).
func sqliteStateOf(ts *runtime.ThreadState) *sqliteState {
	sqliteStatesMu.Lock()
	defer sqliteStatesMu.Unlock()
	st := sqliteStates[ts.Interp]
	if st == nil {
		st = &sqliteState{adapters: runtime.NewDict(), converters: runtime.NewDict()}
		sqliteStates[ts.Interp] = st
	}
	return st
}

// Module constants.
const (
	sqliteParseDecltypes = 1
	sqliteParseColnames  = 2
)

func initSqlite3(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("sqlite3")
	st := sqliteStateOf(ts)
	m.Set("adapters", st.adapters)
	m.Set("converters", st.converters)
	for _, t := range sqliteExceptions {
		m.Set(t.Name, t)
	}
	m.Set("Connection", sqliteConnectionType)
	m.Set("Cursor", sqliteCursorType)
	m.Set("Row", sqliteRowType)
	m.Set("PrepareProtocol", sqlitePrepareProtocolType)
	// minipy has no memoryview; bytes is what sqlite3.Binary values bind as.
	m.Set("Binary", runtime.BytesType)
	addFuncs(m, []funcDef{
		{"connect", sqliteConnect},
		{"complete_statement", sqliteCompleteStatement},
		{"register_adapter", sqliteRegisterAdapter},
		{"register_converter", sqliteRegisterConverter},
		{"adapt", sqliteAdapt},
		{"enable_callback_tracebacks", sqliteEnableCallbackTracebacks},
	})
	setNew(m, "version", runtime.NewStr("2.6.0"))
	setNew(m, "version_info", tupleOf(runtime.NewInt(2), runtime.NewInt(6), runtime.NewInt(0)))
	v := sqliteLibVersion()
	setNew(m, "sqlite_version", runtime.NewStr(v))
	var parts []runtime.Object
	for _, p := range strings.Split(v, ".") {
		n := 0
		for _, c := range p {
			n = n*10 + int(c-'0')
		}
		parts = append(parts, runtime.NewInt(int64(n)))
	}
	setNew(m, "sqlite_version_info", runtime.NewTuple(parts))
	setNew(m, "apilevel", runtime.NewStr("2.0"))
	setNew(m, "paramstyle", runtime.NewStr("qmark"))
	addInts(m, []string{"threadsafety", "PARSE_DECLTYPES", "PARSE_COLNAMES"}, []int64{3, sqliteParseDecltypes, sqliteParseColnames})
	for _, c := range sqliteResultCodes {
		setNew(m, c.name, runtime.NewInt(int64(c.value)))
	}
	for _, c := range sqliteOtherConstants {
		setNew(m, c.name, runtime.NewInt(int64(c.value)))
	}
	return m, nil
}

// sqliteConnect is sqlite3.connect(database, ...): it calls the factory
// (Connection by default) with all its arguments, as CPython does.
func sqliteConnect(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var factory runtime.Object = sqliteConnectionType
	const factoryPos = 5
	npos := nposOf(args, kwnames)
	if npos > factoryPos {
		factory = args[factoryPos]
	} else {
		for i, k := range kwnames {
			if k == "factory" {
				factory = args[npos+i]
				break
			}
		}
	}
	return runtime.Call(ts, factory, args, kwnames)
}

func sqliteCompleteStatement(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var stmt runtime.Object
	if err := runtime.UnpackArgs(ts, "complete_statement", args, kwnames, "statement", &stmt); err != nil {
		return nil, err
	}
	s, err := argStr("complete_statement", "statement", stmt)
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return nil, runtime.NewValueError("embedded null character")
	}
	return runtime.NewBool(sqliteComplete(s)), nil
}

func sqliteRegisterAdapter(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var typ, adapter runtime.Object
	if err := runtime.UnpackPositional(ts, "register_adapter", args, kwnames, 2, &typ, &adapter); err != nil {
		return nil, err
	}
	st := sqliteStateOf(ts)
	switch typ {
	case runtime.IntType, runtime.FloatType, runtime.StrType, runtime.ByteArrayType:
		st.baseTypeAdapted = true
	}
	key := tupleOf(runtime.Xref(typ), runtime.Xref(sqlitePrepareProtocolType))
	defer runtime.Decref(key)
	if err := st.adapters.SetItem(ts, key, adapter); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func sqliteRegisterConverter(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name, conv runtime.Object
	if err := runtime.UnpackPositional(ts, "register_converter", args, kwnames, 2, &name, &conv); err != nil {
		return nil, err
	}
	if _, ok := asStr(name); !ok {
		return nil, runtime.NewTypeError("register_converter() argument 1 must be str, not %s", clinicTypeName(name))
	}
	upper, err := runtime.CallMethod(ts, name, "upper")
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(upper)
	if err := sqliteStateOf(ts).converters.SetItem(ts, upper, conv); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// sqliteAdapt is sqlite3.adapt(obj, proto=PrepareProtocol, alt=<none>).
func sqliteAdapt(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var obj, alt runtime.Object
	var proto runtime.Object = sqlitePrepareProtocolType
	if err := runtime.UnpackPositional(ts, "adapt", args, kwnames, 1, &obj, &proto, &alt); err != nil {
		return nil, err
	}
	return sqliteStateOf(ts).adapt(ts, obj, proto, alt)
}

func sqliteEnableCallbackTracebacks(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var flag int
	if err := runtime.UnpackPositional(ts, "enable_callback_tracebacks", args, kwnames, 1, &flag); err != nil {
		return nil, err
	}
	sqliteStateOf(ts).callbackTracebacks = flag != 0
	return runtime.None, nil
}

// adapt looks for an adapter of obj's type, then asks obj.__conform__;
// alt (when not nil) is the fallback, otherwise "can't adapt".
func (st *sqliteState) adapt(ts *runtime.ThreadState, obj, proto, alt runtime.Object) (runtime.Object, error) {
	if st.adapters.Len() > 0 {
		key := tupleOf(runtime.Xref(obj.Type()), runtime.Xref(proto))
		adapter, err := st.adapters.GetItem(ts, key)
		runtime.Decref(key)
		if err != nil {
			return nil, err
		}
		if adapter != nil {
			return runtime.Call(ts, adapter, []runtime.Object{obj}, nil)
		}
	}
	if conform, err := runtime.LookupAttr(ts, obj, "__conform__"); err != nil {
		return nil, err
	} else if conform != nil {
		r, err := runtime.Call(ts, conform, []runtime.Object{proto}, nil)
		runtime.Decref(conform)
		if err == nil && r != runtime.None {
			return r, nil
		}
		if err != nil && !runtime.ErrorMatches(err, runtime.TypeErrorType) {
			return nil, err
		}
		dropError(err)
		runtime.Decref(r)
	}
	if alt != nil {
		return runtime.Xref(alt), nil
	}
	return nil, sqlErr(sqliteProgrammingError, "can't adapt")
}

// toSQL converts a bound parameter (number pos, from 1) to an SQLite value,
// adapting it first as CPython's bind_parameters does.
func (st *sqliteState) toSQL(ts *runtime.ThreadState, o runtime.Object, pos int) (sqlValue, error) {
	// Values of the exact types int, float, str and bytearray are bound as
	// they are unless an adapter was registered for one of those types;
	// None and bytes cannot have __conform__, so only a registered adapter
	// could change them.
	need := st.baseTypeAdapted
	switch o.Type() {
	case runtime.IntType, runtime.FloatType, runtime.StrType, runtime.ByteArrayType:
	case runtime.NoneTypeType, runtime.BytesType:
		need = st.adapters.Len() > 0
	default:
		need = true
	}
	if need {
		a, err := st.adapt(ts, o, sqlitePrepareProtocolType, o)
		if err != nil {
			return sqlValue{}, err
		}
		defer runtime.Decref(a)
		o = a
	}
	if o == runtime.None {
		return sqlValue{kind: lib.SQLITE_NULL}, nil
	}
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Bool:
		if v.V {
			return sqlValue{kind: lib.SQLITE_INTEGER, i: 1}, nil
		}
		return sqlValue{kind: lib.SQLITE_INTEGER}, nil
	case *runtime.Int:
		i, small := v.Int64()
		if !small {
			return sqlValue{}, runtime.NewOverflowError("Python int too large to convert to SQLite INTEGER")
		}
		return sqlValue{kind: lib.SQLITE_INTEGER, i: i}, nil
	case *runtime.Float:
		return sqlValue{kind: lib.SQLITE_FLOAT, f: v.V}, nil
	case *runtime.Str:
		s := v.S
		if !utf8.ValidString(s) {
			b, err := runtime.Encode(s, "utf-8", "strict")
			if err != nil {
				return sqlValue{}, err
			}
			return sqlValue{kind: lib.SQLITE_TEXT, b: b}, nil
		}
		return sqlValue{kind: lib.SQLITE_TEXT, b: []byte(s)}, nil
	}
	if b, ok := runtime.BytesData(o); ok {
		return sqlValue{kind: lib.SQLITE_BLOB, b: b}, nil
	}
	return sqlValue{}, sqlErr(sqliteProgrammingError, "Error binding parameter %d: type '%s' is not supported", pos, runtime.TypeName(o))
}

func isExactBytes(o runtime.Object) bool {
	_, ok := o.(*runtime.Bytes)
	return ok
}

// bindValues converts the parameters of one execution of s: a sequence for
// qmark (and numbered) parameters, a dict for named ones.
func (st *sqliteState) bindValues(ts *runtime.ThreadState, s *sqlStmt, params runtime.Object) ([]sqlValue, error) {
	need := s.nparams
	_, isDict := runtime.Unwrap(params).(*runtime.Dict)
	switch {
	case !isDict && isSequence(params):
		n, err := runtime.Len(ts, params)
		if err != nil {
			return nil, err
		}
		if n != need {
			return nil, sqlErr(sqliteProgrammingError, "Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", need, n)
		}
		values := make([]sqlValue, n)
		for i := 0; i < n; i++ {
			var item runtime.Object
			switch p := params.(type) {
			case *runtime.Tuple:
				item = runtime.Xref(p.Items[i])
			case *runtime.List:
				item = runtime.Xref(p.Items[i])
			default:
				idx := runtime.NewInt(int64(i))
				item, err = runtime.GetItem(ts, params, idx)
				runtime.Decref(idx)
				if err != nil {
					return nil, err
				}
			}
			values[i], err = st.toSQL(ts, item, i+1)
			runtime.Decref(item)
			if err != nil {
				return nil, err
			}
		}
		return values, nil
	case isDict:
		values := make([]sqlValue, need)
		for i := 0; i < need; i++ {
			name := s.paramNames[i]
			if name == "" {
				return nil, sqlErr(sqliteProgrammingError, "Binding %d has no name, but you supplied a dictionary (which has only names).", i+1)
			}
			key := runtime.NewStr(name[1:])
			var item runtime.Object
			var err error
			if d, ok := params.(*runtime.Dict); ok {
				item, err = d.GetItem(ts, key)
				runtime.Xref(item)
			} else {
				item, err = runtime.GetItem(ts, params, key)
				if err != nil && runtime.ErrorMatches(err, runtime.LookupErrorType) {
					dropError(err)
					err = nil
				}
			}
			runtime.Decref(key)
			if err != nil {
				return nil, err
			}
			if item == nil {
				return nil, sqlErr(sqliteProgrammingError, "You did not supply a value for binding parameter %s.", name)
			}
			values[i], err = st.toSQL(ts, item, i+1)
			runtime.Decref(item)
			if err != nil {
				return nil, err
			}
		}
		return values, nil
	}
	return nil, sqlErr(sqliteProgrammingError, "parameters are of unsupported type")
}

// fromSQL converts a result value to Python; text goes through the
// connection's text_factory (str decodes UTF-8, failing as CPython does).
func fromSQL(ts *runtime.ThreadState, v *sqlValue, textFactory runtime.Object, colName string) (runtime.Object, error) {
	switch v.kind {
	case lib.SQLITE_INTEGER:
		return runtime.NewInt(v.i), nil
	case lib.SQLITE_FLOAT:
		return runtime.NewFloat(v.f), nil
	case lib.SQLITE_BLOB:
		return runtime.NewBytes(v.b), nil
	case lib.SQLITE_TEXT:
		switch textFactory {
		case runtime.StrType:
			if !utf8.ValidString(v.s) {
				return nil, sqlErr(sqliteOperationalError, "Could not decode to UTF-8 column '%s' with text '%s'", colName, replaceInvalidUTF8([]byte(v.s)))
			}
			return runtime.NewStr(v.s), nil
		case runtime.BytesType:
			return runtime.NewBytes([]byte(v.s)), nil
		case runtime.ByteArrayType:
			return runtime.NewByteArray([]byte(v.s)), nil
		}
		b := runtime.NewBytes([]byte(v.s))
		defer runtime.Decref(b)
		return runtime.Call(ts, textFactory, []runtime.Object{b}, nil)
	}
	return runtime.Xref(runtime.None), nil
}

// replaceInvalidUTF8 decodes b with U+FFFD for each undecodable byte.
func replaceInvalidUTF8(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(utf8.RuneError)
			b = b[1:]
			continue
		}
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}

// sqlitePrepareProtocolType is sqlite3.PrepareProtocol, the protocol object
// adapters are registered for.
var sqlitePrepareProtocolType = func() *runtime.Type {
	t := newType("sqlite3", "PrepareProtocol", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newObject(&sqlitePrepareProtocol{}), nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		return nil
	}
	return t.Ready()
}()

type sqlitePrepareProtocol struct{ runtime.Header }

func (p *sqlitePrepareProtocol) Type() *runtime.Type { return sqlitePrepareProtocolType }

// sqliteCode is a named constant of the module.
type sqliteCode struct {
	name  string
	value int32
}

// sqliteResultCodes are SQLite's result codes, primary and extended, which
// CPython exports and names in sqlite_errorname.
var sqliteResultCodes = []sqliteCode{
	{"SQLITE_OK", lib.SQLITE_OK}, {"SQLITE_ERROR", lib.SQLITE_ERROR}, {"SQLITE_INTERNAL", lib.SQLITE_INTERNAL},
	{"SQLITE_PERM", lib.SQLITE_PERM}, {"SQLITE_ABORT", lib.SQLITE_ABORT}, {"SQLITE_BUSY", lib.SQLITE_BUSY},
	{"SQLITE_LOCKED", lib.SQLITE_LOCKED}, {"SQLITE_NOMEM", lib.SQLITE_NOMEM}, {"SQLITE_READONLY", lib.SQLITE_READONLY},
	{"SQLITE_INTERRUPT", lib.SQLITE_INTERRUPT}, {"SQLITE_IOERR", lib.SQLITE_IOERR}, {"SQLITE_CORRUPT", lib.SQLITE_CORRUPT},
	{"SQLITE_NOTFOUND", lib.SQLITE_NOTFOUND}, {"SQLITE_FULL", lib.SQLITE_FULL}, {"SQLITE_CANTOPEN", lib.SQLITE_CANTOPEN},
	{"SQLITE_PROTOCOL", lib.SQLITE_PROTOCOL}, {"SQLITE_EMPTY", lib.SQLITE_EMPTY}, {"SQLITE_SCHEMA", lib.SQLITE_SCHEMA},
	{"SQLITE_TOOBIG", lib.SQLITE_TOOBIG}, {"SQLITE_CONSTRAINT", lib.SQLITE_CONSTRAINT}, {"SQLITE_MISMATCH", lib.SQLITE_MISMATCH},
	{"SQLITE_MISUSE", lib.SQLITE_MISUSE}, {"SQLITE_NOLFS", lib.SQLITE_NOLFS}, {"SQLITE_AUTH", lib.SQLITE_AUTH},
	{"SQLITE_FORMAT", lib.SQLITE_FORMAT}, {"SQLITE_RANGE", lib.SQLITE_RANGE}, {"SQLITE_NOTADB", lib.SQLITE_NOTADB},
	{"SQLITE_NOTICE", lib.SQLITE_NOTICE}, {"SQLITE_WARNING", lib.SQLITE_WARNING}, {"SQLITE_ROW", lib.SQLITE_ROW},
	{"SQLITE_DONE", lib.SQLITE_DONE},
	{"SQLITE_ABORT_ROLLBACK", lib.SQLITE_ABORT_ROLLBACK}, {"SQLITE_BUSY_RECOVERY", lib.SQLITE_BUSY_RECOVERY},
	{"SQLITE_BUSY_SNAPSHOT", lib.SQLITE_BUSY_SNAPSHOT}, {"SQLITE_BUSY_TIMEOUT", lib.SQLITE_BUSY_TIMEOUT},
	{"SQLITE_CANTOPEN_CONVPATH", lib.SQLITE_CANTOPEN_CONVPATH}, {"SQLITE_CANTOPEN_DIRTYWAL", lib.SQLITE_CANTOPEN_DIRTYWAL},
	{"SQLITE_CANTOPEN_FULLPATH", lib.SQLITE_CANTOPEN_FULLPATH}, {"SQLITE_CANTOPEN_ISDIR", lib.SQLITE_CANTOPEN_ISDIR},
	{"SQLITE_CANTOPEN_NOTEMPDIR", lib.SQLITE_CANTOPEN_NOTEMPDIR}, {"SQLITE_CANTOPEN_SYMLINK", lib.SQLITE_CANTOPEN_SYMLINK},
	{"SQLITE_CONSTRAINT_CHECK", lib.SQLITE_CONSTRAINT_CHECK}, {"SQLITE_CONSTRAINT_COMMITHOOK", lib.SQLITE_CONSTRAINT_COMMITHOOK},
	{"SQLITE_CONSTRAINT_FOREIGNKEY", lib.SQLITE_CONSTRAINT_FOREIGNKEY}, {"SQLITE_CONSTRAINT_FUNCTION", lib.SQLITE_CONSTRAINT_FUNCTION},
	{"SQLITE_CONSTRAINT_NOTNULL", lib.SQLITE_CONSTRAINT_NOTNULL}, {"SQLITE_CONSTRAINT_PINNED", lib.SQLITE_CONSTRAINT_PINNED},
	{"SQLITE_CONSTRAINT_PRIMARYKEY", lib.SQLITE_CONSTRAINT_PRIMARYKEY}, {"SQLITE_CONSTRAINT_ROWID", lib.SQLITE_CONSTRAINT_ROWID},
	{"SQLITE_CONSTRAINT_TRIGGER", lib.SQLITE_CONSTRAINT_TRIGGER}, {"SQLITE_CONSTRAINT_UNIQUE", lib.SQLITE_CONSTRAINT_UNIQUE},
	{"SQLITE_CONSTRAINT_VTAB", lib.SQLITE_CONSTRAINT_VTAB}, {"SQLITE_CORRUPT_INDEX", lib.SQLITE_CORRUPT_INDEX},
	{"SQLITE_CORRUPT_SEQUENCE", lib.SQLITE_CORRUPT_SEQUENCE}, {"SQLITE_CORRUPT_VTAB", lib.SQLITE_CORRUPT_VTAB},
	{"SQLITE_ERROR_MISSING_COLLSEQ", lib.SQLITE_ERROR_MISSING_COLLSEQ}, {"SQLITE_ERROR_RETRY", lib.SQLITE_ERROR_RETRY},
	{"SQLITE_ERROR_SNAPSHOT", lib.SQLITE_ERROR_SNAPSHOT}, {"SQLITE_IOERR_ACCESS", lib.SQLITE_IOERR_ACCESS},
	{"SQLITE_IOERR_AUTH", lib.SQLITE_IOERR_AUTH}, {"SQLITE_IOERR_BEGIN_ATOMIC", lib.SQLITE_IOERR_BEGIN_ATOMIC},
	{"SQLITE_IOERR_BLOCKED", lib.SQLITE_IOERR_BLOCKED}, {"SQLITE_IOERR_CHECKRESERVEDLOCK", lib.SQLITE_IOERR_CHECKRESERVEDLOCK},
	{"SQLITE_IOERR_CLOSE", lib.SQLITE_IOERR_CLOSE}, {"SQLITE_IOERR_COMMIT_ATOMIC", lib.SQLITE_IOERR_COMMIT_ATOMIC},
	{"SQLITE_IOERR_CONVPATH", lib.SQLITE_IOERR_CONVPATH}, {"SQLITE_IOERR_CORRUPTFS", lib.SQLITE_IOERR_CORRUPTFS},
	{"SQLITE_IOERR_DATA", lib.SQLITE_IOERR_DATA}, {"SQLITE_IOERR_DELETE", lib.SQLITE_IOERR_DELETE},
	{"SQLITE_IOERR_DELETE_NOENT", lib.SQLITE_IOERR_DELETE_NOENT}, {"SQLITE_IOERR_DIR_CLOSE", lib.SQLITE_IOERR_DIR_CLOSE},
	{"SQLITE_IOERR_DIR_FSYNC", lib.SQLITE_IOERR_DIR_FSYNC}, {"SQLITE_IOERR_FSTAT", lib.SQLITE_IOERR_FSTAT},
	{"SQLITE_IOERR_FSYNC", lib.SQLITE_IOERR_FSYNC}, {"SQLITE_IOERR_GETTEMPPATH", lib.SQLITE_IOERR_GETTEMPPATH},
	{"SQLITE_IOERR_LOCK", lib.SQLITE_IOERR_LOCK}, {"SQLITE_IOERR_MMAP", lib.SQLITE_IOERR_MMAP},
	{"SQLITE_IOERR_NOMEM", lib.SQLITE_IOERR_NOMEM}, {"SQLITE_IOERR_RDLOCK", lib.SQLITE_IOERR_RDLOCK},
	{"SQLITE_IOERR_READ", lib.SQLITE_IOERR_READ}, {"SQLITE_IOERR_ROLLBACK_ATOMIC", lib.SQLITE_IOERR_ROLLBACK_ATOMIC},
	{"SQLITE_IOERR_SEEK", lib.SQLITE_IOERR_SEEK}, {"SQLITE_IOERR_SHMLOCK", lib.SQLITE_IOERR_SHMLOCK},
	{"SQLITE_IOERR_SHMMAP", lib.SQLITE_IOERR_SHMMAP}, {"SQLITE_IOERR_SHMOPEN", lib.SQLITE_IOERR_SHMOPEN},
	{"SQLITE_IOERR_SHMSIZE", lib.SQLITE_IOERR_SHMSIZE}, {"SQLITE_IOERR_SHORT_READ", lib.SQLITE_IOERR_SHORT_READ},
	{"SQLITE_IOERR_TRUNCATE", lib.SQLITE_IOERR_TRUNCATE}, {"SQLITE_IOERR_UNLOCK", lib.SQLITE_IOERR_UNLOCK},
	{"SQLITE_IOERR_VNODE", lib.SQLITE_IOERR_VNODE}, {"SQLITE_IOERR_WRITE", lib.SQLITE_IOERR_WRITE},
	{"SQLITE_LOCKED_SHAREDCACHE", lib.SQLITE_LOCKED_SHAREDCACHE}, {"SQLITE_LOCKED_VTAB", lib.SQLITE_LOCKED_VTAB},
	{"SQLITE_NOTICE_RECOVER_ROLLBACK", lib.SQLITE_NOTICE_RECOVER_ROLLBACK}, {"SQLITE_NOTICE_RECOVER_WAL", lib.SQLITE_NOTICE_RECOVER_WAL},
	{"SQLITE_OK_LOAD_PERMANENTLY", lib.SQLITE_OK_LOAD_PERMANENTLY}, {"SQLITE_OK_SYMLINK", lib.SQLITE_OK_SYMLINK},
	{"SQLITE_READONLY_CANTINIT", lib.SQLITE_READONLY_CANTINIT}, {"SQLITE_READONLY_CANTLOCK", lib.SQLITE_READONLY_CANTLOCK},
	{"SQLITE_READONLY_DBMOVED", lib.SQLITE_READONLY_DBMOVED}, {"SQLITE_READONLY_DIRECTORY", lib.SQLITE_READONLY_DIRECTORY},
	{"SQLITE_READONLY_RECOVERY", lib.SQLITE_READONLY_RECOVERY}, {"SQLITE_READONLY_ROLLBACK", lib.SQLITE_READONLY_ROLLBACK},
	{"SQLITE_WARNING_AUTOINDEX", lib.SQLITE_WARNING_AUTOINDEX},
	{"SQLITE_AUTH_USER", 279}, // (SQLITE_AUTH | (1<<8)), no longer in SQLite's header
}

// sqliteOtherConstants are the authorizer and limit constants.
var sqliteOtherConstants = []sqliteCode{
	{"SQLITE_DENY", lib.SQLITE_DENY}, {"SQLITE_IGNORE", lib.SQLITE_IGNORE},
	{"SQLITE_CREATE_INDEX", lib.SQLITE_CREATE_INDEX}, {"SQLITE_CREATE_TABLE", lib.SQLITE_CREATE_TABLE},
	{"SQLITE_CREATE_TEMP_INDEX", lib.SQLITE_CREATE_TEMP_INDEX}, {"SQLITE_CREATE_TEMP_TABLE", lib.SQLITE_CREATE_TEMP_TABLE},
	{"SQLITE_CREATE_TEMP_TRIGGER", lib.SQLITE_CREATE_TEMP_TRIGGER}, {"SQLITE_CREATE_TEMP_VIEW", lib.SQLITE_CREATE_TEMP_VIEW},
	{"SQLITE_CREATE_TRIGGER", lib.SQLITE_CREATE_TRIGGER}, {"SQLITE_CREATE_VIEW", lib.SQLITE_CREATE_VIEW},
	{"SQLITE_DELETE", lib.SQLITE_DELETE}, {"SQLITE_DROP_INDEX", lib.SQLITE_DROP_INDEX},
	{"SQLITE_DROP_TABLE", lib.SQLITE_DROP_TABLE}, {"SQLITE_DROP_TEMP_INDEX", lib.SQLITE_DROP_TEMP_INDEX},
	{"SQLITE_DROP_TEMP_TABLE", lib.SQLITE_DROP_TEMP_TABLE}, {"SQLITE_DROP_TEMP_TRIGGER", lib.SQLITE_DROP_TEMP_TRIGGER},
	{"SQLITE_DROP_TEMP_VIEW", lib.SQLITE_DROP_TEMP_VIEW}, {"SQLITE_DROP_TRIGGER", lib.SQLITE_DROP_TRIGGER},
	{"SQLITE_DROP_VIEW", lib.SQLITE_DROP_VIEW}, {"SQLITE_INSERT", lib.SQLITE_INSERT},
	{"SQLITE_PRAGMA", lib.SQLITE_PRAGMA}, {"SQLITE_READ", lib.SQLITE_READ}, {"SQLITE_SELECT", lib.SQLITE_SELECT},
	{"SQLITE_TRANSACTION", lib.SQLITE_TRANSACTION}, {"SQLITE_UPDATE", lib.SQLITE_UPDATE},
	{"SQLITE_ATTACH", lib.SQLITE_ATTACH}, {"SQLITE_DETACH", lib.SQLITE_DETACH},
	{"SQLITE_ALTER_TABLE", lib.SQLITE_ALTER_TABLE}, {"SQLITE_REINDEX", lib.SQLITE_REINDEX},
	{"SQLITE_ANALYZE", lib.SQLITE_ANALYZE}, {"SQLITE_CREATE_VTABLE", lib.SQLITE_CREATE_VTABLE},
	{"SQLITE_DROP_VTABLE", lib.SQLITE_DROP_VTABLE}, {"SQLITE_FUNCTION", lib.SQLITE_FUNCTION},
	{"SQLITE_SAVEPOINT", lib.SQLITE_SAVEPOINT}, {"SQLITE_RECURSIVE", lib.SQLITE_RECURSIVE},
	{"SQLITE_LIMIT_LENGTH", lib.SQLITE_LIMIT_LENGTH}, {"SQLITE_LIMIT_SQL_LENGTH", lib.SQLITE_LIMIT_SQL_LENGTH},
	{"SQLITE_LIMIT_COLUMN", lib.SQLITE_LIMIT_COLUMN}, {"SQLITE_LIMIT_EXPR_DEPTH", lib.SQLITE_LIMIT_EXPR_DEPTH},
	{"SQLITE_LIMIT_COMPOUND_SELECT", lib.SQLITE_LIMIT_COMPOUND_SELECT}, {"SQLITE_LIMIT_VDBE_OP", lib.SQLITE_LIMIT_VDBE_OP},
	{"SQLITE_LIMIT_FUNCTION_ARG", lib.SQLITE_LIMIT_FUNCTION_ARG}, {"SQLITE_LIMIT_ATTACHED", lib.SQLITE_LIMIT_ATTACHED},
	{"SQLITE_LIMIT_LIKE_PATTERN_LENGTH", lib.SQLITE_LIMIT_LIKE_PATTERN_LENGTH},
	{"SQLITE_LIMIT_VARIABLE_NUMBER", lib.SQLITE_LIMIT_VARIABLE_NUMBER},
	{"SQLITE_LIMIT_TRIGGER_DEPTH", lib.SQLITE_LIMIT_TRIGGER_DEPTH},
	{"SQLITE_LIMIT_WORKER_THREADS", lib.SQLITE_LIMIT_WORKER_THREADS},
}
