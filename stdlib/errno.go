package stdlib

import "github.com/minipy/minipy/runtime"

// initErrno builds the errno module: the E* constants and errorcode, the
// mapping from numbers to names.
func initErrno(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("errno")
	codes := runtime.NewDict()
	for _, e := range errnoNames {
		v := runtime.NewInt(int64(e.value))
		m.Set(e.name, v)
		// For numbers with two names, errorcode holds the one CPython's
		// table ends with.
		if got, _ := codes.GetItem(ts, v); got == nil || errnoPreferred[e.name] {
			s := runtime.NewStr(e.name)
			codes.SetItem(ts, v, s)
			runtime.Decref(s)
		}
		runtime.Decref(v)
	}
	setNew(m, "errorcode", codes)
	return m, nil
}

// errnoPreferred are the names errorcode gives to aliased numbers.
var errnoPreferred = map[string]bool{"EAGAIN": true, "EDEADLOCK": true, "ENOTSUP": true}
