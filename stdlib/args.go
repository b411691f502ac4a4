package stdlib

import (
	"math"
	"strings"

	"github.com/minipy/minipy/runtime"
)

// Argument checking uses runtime's helpers (UnpackArgs, OneArg, NoArgs,
// CheckPositional, NoKeywords), which carry CPython 3.11's messages; posArgs
// combines the last two for positional-only functions.

// nposOf is the number of positional arguments in a call.
func nposOf(args []runtime.Object, kwnames []string) int { return len(args) - len(kwnames) }

// posArgs checks a positional-only call with min..max arguments (max < 0: no
// limit), as _PyArg_CheckPositional does: qualname ("math.dist") names the
// function in the keyword error, the part after its last dot in the count
// error ("dist expected 2 arguments, got 1").
func posArgs(qualname string, args []runtime.Object, kwnames []string, min, max int) error {
	if err := runtime.NoKeywords(qualname, kwnames); err != nil {
		return err
	}
	if max < 0 {
		max = math.MaxInt
	}
	name := qualname
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return runtime.CheckPositional(name, len(args), min, max)
}

// ---- object helpers ----

// newObject gives a freshly built stdlib object its first reference: objects
// made outside package runtime start with a zero count.
func newObject[T runtime.Object](o T) T {
	runtime.Incref(o)
	return o
}

// immortalObject marks an object built at package level as never freed.
func immortalObject[T runtime.Object](o T) T {
	runtime.MakeImmortal(o)
	return o
}

// isNone reports an absent optional argument or None.
func isNone(o runtime.Object) bool { return o == nil || o == runtime.None }

// asStr extracts a Go string from a str (or str subclass) argument.
func asStr(o runtime.Object) (string, bool) {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Str:
		return v.S, true
	}
	return "", false
}

// argStr requires a str argument with CPython's Argument Clinic message:
// "open() argument 'mode' must be str, not int".
func argStr(fname, param string, o runtime.Object) (string, error) {
	if s, ok := asStr(o); ok {
		return s, nil
	}
	return "", runtime.NewTypeError("%s() argument '%s' must be str, not %s", fname, param, runtime.TypeName(o))
}

// argBool is a truth-tested flag argument; nil gives def.
func argBool(ts *runtime.ThreadState, o runtime.Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	return runtime.Truth(ts, o)
}

// tupleOf builds a tuple taking over the references in items.
func tupleOf(items ...runtime.Object) runtime.Object { return runtime.NewTuple(items) }

// listOfStrings builds a list of str.
func listOfStrings(ss []string) *runtime.List {
	items := make([]runtime.Object, len(ss))
	for i, s := range ss {
		items[i] = runtime.NewStr(s)
	}
	return runtime.NewList(items)
}

// tupleOfStrings builds a tuple of str.
func tupleOfStrings(ss []string) runtime.Object {
	items := make([]runtime.Object, len(ss))
	for i, s := range ss {
		items[i] = runtime.NewStr(s)
	}
	return runtime.NewTuple(items)
}

// setNew binds name in a module, dropping the caller's reference to a value
// it has just created.
func setNew(m *runtime.Module, name string, v runtime.Object) {
	m.Set(name, v)
	runtime.Decref(v)
}

// isSequence is PySequence_Check: the type supports indexing and is not a
// dict.
func isSequence(o runtime.Object) bool {
	t := o.Type()
	return t.GetItem != nil && !t.IsSubtype(runtime.DictType)
}

// bytesLike returns the bytes of a bytes-like argument (bytes, bytearray or
// a subclass), or CPython's TypeError.
func bytesLike(o runtime.Object) ([]byte, error) {
	switch v := runtime.Unwrap(o).(type) {
	case *runtime.Bytes:
		return v.B, nil
	case *runtime.ByteArray:
		return v.B, nil
	}
	return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(o))
}
