package stdlib

import (
	"os"
	"os/user"
	"strings"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// os.path (posixpath): the string functions follow Lib/posixpath.py line by
// line, so results match CPython's (normpath keeps a leading "//", split
// strips trailing slashes from the head but not a root, ...).

// initOSPath returns the posixpath module, shared as os.path and posixpath
// in sys.modules (so `import os.path` finds the object os.path refers to).
func initOSPath(ts *runtime.ThreadState) (*runtime.Module, error) {
	mods := ts.Interp.Modules
	if m, ok := mods.GetStr("posixpath").(*runtime.Module); ok {
		runtime.Incref(m)
		return m, nil
	}
	m := runtime.NewModule("posixpath")
	addFuncs(m, []funcDef{
		{"join", pathJoin},
		{"split", pathFunc2("split", posixSplit)},
		{"splitext", pathFunc2("splitext", posixSplitext)},
		{"splitdrive", pathFunc2("splitdrive", func(p string) (string, string) { return "", p })},
		{"basename", pathFunc1("basename", posixBasename)},
		{"dirname", pathFunc1("dirname", posixDirname)},
		{"normpath", pathFunc1("normpath", posixNormpath)},
		{"normcase", pathFunc1("normcase", func(p string) string { return p })},
		{"abspath", pathFunc1("abspath", posixAbspath)},
		{"realpath", pathRealpath},
		{"expanduser", pathFunc1("expanduser", posixExpanduser)},
		{"expandvars", pathFunc1("expandvars", posixExpandvars)},
		{"isabs", pathPredicate("isabs", func(p string) bool { return strings.HasPrefix(p, "/") })},
		{"exists", statPredicate("exists", true, func(st *syscall.Stat_t) bool { return true })},
		{"lexists", statPredicate("lexists", false, func(st *syscall.Stat_t) bool { return true })},
		{"isfile", statPredicate("isfile", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFREG })},
		{"isdir", statPredicate("isdir", true, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFDIR })},
		{"islink", statPredicate("islink", false, func(st *syscall.Stat_t) bool { return st.Mode&syscall.S_IFMT == syscall.S_IFLNK })},
		{"ismount", pathIsmount},
		{"getsize", statValue("getsize", func(st *syscall.Stat_t) runtime.Object { return runtime.NewInt(st.Size) })},
		{"getmtime", statValue("getmtime", func(st *syscall.Stat_t) runtime.Object { _, m, _ := statTimes(st); return timespecFloat(m) })},
		{"getatime", statValue("getatime", func(st *syscall.Stat_t) runtime.Object { a, _, _ := statTimes(st); return timespecFloat(a) })},
		{"getctime", statValue("getctime", func(st *syscall.Stat_t) runtime.Object { _, _, c := statTimes(st); return timespecFloat(c) })},
		{"samefile", pathSamefile},
		{"relpath", pathRelpath},
		{"commonprefix", pathCommonprefix},
		{"commonpath", pathCommonpath},
	})
	for _, c := range []struct{ name, value string }{{"sep", "/"}, {"pathsep", ":"}, {"curdir", "."}, {"pardir", ".."},
		{"extsep", "."}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"}} {
		setNew(m, c.name, runtime.NewStr(c.value))
	}
	m.Set("altsep", runtime.None)
	m.Set("supports_unicode_filenames", runtime.False)
	mods.SetStr("posixpath", m)
	mods.SetStr("os.path", m)
	return m, nil
}

func timespecFloat(t syscall.Timespec) runtime.Object {
	return runtime.NewFloat(float64(t.Sec) + float64(t.Nsec)/1e9)
}

// ---- the string algorithms ----

func posixSplit(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func posixSplitext(p string) (string, string) {
	sepIndex := strings.LastIndexByte(p, '/')
	dotIndex := strings.LastIndexByte(p, '.')
	if dotIndex > sepIndex {
		for i := sepIndex + 1; i < dotIndex; i++ {
			if p[i] != '.' {
				return p[:dotIndex], p[dotIndex:]
			}
		}
	}
	return p, ""
}

func posixBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func posixDirname(p string) string {
	head := p[:strings.LastIndexByte(p, '/')+1]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head
}

func posixNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if out == "" {
		return "."
	}
	return out
}

func posixJoin(a string, rest ...string) string {
	path := a
	for _, b := range rest {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

func posixAbspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		if wd, err := os.Getwd(); err == nil {
			p = posixJoin(wd, p)
		}
	}
	return posixNormpath(p)
}

func posixExpanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := strings.IndexByte(p[1:], '/') + 1
	if i == 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		if h, ok := os.LookupEnv("HOME"); ok {
			home = h
		} else if u, err := user.Current(); err == nil {
			home = u.HomeDir
		} else {
			return p
		}
	} else {
		u, err := user.Lookup(p[1:i])
		if err != nil {
			return p
		}
		home = u.HomeDir
	}
	home = strings.TrimRight(home, "/")
	if out := home + p[i:]; out != "" {
		return out
	}
	return "/"
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// posixExpandvars replaces $name and ${name} with environment values,
// leaving unknown names untouched.
func posixExpandvars(p string) string {
	if !strings.Contains(p, "$") {
		return p
	}
	var b strings.Builder
	i := 0
	for i < len(p) {
		if p[i] != '$' {
			b.WriteByte(p[i])
			i++
			continue
		}
		var name string
		end := i + 1
		if end < len(p) && p[end] == '{' {
			close := strings.IndexByte(p[end:], '}')
			if close < 0 {
				b.WriteByte('$')
				i++
				continue
			}
			name = p[end+1 : end+close]
			end += close + 1
		} else {
			for end < len(p) && isWordByte(p[end]) {
				end++
			}
			name = p[i+1 : end]
		}
		if v, ok := os.LookupEnv(name); ok && name != "" {
			b.WriteString(v)
		} else {
			b.WriteString(p[i:end])
		}
		i = end
	}
	return b.String()
}

// posixRealpath resolves symlinks like posixpath._joinrealpath (non-strict:
// missing parts are kept as they are).
func posixRealpath(filename string) string {
	path, _ := joinRealpath("", filename, map[string]*string{})
	return posixAbspath(path)
}

func joinRealpath(path, rest string, seen map[string]*string) (string, bool) {
	if strings.HasPrefix(rest, "/") {
		rest = rest[1:]
		path = "/"
	}
	for rest != "" {
		name, r, _ := strings.Cut(rest, "/")
		rest = r
		if name == "" || name == "." {
			continue
		}
		if name == ".." {
			if path != "" {
				var tail string
				path, tail = posixSplit(path)
				if tail == ".." {
					path = posixJoin(path, "..", "..")
				}
			} else {
				path = ".."
			}
			continue
		}
		newpath := posixJoin(path, name)
		st, err := os.Lstat(newpath)
		if err != nil || st.Mode()&os.ModeSymlink == 0 {
			path = newpath
			continue
		}
		if v, ok := seen[newpath]; ok {
			if v != nil {
				path = *v
				continue
			}
			// A symlink loop: return the unresolved rest.
			return posixJoin(newpath, rest), false
		}
		seen[newpath] = nil
		target, _ := os.Readlink(newpath)
		var ok bool
		path, ok = joinRealpath(path, target, seen)
		if !ok {
			return posixJoin(path, rest), false
		}
		p := path
		seen[newpath] = &p
	}
	return path, true
}

func posixRelpath(path, start string) string {
	split := func(p string) []string {
		var out []string
		for _, c := range strings.Split(posixAbspath(p), "/") {
			if c != "" {
				out = append(out, c)
			}
		}
		return out
	}
	sl, pl := split(start), split(path)
	i := 0
	for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
		i++
	}
	var rel []string
	for j := i; j < len(sl); j++ {
		rel = append(rel, "..")
	}
	rel = append(rel, pl[i:]...)
	if len(rel) == 0 {
		return "."
	}
	return posixJoin(rel[0], rel[1:]...)
}

// ---- the Python functions ----

// pathValue is os.fspath for the path functions: the path as a Go string
// and whether it was bytes (the result is then bytes too).
func pathValue(ts *runtime.ThreadState, o runtime.Object) (string, bool, error) {
	if s, ok := asStr(o); ok {
		return s, false, nil
	}
	if b, ok := runtime.BytesData(o); ok {
		return string(b), true, nil
	}
	if r, found, err := runtime.CallDunder(ts, o, "__fspath__"); found {
		if err != nil {
			return "", false, err
		}
		defer runtime.Decref(r)
		if s, ok := asStr(r); ok {
			return s, false, nil
		}
		if b, ok := runtime.BytesData(r); ok {
			return string(b), true, nil
		}
		return "", false, runtime.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", runtime.TypeName(o), runtime.TypeName(r))
	}
	return "", false, runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", runtime.TypeName(o))
}

// pathString is pathValue for functions whose result is not a path.
func pathString(ts *runtime.ThreadState, o runtime.Object) (string, error) {
	s, _, err := pathValue(ts, o)
	return s, err
}

// pathResult makes a path result of the argument's kind.
func pathResult(s string, isBytes bool) runtime.Object {
	if isBytes {
		return runtime.NewBytes([]byte(s))
	}
	return runtime.NewStr(s)
}

func pathFunc1(name string, f func(string) string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "path", &p); err != nil {
			return nil, err
		}
		s, isBytes, err := pathValue(ts, p)
		if err != nil {
			return nil, err
		}
		return pathResult(f(s), isBytes), nil
	}
}

func pathFunc2(name string, f func(string) (string, string)) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "p", &p); err != nil {
			return nil, err
		}
		s, isBytes, err := pathValue(ts, p)
		if err != nil {
			return nil, err
		}
		a, b := f(s)
		return tupleOf(pathResult(a, isBytes), pathResult(b, isBytes)), nil
	}
}

func pathPredicate(name string, f func(string) bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "s", &p); err != nil {
			return nil, err
		}
		s, err := pathString(ts, p)
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(f(s)), nil
	}
}

// statPath stats a path argument (str, bytes, PathLike or descriptor).
func statPath(ts *runtime.ThreadState, p runtime.Object, follow bool) (*syscall.Stat_t, error) {
	path, fd, err := pathArg(ts, "stat", "path", p, true, false)
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	ts.AllowThreads(func() {
		switch {
		case fd >= 0:
			err = syscall.Fstat(fd, &st)
		case follow:
			err = syscall.Stat(path, &st)
		default:
			err = syscall.Lstat(path, &st)
		}
	})
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return &st, nil
}

// statPredicate is exists/isfile/isdir/islink: False when the stat fails
// (OSError or ValueError), the test otherwise.
func statPredicate(name string, follow bool, test func(*syscall.Stat_t) bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "path", &p); err != nil {
			return nil, err
		}
		st, err := statPath(ts, p, follow)
		if err != nil {
			if runtime.ErrorMatches(err, runtime.OSErrorType) || runtime.ErrorMatches(err, runtime.ValueErrorType) {
				runtime.Decref(err.(*runtime.Exception))
				return runtime.False, nil
			}
			return nil, err
		}
		return runtime.NewBool(test(st)), nil
	}
}

func statValue(name string, get func(*syscall.Stat_t) runtime.Object) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "filename", &p); err != nil {
			return nil, err
		}
		st, err := statPath(ts, p, true)
		if err != nil {
			return nil, err
		}
		return get(st), nil
	}
}

func pathJoin(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoKeywords("join", kwnames); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, runtime.NewTypeError("join() missing 1 required positional argument: 'a'")
	}
	parts := make([]string, len(args))
	isBytes := false
	for i, a := range args {
		s, b, err := pathValue(ts, a)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			isBytes = b
		} else if b != isBytes {
			return nil, runtime.NewTypeError("Can't mix strings and bytes in path components")
		}
		parts[i] = s
	}
	return pathResult(posixJoin(parts[0], parts[1:]...), isBytes), nil
}

func pathRealpath(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, strict runtime.Object
	if err := runtime.UnpackArgs(ts, "realpath", args, kwnames, "filename", &p, "*", "strict?", &strict); err != nil {
		return nil, err
	}
	s, isBytes, err := pathValue(ts, p)
	if err != nil {
		return nil, err
	}
	return pathResult(posixRealpath(s), isBytes), nil
}

func pathIsmount(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "ismount", args, kwnames, "path", &p); err != nil {
		return nil, err
	}
	s, err := pathString(ts, p)
	if err != nil {
		return nil, err
	}
	var st1, st2 syscall.Stat_t
	if syscall.Lstat(s, &st1) != nil || st1.Mode&syscall.S_IFMT == syscall.S_IFLNK {
		return runtime.False, nil
	}
	parent := posixJoin(s, "..")
	if syscall.Lstat(parent, &st2) != nil {
		return runtime.False, nil
	}
	return runtime.NewBool(st1.Dev != st2.Dev || st1.Ino == st2.Ino), nil
}

func pathSamefile(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var a, b runtime.Object
	if err := runtime.UnpackArgs(ts, "samefile", args, kwnames, "f1", &a, "f2", &b); err != nil {
		return nil, err
	}
	s1, err := statPath(ts, a, true)
	if err != nil {
		return nil, err
	}
	s2, err := statPath(ts, b, true)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(s1.Dev == s2.Dev && s1.Ino == s2.Ino), nil
}

func pathRelpath(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, start runtime.Object
	if err := runtime.UnpackArgs(ts, "relpath", args, kwnames, "path", &p, "start?", &start); err != nil {
		return nil, err
	}
	s, err := pathString(ts, p)
	if err != nil {
		return nil, err
	}
	if s == "" {
		return nil, runtime.NewValueError("no path specified")
	}
	st := "."
	if !isNone(start) {
		if st, err = pathString(ts, start); err != nil {
			return nil, err
		}
	}
	return runtime.NewStr(posixRelpath(s, st)), nil
}

func pathStrings(ts *runtime.ThreadState, o runtime.Object) ([]string, error) {
	items, err := runtime.ToSlice(ts, o)
	if err != nil {
		return nil, err
	}
	defer runtime.DecrefAll(items)
	out := make([]string, len(items))
	for i, it := range items {
		if out[i], err = pathString(ts, it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func pathCommonprefix(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var m runtime.Object
	if err := runtime.UnpackArgs(ts, "commonprefix", args, kwnames, "m", &m); err != nil {
		return nil, err
	}
	ps, err := pathStrings(ts, m)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return runtime.NewStr(""), nil
	}
	lo, hi := ps[0], ps[0]
	for _, p := range ps[1:] {
		if p < lo {
			lo = p
		}
		if p > hi {
			hi = p
		}
	}
	rl, rh := []rune(lo), []rune(hi)
	for i, c := range rl {
		if i >= len(rh) || c != rh[i] {
			return runtime.NewStr(string(rl[:i])), nil
		}
	}
	return runtime.NewStr(lo), nil
}

func pathCommonpath(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var m runtime.Object
	if err := runtime.UnpackArgs(ts, "commonpath", args, kwnames, "paths", &m); err != nil {
		return nil, err
	}
	ps, err := pathStrings(ts, m)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, runtime.NewValueError("commonpath() arg is an empty sequence")
	}
	abs := strings.HasPrefix(ps[0], "/")
	var split [][]string
	for _, p := range ps {
		if strings.HasPrefix(p, "/") != abs {
			return nil, runtime.NewValueError("Can't mix absolute and relative paths")
		}
		var comps []string
		for _, c := range strings.Split(p, "/") {
			if c != "" && c != "." {
				comps = append(comps, c)
			}
		}
		split = append(split, comps)
	}
	lo, hi := split[0], split[0]
	less := func(a, b []string) bool {
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				return a[i] < b[i]
			}
		}
		return len(a) < len(b)
	}
	for _, s := range split[1:] {
		if less(s, lo) {
			lo = s
		}
		if less(hi, s) {
			hi = s
		}
	}
	common := lo
	for i := range lo {
		if i >= len(hi) || lo[i] != hi[i] {
			common = lo[:i]
			break
		}
	}
	prefix := ""
	if abs {
		prefix = "/"
	}
	return runtime.NewStr(prefix + strings.Join(common, "/")), nil
}
