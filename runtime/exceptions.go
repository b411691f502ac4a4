package runtime

import (
	"fmt"
	"strings"
)

// Exception is an instance of BaseException or any subclass, built in or user
// defined. It is also a Go error: builtins return it to raise it.
type Exception struct {
	Header
	cls  *Type
	Args *Tuple
	// Cause is __cause__ (raise ... from ...), Context is __context__ (the
	// exception being handled when this one was raised); nil means None.
	Cause, Context  *Exception
	SuppressContext bool
	Traceback       *Traceback
	// Dict holds user attributes (e.g. set in a subclass __init__).
	Dict *Dict
	// Value is StopIteration.value / the return value carried by it.
	Value Object
}

func (e *Exception) Type() *Type { return e.cls }

// Error renders "Type: message" for Go-side diagnostics.
func (e *Exception) Error() string {
	msg := e.messageGo()
	if msg == "" {
		return e.cls.Name
	}
	return e.cls.Name + ": " + msg
}

// messageGo is str(e) for exceptions whose args are plain values; it runs no
// Python code.
func (e *Exception) messageGo() string {
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			return s.S
		}
	}
	return fmt.Sprint(e.Args.Items)
}

// Traceback is a traceback object: one frame/line step of an exception's path.
type Traceback struct {
	Header
	Frame  Object // a frame object (vm.Frame)
	Lineno int
	Next   *Traceback
	// Lasti is the index of the instruction that raised, -1 if unknown.
	Lasti int
}

func (t *Traceback) Type() *Type { return TracebackType }

// NewException creates an exception of class cls with the given args (the
// exception takes over the references in args).
func NewException(cls *Type, args ...Object) *Exception {
	e := &Exception{Header: fresh(), cls: cls, Args: NewTuple(args)}
	Track(e)
	return e
}

// NewExceptionf creates an exception of class cls with a formatted message.
func NewExceptionf(cls *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return NewException(cls, NewStr(msg))
}

// Convenience constructors for the common built-in exceptions.

func NewTypeError(format string, a ...any) *Exception {
	return NewExceptionf(TypeErrorType, format, a...)
}
func NewValueError(format string, a ...any) *Exception {
	return NewExceptionf(ValueErrorType, format, a...)
}
func NewAttributeError(format string, a ...any) *Exception {
	return NewExceptionf(AttributeErrorType, format, a...)
}
func NewIndexError(format string, a ...any) *Exception {
	return NewExceptionf(IndexErrorType, format, a...)
}
func NewNameError(format string, a ...any) *Exception {
	return NewExceptionf(NameErrorType, format, a...)
}
func NewRuntimeError(format string, a ...any) *Exception {
	return NewExceptionf(RuntimeErrorType, format, a...)
}
func NewOverflowError(format string, a ...any) *Exception {
	return NewExceptionf(OverflowErrorType, format, a...)
}
func NewZeroDivisionError(format string, a ...any) *Exception {
	return NewExceptionf(ZeroDivisionErrorType, format, a...)
}
func NewNotImplementedError(format string, a ...any) *Exception {
	return NewExceptionf(NotImplementedErrorType, format, a...)
}
func NewSystemError(format string, a ...any) *Exception {
	return NewExceptionf(SystemErrorType, format, a...)
}
func NewImportError(format string, a ...any) *Exception {
	return NewExceptionf(ImportErrorType, format, a...)
}
func NewOSError(format string, a ...any) *Exception {
	return NewExceptionf(OSErrorType, format, a...)
}

// NewKeyError raises KeyError(key).
func NewKeyError(key Object) *Exception {
	Incref(key)
	return NewException(KeyErrorType, key)
}

// NewStopIteration carries a generator's return value.
func NewStopIteration(value Object) *Exception {
	e := NewException(StopIterationType)
	if value != nil && value != None {
		Incref(value)
		e.Args = NewTuple([]Object{value})
		Incref(value)
		e.Value = value
	} else {
		e.Value = None
	}
	return e
}

// IsInstance reports whether the exception is an instance of cls.
func (e *Exception) IsInstance(cls *Type) bool { return e.cls.IsSubtype(cls) }

// AsException extracts the *Exception from a Go error returned by a builtin; ok
// is false for nil.
func AsException(err error) (*Exception, bool) {
	e, ok := err.(*Exception)
	return e, ok
}

// ErrorMatches reports whether err is a Python exception of class cls.
func ErrorMatches(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.cls.IsSubtype(cls)
}

func exceptionDealloc(o Object) { exceptionClear(o) }

func tracebackDealloc(o Object) {
	t := o.(*Traceback)
	Decref(t.Frame)
	if t.Next != nil {
		Decref(t.Next)
	}
	t.Frame, t.Next = nil, nil
}

// The exception hierarchy of CPython 3.11 (the parts Python code can reach).
var (
	BaseExceptionType             = newExcType("BaseException", nil)
	SystemExitType                = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType         = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType             = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType                 = newExcType("Exception", BaseExceptionType)
	StopIterationType             = newExcType("StopIteration", ExceptionType)
	StopAsyncIterationType        = newExcType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType           = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType        = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType             = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType         = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType            = newExcType("AssertionError", ExceptionType)
	AttributeErrorType            = newExcType("AttributeError", ExceptionType)
	BufferErrorType               = newExcType("BufferError", ExceptionType)
	EOFErrorType                  = newExcType("EOFError", ExceptionType)
	ImportErrorType               = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType       = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType               = newExcType("LookupError", ExceptionType)
	IndexErrorType                = newExcType("IndexError", LookupErrorType)
	KeyErrorType                  = newExcType("KeyError", LookupErrorType)
	MemoryErrorType               = newExcType("MemoryError", ExceptionType)
	NameErrorType                 = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType         = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType                   = newExcType("OSError", ExceptionType)
	BlockingIOErrorType           = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType           = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType           = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = newExcType("TimeoutError", OSErrorType)
	ReferenceErrorType            = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType              = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType       = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType               = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType          = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType                  = newExcType("TabError", IndentationErrorType)
	SystemErrorType               = newExcType("SystemError", ExceptionType)
	TypeErrorType                 = newExcType("TypeError", ExceptionType)
	ValueErrorType                = newExcType("ValueError", ExceptionType)
	UnicodeErrorType              = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType        = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType                   = newExcType("Warning", ExceptionType)
	DeprecationWarningType        = newExcType("DeprecationWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	RuntimeWarningType            = newExcType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UserWarningType               = newExcType("UserWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
)

// exceptionTypes lists every built-in exception class, for the builtins module.
var exceptionTypes []*Type

func newExcType(name string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.Flags |= FlagException | FlagBaseType
	exceptionTypes = append(exceptionTypes, t)
	return t
}

// ExceptionTypes returns every built-in exception class.
func ExceptionTypes() []*Type { return exceptionTypes }

// EnvironmentError and IOError are aliases of OSError.

// excNew is BaseException.__new__: it records args; __init__ may replace them.
func excNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	e := &Exception{Header: fresh(), cls: t, Args: NewTupleCopy(args[:npos])}
	Track(e)
	if t.Flags&FlagHeap != 0 || t.IsSubtype(SyntaxErrorType) || t.IsSubtype(OSErrorType) || t.IsSubtype(ImportErrorType) {
		e.Dict = NewDict()
	}
	if t.IsSubtype(StopIterationType) {
		if npos > 0 {
			e.Value = Xref(args[0])
		} else {
			e.Value = None
		}
	}
	return e, nil
}

func excInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	e := self.(*Exception)
	if len(kwnames) > 0 && e.cls.Flags&FlagHeap == 0 {
		return NewTypeError("%s() takes no keyword arguments", e.cls.Name)
	}
	npos := len(args) - len(kwnames)
	old := e.Args
	e.Args = NewTupleCopy(args[:npos])
	Decref(old)
	return nil
}

// ExceptionStr is str(exc): the class's __str__ (OSError, KeyError,
// SyntaxError and user classes format differently).
func ExceptionStr(ts *ThreadState, e *Exception) (string, error) {
	if f := e.cls.Str; f != nil {
		return f(ts, e)
	}
	return baseExceptionStr(ts, e)
}

// baseExceptionStr is BaseException.__str__.
func baseExceptionStr(ts *ThreadState, e *Exception) (string, error) {
	items := e.Args.Items
	if e.cls.IsSubtype(KeyErrorType) && len(items) == 1 {
		return Repr(ts, items[0])
	}
	switch len(items) {
	case 0:
		return "", nil
	case 1:
		return StrOf(ts, items[0])
	}
	return Repr(ts, e.Args)
}

func excStr(ts *ThreadState, self Object) (string, error) {
	return baseExceptionStr(ts, self.(*Exception))
}

func excRepr(ts *ThreadState, self Object) (string, error) {
	e := self.(*Exception)
	items := e.Args.Items
	if len(items) == 1 {
		r, err := Repr(ts, items[0])
		if err != nil {
			return "", err
		}
		return e.cls.Name + "(" + r + ")", nil
	}
	r, err := Repr(ts, e.Args)
	if err != nil {
		return "", err
	}
	if len(items) == 0 {
		return e.cls.Name + "()", nil
	}
	return e.cls.Name + r, nil
}

// FormatExceptionOnly is the last line of a traceback: "Type: message".
func FormatExceptionOnly(ts *ThreadState, e *Exception) string {
	name := e.cls.QualName
	if e.cls.Module != "" && e.cls.Module != "builtins" && e.cls.Module != "__main__" {
		name = e.cls.Module + "." + name
	}
	var msg string
	var err error
	if m, ok := syntaxErrorMsg(e); ok {
		// SyntaxError prints its msg; the location is shown above it.
		msg, err = StrOf(ts, m)
	} else {
		msg, err = ExceptionStr(ts, e)
	}
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// syntaxErrorMsg returns a SyntaxError's msg attribute.
func syntaxErrorMsg(e *Exception) (Object, bool) {
	if !e.cls.IsSubtype(SyntaxErrorType) || e.Dict == nil {
		return nil, false
	}
	m := e.Dict.GetStr("msg")
	if m == nil || m == None {
		return nil, false
	}
	return m, true
}

// ChainedExceptions returns e and the exceptions printed before it (causes and
// contexts), outermost-first, as CPython's traceback printing walks them.
func ChainedExceptions(e *Exception) (chain []*Exception, links []string) {
	seen := map[*Exception]bool{}
	for cur := e; cur != nil && !seen[cur]; {
		seen[cur] = true
		chain = append([]*Exception{cur}, chain...)
		switch {
		case cur.Cause != nil:
			links = append([]string{"\nThe above exception was the direct cause of the following exception:\n\n"}, links...)
			cur = cur.Cause
		case cur.Context != nil && !cur.SuppressContext:
			links = append([]string{"\nDuring handling of the above exception, another exception occurred:\n\n"}, links...)
			cur = cur.Context
		default:
			cur = nil
		}
	}
	return chain, links
}

// ExcMessage returns the message of an exception raised by Go code (for tests
// and diagnostics).
func ExcMessage(err error) string {
	if e, ok := err.(*Exception); ok {
		return strings.TrimPrefix(e.Error(), e.cls.Name+": ")
	}
	return err.Error()
}

// syntaxErrorDetail renders the location block CPython prints above a
// SyntaxError's last line: file and line, the source text, and a caret.
//
// toLineEnd is set for the interpreter's own printer: as CPython's, it
// underlines a range that ends on a later line up to the end of the first
// (the traceback module uses end_offset as it is).
func syntaxErrorDetail(e *Exception, toLineEnd bool) string {
	if !e.cls.IsSubtype(SyntaxErrorType) || e.Dict == nil {
		return ""
	}
	get := func(name string) Object { return e.Dict.GetStr(name) }
	file, _ := get("filename").(*Str)
	line, _ := get("lineno").(*Int)
	if file == nil || line == nil {
		return ""
	}
	out := "  File \"" + file.S + "\", line " + line.String() + "\n"
	text, _ := get("text").(*Str)
	if text == nil || strings.TrimSpace(text.S) == "" {
		return out
	}
	src := strings.TrimRight(text.S, "\r\n")
	trimmed := strings.TrimLeft(src, " \t\f")
	cut := len([]rune(src)) - len([]rune(trimmed))
	out += "    " + trimmed + "\n"
	if off, ok := get("offset").(*Int); ok && off.V > 0 {
		col := int(off.V) - cut
		if col < 1 {
			col = 1
		}
		width := 1
		end, ok := get("end_offset").(*Int)
		if endLine, isInt := get("end_lineno").(*Int); toLineEnd && ok && isInt && endLine.V > line.V {
			width = len([]rune(src)) + 1 - int(off.V)
		} else if ok && int(end.V) > int(off.V) {
			width = int(end.V) - int(off.V)
		} else if ok && !toLineEnd && end.V > 0 && end.V != off.V {
			width = 0 // traceback.py: an end before the start underlines nothing
		}
		out += "    " + strings.Repeat(" ", col-1) + strings.Repeat("^", width) + "\n"
	}
	return out
}

// InstanceDictSet sets an attribute in the exception's __dict__ (the value's
// reference is taken over).
func (e *Exception) InstanceDictSet(name string, value Object) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, value)
	Decref(value)
}

// NewExceptionType makes the exception class module.name of a built-in
// module (queue.Empty, sqlite3.Error, ...); bases after the first are extra
// bases, as for io.UnsupportedOperation(OSError, ValueError).
func NewExceptionType(name string, module, doc string, bases ...*Type) *Type {
	t := NewBuiltinType(name, bases[0])
	t.Module = module
	t.Bases = bases
	t.Flags |= FlagException | FlagBaseType
	if doc != "" {
		t.Dict.SetStr("__doc__", NewStr(doc))
	}
	return t.Ready()
}

// FormatExceptionOnlyLines is traceback.format_exception_only's text: a
// SyntaxError's location block, then the `Type: message` line.
func FormatExceptionOnlyLines(ts *ThreadState, e *Exception) string {
	return syntaxErrorDetail(e, false) + FormatExceptionOnly(ts, e) + "\n"
}
