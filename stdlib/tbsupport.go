package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// Support for the traceback module (stdlib/lib/traceback.py): linecache,
// which serves source lines from the interpreter's source cache (which also
// holds the text of -c, the REPL and the embedded modules), and _traceback,
// which formats an exception's last line exactly as the interpreter's own
// uncaught-exception report does.

func init() {
	register("linecache", initLinecache)
	register("_traceback", initTracebackSupport)
}

func initTracebackSupport(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_traceback")
	m.AddFunc("format_exception_only", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		x, err := runtime.OneArg("format_exception_only", args, kwnames)
		if err != nil {
			return nil, err
		}
		e, ok := x.(*runtime.Exception)
		if !ok {
			return nil, runtime.NewTypeError("format_exception_only() argument must be an exception, not %s", runtime.TypeName(x))
		}
		return runtime.NewStr(runtime.FormatExceptionOnlyLines(ts, e)), nil
	})
	// segment_anchors(segment) parses the source a traceback entry points
	// at: (1, left_end, right_start) for a binary operation, (2, value_end,
	// index_end) for a subscript (0-based byte offsets in segment), else
	// None.
	m.AddFunc("segment_anchors", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var seg string
		if err := runtime.UnpackArgs(ts, "segment_anchors", args, kwnames, "segment", &seg); err != nil {
			return nil, err
		}
		af, ok := ts.Interp.Exec.(runtime.AnchorFinder)
		if !ok {
			return runtime.None, nil
		}
		kind, a, b := af.SegmentAnchors(seg)
		if kind == 0 {
			return runtime.None, nil
		}
		return runtime.NewTuple([]runtime.Object{runtime.NewInt(int64(kind)), runtime.NewInt(int64(a)), runtime.NewInt(int64(b))}), nil
	})
	// display_width(s, offset) is the number of terminal columns of
	// s[:offset]: East Asian wide and fullwidth characters take two.
	m.AddFunc("display_width", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var s string
		var offset int
		if err := runtime.UnpackArgs(ts, "display_width", args, kwnames, "s", &s, "offset", &offset); err != nil {
			return nil, err
		}
		w, i := 0, 0
		for _, r := range s {
			if i >= offset {
				break
			}
			w += runtime.RuneWidth(r)
			i++
		}
		return runtime.NewInt(int64(w)), nil
	})
	return m, nil
}

func initLinecache(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("linecache")
	addFuncs(m, []funcDef{
		{"getline", linecacheGetline},
		{"getlines", linecacheGetlines},
		{"clearcache", linecacheClear},
		{"checkcache", linecacheCheck},
		{"updatecache", linecacheGetlines},
		{"lazycache", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.False, nil
		}},
	})
	setNew(m, "cache", runtime.NewDict())
	return m, nil
}

// sourceLinesOf returns a file's lines, each ending in "\n" as linecache
// gives them (none for a pseudo file name such as "<string>").
func sourceLinesOf(ts *runtime.ThreadState, filename string) []string {
	if runtime.IsPseudoFilename(filename) {
		return nil // as CPython's linecache: "<string>" is no file
	}
	lines := ts.Interp.SourceLines(filename)
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if i == len(lines)-1 && l == "" {
			break
		}
		out = append(out, l+"\n")
	}
	return out
}

func linecacheGetline(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var filename string
	var lineno int
	var globals runtime.Object
	if err := runtime.UnpackArgs(ts, "getline", args, kwnames, "filename", &filename, "lineno", &lineno, "module_globals?", &globals); err != nil {
		return nil, err
	}
	lines := sourceLinesOf(ts, filename)
	if lineno < 1 || lineno > len(lines) {
		return runtime.NewStr(""), nil
	}
	return runtime.NewStr(lines[lineno-1]), nil
}

func linecacheGetlines(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var filename string
	var globals runtime.Object
	if err := runtime.UnpackArgs(ts, "getlines", args, kwnames, "filename", &filename, "module_globals?", &globals); err != nil {
		return nil, err
	}
	lines := sourceLinesOf(ts, filename)
	items := make([]runtime.Object, len(lines))
	for i, l := range lines {
		items[i] = runtime.NewStr(l)
	}
	return runtime.NewList(items), nil
}

func linecacheClear(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("clearcache", args, kwnames); err != nil {
		return nil, err
	}
	ts.Interp.ForgetSource("")
	return runtime.None, nil
}

func linecacheCheck(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var filename runtime.Object
	if err := runtime.UnpackArgs(ts, "checkcache", args, kwnames, "filename?", &filename); err != nil {
		return nil, err
	}
	name := ""
	if s, ok := asStr(filename); ok {
		name = s
	}
	if !strings.HasPrefix(name, "<") {
		ts.Interp.ForgetSource(name)
	}
	return runtime.None, nil
}
