package stdlib

import (
	"io"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/minipy/minipy/runtime"
)

// fileObject is what open() returns and what sys.stdin/stdout/stderr are: a
// text file (_io.TextIOWrapper) or a binary one (_io.BufferedReader,
// BufferedWriter, BufferedRandom, or the unbuffered FileIO). The OS side lives
// in the shared fileCore; a text file's .buffer is a binary fileObject on the
// same core.
//
// Fields other than core are only touched with the GIL held.
type fileObject struct {
	runtime.Header
	kind fileKind
	core *fileCore
	name runtime.Object
	// mode is the mode attribute: as given to open() for text files,
	// normalised ("rb+") for binary ones.
	mode string

	// Text files only.
	codec         codec
	encoding      string
	errors        string
	newline       newlineMode
	seen          int // line endings seen (the newlines attribute)
	lineBuffering bool
	writeThrough  bool
	bomChecked    bool
	buffer        *fileObject
	// std marks sys.stdin/stdout/stderr (never closed on deallocation).
	std bool
}

type fileKind int

const (
	kindText fileKind = iota
	kindBufferedReader
	kindBufferedWriter
	kindBufferedRandom
	kindFileIO
)

func (f *fileObject) Type() *runtime.Type { return fileTypes[f.kind] }

func (f *fileObject) text() bool { return f.kind == kindText }

// ---- errors ----

var errClosedText = "I/O operation on closed file."

func closedError(msg string) error { return runtime.NewValueError("%s", msg) }

// checkOpen raises the closed-file error of the operation op ("read",
// "write", "readline", "seek", "flush", "truncate"; "" for the generic one).
func (f *fileObject) checkOpen(op string) error {
	if !f.core.closed {
		return nil
	}
	if op == "plain" {
		return closedError("I/O operation on closed file")
	}
	if f.text() || op == "" {
		return closedError(errClosedText)
	}
	switch op {
	case "read", "readline", "seek", "truncate", "peek", "read1":
		return closedError(op + " of closed file")
	case "write", "flush":
		if f.kind == kindBufferedReader && op == "flush" {
			return closedError(errClosedText)
		}
		return closedError(op + " to closed file")
	}
	return closedError(errClosedText)
}

func (f *fileObject) checkReadable() error {
	if f.core.readable {
		return nil
	}
	if f.text() {
		return unsupported("not readable")
	}
	return unsupported("read")
}

func (f *fileObject) checkWritable() error {
	if f.core.writable {
		return nil
	}
	if f.text() {
		return unsupported("not writable")
	}
	return unsupported("write")
}

// ---- opening ----

// openMode is a parsed open() mode string.
type openMode struct {
	reading, writing, appending, creating, updating, text, binary bool
}

func parseMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return m, runtime.NewValueError("invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case 'x':
			m.creating = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	if m.text && m.binary {
		return m, runtime.NewValueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.reading, m.writing, m.appending, m.creating} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, runtime.NewValueError("must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return m, runtime.NewValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	return m, nil
}

// rawMode is FileIO's mode attribute ("rb", "wb", "xb", "ab", "rb+", ...).
func (m openMode) rawMode() string {
	switch {
	case m.creating:
		if m.updating {
			return "xb+"
		}
		return "xb"
	case m.appending:
		if m.updating {
			return "ab+"
		}
		return "ab"
	case m.updating:
		return "rb+"
	case m.writing:
		return "wb"
	}
	return "rb"
}

func (m openMode) flags() int {
	var fl int
	switch {
	case m.updating:
		fl = os.O_RDWR
	case m.reading:
		fl = os.O_RDONLY
	default:
		fl = os.O_WRONLY
	}
	switch {
	case m.writing:
		fl |= os.O_CREATE | os.O_TRUNC
	case m.appending:
		fl |= os.O_CREATE | os.O_APPEND
	case m.creating:
		fl |= os.O_CREATE | os.O_EXCL
	}
	return fl | syscall.O_CLOEXEC
}

// fsPath converts a path argument (str, bytes, os.PathLike) to a Go string,
// with CPython's TypeError for anything else.
func fsPath(ts *runtime.ThreadState, o runtime.Object) (string, error) {
	if s, ok := asStr(o); ok {
		return s, nil
	}
	if b, ok := runtime.BytesData(o); ok {
		return string(b), nil
	}
	if r, found, err := runtime.CallDunder(ts, o, "__fspath__"); found {
		if err != nil {
			return "", err
		}
		defer runtime.Decref(r)
		if s, ok := asStr(r); ok {
			return s, nil
		}
		if b, ok := runtime.BytesData(r); ok {
			return string(b), nil
		}
		return "", runtime.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", runtime.TypeName(o), runtime.TypeName(r))
	}
	return "", runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", runtime.TypeName(o))
}

// optStr is an optional "str or None" argument of open().
func optStr(fname, param string, o runtime.Object) (string, bool, error) {
	if isNone(o) {
		return "", false, nil
	}
	s, ok := asStr(o)
	if !ok {
		return "", false, runtime.NewTypeError("%s() argument '%s' must be str or None, not %s", fname, param, runtime.TypeName(o))
	}
	return s, true, nil
}

// ioOpen is open() / io.open().
func ioOpen(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var file, modeObj, bufObj, encObj, errObj, nlObj, closefdObj, opener runtime.Object
	if err := runtime.UnpackArgs(ts, "open", args, kwnames, "file", &file, "mode?", &modeObj, "buffering?", &bufObj,
		"encoding?", &encObj, "errors?", &errObj, "newline?", &nlObj, "closefd?", &closefdObj, "opener?", &opener); err != nil {
		return nil, err
	}
	mode := "r"
	if modeObj != nil {
		s, err := argStr("open", "mode", modeObj)
		if err != nil {
			return nil, err
		}
		mode = s
	}
	buffering := -1
	if bufObj != nil {
		n, err := runtime.AsSsize(ts, bufObj)
		if err != nil {
			return nil, err
		}
		buffering = n
	}
	encoding, hasEnc, err := optStr("open", "encoding", encObj)
	if err != nil {
		return nil, err
	}
	errorsName, hasErrors, err := optStr("open", "errors", errObj)
	if err != nil {
		return nil, err
	}
	if nlObj != nil && !isNone(nlObj) {
		if _, ok := asStr(nlObj); !ok {
			return nil, runtime.NewTypeError("open() argument 'newline' must be str or None, not %s", runtime.TypeName(nlObj))
		}
	}
	closefd, err := argBool(ts, closefdObj, true)
	if err != nil {
		return nil, err
	}
	m, err := parseMode(mode)
	if err != nil {
		return nil, err
	}
	if m.binary {
		switch {
		case hasEnc:
			return nil, runtime.NewValueError("binary mode doesn't take an encoding argument")
		case hasErrors:
			return nil, runtime.NewValueError("binary mode doesn't take an errors argument")
		case !isNone(nlObj):
			return nil, runtime.NewValueError("binary mode doesn't take a newline argument")
		}
	}
	newline, err := parseNewline(nlObj)
	if err != nil {
		return nil, err
	}

	// Resolve the target: a descriptor or a path.
	var osf *os.File
	if fd, ok := file.(*runtime.Int); ok {
		v, small := fd.Int64()
		if !small || v < 0 {
			return nil, runtime.NewValueError("negative file descriptor")
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(int(v), &st); err != nil {
			return nil, osError(err, nil, nil)
		}
		osf = os.NewFile(uintptr(v), "")
	} else {
		if !closefd {
			return nil, runtime.NewValueError("Cannot use closefd=False with file name")
		}
		path, err := fsPath(ts, file)
		if err != nil {
			return nil, err
		}
		if opener != nil && !isNone(opener) {
			fl := runtime.NewInt(int64(m.flags()))
			r, err := runtime.Call(ts, opener, []runtime.Object{file, fl}, nil)
			if err != nil {
				return nil, err
			}
			fdv, err := runtime.AsSsize(ts, r)
			runtime.Decref(r)
			if err != nil {
				return nil, err
			}
			if fdv < 0 {
				return nil, runtime.NewValueError("opener returned %d", fdv)
			}
			osf = os.NewFile(uintptr(fdv), path)
		} else {
			var oerr error
			ts.AllowThreads(func() { osf, oerr = os.OpenFile(path, m.flags(), 0o666) })
			if oerr != nil {
				return nil, osError(oerr, file, nil)
			}
		}
		if st, serr := osf.Stat(); serr == nil && st.IsDir() {
			osf.Close()
			return nil, newOSError(syscall.EISDIR, file, nil)
		}
	}

	core := &fileCore{file: osf, r: osf, w: osf, closefd: closefd,
		readable: m.reading || m.updating, writable: !m.reading || m.updating, appending: m.appending}
	core.tty = isTerminal(osf)
	if p, err := osf.Seek(0, io.SeekCurrent); err == nil {
		core.seekable = true
		core.pos = p
		if m.appending {
			if p, err := osf.Seek(0, io.SeekEnd); err == nil {
				core.pos = p
			}
		}
	}

	var bin *fileObject
	switch {
	case buffering == 0:
		bin = newFileView(core, kindFileIO, file)
	case m.updating:
		bin = newFileView(core, kindBufferedRandom, file)
	case m.reading:
		bin = newFileView(core, kindBufferedReader, file)
	default:
		bin = newFileView(core, kindBufferedWriter, file)
	}
	bin.mode = m.rawMode()
	if m.binary {
		return bin, nil
	}
	if buffering == 0 {
		// CPython opens the file before it checks this.
		closeQuietly(bin)
		runtime.Decref(bin)
		return nil, runtime.NewValueError("can't have unbuffered text I/O")
	}

	t, err := newTextFile(bin, encoding, errorsName, newline)
	if err != nil {
		closeQuietly(bin)
		runtime.Decref(bin)
		return nil, err
	}
	t.mode = mode
	t.lineBuffering = buffering == 1 || (buffering < 0 && core.tty)
	return t, nil
}

func closeQuietly(f *fileObject) {
	f.core.lock(nil)
	f.core.closeLocked(nil)
	f.core.unlock()
}

// newFileView makes a file object on core, counting it as a user of the core.
func newFileView(core *fileCore, kind fileKind, name runtime.Object) *fileObject {
	core.views++
	runtime.Incref(name)
	return newObject(&fileObject{kind: kind, core: core, name: name})
}

// newTextFile wraps a binary file object in a text one (taking over the
// caller's reference to bin).
func newTextFile(bin *fileObject, encoding, errorsName string, newline newlineMode) (*fileObject, error) {
	if encoding == "" {
		encoding = "UTF-8"
	}
	cd, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if errorsName == "" {
		errorsName = "strict"
	}
	t := newFileView(bin.core, kindText, bin.name)
	t.codec, t.encoding, t.errors, t.newline = cd, encoding, errorsName, newline
	t.buffer = bin
	return t, nil
}

func fileDealloc(o runtime.Object) {
	f := o.(*fileObject)
	c := f.core
	c.views--
	if c.views <= 0 || f.text() {
		// The last view closes the file; a text view also flushes its
		// buffer's pending writes (it owns the buffer).
		c.lock(nil)
		if c.views <= 0 && !f.std {
			c.closeLocked(nil)
		} else if c.writable && !c.closed {
			c.flushLocked(nil)
		}
		c.unlock()
	}
	if f.buffer != nil {
		b := f.buffer
		f.buffer = nil
		runtime.Decref(b)
	}
	runtime.Decref(f.name)
	f.name = nil
}

// ---- text reading ----

// decode decodes raw bytes that end at a character boundary.
func (f *fileObject) decode(data []byte) (string, error) {
	return decodeText(f.codec, f.errors, data)
}

// readText reads up to n characters (n < 0: to end of file). c.mu held.
func (f *fileObject) readText(ts *runtime.ThreadState, n int) (string, error) {
	c := f.core
	if n < 0 {
		data, err := c.readAll(ts)
		if err != nil {
			return "", err
		}
		s, err := f.decode(data)
		if err != nil {
			return "", err
		}
		f.newlinesIn(&s)
		return s, nil
	}
	return f.readChars(ts, n, false)
}

// readChars reads up to n characters, stopping after a line ending when
// stopAtLine is set. It works one character at a time (the bulk paths are
// readText(-1) and readLine). c.mu held.
func (f *fileObject) readChars(ts *runtime.ThreadState, n int, stopAtLine bool) (string, error) {
	c := f.core
	var b strings.Builder
	for count := 0; count < n; count++ {
		if c.rpos >= len(c.rbuf) {
			more, err := c.fill(ts)
			if err != nil {
				return "", err
			}
			if !more {
				break
			}
		}
		ch := c.rbuf[c.rpos]
		if f.codec.kind == codecASCII && ch >= utf8.RuneSelf {
			s, err := f.decode([]byte{ch})
			if err != nil {
				return "", err
			}
			c.rpos++
			b.WriteString(s)
			continue
		}
		if ch < utf8.RuneSelf || f.codec.kind == codecLatin1 {
			c.rpos++
			line := false
			switch {
			case ch == '\r' && (f.newline == nlUniversal || f.newline == nlUntranslated || f.newline == nlCRLF):
				next, ok, err := c.peekByte(ts)
				if err != nil {
					return "", err
				}
				crlf := ok && next == '\n'
				switch f.newline {
				case nlUniversal:
					if crlf {
						c.rpos++
						f.seen |= seenCRLF
					} else {
						f.seen |= seenCR
					}
					b.WriteByte('\n')
					line = true
				case nlUntranslated:
					b.WriteByte('\r')
					if crlf && stopAtLine && count+1 < n {
						c.rpos++
						b.WriteByte('\n')
						count++
						f.seen |= seenCRLF
					} else if !crlf {
						f.seen |= seenCR
					}
					line = true
				default:
					b.WriteByte('\r')
					if crlf && stopAtLine && count+1 < n {
						c.rpos++
						b.WriteByte('\n')
						count++
						line = true
					}
				}
			case ch == '\n':
				if f.newline == nlUniversal || f.newline == nlUntranslated {
					f.seen |= seenLF
				}
				b.WriteByte('\n')
				line = f.newline != nlCR && f.newline != nlCRLF
			default:
				if f.codec.kind == codecLatin1 {
					b.WriteRune(rune(ch))
				} else {
					b.WriteByte(ch)
				}
				line = ch == '\r' && f.newline == nlCR
			}
			if line && stopAtLine {
				break
			}
			continue
		}
		// A multi-byte UTF-8 character: make sure it is complete.
		for !utf8.FullRune(c.rbuf[c.rpos:]) {
			more, err := c.fill(ts)
			if err != nil {
				return "", err
			}
			if !more {
				break
			}
		}
		r, size := utf8.DecodeRune(c.rbuf[c.rpos:])
		if r == utf8.RuneError && size <= 1 {
			// Decode just the malformed sequence: the lead byte and the
			// continuation bytes after it (the error handler decides).
			k := 1
			for k < 4 && c.rpos+k < len(c.rbuf) && c.rbuf[c.rpos+k]&0xC0 == 0x80 && !utf8.FullRune(c.rbuf[c.rpos:c.rpos+k]) {
				k++
			}
			s, err := f.decode(c.rbuf[c.rpos : c.rpos+k])
			if err != nil {
				return "", err
			}
			c.rpos += k
			b.WriteString(s)
			continue
		}
		b.WriteRune(r)
		c.rpos += size
	}
	return b.String(), nil
}

// readLine reads one line (limit < 0: no limit). c.mu held.
func (f *fileObject) readLine(ts *runtime.ThreadState, limit int) (string, error) {
	if limit >= 0 {
		return f.readChars(ts, limit, true)
	}
	c := f.core
	scan := 0
	for {
		buf := c.rbuf[c.rpos:]
		end, ok, needMore := lineEnd(f.newline, buf[scan:])
		if ok && !needMore {
			return f.takeLine(buf[:scan+end])
		}
		if !ok {
			scan = len(buf)
			if needMore {
				scan--
			}
		} else {
			scan += end - 1
		}
		more, err := c.fill(ts)
		if err != nil {
			return "", err
		}
		if !more {
			buf = c.rbuf[c.rpos:]
			return f.takeLine(buf)
		}
	}
}

// takeLine consumes a line's bytes and decodes it.
func (f *fileObject) takeLine(line []byte) (string, error) {
	s, err := f.decode(line)
	if err != nil {
		return "", err
	}
	f.core.rpos += len(line)
	f.newlinesIn(&s)
	return s, nil
}

// newlinesIn applies the read-side newline handling to decoded text:
// translation for universal newlines, bookkeeping for newline=”.
func (f *fileObject) newlinesIn(s *string) {
	switch f.newline {
	case nlUniversal:
		*s = translateIn(*s, &f.seen)
	case nlUntranslated:
		noteNewlines(*s, &f.seen)
	}
}

// ---- binary reading ----

// readBinaryLine reads a line ending in \n (limit < 0: no limit). c.mu held.
func (f *fileObject) readBinaryLine(ts *runtime.ThreadState, limit int) ([]byte, error) {
	c := f.core
	scan := 0
	for {
		buf := c.rbuf[c.rpos:]
		if limit >= 0 && len(buf) >= limit {
			buf = buf[:limit]
		}
		if i := indexByteFrom(buf, scan, '\n'); i >= 0 {
			out := append([]byte(nil), buf[:i+1]...)
			c.rpos += i + 1
			return out, nil
		}
		if limit >= 0 && len(buf) >= limit {
			out := append([]byte(nil), buf...)
			c.rpos += len(buf)
			return out, nil
		}
		scan = len(buf)
		more, err := c.fill(ts)
		if err != nil {
			return nil, err
		}
		if !more {
			out := append([]byte(nil), c.rbuf[c.rpos:]...)
			c.rpos = len(c.rbuf)
			return out, nil
		}
	}
}

func indexByteFrom(b []byte, from int, c byte) int {
	for i := from; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// ---- writing ----

// writeString writes text to a text file: the path of print() and
// file.write(). It returns the number of characters written.
func (f *fileObject) writeString(ts *runtime.ThreadState, s string) error {
	if err := f.checkOpen("write"); err != nil {
		return err
	}
	if err := f.checkWritable(); err != nil {
		return err
	}
	out := translateOut(f.newline, s)
	data := []byte(out)
	if f.codec.kind != codecUTF8 {
		var err error
		if data, err = runtime.Encode(out, f.codec.name, f.errors); err != nil {
			return err
		}
	}
	flushNow := f.writeThrough || (f.lineBuffering && strings.ContainsAny(s, "\n\r"))
	c := f.core
	c.lock(ts)
	defer c.unlock()
	if c.closed {
		return closedError(errClosedText)
	}
	if f.codec.bom && !f.bomChecked && c.tell() == 0 {
		data = append([]byte{0xEF, 0xBB, 0xBF}, data...)
	}
	f.bomChecked = true
	// Like CPython's TextIOWrapper, a write drops the text read ahead
	// instead of moving back to it: after f.read(1) on a small file opened
	// "r+", the write lands after the chunk that was read.
	c.rpos = len(c.rbuf)
	if err := c.write(ts, data, flushNow); err != nil {
		return osError(err, nil, nil)
	}
	return nil
}

// writeBytes writes to a binary file. c.mu not held.
func (f *fileObject) writeBytes(ts *runtime.ThreadState, data []byte) error {
	if err := f.checkWritable(); err != nil {
		return err
	}
	if err := f.checkOpen("write"); err != nil {
		return err
	}
	c := f.core
	c.lock(ts)
	defer c.unlock()
	if err := c.write(ts, data, f.kind == kindFileIO); err != nil {
		return osError(err, nil, nil)
	}
	return nil
}

// flush writes out buffered data.
func (f *fileObject) flush(ts *runtime.ThreadState) error {
	c := f.core
	c.lock(ts)
	defer c.unlock()
	if c.closed {
		return nil
	}
	return osError(c.flushLocked(ts), nil, nil)
}

// close flushes and closes the file (idempotent).
func (f *fileObject) close(ts *runtime.ThreadState) error {
	c := f.core
	c.lock(ts)
	defer c.unlock()
	return osError(c.closeLocked(ts), nil, nil)
}
