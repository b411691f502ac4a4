package stdlib

import (
	"io"
	"strings"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// The methods of file objects (text and binary) as Python sees them.

// The _io class hierarchy. The abstract bases carry generic methods written in
// terms of the instance's own read/readline/write/close, so user classes
// deriving from io.IOBase or io.TextIOBase work with print() and `with`.
var (
	ioBaseType         = newIOBaseType("_IOBase", nil)
	rawIOBaseType      = newIOBaseType("_RawIOBase", ioBaseType)
	bufferedIOBaseType = newIOBaseType("_BufferedIOBase", ioBaseType)
	textIOBaseType     = newIOBaseType("_TextIOBase", ioBaseType)

	// fileTypes are the classes of file objects, indexed by kind (filled in
	// init: the file methods refer back to them).
	fileTypes [kindFileIO + 1]*runtime.Type

	// unsupportedOperationType is io.UnsupportedOperation, a subclass of both
	// OSError and ValueError.
	unsupportedOperationType = runtime.NewExceptionType("UnsupportedOperation", "io", "",
		runtime.OSErrorType, runtime.ValueErrorType)
)

func init() {
	fileTypes[kindText] = newFileType("TextIOWrapper", textIOBaseType, kindText)
	fileTypes[kindBufferedReader] = newFileType("BufferedReader", bufferedIOBaseType, kindBufferedReader)
	fileTypes[kindBufferedWriter] = newFileType("BufferedWriter", bufferedIOBaseType, kindBufferedWriter)
	fileTypes[kindBufferedRandom] = newFileType("BufferedRandom", bufferedIOBaseType, kindBufferedRandom)
	fileTypes[kindFileIO] = newFileType("FileIO", rawIOBaseType, kindFileIO)
}

// unsupported raises io.UnsupportedOperation.
func unsupported(msg string) error {
	return runtime.NewException(unsupportedOperationType, runtime.NewStr(msg))
}

// fileOf returns the file object behind self (unwrapping user subclasses).
func fileOf(self runtime.Object) *fileObject { return runtime.Unwrap(self).(*fileObject) }

// sizeArg converts a read size: None or an integer (-1 means all).
func sizeArg(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	if isNone(o) {
		return -1, nil
	}
	if _, ok := o.(*runtime.Int); !ok && o.Type().Index == nil {
		return 0, runtime.NewTypeError("argument should be integer or None, not '%s'", runtime.TypeName(o))
	}
	return runtime.AsSsize(ts, o)
}

// skipBOM drops a UTF-8 byte order mark at the start of a utf-8-sig file.
func (f *fileObject) skipBOM(ts *runtime.ThreadState) error {
	if f.bomChecked {
		return nil
	}
	f.bomChecked = true
	c := f.core
	if !f.codec.bom || c.tell() != 0 {
		return nil
	}
	for len(c.rbuf)-c.rpos < 3 {
		more, err := c.fill(ts)
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	b := c.rbuf[c.rpos:]
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		c.rpos += 3
	}
	return nil
}

// withRead runs a read operation on the locked core after the usual checks.
func (f *fileObject) withRead(ts *runtime.ThreadState, op string, fn func() (runtime.Object, error)) (runtime.Object, error) {
	if f.text() {
		if err := f.checkOpen(op); err != nil {
			return nil, err
		}
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
	} else {
		if err := f.checkReadable(); err != nil {
			return nil, err
		}
		if err := f.checkOpen(op); err != nil {
			return nil, err
		}
	}
	c := f.core
	c.lock(ts)
	defer c.unlock()
	if c.closed {
		return nil, f.checkOpen(op)
	}
	if f.text() {
		if err := f.skipBOM(ts); err != nil {
			return nil, osError(err, nil, nil)
		}
	}
	r, err := fn()
	if err != nil {
		if _, ok := err.(*runtime.Exception); !ok {
			err = osError(err, nil, nil)
		}
		return nil, err
	}
	return r, nil
}

func fileRead(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "read", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	n, err := sizeArg(ts, sizeObj)
	if err != nil {
		return nil, err
	}
	return f.withRead(ts, "read", func() (runtime.Object, error) {
		if f.text() {
			s, err := f.readText(ts, n)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(s), nil
		}
		var data []byte
		if n < 0 {
			data, err = f.core.readAll(ts)
		} else {
			data, err = f.core.readN(ts, n)
		}
		if err != nil {
			return nil, err
		}
		return newBytes(data)
	})
}

func fileRead1(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "read1", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	n, err := sizeArg(ts, sizeObj)
	if err != nil {
		return nil, err
	}
	return f.withRead(ts, "read", func() (runtime.Object, error) {
		c := f.core
		if c.rpos >= len(c.rbuf) {
			if _, err := c.fill(ts); err != nil {
				return nil, err
			}
		}
		avail := len(c.rbuf) - c.rpos
		if n < 0 || n > avail {
			n = avail
		}
		data := append([]byte(nil), c.rbuf[c.rpos:c.rpos+n]...)
		c.rpos += n
		return newBytes(data)
	})
}

func filePeek(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "peek", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	return f.withRead(ts, "peek", func() (runtime.Object, error) {
		c := f.core
		if c.rpos >= len(c.rbuf) {
			if _, err := c.fill(ts); err != nil {
				return nil, err
			}
		}
		return newBytes(append([]byte(nil), c.rbuf[c.rpos:]...))
	})
}

func fileReadline(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "readline", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	limit := -1
	if sizeObj != nil {
		if f.text() {
			n, err := runtime.AsSsize(ts, sizeObj)
			if err != nil {
				return nil, err
			}
			limit = n
		} else {
			n, err := sizeArg(ts, sizeObj)
			if err != nil {
				return nil, err
			}
			limit = n
		}
	}
	return f.readlineObject(ts, limit)
}

// readlineObject reads one line as a str or bytes object.
func (f *fileObject) readlineObject(ts *runtime.ThreadState, limit int) (runtime.Object, error) {
	return f.withRead(ts, "readline", func() (runtime.Object, error) {
		if f.text() {
			s, err := f.readLine(ts, limit)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(s), nil
		}
		b, err := f.readBinaryLine(ts, limit)
		if err != nil {
			return nil, err
		}
		return newBytes(b)
	})
}

func fileReadlines(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var hintObj runtime.Object
	if err := runtime.UnpackPositional(ts, "readlines", args, kwnames, 0, &hintObj); err != nil {
		return nil, err
	}
	hint, err := sizeArg(ts, hintObj)
	if err != nil {
		return nil, err
	}
	var lines []runtime.Object
	total := 0
	for {
		line, err := f.readlineObject(ts, -1)
		if err != nil {
			runtime.DecrefAll(lines)
			return nil, err
		}
		n, _ := runtime.Len(ts, line)
		if n == 0 {
			runtime.Decref(line)
			break
		}
		lines = append(lines, line)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return runtime.NewList(lines), nil
}

func fileWrite(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	arg, err := runtime.OneArg("write", args, kwnames)
	if err != nil {
		return nil, err
	}
	if f.text() {
		s, ok := arg.(*runtime.Str)
		if !ok {
			if u, ok2 := runtime.Unwrap(arg).(*runtime.Str); ok2 {
				s, ok = u, true
			}
		}
		if !ok {
			if err := f.checkOpen("write"); err != nil {
				return nil, err
			}
			return nil, runtime.NewTypeError("write() argument must be str, not %s", runtime.TypeName(arg))
		}
		if err := f.writeString(ts, s.S); err != nil {
			return nil, err
		}
		return runtime.NewInt(int64(s.Len())), nil
	}
	data, ok := runtime.BytesData(arg)
	if !ok {
		if err := f.checkOpen("write"); err != nil {
			return nil, err
		}
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(arg))
	}
	if err := f.writeBytes(ts, data); err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(len(data))), nil
}

func fileWritelines(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	arg, err := runtime.OneArg("writelines", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := f.checkOpen("write"); err != nil {
		return nil, err
	}
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	err = runtime.Iterate(ts, arg, func(line runtime.Object) (bool, error) {
		r, err := fileWrite(ts, f, []runtime.Object{line}, nil)
		runtime.Decref(r)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func fileFlush(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkOpen("flush"); err != nil {
		return nil, err
	}
	if err := f.flush(ts); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func fileClose(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	if err := fileOf(self).close(ts); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func fileFileno(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("fileno", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkOpen("plain"); err != nil {
		return nil, err
	}
	if f.core.file == nil {
		return nil, unsupported("fileno")
	}
	return runtime.NewInt(int64(f.core.file.Fd())), nil
}

func fileIsatty(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("isatty", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkOpen("plain"); err != nil {
		return nil, err
	}
	return runtime.NewBool(f.core.tty), nil
}

func fileReadable(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("readable", args, kwnames); err != nil {
		return nil, err
	}
	if f.kind == kindBufferedWriter {
		return runtime.False, nil
	}
	if err := f.checkOpen("plain"); err != nil {
		return nil, err
	}
	return runtime.NewBool(f.core.readable), nil
}

func fileWritable(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("writable", args, kwnames); err != nil {
		return nil, err
	}
	if f.kind == kindBufferedReader {
		return runtime.False, nil
	}
	if err := f.checkOpen("plain"); err != nil {
		return nil, err
	}
	return runtime.NewBool(f.core.writable), nil
}

func fileSeekable(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("seekable", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkOpen("plain"); err != nil {
		return nil, err
	}
	return runtime.NewBool(f.core.seekable), nil
}

func fileSeek(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var offObj, whenceObj runtime.Object
	if err := runtime.UnpackPositional(ts, "seek", args, kwnames, 1, &offObj, &whenceObj); err != nil {
		return nil, err
	}
	whence := 0
	if whenceObj != nil {
		w, err := runtime.AsSsize(ts, whenceObj)
		if err != nil {
			return nil, err
		}
		whence = w
	}
	off, err := runtime.Index(ts, offObj)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(off)
	offset, small := off.Int64()
	if !small {
		return nil, runtime.NewOverflowError("Python int too large to convert to C long")
	}
	c := f.core
	if f.text() {
		if err := f.checkOpen("seek"); err != nil {
			return nil, err
		}
		if !c.seekable {
			return nil, unsupported("underlying stream is not seekable")
		}
		switch whence {
		case io.SeekStart:
			if offset < 0 {
				return nil, runtime.NewValueError("negative seek position %d", offset)
			}
		case io.SeekCurrent:
			if offset != 0 {
				return nil, unsupported("can't do nonzero cur-relative seeks")
			}
		case io.SeekEnd:
			if offset != 0 {
				return nil, unsupported("can't do nonzero end-relative seeks")
			}
		default:
			return nil, runtime.NewValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
	} else {
		if whence < 0 || whence > 2 {
			return nil, runtime.NewValueError("whence value %d unsupported", whence)
		}
		if err := f.checkOpen("seek"); err != nil {
			return nil, err
		}
		if !c.seekable {
			return nil, newOSError(syscall.ESPIPE, nil, nil)
		}
	}
	c.lock(ts)
	defer c.unlock()
	if f.text() && whence == io.SeekCurrent {
		if err := c.flushLocked(ts); err != nil {
			return nil, osError(err, nil, nil)
		}
		return runtime.NewInt(c.tell()), nil
	}
	p, err := c.seek(ts, offset, whence)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	if p == 0 {
		f.bomChecked = false
	}
	return runtime.NewInt(p), nil
}

func fileTell(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	if err := runtime.NoArgs("tell", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkOpen("plain"); err != nil {
		if f.text() {
			return nil, f.checkOpen("")
		}
		return nil, err
	}
	c := f.core
	if !c.seekable {
		if f.text() {
			return nil, unsupported("underlying stream is not seekable")
		}
		return nil, newOSError(syscall.ESPIPE, nil, nil)
	}
	c.lock(ts)
	defer c.unlock()
	return runtime.NewInt(c.tell()), nil
}

func fileTruncate(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "truncate", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	if err := f.checkOpen("truncate"); err != nil {
		return nil, err
	}
	c := f.core
	if !c.writable {
		if f.text() {
			return nil, unsupported("truncate")
		}
		return nil, unsupported("truncate")
	}
	c.lock(ts)
	defer c.unlock()
	if err := c.flushLocked(ts); err != nil {
		return nil, osError(err, nil, nil)
	}
	size := c.tell()
	if !isNone(sizeObj) {
		n, err := runtime.AsSsize(ts, sizeObj)
		if err != nil {
			return nil, err
		}
		size = int64(n)
	}
	if c.file == nil {
		return nil, unsupported("truncate")
	}
	var terr error
	blocking(ts, func() { terr = c.file.Truncate(size) })
	if terr != nil {
		return nil, osError(terr, nil, nil)
	}
	return runtime.NewInt(size), nil
}

func fileEnter(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := fileOf(self).checkOpen(""); err != nil {
		return nil, err
	}
	return runtime.Xref(self), nil
}

func fileExit(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := fileOf(self).close(ts); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func fileIter(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	if err := fileOf(self).checkOpen(""); err != nil {
		return nil, err
	}
	return runtime.Xref(self), nil
}

func fileNext(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	f := fileOf(self)
	line, err := f.readlineObject(ts, -1)
	if err != nil {
		return nil, err
	}
	if n, _ := runtime.Len(ts, line); n == 0 {
		runtime.Decref(line)
		return nil, nil
	}
	return line, nil
}

func fileRepr(ts *runtime.ThreadState, self runtime.Object) (string, error) {
	f := fileOf(self)
	t := f.Type()
	if f.kind == kindFileIO {
		if f.core.closed {
			return "<_io.FileIO [closed]>", nil
		}
		name, err := runtime.Repr(ts, f.name)
		if err != nil {
			return "", err
		}
		closefd := "True"
		if !f.core.closefd {
			closefd = "False"
		}
		return "<_io.FileIO name=" + name + " mode='" + f.mode + "' closefd=" + closefd + ">", nil
	}
	name, err := runtime.Repr(ts, f.name)
	if err != nil {
		return "", err
	}
	out := "<" + t.FullName() + " name=" + name
	if f.text() {
		out += " mode=" + runtime.StrRepr(f.mode) + " encoding=" + runtime.StrRepr(f.encoding)
	}
	return out + ">", nil
}

func fileGetters(kind fileKind) []getter {
	g := []getter{
		{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(fileOf(self).core.closed), nil
		}},
		{name: "name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(fileOf(self).name), nil
		}},
		{name: "mode", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(fileOf(self).mode), nil
		}},
	}
	if kind == kindFileIO {
		g = append(g, getter{name: "closefd", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(fileOf(self).core.closefd), nil
		}})
	}
	if kind != kindText {
		g = append(g, getter{name: "raw", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(self), nil
		}})
		return g
	}
	return append(g,
		getter{name: "encoding", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(fileOf(self).encoding), nil
		}},
		getter{name: "errors", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(fileOf(self).errors), nil
		}},
		getter{name: "newlines", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return newlinesValue(fileOf(self).seen), nil
		}},
		getter{name: "line_buffering", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(fileOf(self).lineBuffering), nil
		}},
		getter{name: "write_through", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(fileOf(self).writeThrough), nil
		}},
		getter{name: "buffer", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.Xref(fileOf(self).buffer), nil
		}},
	)
}

// fileReconfigure is TextIOWrapper.reconfigure(*, encoding, errors, newline,
// line_buffering, write_through).
func fileReconfigure(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	f := fileOf(self)
	var enc, errs, nl, lb, wt runtime.Object
	if err := runtime.UnpackArgs(ts, "reconfigure", args, kwnames, "*", "encoding?", &enc, "errors?", &errs,
		"newline?", &nl, "line_buffering?", &lb, "write_through?", &wt); err != nil {
		return nil, err
	}
	if err := f.flush(ts); err != nil {
		return nil, err
	}
	if !isNone(enc) {
		s, ok := asStr(enc)
		if !ok {
			return nil, runtime.NewTypeError("reconfigure() argument 'encoding' must be str or None, not %s", runtime.TypeName(enc))
		}
		cd, err := lookupCodec(s)
		if err != nil {
			return nil, err
		}
		f.codec, f.encoding = cd, s
		if isNone(errs) {
			f.errors = "strict"
		}
	}
	if !isNone(errs) {
		s, ok := asStr(errs)
		if !ok {
			return nil, runtime.NewTypeError("reconfigure() argument 'errors' must be str or None, not %s", runtime.TypeName(errs))
		}
		f.errors = s
	}
	if nl != nil {
		m, err := parseNewline(nl)
		if err != nil {
			return nil, err
		}
		f.newline = m
	}
	if !isNone(lb) {
		b, err := runtime.Truth(ts, lb)
		if err != nil {
			return nil, err
		}
		f.lineBuffering = b
	}
	if !isNone(wt) {
		b, err := runtime.Truth(ts, wt)
		if err != nil {
			return nil, err
		}
		f.writeThrough = b
	}
	return runtime.None, nil
}

func newFileType(name string, base *runtime.Type, kind fileKind) *runtime.Type {
	t := newType("_io", name, base)
	t.Repr = fileRepr
	t.Iter = fileIter
	t.Next = fileNext
	t.Dealloc = fileDealloc
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return nil, runtime.NewTypeError("cannot create '_io.%s' instances from Python in minipy; use open()", name)
	}
	if kind == kindText {
		t.New = newTextIOWrapper
	}
	methods := []method{
		{name: "read", fn: fileRead},
		{name: "readline", fn: fileReadline},
		{name: "readlines", fn: fileReadlines},
		{name: "write", fn: fileWrite},
		{name: "writelines", fn: fileWritelines},
		{name: "flush", fn: fileFlush},
		{name: "close", fn: fileClose},
		{name: "fileno", fn: fileFileno},
		{name: "isatty", fn: fileIsatty},
		{name: "readable", fn: fileReadable},
		{name: "writable", fn: fileWritable},
		{name: "seekable", fn: fileSeekable},
		{name: "seek", fn: fileSeek},
		{name: "tell", fn: fileTell},
		{name: "truncate", fn: fileTruncate},
		{name: "__enter__", fn: fileEnter},
		{name: "__exit__", fn: fileExit},
	}
	switch kind {
	case kindText:
		methods = append(methods, method{name: "reconfigure", fn: fileReconfigure})
	case kindFileIO:
	default:
		methods = append(methods, method{name: "read1", fn: fileRead1}, method{name: "peek", fn: filePeek})
	}
	addMethods(t, methods)
	addGetters(t, fileGetters(kind))
	if kind == kindFileIO {
		t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var file, mode, closefd, opener runtime.Object
			if err := runtime.UnpackArgs(ts, "FileIO", args, kwnames, "file", &file, "mode?", &mode, "closefd?", &closefd, "opener?", &opener); err != nil {
				return nil, err
			}
			m := "r"
			if mode != nil {
				s, err := argStr("FileIO", "mode", mode)
				if err != nil {
					return nil, err
				}
				m = s
			}
			if !strings.ContainsRune(m, 'b') {
				m += "b"
			}
			fwd := []runtime.Object{file, runtime.NewStr(m), runtime.NewInt(0)}
			names := []string(nil)
			if closefd != nil {
				fwd = append(fwd, closefd)
				names = append(names, "closefd")
			}
			if opener != nil {
				fwd = append(fwd, opener)
				names = append(names, "opener")
			}
			r, err := ioOpen(ts, fwd, names)
			runtime.Decref(fwd[1])
			return r, err
		}
	}
	return t.Ready()
}

// newTextIOWrapper is io.TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False, write_through=False) over one of
// minipy's binary files.
func newTextIOWrapper(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var buffer, enc, errs, nl, lb, wt runtime.Object
	if err := runtime.UnpackArgs(ts, "TextIOWrapper", args, kwnames, "buffer", &buffer, "encoding?", &enc, "errors?", &errs,
		"newline?", &nl, "line_buffering?", &lb, "write_through?", &wt); err != nil {
		return nil, err
	}
	bin, ok := runtime.Unwrap(buffer).(*fileObject)
	if !ok || bin.text() {
		r, err := runtime.LookupAttr(ts, buffer, "readable")
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, runtime.NewAttributeError("'%s' object has no attribute 'readable'", runtime.TypeName(buffer))
		}
		runtime.Decref(r)
		return nil, runtime.NewNotImplementedError("minipy's TextIOWrapper only wraps binary files made by open()")
	}
	encoding, _, err := optStr("TextIOWrapper", "encoding", enc)
	if err != nil {
		return nil, err
	}
	errorsName, _, err := optStr("TextIOWrapper", "errors", errs)
	if err != nil {
		return nil, err
	}
	newline, err := parseNewline(nl)
	if err != nil {
		return nil, err
	}
	runtime.Incref(bin)
	t, err := newTextFile(bin, encoding, errorsName, newline)
	if err != nil {
		runtime.Decref(bin)
		return nil, err
	}
	t.mode = strings.TrimSuffix(strings.Replace(bin.mode, "b", "", 1), "b")
	if t.lineBuffering, err = argBool(ts, lb, false); err != nil {
		runtime.Decref(t)
		return nil, err
	}
	if t.writeThrough, err = argBool(ts, wt, false); err != nil {
		runtime.Decref(t)
		return nil, err
	}
	return t, nil
}
