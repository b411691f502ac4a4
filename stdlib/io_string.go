package stdlib

import (
	"github.com/minipy/minipy/runtime"
)

// io.StringIO and io.BytesIO share their storage and most methods: a
// memBuffer of code points (so StringIO positions are character offsets, as
// in CPython) or of bytes.

type memBuffer[T rune | byte] struct {
	buf    []T
	pos    int
	closed bool
	// closedMsg is CPython's text for an operation on the closed object
	// (StringIO's has no final period, BytesIO's has).
	closedMsg string
}

func (m *memBuffer[T]) checkOpen() error {
	if m.closed {
		return runtime.NewValueError("%s", m.closedMsg)
	}
	return nil
}

// write stores data at the position (padding with zeros past the end).
func (m *memBuffer[T]) write(data []T) {
	if m.pos > len(m.buf) {
		m.buf = append(m.buf, make([]T, m.pos-len(m.buf))...)
	}
	end := m.pos + len(data)
	if end > len(m.buf) {
		m.buf = append(m.buf[:m.pos], data...)
	} else {
		copy(m.buf[m.pos:], data)
	}
	m.pos = end
}

// read consumes up to n items (n < 0: all).
func (m *memBuffer[T]) read(n int) []T {
	if m.pos >= len(m.buf) {
		return nil
	}
	end := len(m.buf)
	if n >= 0 && m.pos+n < end {
		end = m.pos + n
	}
	out := append([]T(nil), m.buf[m.pos:end]...)
	m.pos = end
	return out
}

// readLine consumes one line; lineEnd finds its end from the position.
func (m *memBuffer[T]) readLine(limit int, lineEnd func(from, end int) int) []T {
	if m.pos >= len(m.buf) {
		return nil
	}
	end := len(m.buf)
	if limit >= 0 && m.pos+limit < end {
		end = m.pos + limit
	}
	return m.read(lineEnd(m.pos, end) - m.pos)
}

func (m *memBuffer[T]) close() {
	m.closed = true
	m.buf = nil
}

// memMethods are the methods StringIO and BytesIO share: of finds the
// buffer of a receiver; negSeek and negSize are CPython's (differently
// capitalised) messages; relativeSeek allows nonzero whence-1/2 seeks
// (BytesIO), which StringIO refuses.
func memMethods[T rune | byte](of func(runtime.Object) *memBuffer[T], negSeek, negSize string, relativeSeek bool) []method {
	readArg := func(ts *runtime.ThreadState, name string, self runtime.Object, args []runtime.Object, kwnames []string) (*memBuffer[T], int, error) {
		m := of(self)
		var sizeObj runtime.Object
		if err := runtime.UnpackPositional(ts, name, args, kwnames, 0, &sizeObj); err != nil {
			return nil, 0, err
		}
		if err := m.checkOpen(); err != nil {
			return nil, 0, err
		}
		n, err := sizeArg(ts, sizeObj)
		return m, n, err
	}
	trueIfOpen := func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := of(self).checkOpen(); err != nil {
			return nil, err
		}
		return runtime.True, nil
	}
	return []method{
		{name: "seek", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m := of(self)
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
			if err := m.checkOpen(); err != nil {
				return nil, err
			}
			switch {
			case whence == 0 && pos < 0:
				return nil, runtime.NewValueError(negSeek, pos)
			case whence == 0:
			case whence == 1 || whence == 2:
				if !relativeSeek && pos != 0 {
					what := "cur"
					if whence == 2 {
						what = "end"
					}
					return nil, runtime.NewOSError("Can't do nonzero %s-relative seeks", what)
				}
				if whence == 1 {
					pos += m.pos
				} else {
					pos += len(m.buf)
				}
				if pos < 0 {
					pos = 0
				}
			default:
				if relativeSeek {
					return nil, runtime.NewValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				return nil, runtime.NewValueError("Invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			m.pos = pos
			return runtime.NewInt(int64(pos)), nil
		}},
		{name: "tell", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m := of(self)
			if err := runtime.NoArgs("tell", args, kwnames); err != nil {
				return nil, err
			}
			if err := m.checkOpen(); err != nil {
				return nil, err
			}
			return runtime.NewInt(int64(m.pos)), nil
		}},
		{name: "truncate", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m := of(self)
			var sizeObj runtime.Object
			if err := runtime.UnpackPositional(ts, "truncate", args, kwnames, 0, &sizeObj); err != nil {
				return nil, err
			}
			if err := m.checkOpen(); err != nil {
				return nil, err
			}
			size := m.pos
			if !isNone(sizeObj) {
				n, err := runtime.AsSsize(ts, sizeObj)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, runtime.NewValueError(negSize, n)
				}
				size = n
			}
			if size < len(m.buf) {
				m.buf = m.buf[:size]
			}
			return runtime.NewInt(int64(size)), nil
		}},
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("close", args, kwnames); err != nil {
				return nil, err
			}
			of(self).close()
			return runtime.None, nil
		}},
		{name: "flush", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if of(self).closed {
				return nil, runtime.NewValueError("I/O operation on closed file.")
			}
			return runtime.None, nil
		}},
		{name: "readable", fn: trueIfOpen},
		{name: "writable", fn: trueIfOpen},
		{name: "seekable", fn: trueIfOpen},
		{name: "isatty", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := of(self).checkOpen(); err != nil {
				return nil, err
			}
			return runtime.False, nil
		}},
		{name: "read", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m, n, err := readArg(ts, "read", self, args, kwnames)
			if err != nil {
				return nil, err
			}
			return memValue(m.read(n)), nil
		}},
		{name: "getvalue", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			m := of(self)
			if err := runtime.NoArgs("getvalue", args, kwnames); err != nil {
				return nil, err
			}
			if err := m.checkOpen(); err != nil {
				return nil, err
			}
			return memValue(m.buf), nil
		}},
		{name: "__enter__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if of(self).closed {
				return nil, runtime.NewValueError("I/O operation on closed file.")
			}
			return runtime.Xref(self), nil
		}, raw: true},
	}
}

// memValue turns stored items into a str or bytes object.
func memValue[T rune | byte](items []T) runtime.Object {
	switch v := any(items).(type) {
	case []rune:
		return runtime.NewStr(string(v))
	case []byte:
		return runtime.NewBytes(append([]byte(nil), v...))
	}
	return runtime.None
}

// memType sets up what StringIO and BytesIO share: iteration by lines,
// the shared methods, the closed attribute.
func memType[T rune | byte](t *runtime.Type, of func(runtime.Object) *memBuffer[T], nextLine func(runtime.Object) []T, methods []method) *runtime.Type {
	t.Flags |= runtime.FlagBaseType
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		if err := of(self).checkOpen(); err != nil {
			return nil, err
		}
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		if err := of(self).checkOpen(); err != nil {
			return nil, err
		}
		line := nextLine(self)
		if len(line) == 0 {
			return nil, nil
		}
		return memValue(line), nil
	}
	t.Dealloc = func(o runtime.Object) { of(o).close() }
	addMethods(t, methods)
	addGetters(t, []getter{{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(of(self).closed), nil
	}}})
	return t.Ready()
}

// ---- StringIO ----

type stringIO struct {
	runtime.Header
	memBuffer[rune]
	// newline is the newline argument: nlLF (the default '\n'), nlUniversal
	// (None: translate on write), nlUntranslated (''), nlCR, nlCRLF.
	newline newlineMode
	seen    int
}

func (s *stringIO) Type() *runtime.Type { return stringIOType }

func stringIOOf(self runtime.Object) *stringIO { return runtime.Unwrap(self).(*stringIO) }

func stringIOBuf(self runtime.Object) *memBuffer[rune] { return &stringIOOf(self).memBuffer }

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
	s.write([]rune(text))
	return n
}

// lineEnd returns the index just past the line ending found in buf[from:end],
// or end.
func (s *stringIO) lineEnd(from, end int) int {
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

func (s *stringIO) readLine(limit int) string { return string(s.memBuffer.readLine(limit, s.lineEnd)) }

var stringIOType = func() *runtime.Type {
	t := newType("_io", "StringIO", textIOBaseType)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var initial, nl runtime.Object
		if err := runtime.UnpackArgs(ts, "StringIO", args, kwnames, "initial_value?", &initial, "newline?", &nl); err != nil {
			return nil, err
		}
		s := &stringIO{newline: nlLF}
		s.closedMsg = "I/O operation on closed file"
		if nl != nil {
			if !isNone(nl) {
				if _, ok := asStr(nl); !ok {
					return nil, runtime.NewTypeError("newline must be str or None, not %s", runtime.TypeName(nl))
				}
			}
			m, err := parseNewline(nl)
			if err != nil {
				return nil, err
			}
			s.newline = m
		}
		if !isNone(initial) {
			text, ok := asStr(initial)
			if !ok {
				return nil, runtime.NewTypeError("initial_value must be str or None, not %s", runtime.TypeName(initial))
			}
			s.writeText(text)
			s.pos = 0
		}
		return newObject(s), nil
	}
	methods := append(memMethods(stringIOBuf, "Negative seek position %d", "Negative size value %d", false),
		method{name: "write", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
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
		method{name: "writelines", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
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
		method{name: "readline", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
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
		method{name: "readlines", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
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
	)
	addGetters(t, []getter{
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
	return memType(t, stringIOBuf, func(self runtime.Object) []rune {
		s := stringIOOf(self)
		return s.memBuffer.readLine(-1, s.lineEnd)
	}, methods)
}()

// ---- BytesIO ----

type bytesIO struct {
	runtime.Header
	memBuffer[byte]
}

func (b *bytesIO) Type() *runtime.Type { return bytesIOType }

func bytesIOBuf(self runtime.Object) *memBuffer[byte] {
	return &runtime.Unwrap(self).(*bytesIO).memBuffer
}

// bytesLineEnd finds the end of a line of bytes (just past '\n').
func bytesLineEnd(m *memBuffer[byte]) func(from, end int) int {
	return func(from, end int) int {
		for i := from; i < end; i++ {
			if m.buf[i] == '\n' {
				return i + 1
			}
		}
		return end
	}
}

var bytesIOType = func() *runtime.Type {
	t := newType("_io", "BytesIO", bufferedIOBaseType)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var initial runtime.Object
		if err := runtime.UnpackArgs(ts, "BytesIO", args, kwnames, "initial_bytes?", &initial); err != nil {
			return nil, err
		}
		b := &bytesIO{}
		b.closedMsg = "I/O operation on closed file."
		if !isNone(initial) {
			data, ok := runtime.BytesData(initial)
			if !ok {
				return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(initial))
			}
			b.buf = append([]byte(nil), data...)
		}
		return newObject(b), nil
	}
	shared := memMethods(bytesIOBuf, "negative seek value %d", "negative size value %d", true)
	var read1 runtime.MethodFn
	for _, m := range shared {
		if m.name == "read" {
			read1 = m.fn
		}
	}
	methods := append(shared,
		method{name: "read1", fn: read1},
		method{name: "write", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOBuf(self)
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
		method{name: "readline", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			b := bytesIOBuf(self)
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
			return memValue(b.readLine(n, bytesLineEnd(b))), nil
		}},
	)
	return memType(t, bytesIOBuf, func(self runtime.Object) []byte {
		b := bytesIOBuf(self)
		return b.readLine(-1, bytesLineEnd(b))
	}, methods)
}()
