package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// stringIO is io.StringIO: an in-memory text stream. The text is kept as code
// points so that positions are character offsets, as in CPython.
type stringIO struct {
	runtime.Header
	buf    []rune
	pos    int
	closed bool
	// newline is the newline argument: nlLF (the default '\n'), nlUniversal
	// (None: translate on write), nlUntranslated (''), nlCR, nlCRLF.
	newline newlineMode
	seen    int
}

func (s *stringIO) Type() *runtime.Type { return stringIOType }

func stringIOOf(self runtime.Object) *stringIO { return runtime.Unwrap(self).(*stringIO) }

func (s *stringIO) checkOpen() error {
	if s.closed {
		return runtime.NewValueError("I/O operation on closed file")
	}
	return nil
}

// writeText stores text at the current position (translating newlines as
// the newline argument asks) and returns the number of characters given.
func (s *stringIO) writeText(text string) int {
	n := len([]rune(text))
	switch s.newline {
	case nlUniversal:
		text = translateIn(text, &s.seen)
	case nlCR, nlCRLF:
		text = translateOut(s.newline, text)
	}
	rs := []rune(text)
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return n
}

// lineEndAt returns the index just past the line ending that starts the
// search at from, or len(buf).
func (s *stringIO) lineEndAt(from, limit int) int {
	end := len(s.buf)
	if limit >= 0 && from+limit < end {
		end = from + limit
	}
	for i := from; i < end; i++ {
		c := s.buf[i]
		switch s.newline {
		case nlUntranslated:
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < end && s.buf[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		case nlCR:
			if c == '\r' {
				return i + 1
			}
		case nlCRLF:
			if c == '\r' && i+1 < end && s.buf[i+1] == '\n' {
				return i + 2
			}
		default:
			if c == '\n' {
				return i + 1
			}
		}
	}
	return end
}

func (s *stringIO) readLine(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.lineEndAt(s.pos, limit)
	line := string(s.buf[s.pos:end])
	s.pos = end
	return line
}

var stringIOType = func() *runtime.Type {
	t := newType("_io", "StringIO", textIOBaseType)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var initial, nl runtime.Object
		if err := runtime.UnpackArgs(ts, "StringIO", args, kwnames, "initial_value?", &initial, "newline?", &nl); err != nil {
			return nil, err
		}
		s := newObject(&stringIO{newline: nlLF})
		if nl != nil {
			if !isNone(nl) {
				if _, ok := asStr(nl); !ok {
					runtime.Decref(s)
					return nil, runtime.NewTypeError("newline must be str or None, not %s", runtime.TypeName(nl))
				}
			}
			m, err := parseNewline(nl)
			if err != nil {
				runtime.Decref(s)
				return nil, err
			}
			s.newline = m
		}
		if !isNone(initial) {
			text, ok := asStr(initial)
			if !ok {
				runtime.Decref(s)
				return nil, runtime.NewTypeError("initial_value must be str or None, not %s", runtime.TypeName(initial))
			}
			s.writeText(text)
			s.pos = 0
		}
		return s, nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		if err := stringIOOf(self).checkOpen(); err != nil {
			return nil, err
		}
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		s := stringIOOf(self)
		if err := s.checkOpen(); err != nil {
			return nil, err
		}
		line := s.readLine(-1)
		if line == "" {
			return nil, nil
		}
		return runtime.NewStr(line), nil
	}
	t.Dealloc = func(o runtime.Object) {
		s := o.(*stringIO)
		s.buf = nil
		s.closed = true
	}
	addMethods(t, []method{
		{name: "write", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			arg, err := runtime.OneArg("write", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			text, ok := asStr(arg)
			if !ok {
				return nil, runtime.NewTypeError("string argument expected, got '%s'", runtime.TypeName(arg))
			}
			return runtime.NewInt(int64(s.writeText(text))), nil
		}},
		{name: "writelines", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			arg, err := runtime.OneArg("writelines", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			err = runtime.Iterate(ts, arg, func(line runtime.Object) (bool, error) {
				text, ok := asStr(line)
				if !ok {
					return false, runtime.NewTypeError("string argument expected, got '%s'", runtime.TypeName(line))
				}
				s.writeText(text)
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
		{name: "read", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "read", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			n, err := sizeArg(ts, sizeObj)
			if err != nil {
				return nil, err
			}
			if s.pos >= len(s.buf) {
				return runtime.NewStr(""), nil
			}
			end := len(s.buf)
			if n >= 0 && s.pos+n < end {
				end = s.pos + n
			}
			out := string(s.buf[s.pos:end])
			s.pos = end
			return runtime.NewStr(out), nil
		}},
		{name: "readline", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "readline", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			n, err := sizeArg(ts, sizeObj)
			if err != nil {
				return nil, err
			}
			return runtime.NewStr(s.readLine(n)), nil
		}},
		{name: "readlines", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			var hintObj runtime.Object
			if err := runtime.UnpackPositional(ts, "readlines", args, kwnames, 0, &hintObj); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			hint, err := sizeArg(ts, hintObj)
			if err != nil {
				return nil, err
			}
			var lines []runtime.Object
			total := 0
			for {
				line := s.readLine(-1)
				if line == "" {
					break
				}
				lines = append(lines, runtime.NewStr(line))
				total += len([]rune(line))
				if hint > 0 && total >= hint {
					break
				}
			}
			return runtime.NewList(lines), nil
		}},
		{name: "getvalue", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			if err := runtime.NoArgs("getvalue", args, kwnames); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			return runtime.NewStr(string(s.buf)), nil
		}},
		{name: "seek", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			var posObj, whenceObj runtime.Object
			if err := runtime.UnpackPositional(ts, "seek", args, kwnames, 1, &posObj, &whenceObj); err != nil {
				return nil, err
			}
			pos, err := runtime.AsSsize(ts, posObj)
			if err != nil {
				return nil, err
			}
			whence := 0
			if whenceObj != nil {
				if whence, err = runtime.AsSsize(ts, whenceObj); err != nil {
					return nil, err
				}
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return nil, runtime.NewValueError("Negative seek position %d", pos)
				}
				s.pos = pos
			case 1:
				if pos != 0 {
					return nil, runtime.NewOSError("Can't do nonzero cur-relative seeks")
				}
			case 2:
				if pos != 0 {
					return nil, runtime.NewOSError("Can't do nonzero end-relative seeks")
				}
				s.pos = len(s.buf)
			default:
				return nil, runtime.NewValueError("Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			return runtime.NewInt(int64(s.pos)), nil
		}},
		{name: "tell", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			if err := runtime.NoArgs("tell", args, kwnames); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(s.pos)), nil
		}},
		{name: "truncate", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			s := stringIOOf(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "truncate", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			size := s.pos
			if !isNone(sizeObj) {
				n, err := runtime.AsSsize(ts, sizeObj)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, runtime.NewValueError("Negative size value %d", n)
				}
				size = n
			}
			if size < len(s.buf) {
				s.buf = s.buf[:size]
			}
			return runtime.NewInt(int64(size)), nil
		}},
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("close", args, kwnames); err != nil {
				return nil, err
			}
			s := stringIOOf(self)
			s.closed = true
			s.buf = nil
			return runtime.None, nil
		}},
		{name: "flush", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := stringIOOf(self).checkOpen(); err != nil {
				return nil, runtime.NewValueError("I/O operation on closed file.")
			}
			return runtime.None, nil
		}},
		{name: "readable", fn: stringIOTrue},
		{name: "writable", fn: stringIOTrue},
		{name: "seekable", fn: stringIOTrue},
		{name: "isatty", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := stringIOOf(self).checkOpen(); err != nil {
				return nil, err
			}
			return runtime.False, nil
		}},
		{name: "__enter__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := stringIOOf(self).checkOpen(); err != nil {
				return nil, runtime.NewValueError("I/O operation on closed file.")
			}
			return runtime.Xref(self), nil
		}, raw: true},
	})
	addGetters(t, []getter{
		{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(stringIOOf(self).closed), nil
		}},
		{name: "line_buffering", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			if err := stringIOOf(self).checkOpen(); err != nil {
				return nil, err
			}
			return runtime.False, nil
		}},
		{name: "newlines", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return newlinesValue(stringIOOf(self).seen), nil
		}},
	})
	return t.Ready()
}()

func stringIOTrue(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := stringIOOf(self).checkOpen(); err != nil {
		return nil, err
	}
	return runtime.True, nil
}

// bytesIO is io.BytesIO: an in-memory binary stream.
type bytesIO struct {
	runtime.Header
	buf    []byte
	pos    int
	closed bool
}

func (b *bytesIO) Type() *runtime.Type { return bytesIOType }

func bytesIOOf(self runtime.Object) *bytesIO { return runtime.Unwrap(self).(*bytesIO) }

func (b *bytesIO) checkOpen() error {
	if b.closed {
		return runtime.NewValueError("I/O operation on closed file.")
	}
	return nil
}

func (b *bytesIO) write(data []byte) {
	if b.pos > len(b.buf) {
		b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
	}
	end := b.pos + len(data)
	if end > len(b.buf) {
		b.buf = append(b.buf[:b.pos], data...)
	} else {
		copy(b.buf[b.pos:], data)
	}
	b.pos = end
}

func (b *bytesIO) readLine(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	end := len(b.buf)
	if limit >= 0 && b.pos+limit < end {
		end = b.pos + limit
	}
	if i := strings.IndexByte(string(b.buf[b.pos:end]), '\n'); i >= 0 {
		end = b.pos + i + 1
	}
	out := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return out
}

var bytesIOType = func() *runtime.Type {
	t := newType("_io", "BytesIO", bufferedIOBaseType)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var initial runtime.Object
		if err := runtime.UnpackArgs(ts, "BytesIO", args, kwnames, "initial_bytes?", &initial); err != nil {
			return nil, err
		}
		b := newObject(&bytesIO{})
		if !isNone(initial) {
			data, ok := runtime.BytesData(initial)
			if !ok {
				runtime.Decref(b)
				return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(initial))
			}
			b.buf = append([]byte(nil), data...)
		}
		return b, nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		if err := bytesIOOf(self).checkOpen(); err != nil {
			return nil, err
		}
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		b := bytesIOOf(self)
		if err := b.checkOpen(); err != nil {
			return nil, err
		}
		line := b.readLine(-1)
		if len(line) == 0 {
			return nil, nil
		}
		return newBytes(line)
	}
	t.Dealloc = func(o runtime.Object) {
		b := o.(*bytesIO)
		b.buf = nil
		b.closed = true
	}
	addMethods(t, []method{
		{name: "write", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			arg, err := runtime.OneArg("write", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			data, ok := runtime.BytesData(arg)
			if !ok {
				return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(arg))
			}
			b.write(data)
			return runtime.NewInt(int64(len(data))), nil
		}},
		{name: "read", fn: bytesIORead},
		{name: "read1", fn: bytesIORead},
		{name: "readline", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "readline", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			n, err := sizeArg(ts, sizeObj)
			if err != nil {
				return nil, err
			}
			return newBytes(b.readLine(n))
		}},
		{name: "getvalue", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			if err := runtime.NoArgs("getvalue", args, kwnames); err != nil {
				return nil, err
			}
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			return newBytes(append([]byte(nil), b.buf...))
		}},
		{name: "seek", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			var posObj, whenceObj runtime.Object
			if err := runtime.UnpackPositional(ts, "seek", args, kwnames, 1, &posObj, &whenceObj); err != nil {
				return nil, err
			}
			pos, err := runtime.AsSsize(ts, posObj)
			if err != nil {
				return nil, err
			}
			whence := 0
			if whenceObj != nil {
				if whence, err = runtime.AsSsize(ts, whenceObj); err != nil {
					return nil, err
				}
			}
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			switch whence {
			case 0:
				if pos < 0 {
					return nil, runtime.NewValueError("negative seek value %d", pos)
				}
			case 1:
				pos += b.pos
			case 2:
				pos += len(b.buf)
			default:
				return nil, runtime.NewValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if pos < 0 {
				pos = 0
			}
			b.pos = pos
			return runtime.NewInt(int64(pos)), nil
		}},
		{name: "tell", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(b.pos)), nil
		}},
		{name: "truncate", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "truncate", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := b.checkOpen(); err != nil {
				return nil, err
			}
			size := b.pos
			if !isNone(sizeObj) {
				n, err := runtime.AsSsize(ts, sizeObj)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, runtime.NewValueError("negative size value %d", n)
				}
				size = n
			}
			if size < len(b.buf) {
				b.buf = b.buf[:size]
			}
			return runtime.NewInt(int64(size)), nil
		}},
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOOf(self)
			b.closed = true
			b.buf = nil
			return runtime.None, nil
		}},
		{name: "flush", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := bytesIOOf(self).checkOpen(); err != nil {
				return nil, err
			}
			return runtime.None, nil
		}},
		{name: "readable", fn: bytesIOTrue},
		{name: "writable", fn: bytesIOTrue},
		{name: "seekable", fn: bytesIOTrue},
	})
	addGetters(t, []getter{{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(bytesIOOf(self).closed), nil
	}}})
	return t.Ready()
}()

func bytesIOTrue(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := bytesIOOf(self).checkOpen(); err != nil {
		return nil, err
	}
	return runtime.True, nil
}

func bytesIORead(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	b := bytesIOOf(self)
	var sizeObj runtime.Object
	if err := runtime.UnpackPositional(ts, "read", args, kwnames, 0, &sizeObj); err != nil {
		return nil, err
	}
	if err := b.checkOpen(); err != nil {
		return nil, err
	}
	n, err := sizeArg(ts, sizeObj)
	if err != nil {
		return nil, err
	}
	if b.pos >= len(b.buf) {
		return newBytes(nil)
	}
	end := len(b.buf)
	if n >= 0 && b.pos+n < end {
		end = b.pos + n
	}
	out := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return newBytes(out)
}
