package stdlib

import (
	"errors"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// fileCore is the OS side of a file object: the descriptor (or the Go reader
// and writer behind sys.std*), the read-ahead and write buffers, and the
// position bookkeeping. A text file and its .buffer share one core.
//
// Locking: every field below mu is touched only with mu held. A thread takes
// mu while holding the GIL (lock), and the actual system calls run inside
// ts.AllowThreads with mu still held, so other Python threads run meanwhile but
// cannot touch the buffers; a thread that finds mu busy waits for it with the
// GIL released (CPython's buffered-I/O lock works the same way). Python
// objects are never touched inside AllowThreads.
type fileCore struct {
	mu sync.Mutex

	file *os.File  // nil for Go streams
	r    io.Reader // the source of reads (file, or interp.Stdin)
	w    io.Writer // the sink of writes (file, or interp.Stdout/Stderr)

	readable, writable, appending bool
	seekable                      bool
	// closefd false: close() marks the object closed but leaves the OS file
	// open (sys.stdout and friends).
	closefd bool
	closed  bool
	tty     bool

	// rbuf[rpos:] holds bytes read ahead but not consumed; eof records that
	// the source reported end of file.
	rbuf []byte
	rpos int
	eof  bool
	// wbuf holds bytes written but not yet flushed.
	wbuf []byte
	// pos is the OS file offset (valid when seekable).
	pos int64

	// views counts the Python objects sharing the core; the OS file is closed
	// when the last one is deallocated.
	views int
}

const defaultBufferSize = 8192

// lock takes the core's mutex, waiting with the GIL released if another
// thread holds it. ts may be nil (deallocation).
func (c *fileCore) lock(ts *runtime.ThreadState) {
	if c.mu.TryLock() {
		return
	}
	if ts == nil {
		c.mu.Lock()
		return
	}
	ts.AllowThreads(c.mu.Lock)
}

func (c *fileCore) unlock() { c.mu.Unlock() }

// blocking runs fn without the GIL (when ts is known).
func blocking(ts *runtime.ThreadState, fn func()) {
	if ts == nil {
		fn()
		return
	}
	ts.AllowThreads(fn)
}

// flushLocked writes out the write buffer. c.mu must be held.
func (c *fileCore) flushLocked(ts *runtime.ThreadState) error {
	if len(c.wbuf) == 0 {
		return nil
	}
	data := c.wbuf
	var n int
	var err error
	blocking(ts, func() {
		for len(data) > 0 {
			var k int
			k, err = c.w.Write(data)
			n += k
			data = data[k:]
			if err != nil {
				if errors.Is(err, syscall.EINTR) {
					err = nil
					continue
				}
				break
			}
		}
	})
	c.pos += int64(n)
	if err != nil {
		// Keep what could not be written, as CPython's buffered writer does.
		c.wbuf = append(c.wbuf[:0], c.wbuf[n:]...)
		return err
	}
	c.wbuf = c.wbuf[:0]
	return nil
}

// prepareWrite drops read-ahead data before a write on a read/write file,
// moving the OS position back to the logical one. c.mu must be held.
func (c *fileCore) prepareWrite(ts *runtime.ThreadState) error {
	if c.rpos < len(c.rbuf) && c.seekable {
		back := int64(len(c.rbuf) - c.rpos)
		var err error
		blocking(ts, func() { _, err = c.file.Seek(-back, io.SeekCurrent) })
		if err != nil {
			return err
		}
		c.pos -= back
	}
	c.rbuf, c.rpos, c.eof = c.rbuf[:0], 0, false
	return nil
}

// write appends data to the write buffer and flushes when it is full (or at
// once when unbuffered). c.mu must be held.
func (c *fileCore) write(ts *runtime.ThreadState, data []byte, flushNow bool) error {
	if len(c.rbuf) > 0 || c.eof {
		if err := c.prepareWrite(ts); err != nil {
			return err
		}
	}
	c.wbuf = append(c.wbuf, data...)
	if flushNow || len(c.wbuf) >= defaultBufferSize {
		return c.flushLocked(ts)
	}
	return nil
}

// fill reads more data from the source into rbuf (appending); it reports
// whether anything was read. c.mu must be held.
func (c *fileCore) fill(ts *runtime.ThreadState) (bool, error) {
	if c.eof {
		return false, nil
	}
	if len(c.wbuf) > 0 {
		if err := c.flushLocked(ts); err != nil {
			return false, err
		}
	}
	if c.rpos > 0 && c.rpos == len(c.rbuf) {
		c.rbuf, c.rpos = c.rbuf[:0], 0
	} else if c.rpos > defaultBufferSize {
		c.rbuf = append(c.rbuf[:0], c.rbuf[c.rpos:]...)
		c.rpos = 0
	}
	start := len(c.rbuf)
	if cap(c.rbuf)-start < defaultBufferSize {
		nb := make([]byte, start, start+defaultBufferSize)
		copy(nb, c.rbuf)
		c.rbuf = nb
	}
	buf := c.rbuf[start : start+defaultBufferSize]
	var n int
	var err error
	blocking(ts, func() {
		// io.Reader may return (0, nil); retry a few times before treating
		// it as end of file. EINTR is retried as CPython does (PEP 475).
		for tries := 0; tries < 100; tries++ {
			n, err = c.r.Read(buf)
			if n == 0 && (err == nil || errors.Is(err, syscall.EINTR)) {
				continue
			}
			return
		}
		err = io.EOF
	})
	c.rbuf = c.rbuf[:start+n]
	c.pos += int64(n)
	if err == io.EOF {
		err = nil
		if n == 0 {
			c.eof = true
		}
	}
	if err != nil {
		return n > 0, err
	}
	// A short read from a terminal or a pipe is not the end: only a zero-byte
	// read is.
	return n > 0, nil
}

// readAll consumes everything up to end of file. c.mu must be held.
func (c *fileCore) readAll(ts *runtime.ThreadState) ([]byte, error) {
	for {
		more, err := c.fill(ts)
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	out := append([]byte(nil), c.rbuf[c.rpos:]...)
	c.rpos = len(c.rbuf)
	c.eof = false // a later read may see data appended meanwhile
	return out, nil
}

// readN consumes up to n bytes, reading from the source at most until n are
// buffered or end of file (a single short read is enough for streams).
func (c *fileCore) readN(ts *runtime.ThreadState, n int) ([]byte, error) {
	for len(c.rbuf)-c.rpos < n {
		more, err := c.fill(ts)
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	avail := len(c.rbuf) - c.rpos
	if n > avail {
		n = avail
	}
	out := append([]byte(nil), c.rbuf[c.rpos:c.rpos+n]...)
	c.rpos += n
	if n == 0 {
		c.eof = false
	}
	return out, nil
}

// peekByte returns the next unread byte, reading ahead if needed.
func (c *fileCore) peekByte(ts *runtime.ThreadState) (byte, bool, error) {
	if c.rpos >= len(c.rbuf) {
		more, err := c.fill(ts)
		if err != nil || !more {
			return 0, false, err
		}
	}
	return c.rbuf[c.rpos], true, nil
}

// tell is the logical position: the OS offset less the unread read-ahead plus
// the unflushed writes.
func (c *fileCore) tell() int64 {
	return c.pos - int64(len(c.rbuf)-c.rpos) + int64(len(c.wbuf))
}

// seek flushes, discards read-ahead and moves the OS position.
func (c *fileCore) seek(ts *runtime.ThreadState, off int64, whence int) (int64, error) {
	if err := c.flushLocked(ts); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent {
		off -= int64(len(c.rbuf) - c.rpos)
	}
	var p int64
	var err error
	blocking(ts, func() { p, err = c.file.Seek(off, whence) })
	if err != nil {
		return 0, err
	}
	c.rbuf, c.rpos, c.eof = c.rbuf[:0], 0, false
	c.pos = p
	return p, nil
}

// closeLocked flushes and closes the OS file (when owned).
func (c *fileCore) closeLocked(ts *runtime.ThreadState) error {
	if c.closed {
		return nil
	}
	var err error
	if c.writable {
		err = c.flushLocked(ts)
	}
	c.closed = true
	c.rbuf, c.wbuf = nil, nil
	if c.closefd && c.file != nil {
		var cerr error
		blocking(ts, func() { cerr = c.file.Close() })
		if err == nil {
			err = cerr
		}
	}
	return err
}

// isTerminal reports whether f is a terminal (isatty: a terminal ioctl
// works on it; /dev/null, a character device too, is not one).
func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	return terminalSize(int(f.Fd())) == nil
}
