package stdlib

import (
	"errors"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// newBytes returns a bytes object holding b (an (Object, error) pair, the
// shape of builtin results).
func newBytes(b []byte) (runtime.Object, error) { return runtime.NewBytes(b), nil }

// nameOf is the text CPython shows for a filename attribute in an OSError
// message; "" leaves the filename out.
func nameOf(o runtime.Object) string {
	if o == nil {
		return ""
	}
	if s, ok := asStr(o); ok {
		return s
	}
	if b, ok := runtime.BytesData(o); ok {
		return string(b)
	}
	// An os.PathLike (pathlib.Path ...): CPython shows what __fspath__
	// returned. Only heap classes define __fspath__, and their interpreter's
	// GIL holder is the thread raising this error.
	if in := o.Type().Interp; in != nil {
		if ts := in.Holder(); ts != nil {
			if r, found, err := runtime.CallDunder(ts, o, "__fspath__"); found && err == nil {
				defer runtime.Decref(r)
				if s, ok := asStr(r); ok {
					return s
				}
				if b, ok := runtime.BytesData(r); ok {
					return string(b)
				}
			}
		}
	}
	return ""
}

// osError converts a Go error from the os or syscall packages into the
// matching OSError subclass; filename and filename2 (nil: none) are what
// CPython shows ("[Errno 2] No such file or directory: 'x'"). The path
// inside an *os.PathError is not used: CPython names the file only for the
// calls that take one.
func osError(err error, filename, filename2 runtime.Object) error {
	if err == nil {
		return nil
	}
	if e, ok := err.(*runtime.Exception); ok {
		return e
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return runtime.NewOSErrorFromErrno(errno, nameOf(filename), nameOf(filename2))
	}
	return runtime.NewOSErrorFromGo(err)
}

// newOSError is OSError for an errno, with optional filenames.
func newOSError(errno syscall.Errno, filename, filename2 runtime.Object) *runtime.Exception {
	return runtime.NewOSErrorFromErrno(errno, nameOf(filename), nameOf(filename2))
}
