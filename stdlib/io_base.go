package stdlib

import "github.com/minipy/minipy/runtime"

// ioBaseObject is the built-in part of an instance of io.IOBase (or of a user
// class deriving from it): just the closed flag. The generic methods receive
// the instance itself (raw methods) and call its Python-level read, readline,
// write and close.
type ioBaseObject struct {
	runtime.Header
	cls    *runtime.Type
	closed bool
}

func (o *ioBaseObject) Type() *runtime.Type { return o.cls }

// ioClosed reports whether an IOBase-like object is closed, through its
// closed attribute (which subclasses may override).
func ioClosed(ts *runtime.ThreadState, self runtime.Object) (bool, error) {
	switch v := runtime.Unwrap(self).(type) {
	case *ioBaseObject:
		if self == runtime.Object(v) {
			return v.closed, nil
		}
	case *fileObject:
		return v.core.closed, nil
	case *stringIO:
		return v.closed, nil
	}
	c, err := runtime.GetAttrStr(ts, self, "closed")
	if err != nil {
		return false, err
	}
	defer runtime.Decref(c)
	return runtime.Truth(ts, c)
}

func checkNotClosed(ts *runtime.ThreadState, self runtime.Object) error {
	closed, err := ioClosed(ts, self)
	if err != nil {
		return err
	}
	if closed {
		return runtime.NewValueError("I/O operation on closed file.")
	}
	return nil
}

func ioBaseClose(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	b, ok := runtime.Unwrap(self).(*ioBaseObject)
	if !ok || b.closed {
		return runtime.None, nil
	}
	r, err := runtime.CallMethod(ts, self, "flush")
	runtime.Decref(r)
	b.closed = true
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func ioBaseFlush(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	if err := checkNotClosed(ts, self); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func ioBaseFalse(name string) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		if name == "isatty" {
			if err := checkNotClosed(ts, self); err != nil {
				return nil, err
			}
		}
		return runtime.False, nil
	}
}

func ioBaseUnsupported(name string) runtime.MethodFn {
	return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return nil, unsupported(name)
	}
}

func ioBaseEnter(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := checkNotClosed(ts, self); err != nil {
		return nil, err
	}
	return runtime.Xref(self), nil
}

func ioBaseExit(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	r, err := runtime.CallMethod(ts, self, "close")
	runtime.Decref(r)
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func ioBaseIterMethod(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return ioBaseIter(ts, self)
}

func ioBaseIter(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	if err := checkNotClosed(ts, self); err != nil {
		return nil, err
	}
	return runtime.Xref(self), nil
}

func ioBaseNext(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
	line, err := runtime.CallMethod(ts, self, "readline")
	if err != nil {
		return nil, err
	}
	n, err := runtime.Len(ts, line)
	if err != nil || n == 0 {
		runtime.Decref(line)
		return nil, err
	}
	return line, nil
}

func ioBaseNextMethod(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	r, err := ioBaseNext(ts, self)
	if err == nil && r == nil {
		return nil, runtime.NewException(runtime.StopIterationType)
	}
	return r, err
}

// ioBaseReadline reads one character at a time through self.read(1).
func ioBaseReadline(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "readline", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	limit, err := sizeArg(ts, sizeObj)
	if err != nil {
		return nil, err
	}
	var acc runtime.Object
	one := runtime.NewInt(1)
	for n := 0; limit < 0 || n < limit; n++ {
		c, err := runtime.CallMethod(ts, self, "read", one)
		if err != nil {
			runtime.Decref(acc)
			return nil, err
		}
		k, err := runtime.Len(ts, c)
		if err != nil || k == 0 {
			if acc == nil {
				return c, err
			}
			runtime.Decref(c)
			return acc, err
		}
		if acc == nil {
			acc = c
		} else {
			sum, err := runtime.BinaryOp(ts, runtime.OpAdd, acc, c)
			runtime.Decref(acc)
			if err != nil {
				runtime.Decref(c)
				return nil, err
			}
			acc = sum
		}
		nl := false
		if s, ok := asStr(c); ok {
			nl = s == "\n"
		} else if b, ok := runtime.BytesData(c); ok {
			nl = len(b) == 1 && b[0] == '\n'
		}
		runtime.Decref(c)
		if nl {
			break
		}
	}
	if acc == nil {
		return runtime.NewStr(""), nil
	}
	return acc, nil
}

func ioBaseReadlines(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var hintObj runtime.Object
	if err := runtime.UnpackPositional(ts, "readlines", args, kwnames, 0, &hintObj); err != nil {
		return nil, err
	}
	hint, err := sizeArg(ts, hintObj)
	if err != nil {
		return nil, err
	}
	var out []runtime.Object
	total := 0
	for {
		line, err := ioBaseNext(ts, self)
		if err != nil {
			runtime.DecrefAll(out)
			return nil, err
		}
		if line == nil {
			break
		}
		out = append(out, line)
		n, _ := runtime.Len(ts, line)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return runtime.NewList(out), nil
}

func ioBaseWritelines(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	lines, err := runtime.OneArg("writelines", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := checkNotClosed(ts, self); err != nil {
		return nil, err
	}
	err = runtime.Iterate(ts, lines, func(line runtime.Object) (bool, error) {
		r, err := runtime.CallMethod(ts, self, "write", line)
		runtime.Decref(r)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func newIOBaseType(name string, base *runtime.Type) *runtime.Type {
	t := newType("_io", name, base)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, cls *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		return newObject(&ioBaseObject{cls: cls}), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Iter = ioBaseIter
	t.Next = ioBaseNext
	if base == nil {
		addMethods(t, []method{
			{name: "close", fn: ioBaseClose, raw: true},
			{name: "flush", fn: ioBaseFlush, raw: true},
			{name: "readable", fn: ioBaseFalse("readable"), raw: true},
			{name: "writable", fn: ioBaseFalse("writable"), raw: true},
			{name: "seekable", fn: ioBaseFalse("seekable"), raw: true},
			{name: "isatty", fn: ioBaseFalse("isatty"), raw: true},
			{name: "fileno", fn: ioBaseUnsupported("fileno"), raw: true},
			{name: "seek", fn: ioBaseUnsupported("seek"), raw: true},
			{name: "tell", fn: ioBaseUnsupported("tell"), raw: true},
			{name: "truncate", fn: ioBaseUnsupported("truncate"), raw: true},
			{name: "readline", fn: ioBaseReadline, raw: true},
			{name: "readlines", fn: ioBaseReadlines, raw: true},
			{name: "writelines", fn: ioBaseWritelines, raw: true},
			{name: "__enter__", fn: ioBaseEnter, raw: true},
			{name: "__exit__", fn: ioBaseExit, raw: true},
			{name: "__iter__", fn: ioBaseIterMethod, raw: true},
			{name: "__next__", fn: ioBaseNextMethod, raw: true},
		})
		addGetters(t, []getter{{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			if b, ok := runtime.Unwrap(self).(*ioBaseObject); ok {
				return runtime.NewBool(b.closed), nil
			}
			return runtime.False, nil
		}}})
	}
	if base != nil {
		// Keep the raw dunders on every base class, so that user subclasses
		// dispatch to them with the instance rather than to slot wrappers
		// that would pass the inner ioBaseObject.
		addMethods(t, []method{
			{name: "__enter__", fn: ioBaseEnter, raw: true},
			{name: "__exit__", fn: ioBaseExit, raw: true},
			{name: "__iter__", fn: ioBaseIterMethod, raw: true},
			{name: "__next__", fn: ioBaseNextMethod, raw: true},
		})
	}
	if name == "_TextIOBase" {
		addMethods(t, []method{
			{name: "read", fn: ioBaseUnsupported("read"), raw: true},
			{name: "write", fn: ioBaseUnsupported("write"), raw: true},
			{name: "detach", fn: ioBaseUnsupported("detach"), raw: true},
		})
		none := func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) { return runtime.None, nil }
		addGetters(t, []getter{{name: "encoding", get: none}, {name: "errors", get: none}, {name: "newlines", get: none}})
	}
	if name == "_BufferedIOBase" || name == "_RawIOBase" {
		addMethods(t, []method{
			{name: "read", fn: ioBaseUnsupported("read"), raw: true},
			{name: "write", fn: ioBaseUnsupported("write"), raw: true},
		})
	}
	return t.Ready()
}
