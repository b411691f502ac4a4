package runtime

import (
	"fmt"
	"math"
	"strings"
)

// Argument parsing for built-in functions and methods.
//
// Built-ins receive their arguments as (args, kwnames): the positional values,
// then the values of the keyword arguments named by kwnames. The helpers below
// unpack them into Go variables and report CPython 3.11's exact TypeErrors. Four
// conventions exist in CPython and each has its own helper, because the
// messages differ:
//
//	UnpackArgs       Argument Clinic functions that accept keywords
//	                 ("split() takes at most 2 arguments (3 given)",
//	                 "'x' is an invalid keyword argument for split()")
//	UnpackPositional Argument Clinic positional-only functions
//	                 ("center expected at most 2 arguments, got 3",
//	                 "str.center() takes no keyword arguments")
//	UnpackTuple      old PyArg_ParseTuple functions
//	                 ("find() takes at least 1 argument (0 given)")
//	NoArgs, OneArg   METH_NOARGS and METH_O methods
//	                 ("str.upper() takes no arguments (1 given)",
//	                 "list.append() takes exactly one argument (0 given)")
//
// Parameters are given as name/pointer pairs. A name ending in "?" is optional
// (its variable keeps its value when the argument is absent). The bare strings
// "/" and "*" mark the end of the positional-only parameters and the start of
// the keyword-only ones, as in a Python signature. Pointer targets convert the
// argument:
//
//	*Object   the argument itself (borrowed)
//	*int      an index-sized integer through __index__
//	*int64    same, 64-bit
//	*string   a str
//	*bool     truth value
//	*float64  a real number (float, int, or __float__/__index__)
//
// Example:
//
//	var sep Object = None
//	maxsplit := -1
//	if err := UnpackArgs(ts, "split", args, kwnames, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
//		return nil, err
//	}

type argParam struct {
	name     string
	optional bool
	ptr      any
}

func parseParams(pairs []any) (params []argParam, posonly, kwonlyStart int) {
	posonly = 0
	kwonlyStart = -1
	for i := 0; i < len(pairs); i++ {
		name, ok := pairs[i].(string)
		if !ok {
			panic(fmt.Sprintf("runtime: argument spec %d is %T, want string", i, pairs[i]))
		}
		switch name {
		case "/":
			posonly = len(params)
			continue
		case "*":
			kwonlyStart = len(params)
			continue
		}
		if i+1 >= len(pairs) {
			panic("runtime: argument spec " + name + " has no pointer")
		}
		p := argParam{name: name, ptr: pairs[i+1]}
		if strings.HasSuffix(name, "?") {
			p.name = name[:len(name)-1]
			p.optional = true
		}
		params = append(params, p)
		i++
	}
	if kwonlyStart < 0 {
		kwonlyStart = len(params)
	}
	return
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// UnpackArgs unpacks the arguments of a function that accepts keywords, with
// Argument Clinic's messages. fname is the bare function name ("split").
func UnpackArgs(ts *ThreadState, fname string, args []Object, kwnames []string, pairs ...any) error {
	params, posonly, maxpos := parseParams(pairs)
	nkw := len(kwnames)
	npos := len(args) - nkw
	maxargs := len(params)
	minpos := 0
	for i := 0; i < maxpos; i++ {
		if !params[i].optional {
			minpos = i + 1
		}
	}
	if npos+nkw > maxargs {
		kwword := ""
		if npos == 0 {
			kwword = "keyword "
		}
		return NewTypeError("%s() takes at most %d %s%s (%d given)", fname, maxargs, kwword, plural(maxargs, "argument"), npos+nkw)
	}
	if npos > maxpos {
		if maxpos == 0 {
			return NewTypeError("%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if minpos < maxpos {
			how = "at most"
		}
		return NewTypeError("%s() takes %s %d positional %s (%d given)", fname, how, maxpos, plural(maxpos, "argument"), npos)
	}
	minposonly := posonly
	if minpos < minposonly {
		minposonly = minpos
	}
	if npos < minposonly {
		how := "exactly"
		if minposonly < maxpos {
			how = "at least"
		}
		return NewTypeError("%s() takes %s %d positional %s (%d given)", fname, how, minposonly, plural(minposonly, "argument"), npos)
	}
	values := make([]Object, len(params))
	copy(values, args[:npos])
	used := 0
	for i := npos; i < len(params); i++ {
		var v Object
		if i >= posonly {
			for k, kn := range kwnames {
				if kn == params[i].name {
					v = args[npos+k]
					used++
					break
				}
			}
		}
		values[i] = v
		if v == nil && !params[i].optional {
			if i >= maxpos {
				return NewTypeError("%s() missing required keyword-only argument '%s'", fname, params[i].name)
			}
			return NewTypeError("%s() missing required argument '%s' (pos %d)", fname, params[i].name, i+1)
		}
	}
	if used < nkw {
		for i := posonly; i < npos; i++ {
			for _, kn := range kwnames {
				if kn == params[i].name {
					return NewTypeError("argument for %s() given by name ('%s') and position (%d)", fname, kn, i+1)
				}
			}
		}
		for _, kn := range kwnames {
			found := false
			for i := posonly; i < len(params); i++ {
				if params[i].name == kn {
					found = true
					break
				}
			}
			if !found {
				return NewTypeError("'%s' is an invalid keyword argument for %s()", kn, fname)
			}
		}
	}
	for i, v := range values {
		if v == nil {
			continue
		}
		if err := convertArg(ts, v, params[i].ptr, func() string {
			return fmt.Sprintf("%s() argument '%s'", fname, params[i].name)
		}); err != nil {
			return err
		}
	}
	return nil
}

// shortName is the part of "str.center" after the last dot.
func shortName(fname string) string {
	if i := strings.LastIndexByte(fname, '.'); i >= 0 {
		return fname[i+1:]
	}
	return fname
}

// UnpackPositional unpacks the arguments of a positional-only Argument Clinic
// function: fname is the qualified name ("str.center"), min the number of
// required arguments, ptrs one pointer per parameter.
func UnpackPositional(ts *ThreadState, fname string, args []Object, kwnames []string, min int, ptrs ...any) error {
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", fname)
	}
	if err := CheckPositional(shortName(fname), len(args), min, len(ptrs)); err != nil {
		return err
	}
	for i, v := range args {
		i := i
		if err := convertArg(ts, v, ptrs[i], func() string {
			return fmt.Sprintf("%s() argument %d", shortName(fname), i+1)
		}); err != nil {
			return err
		}
	}
	return nil
}

// CheckPositional reports CPython's "f expected at most 2 arguments, got 3".
func CheckPositional(name string, n, min, max int) error {
	if n < min {
		if min == max {
			return NewTypeError("%s expected %d %s, got %d", name, min, plural(min, "argument"), n)
		}
		return NewTypeError("%s expected at least %d %s, got %d", name, min, plural(min, "argument"), n)
	}
	if n > max {
		if min == max {
			return NewTypeError("%s expected %d %s, got %d", name, max, plural(max, "argument"), n)
		}
		return NewTypeError("%s expected at most %d %s, got %d", name, max, plural(max, "argument"), n)
	}
	return nil
}

// UnpackTuple unpacks the arguments of an old-style PyArg_ParseTuple
// function: fname is the qualified name ("str.find").
func UnpackTuple(ts *ThreadState, fname string, args []Object, kwnames []string, min int, ptrs ...any) error {
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", fname)
	}
	name := shortName(fname)
	max := len(ptrs)
	n := len(args)
	if n < min || n > max {
		how, want := "at least", min
		if n > max {
			how, want = "at most", max
		}
		if min == max {
			how = "exactly"
		}
		return NewTypeError("%s() takes %s %d %s (%d given)", name, how, want, plural(want, "argument"), n)
	}
	for i, v := range args {
		i := i
		if err := convertArg(ts, v, ptrs[i], func() string {
			return fmt.Sprintf("%s() argument %d", name, i+1)
		}); err != nil {
			return err
		}
	}
	return nil
}

// NoArgs checks that a METH_NOARGS method got no arguments.
func NoArgs(fname string, args []Object, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", fname)
	}
	if len(args) > 0 {
		return NewTypeError("%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

// OneArg checks that a METH_O method got exactly one argument and returns it.
func OneArg(fname string, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, NewTypeError("%s() takes no keyword arguments", fname)
	}
	if len(args) != 1 {
		return nil, NewTypeError("%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return args[0], nil
}

// NoKeywords rejects keyword arguments with "f() takes no keyword arguments".
func NoKeywords(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

func convertArg(ts *ThreadState, v Object, ptr any, what func() string) error {
	switch p := ptr.(type) {
	case *Object:
		*p = v
	case *int:
		n, err := AsSsize(ts, v)
		if err != nil {
			return err
		}
		*p = n
	case *int64:
		n, err := AsSsize(ts, v)
		if err != nil {
			return err
		}
		*p = int64(n)
	case *string:
		s, ok := Unwrap(v).(*Str)
		if !ok {
			return NewTypeError("%s must be str, not %s", what(), TypeName(v))
		}
		*p = s.S
	case *bool:
		b, err := Truth(ts, v)
		if err != nil {
			return err
		}
		*p = b
	case *float64:
		f, err := AsFloat(ts, v)
		if err != nil {
			return err
		}
		*p = f
	default:
		panic(fmt.Sprintf("runtime: unsupported argument target %T", ptr))
	}
	return nil
}

// AsSsize converts an object to a Go int through __index__, raising
// OverflowError when it does not fit (CPython's Py_ssize_t conversion).
func AsSsize(ts *ThreadState, v Object) (int, error) {
	switch x := v.(type) {
	case *Int:
		if x.Big != nil {
			return 0, NewOverflowError("Python int too large to convert to C ssize_t")
		}
		return int(x.V), nil
	case *Bool:
		if x.V {
			return 1, nil
		}
		return 0, nil
	}
	i, err := Index(ts, v)
	if err != nil {
		return 0, err
	}
	defer Decref(i)
	if i.Big != nil || i.V > math.MaxInt || i.V < math.MinInt {
		return 0, NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return int(i.V), nil
}

// AsIndexClamped converts through __index__ and clamps huge values to the Go
// int range (as slice indices are).
func AsIndexClamped(ts *ThreadState, v Object) (int, error) {
	i, err := Index(ts, v)
	if err != nil {
		return 0, err
	}
	defer Decref(i)
	if i.Big != nil {
		if i.Big.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return int(i.V), nil
}
