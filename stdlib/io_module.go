package stdlib

import (
	"io"
	"os"

	"github.com/minipy/minipy/runtime"
)

// initIO builds the io module.
func initIO(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("io")
	m.AddFunc("open", ioOpen)
	for name, t := range map[string]*runtime.Type{
		"IOBase": ioBaseType, "RawIOBase": rawIOBaseType, "BufferedIOBase": bufferedIOBaseType,
		"TextIOBase": textIOBaseType, "TextIOWrapper": fileTypes[kindText], "BufferedReader": fileTypes[kindBufferedReader],
		"BufferedWriter": fileTypes[kindBufferedWriter], "BufferedRandom": fileTypes[kindBufferedRandom],
		"FileIO": fileTypes[kindFileIO], "StringIO": stringIOType, "BytesIO": bytesIOType,
		"UnsupportedOperation": unsupportedOperationType,
	} {
		m.Set(name, t)
	}
	addInts(m, []string{"SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"},
		[]int64{io.SeekStart, io.SeekCurrent, io.SeekEnd, defaultBufferSize})
	m.Set("BlockingIOError", runtime.BlockingIOErrorType)
	m.AddFunc("text_encoding", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var enc, level runtime.Object
		if err := runtime.UnpackPositional(ts, "io.text_encoding", args, kwnames, 1, &enc, &level); err != nil {
			return nil, err
		}
		if isNone(enc) {
			return runtime.NewStr("locale"), nil
		}
		return runtime.Xref(enc), nil
	})
	// open is the same object as builtins.open when both exist.
	if b := ts.Interp.Builtins; b != nil {
		if o := b.Dict.GetStr("open"); o != nil {
			m.Set("open", o)
		}
	}
	return m, nil
}

// newStdStream makes sys.stdin (read), sys.stdout or sys.stderr (write) over
// one of the interpreter's Go streams.
func newStdStream(name string, r io.Reader, w io.Writer, lineBuffered bool) *fileObject {
	core := &fileCore{r: r, w: w, readable: r != nil, writable: w != nil}
	var osf *os.File
	if r != nil {
		osf, _ = r.(*os.File)
	} else {
		osf, _ = w.(*os.File)
	}
	core.file = osf
	core.tty = isTerminal(osf)
	if osf != nil {
		if p, err := osf.Seek(0, io.SeekCurrent); err == nil {
			core.seekable = true
			core.pos = p
		}
	}
	nameObj := runtime.NewStr(name)
	bin := newFileView(core, kindBufferedWriter, nameObj)
	bin.mode = "wb"
	mode := "w"
	errorsName := "strict"
	if r != nil {
		bin.kind = kindBufferedReader
		bin.mode = "rb"
		mode = "r"
	}
	if name == "<stderr>" {
		errorsName = "backslashreplace"
	}
	bin.std = true
	t, _ := newTextFile(bin, "utf-8", errorsName, nlUniversal)
	runtime.Decref(nameObj)
	t.mode = mode
	t.std = true
	t.lineBuffering = lineBuffered || core.tty
	return t
}

// SetUnbuffered makes sys.stdout and sys.stderr write through at every write
// (python -u). Call it after the sys module exists.
func SetUnbuffered(interp *runtime.Interpreter) {
	if interp.Sys == nil {
		return
	}
	for _, n := range []string{"stdout", "stderr", "__stdout__", "__stderr__"} {
		if f, ok := interp.Sys.Dict.GetStr(n).(*fileObject); ok {
			f.writeThrough = true
		}
	}
}

// RedirectStdStreams makes sys.__stdout__ and sys.__stderr__ write to
// stdout and stderr instead of the process streams (the REPL routes them
// through its line editor, which redraws the line being typed). The streams
// keep their OS file for isatty() and fileno(). Call it before other threads
// start.
func RedirectStdStreams(interp *runtime.Interpreter, stdout, stderr io.Writer) {
	if interp.Sys == nil {
		return
	}
	for _, p := range []struct {
		name string
		w    io.Writer
	}{{"__stdout__", stdout}, {"__stderr__", stderr}} {
		if f, ok := interp.Sys.Dict.GetStr(p.name).(*fileObject); ok && f.core != nil {
			f.core.mu.Lock()
			f.core.w = p.w
			f.core.mu.Unlock()
		}
	}
}

// FlushStdStreams flushes sys.stdout and sys.stderr (the current objects and
// the original ones), as CPython does at exit. It returns the first error.
func FlushStdStreams(interp *runtime.Interpreter) error {
	if interp.Sys == nil {
		return nil
	}
	// Flushing may call Python code (a flush method of a replacement
	// sys.stdout), which needs the GIL: take it when nobody holds it.
	ts := interp.Holder()
	if ts == nil {
		ts = interp.Main
		interp.GIL.Acquire(ts)
		defer interp.GIL.Release(ts)
	}
	var first error
	seen := map[runtime.Object]bool{}
	for _, n := range []string{"stdout", "stderr", "__stdout__", "__stderr__"} {
		o := interp.Sys.Dict.GetStr(n)
		if o == nil || o == runtime.None || seen[o] {
			continue
		}
		seen[o] = true
		var err error
		if f, ok := o.(*fileObject); ok {
			err = f.flushUnlessClosed(ts)
		} else {
			var r runtime.Object
			r, err = runtime.CallMethod(ts, o, "flush")
			runtime.Decref(r)
		}
		if err != nil && first == nil {
			first = err
		}
	}
	return first
}

// flushUnlessClosed flushes without raising for a closed file.
func (f *fileObject) flushUnlessClosed(ts *runtime.ThreadState) error {
	if f.core.closed {
		return nil
	}
	return f.flush(ts)
}

// flushStdout flushes sys.stdout before reading input, whatever object it is.
func flushStdout(ts *runtime.ThreadState) error {
	sys := ts.Interp.Sys
	if sys == nil {
		return nil
	}
	o := sys.Dict.GetStr("stdout")
	if o == nil || o == runtime.None {
		return nil
	}
	if f, ok := o.(*fileObject); ok {
		return f.flushUnlessClosed(ts)
	}
	r, err := runtime.CallMethod(ts, o, "flush")
	runtime.Decref(r)
	return err
}
