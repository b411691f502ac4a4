package runtime

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Attributes and constructors of the built-in exceptions (CPython's
// Objects/exceptions.c), and the mapping of Go errors to OSError.

func excOf(o Object) *Exception { return o.(*Exception) }

// excAttr reads an attribute stored in the exception's __dict__ (the
// OSError, ImportError, SyntaxError ... fields), None when unset.
func excAttr(e *Exception, name string) Object {
	if e.Dict != nil {
		if v := e.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return None
}

func excSetAttr(e *Exception, name string, v Object) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	if v == nil {
		e.Dict.DelStr(name)
		return
	}
	e.Dict.SetStr(name, v)
}

// storedAttr defines a getset backed by the exception's dict.
func storedAttr(t *Type, name string) {
	addRawGetSet(t, name, func(ts *ThreadState, o Object) (Object, error) {
		return Xref(excAttr(excOf(o), name)), nil
	}, func(ts *ThreadState, o, v Object) error {
		excSetAttr(excOf(o), name, v)
		return nil
	})
}

func setArgs(e *Exception, items []Object) {
	old := e.Args
	e.Args = NewTupleCopy(items)
	Decref(old)
}

// ---- OSError ----

var errnoClasses = map[syscall.Errno]*Type{
	syscall.EAGAIN:       BlockingIOErrorType,
	syscall.EALREADY:     BlockingIOErrorType,
	syscall.EINPROGRESS:  BlockingIOErrorType,
	syscall.ECHILD:       ChildProcessErrorType,
	syscall.EPIPE:        BrokenPipeErrorType,
	syscall.ESHUTDOWN:    BrokenPipeErrorType,
	syscall.ECONNABORTED: ConnectionAbortedErrorType,
	syscall.ECONNREFUSED: ConnectionRefusedErrorType,
	syscall.ECONNRESET:   ConnectionResetErrorType,
	syscall.EEXIST:       FileExistsErrorType,
	syscall.ENOENT:       FileNotFoundErrorType,
	syscall.EISDIR:       IsADirectoryErrorType,
	syscall.ENOTDIR:      NotADirectoryErrorType,
	syscall.EINTR:        InterruptedErrorType,
	syscall.EACCES:       PermissionErrorType,
	syscall.EPERM:        PermissionErrorType,
	syscall.ESRCH:        ProcessLookupErrorType,
	syscall.ETIMEDOUT:    TimeoutErrorType,
}

// parseOSErrorArgs applies OSError's argument convention to e: (errno,
// strerror[, filename[, winerror[, filename2]]]); args keeps only the first
// two when a filename is given.
func parseOSErrorArgs(e *Exception, args []Object) {
	excSetAttr(e, "errno", None)
	excSetAttr(e, "strerror", None)
	excSetAttr(e, "filename", None)
	excSetAttr(e, "filename2", None)
	if len(args) >= 2 && len(args) <= 5 {
		excSetAttr(e, "errno", args[0])
		excSetAttr(e, "strerror", args[1])
		if len(args) >= 3 && args[2] != None {
			excSetAttr(e, "filename", args[2])
			if len(args) == 5 && args[4] != None {
				excSetAttr(e, "filename2", args[4])
			}
			setArgs(e, args[:2])
			return
		}
	}
	setArgs(e, args)
}

func oserrorNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if len(kwnames) > 0 && t.Flags&FlagHeap == 0 {
		return nil, NewTypeError("%s() takes no keyword arguments", t.Name)
	}
	cls := t
	if t == OSErrorType && npos >= 2 {
		if n, ok := args[0].(*Int); ok && n.Big == nil {
			if sub, ok := errnoClasses[syscall.Errno(n.V)]; ok {
				cls = sub
			}
		}
	}
	e := &Exception{Header: fresh(), cls: cls, Args: NewTuple(nil), Dict: NewDict()}
	Track(e)
	parseOSErrorArgs(e, args[:npos])
	return e, nil
}

func oserrorInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	e := excOf(self)
	if len(kwnames) > 0 && e.cls.Flags&FlagHeap == 0 {
		return NewTypeError("%s() takes no keyword arguments", e.cls.Name)
	}
	parseOSErrorArgs(e, args[:len(args)-len(kwnames)])
	return nil
}

func oserrorStr(ts *ThreadState, o Object) (string, error) {
	e := excOf(o)
	errno, strerror := excAttr(e, "errno"), excAttr(e, "strerror")
	fn, fn2 := excAttr(e, "filename"), excAttr(e, "filename2")
	if fn != None {
		en, err := StrOf(ts, errno)
		if err != nil {
			return "", err
		}
		se, err := StrOf(ts, strerror)
		if err != nil {
			return "", err
		}
		f1, err := Repr(ts, fn)
		if err != nil {
			return "", err
		}
		if fn2 != None {
			f2, err := Repr(ts, fn2)
			if err != nil {
				return "", err
			}
			return "[Errno " + en + "] " + se + ": " + f1 + " -> " + f2, nil
		}
		return "[Errno " + en + "] " + se + ": " + f1, nil
	}
	if errno != None && strerror != None {
		en, err := StrOf(ts, errno)
		if err != nil {
			return "", err
		}
		se, err := StrOf(ts, strerror)
		if err != nil {
			return "", err
		}
		return "[Errno " + en + "] " + se, nil
	}
	return baseExceptionStr(ts, e)
}

// strerror is the C library's message for an errno (Go's table, capitalised
// as glibc writes it).
func strerror(errno syscall.Errno) string {
	s := errno.Error()
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + strings.TrimPrefix(s, "errno ")
	}
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// NewOSErrorFromErrno builds the OSError subclass for errno, with an
// optional filename ("" for none).
func NewOSErrorFromErrno(errno syscall.Errno, filename string, filename2 string) *Exception {
	cls := OSErrorType
	if sub, ok := errnoClasses[errno]; ok {
		cls = sub
	}
	e := &Exception{Header: fresh(), cls: cls, Args: NewTuple(nil), Dict: NewDict()}
	Track(e)
	args := []Object{NewInt(int64(errno)), NewStr(strerror(errno))}
	if filename != "" {
		args = append(args, NewStr(filename))
		if filename2 != "" {
			args = append(args, None, NewStr(filename2))
		}
	}
	parseOSErrorArgs(e, args)
	DecrefAll(args)
	return e
}

// NewOSErrorFromGo converts an error from the os, syscall or net packages to
// the matching OSError subclass with CPython's text ("[Errno 2] No such file
// or directory: 'x'"). Errors without an errno become OSError(str).
func NewOSErrorFromGo(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	var filename, filename2 string
	var pe *os.PathError
	var le *os.LinkError
	if errors.As(err, &pe) {
		filename = pe.Path
	} else if errors.As(err, &le) {
		filename, filename2 = le.Old, le.New
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSErrorFromErrno(errno, filename, filename2)
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return NewExceptionf(TimeoutErrorType, "timed out")
	}
	if errors.Is(err, os.ErrNotExist) {
		return NewOSErrorFromErrno(syscall.ENOENT, filename, filename2)
	}
	if errors.Is(err, os.ErrExist) {
		return NewOSErrorFromErrno(syscall.EEXIST, filename, filename2)
	}
	if errors.Is(err, os.ErrPermission) {
		return NewOSErrorFromErrno(syscall.EACCES, filename, filename2)
	}
	return NewOSError("%s", err.Error())
}

// ---- SyntaxError ----

// NewSyntaxError builds a SyntaxError with its location attributes (lineno,
// offset, end_lineno, end_offset are 1-based; 0 leaves end_* as None), in
// CPython's shape: args is (msg, (filename, lineno, offset, text, end_lineno,
// end_offset)). An empty text is None (the line is unknown).
func NewSyntaxError(cls *Type, msg, filename string, lineno, offset int, text string, endLineno, endOffset int) *Exception {
	if cls == nil {
		cls = SyntaxErrorType
	}
	e := &Exception{Header: fresh(), cls: cls, Args: NewTuple(nil), Dict: NewDict()}
	Track(e)
	var end1, end2 Object = None, None
	if endLineno > 0 {
		end1 = NewInt(int64(endLineno))
		end2 = NewInt(int64(endOffset))
	}
	var txt Object = None
	if text != "" {
		txt = NewStr(text)
	}
	info := NewTuple([]Object{NewStr(filename), NewInt(int64(lineno)), NewInt(int64(offset)), txt, end1, end2})
	m := NewStr(msg)
	setSyntaxErrorFields(e, []Object{m, info})
	Decref(m)
	Decref(info)
	return e
}

// SetSyntaxErrorArgsMsgOnly makes a SyntaxError's args just (msg,), as for
// the errors of CPython's symbol table; the location attributes stay.
func SetSyntaxErrorArgsMsgOnly(e *Exception) {
	m := excAttr(e, "msg")
	Incref(m)
	setArgs(e, []Object{m})
	Decref(m)
}

func setSyntaxErrorFields(e *Exception, args []Object) error {
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		excSetAttr(e, n, None)
	}
	if len(args) >= 1 {
		excSetAttr(e, "msg", args[0])
	}
	if len(args) == 2 {
		info, ok := Unwrap(args[1]).(*Tuple)
		if !ok {
			return NewTypeError("argument 2 must be tuple, not %s", TypeName(args[1]))
		}
		n := len(info.Items)
		if n < 4 || n > 6 {
			if n < 4 {
				return NewTypeError("function takes at least 4 arguments (%d given)", n)
			}
			return NewTypeError("function takes at most 6 arguments (%d given)", n)
		}
		names := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
		for i, x := range info.Items {
			excSetAttr(e, names[i], x)
		}
	}
	setArgs(e, args)
	return nil
}

func syntaxErrorStr(ts *ThreadState, o Object) (string, error) {
	e := excOf(o)
	msg, err := StrOf(ts, excAttr(e, "msg"))
	if err != nil {
		return "", err
	}
	filename := ""
	hasFile := false
	if f, ok := excAttr(e, "filename").(*Str); ok {
		filename = f.S
		if i := strings.LastIndexByte(filename, '/'); i >= 0 {
			filename = filename[i+1:]
		}
		hasFile = true
	}
	lineno, hasLine := excAttr(e, "lineno").(*Int)
	switch {
	case hasFile && hasLine:
		return msg + " (" + filename + ", line " + lineno.String() + ")", nil
	case hasFile:
		return msg + " (" + filename + ")", nil
	case hasLine:
		return msg + " (line " + lineno.String() + ")", nil
	}
	return msg, nil
}

// ---- keyword-accepting initialisers ----

// kwInit makes an __init__ that accepts the given keyword-only arguments
// (ImportError(name=, path=), NameError(name=), AttributeError(name=, obj=)).
func kwInit(keywords ...string) func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	return func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
		e := excOf(self)
		npos := len(args) - len(kwnames)
		for _, k := range keywords {
			excSetAttr(e, k, None)
		}
		for i, kn := range kwnames {
			ok := false
			for _, k := range keywords {
				if k == kn {
					ok = true
				}
			}
			if !ok && e.cls.Flags&FlagHeap == 0 {
				return NewTypeError("'%s' is an invalid keyword argument for %s()", kn, e.cls.Name)
			}
			if ok {
				excSetAttr(e, kn, args[npos+i])
			}
		}
		setArgs(e, args[:npos])
		if e.cls.IsSubtype(ImportErrorType) {
			if npos == 1 {
				excSetAttr(e, "msg", args[0])
			} else {
				excSetAttr(e, "msg", None)
			}
		}
		return nil
	}
}

func importErrorStr(ts *ThreadState, o Object) (string, error) {
	e := excOf(o)
	if m := excAttr(e, "msg"); m != None {
		return StrOf(ts, m)
	}
	return baseExceptionStr(ts, e)
}

// ---- Unicode errors ----

func unicodeErrorInit(decode bool) func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	return func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
		e := excOf(self)
		if len(kwnames) > 0 {
			return NewTypeError("%s() takes no keyword arguments", e.cls.Name)
		}
		if len(args) != 5 {
			return NewTypeError("function takes exactly 5 arguments (%d given)", len(args))
		}
		if _, ok := asStr(args[0]); !ok {
			return NewTypeError("argument 1 must be str, not %s", TypeName(args[0]))
		}
		if decode {
			if _, ok := bytesData(args[1]); !ok {
				return NewTypeError("argument 2 must be bytes-like object, not '%s'", TypeName(args[1]))
			}
		} else if _, ok := asStr(args[1]); !ok {
			return NewTypeError("argument 2 must be str, not %s", TypeName(args[1]))
		}
		for i := 2; i < 4; i++ {
			if _, ok := asInt(args[i]); !ok {
				return NewTypeError("'%s' object cannot be interpreted as an integer", TypeName(args[i]))
			}
		}
		if _, ok := asStr(args[4]); !ok {
			return NewTypeError("argument 5 must be str, not %s", TypeName(args[4]))
		}
		setArgs(e, args)
		return nil
	}
}

func unicodeErrorField(e *Exception, i int) Object {
	if len(e.Args.Items) == 5 {
		return e.Args.Items[i]
	}
	return None
}

func unicodeErrorStr(ts *ThreadState, o Object) (string, error) {
	e := excOf(o)
	if len(e.Args.Items) != 5 {
		return baseExceptionStr(ts, e)
	}
	enc, _ := asStr(e.Args.Items[0])
	start, _ := asInt(e.Args.Items[2])
	end, _ := asInt(e.Args.Items[3])
	reason, _ := asStr(e.Args.Items[4])
	if enc == nil || start == nil || end == nil || reason == nil {
		return baseExceptionStr(ts, e)
	}
	s, en := int(start.V), int(end.V)
	if e.cls.IsSubtype(UnicodeDecodeErrorType) {
		data, _ := bytesData(e.Args.Items[1])
		if en-s == 1 && s >= 0 && s < len(data) {
			return "'" + enc.S + "' codec can't decode byte 0x" + hex2(data[s]) + " in position " + strconv.Itoa(s) + ": " + reason.S, nil
		}
		return "'" + enc.S + "' codec can't decode bytes in position " + strconv.Itoa(s) + "-" + strconv.Itoa(en-1) + ": " + reason.S, nil
	}
	obj, _ := asStr(e.Args.Items[1])
	if obj != nil && en-s == 1 && s >= 0 && s < obj.Len() {
		r := []rune(obj.At(s))[0]
		var esc strings.Builder
		if r < 0x100 {
			esc.WriteString(`\x` + hex2(byte(r)))
		} else {
			writeEscapedRune(&esc, r)
		}
		return "'" + enc.S + "' codec can't encode character '" + esc.String() + "' in position " + strconv.Itoa(s) + ": " + reason.S, nil
	}
	return "'" + enc.S + "' codec can't encode characters in position " + strconv.Itoa(s) + "-" + strconv.Itoa(en-1) + ": " + reason.S, nil
}

func hex2(b byte) string { return string([]byte{hexDigits[b>>4], hexDigits[b&15]}) }

// ---- setup ----

func setupExceptions() {
	t := BaseExceptionType
	t.Doc = "Common base class for all exceptions"
	addRawGetSet(t, "args", func(ts *ThreadState, o Object) (Object, error) {
		return Xref(excOf(o).Args), nil
	}, func(ts *ThreadState, o, v Object) error {
		if v == nil {
			return NewTypeError("args may not be deleted")
		}
		tup, err := NewTupleFromIterable(ts, v)
		if err != nil {
			return err
		}
		e := excOf(o)
		old := e.Args
		e.Args = tup
		Decref(old)
		return nil
	})
	addRawGetSet(t, "__traceback__", func(ts *ThreadState, o Object) (Object, error) {
		e := excOf(o)
		if e.Traceback == nil {
			return None, nil
		}
		return Xref(e.Traceback), nil
	}, func(ts *ThreadState, o, v Object) error {
		e := excOf(o)
		if v == nil {
			return NewTypeError("__traceback__ may not be deleted")
		}
		var tb *Traceback
		if v != None {
			var ok bool
			if tb, ok = v.(*Traceback); !ok {
				return NewTypeError("__traceback__ must be a traceback or None")
			}
			Incref(tb)
		}
		old := e.Traceback
		e.Traceback = tb
		if old != nil {
			Decref(old)
		}
		return nil
	})
	chainAttr := func(name string, cause bool) {
		addRawGetSet(t, name, func(ts *ThreadState, o Object) (Object, error) {
			e := excOf(o)
			x := e.Context
			if cause {
				x = e.Cause
			}
			if x == nil {
				return None, nil
			}
			return Xref(x), nil
		}, func(ts *ThreadState, o, v Object) error {
			e := excOf(o)
			if v == nil {
				return NewTypeError("%s may not be deleted", name)
			}
			var x *Exception
			if v != None {
				var ok bool
				if x, ok = v.(*Exception); !ok {
					if cause {
						return NewTypeError("exception cause must be None or derive from BaseException")
					}
					return NewTypeError("exception context must be None or derive from BaseException")
				}
				Incref(x)
			}
			if cause {
				old := e.Cause
				e.Cause = x
				e.SuppressContext = true
				if old != nil {
					Decref(old)
				}
			} else {
				old := e.Context
				e.Context = x
				if old != nil {
					Decref(old)
				}
			}
			return nil
		})
	}
	chainAttr("__cause__", true)
	chainAttr("__context__", false)
	addRawGetSet(t, "__suppress_context__", func(ts *ThreadState, o Object) (Object, error) {
		return NewBool(excOf(o).SuppressContext), nil
	}, func(ts *ThreadState, o, v Object) error {
		if v == nil {
			return NewTypeError("can't delete attribute")
		}
		b, err := Truth(ts, v)
		excOf(o).SuppressContext = b
		return err
	})
	m := addMethod(t, "with_traceback", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		tb, err := OneArg("BaseException.with_traceback", args, kwnames)
		if err != nil {
			return nil, err
		}
		if err := SetAttr(ts, self, Intern("__traceback__"), tb); err != nil {
			return nil, err
		}
		return Xref(self), nil
	})
	m.RawSelf = true
	m = addMethod(t, "add_note", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		note, err := OneArg("BaseException.add_note", args, kwnames)
		if err != nil {
			return nil, err
		}
		if _, ok := asStr(note); !ok {
			return nil, NewTypeError("note must be a str, not '%s'", TypeName(note))
		}
		notes, err := LookupAttr(ts, self, "__notes__")
		if err != nil {
			return nil, err
		}
		if notes == nil {
			notes = NewList(nil)
			if err := SetAttr(ts, self, Intern("__notes__"), notes); err != nil {
				Decref(notes)
				return nil, err
			}
		}
		defer Decref(notes)
		l, ok := asList(notes)
		if !ok {
			return nil, NewTypeError("Cannot add note: __notes__ is not a list")
		}
		l.Append(note)
		return None, nil
	})
	m.RawSelf = true

	addRawGetSet(StopIterationType, "value", func(ts *ThreadState, o Object) (Object, error) {
		e := excOf(o)
		if e.Value == nil {
			if len(e.Args.Items) > 0 {
				return Xref(e.Args.Items[0]), nil
			}
			return None, nil
		}
		return Xref(e.Value), nil
	}, func(ts *ThreadState, o, v Object) error {
		e := excOf(o)
		old := e.Value
		e.Value = Xref(propOrNone(v))
		Decref(old)
		return nil
	})
	StopIterationType.Init = func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
		if err := excInit(ts, self, args, kwnames); err != nil {
			return err
		}
		e := excOf(self)
		old := e.Value
		e.Value = None
		if len(e.Args.Items) > 0 {
			e.Value = Xref(e.Args.Items[0])
		}
		Decref(old)
		return nil
	}
	addRawGetSet(SystemExitType, "code", func(ts *ThreadState, o Object) (Object, error) {
		e := excOf(o)
		if e.Dict != nil {
			if v := e.Dict.GetStr("code"); v != nil {
				return Xref(v), nil
			}
		}
		switch len(e.Args.Items) {
		case 0:
			return None, nil
		case 1:
			return Xref(e.Args.Items[0]), nil
		}
		return Xref(e.Args), nil
	}, func(ts *ThreadState, o, v Object) error {
		excSetAttr(excOf(o), "code", v)
		return nil
	})

	OSErrorType.New = oserrorNew
	OSErrorType.Init = oserrorInit
	OSErrorType.Str = oserrorStr
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		storedAttr(OSErrorType, n)
	}
	storedAttr(BlockingIOErrorType, "characters_written")

	ImportErrorType.Init = kwInit("name", "path")
	ImportErrorType.Str = importErrorStr
	for _, n := range []string{"msg", "name", "path"} {
		storedAttr(ImportErrorType, n)
	}
	NameErrorType.Init = kwInit("name")
	storedAttr(NameErrorType, "name")
	AttributeErrorType.Init = kwInit("name", "obj")
	storedAttr(AttributeErrorType, "name")
	storedAttr(AttributeErrorType, "obj")

	SyntaxErrorType.Init = func(ts *ThreadState, self Object, args []Object, kwnames []string) error {
		e := excOf(self)
		if len(kwnames) > 0 && e.cls.Flags&FlagHeap == 0 {
			return NewTypeError("%s() takes no keyword arguments", e.cls.Name)
		}
		return setSyntaxErrorFields(e, args[:len(args)-len(kwnames)])
	}
	SyntaxErrorType.Str = syntaxErrorStr
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		storedAttr(SyntaxErrorType, n)
	}

	UnicodeDecodeErrorType.Init = unicodeErrorInit(true)
	UnicodeEncodeErrorType.Init = unicodeErrorInit(false)
	for _, ut := range []*Type{UnicodeDecodeErrorType, UnicodeEncodeErrorType} {
		ut.Str = unicodeErrorStr
		for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
			i := i
			addRawGetSet(ut, n, func(ts *ThreadState, o Object) (Object, error) {
				return Xref(unicodeErrorField(excOf(o), i)), nil
			}, nil)
		}
	}
	setupExceptionGroups()
}

func setupTraceback(t *Type) {
	addRawGetSet(t, "tb_frame", func(ts *ThreadState, o Object) (Object, error) {
		return Xref(propOrNone(o.(*Traceback).Frame)), nil
	}, nil)
	addRawGetSet(t, "tb_lineno", func(ts *ThreadState, o Object) (Object, error) {
		return NewInt(int64(o.(*Traceback).Lineno)), nil
	}, nil)
	addRawGetSet(t, "tb_lasti", func(ts *ThreadState, o Object) (Object, error) {
		// CPython counts bytes of 2-byte code units: co_positions()
		// yields one entry per instruction, at index tb_lasti // 2.
		if l := o.(*Traceback).Lasti; l >= 0 {
			return NewInt(int64(2 * l)), nil
		}
		return NewInt(-1), nil
	}, nil)
	addRawGetSet(t, "tb_next", func(ts *ThreadState, o Object) (Object, error) {
		tb := o.(*Traceback)
		if tb.Next == nil {
			return None, nil
		}
		return Xref(tb.Next), nil
	}, func(ts *ThreadState, o, v Object) error {
		tb := o.(*Traceback)
		var next *Traceback
		if v != nil && v != None {
			n, ok := v.(*Traceback)
			if !ok {
				return NewTypeError("expected traceback object or None, got '%s'", TypeName(v))
			}
			for x := n; x != nil; x = x.Next {
				if x == tb {
					return NewValueError("traceback loop detected")
				}
			}
			next = n
			Incref(n)
		}
		old := tb.Next
		tb.Next = next
		if old != nil {
			Decref(old)
		}
		return nil
	})
}
