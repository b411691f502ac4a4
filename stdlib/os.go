package stdlib

import (
	"crypto/rand"
	"errors"
	"io"
	"os"
	"os/exec"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// The os module (POSIX). Functions release the GIL around system calls that
// may block (directory reads, file creation, waiting for os.system).

var statResultDesc = structSeqDesc{module: "os", name: "stat_result", nSeq: 10,
	fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}}

var timesResultDesc = structSeqDesc{module: "posix", name: "times_result",
	fields: []string{"user", "system", "children_user", "children_system", "elapsed"}}

var terminalSizeDesc = structSeqDesc{module: "os", name: "terminal_size", fields: []string{"columns", "lines"}}

// osModule holds the per-interpreter classes the os functions return.
type osModule struct {
	statType, timesResult, terminalSize, unameType *runtime.Type
	statvfsType                                    *runtime.Type
	environ                                        runtime.Object
}

func initOS(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("os")
	om := &osModule{}
	var err error
	if om.statType, err = newStructSeqType(ts, &statResultDesc); err != nil {
		return nil, err
	}
	if om.timesResult, err = newStructSeqType(ts, &timesResultDesc); err != nil {
		return nil, err
	}
	if om.terminalSize, err = newStructSeqType(ts, &terminalSizeDesc); err != nil {
		return nil, err
	}
	setNew(m, "stat_result", om.statType)
	setNew(m, "terminal_size", om.terminalSize)
	environ, err := newEnviron(ts)
	if err != nil {
		return nil, err
	}
	om.environ = environ
	setNew(m, "environ", environ)

	addFuncs(m, []funcDef{
		{"getpid", intFunc("posix.getpid", func() int64 { return int64(os.Getpid()) })},
		{"getppid", intFunc("posix.getppid", func() int64 { return int64(os.Getppid()) })},
		{"getuid", intFunc("posix.getuid", func() int64 { return int64(os.Getuid()) })},
		{"geteuid", intFunc("posix.geteuid", func() int64 { return int64(os.Geteuid()) })},
		{"getgid", intFunc("posix.getgid", func() int64 { return int64(os.Getgid()) })},
		{"getegid", intFunc("posix.getegid", func() int64 { return int64(os.Getegid()) })},
		{"cpu_count", intFunc("posix.cpu_count", func() int64 { return int64(goruntime.NumCPU()) })},
		{"getcwd", osGetcwd},
		{"chdir", osChdir},
		{"listdir", osListdir},
		{"mkdir", osMkdir},
		{"makedirs", osMakedirs},
		{"remove", osRemove("remove")},
		{"unlink", osRemove("unlink")},
		{"rmdir", osRmdir},
		{"removedirs", osRemovedirs},
		{"rename", srcDstFunc("rename", syscall.Rename, "*", "src_dir_fd", "dst_dir_fd")},
		{"replace", srcDstFunc("replace", syscall.Rename, "*", "src_dir_fd", "dst_dir_fd")},
		{"stat", om.stat("stat", true)},
		{"lstat", om.stat("lstat", false)},
		{"fstat", om.fstat},
		{"chmod", osChmod},
		{"access", osAccess},
		{"umask", osUmask},
		{"getenv", om.getenv},
		{"putenv", osPutenv},
		{"unsetenv", osUnsetenv},
		{"urandom", osUrandom},
		{"kill", osKill},
		{"getloadavg", osGetloadavg},
		{"times", om.times},
		{"system", osSystem},
		{"strerror", osStrerror},
		{"fspath", osFspath},
		{"walk", osWalk},
		{"scandir", osScandir},
		{"open", osOpen},
		{"close", osClose},
		{"read", osRead},
		{"write", osWrite},
		{"isatty", osIsatty},
		{"get_terminal_size", om.getTerminalSize},
		{"symlink", srcDstFunc("symlink", syscall.Symlink, "target_is_directory", "*", "dir_fd")},
		{"readlink", osReadlink},
		{"link", srcDstFunc("link", syscall.Link, "*", "src_dir_fd", "dst_dir_fd", "follow_symlinks")},
		{"_exit", osExit},
	})
	for _, c := range []struct {
		name, value string
	}{{"sep", "/"}, {"pathsep", ":"}, {"linesep", "\n"}, {"curdir", "."}, {"pardir", ".."}, {"extsep", "."},
		{"name", "posix"}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"}} {
		setNew(m, c.name, runtime.NewStr(c.value))
	}
	m.Set("altsep", runtime.None)
	m.Set("error", runtime.OSErrorType)
	addInts(m, []string{"F_OK", "R_OK", "W_OK", "X_OK", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT",
		"O_EXCL", "O_TRUNC", "O_NONBLOCK", "O_CLOEXEC", "SEEK_SET", "SEEK_CUR", "SEEK_END",
		"EX_OK", "EX_USAGE", "EX_SOFTWARE"},
		[]int64{0, 4, 2, 1, int64(os.O_RDONLY), int64(os.O_WRONLY), int64(os.O_RDWR), int64(os.O_APPEND),
			int64(os.O_CREATE), int64(os.O_EXCL), int64(os.O_TRUNC), int64(syscall.O_NONBLOCK), int64(syscall.O_CLOEXEC),
			0, 1, 2, 0, 64, 70})

	extra, err := om.extraFuncs(ts)
	if err != nil {
		return nil, err
	}
	addFuncs(m, extra)
	if err := om.moreFuncs(ts, m); err != nil {
		return nil, err
	}
	m.Set("DirEntry", dirEntryType)

	path, err := initOSPath(ts)
	if err != nil {
		return nil, err
	}
	setNew(m, "path", path)
	return m, nil
}

// ---- argument helpers ----

// pathArg converts a path argument as CPython's path_converter does; fname
// and what name the function in the error ("stat: path should be string,
// bytes, os.PathLike or integer, not float"). fd >= 0 when an integer file
// descriptor was given (allowFD).
func pathArg(ts *runtime.ThreadState, fname, what string, o runtime.Object, allowFD, allowNone bool) (path string, fd int, err error) {
	if allowNone && isNone(o) {
		return ".", -1, nil
	}
	if allowFD {
		if i, ok := o.(*runtime.Int); ok {
			v, small := i.Int64()
			if !small || v > 1<<31-1 || v < -1<<31 {
				return "", -1, runtime.NewOverflowError("fd is greater than maximum")
			}
			if v < 0 {
				return "", -1, runtime.NewValueError("%s: fd must be a non-negative integer", fname)
			}
			return "", int(v), nil
		}
	}
	if s, ok := asStr(o); ok {
		if strings.IndexByte(s, 0) >= 0 {
			return "", -1, runtime.NewValueError("%s: embedded null character in %s", fname, what)
		}
		return s, -1, nil
	}
	if b, ok := runtime.BytesData(o); ok {
		return string(b), -1, nil
	}
	if o.Type().Lookup("__fspath__") != nil {
		s, err := fsPath(ts, o)
		return s, -1, err
	}
	kinds := "string, bytes or os.PathLike"
	switch {
	case allowFD && allowNone:
		kinds = "string, bytes, os.PathLike, integer or None"
	case allowFD:
		kinds = "string, bytes, os.PathLike or integer"
	}
	return "", -1, runtime.NewTypeError("%s: %s should be %s, not %s", fname, what, kinds, runtime.TypeName(o))
}

func intFunc(qual string, f func() int64) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		if err := runtime.NoArgs(qual, args, kwnames); err != nil {
			return nil, err
		}
		return runtime.NewInt(f()), nil
	}
}

// ---- directories ----

func osGetcwd(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.getcwd", args, kwnames); err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewStr(wd), nil
}

func osChdir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "chdir", args, kwnames, "path", &p); err != nil {
		return nil, err
	}
	path, fd, err := pathArg(ts, "chdir", "path", p, true, false)
	if err != nil {
		return nil, err
	}
	if fd >= 0 {
		err = syscall.Fchdir(fd)
	} else {
		err = os.Chdir(path)
	}
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

func osListdir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "listdir", args, kwnames, "path?", &p); err != nil {
		return nil, err
	}
	path, fd, err := pathArg(ts, "listdir", "path", p, true, true)
	if err != nil {
		return nil, err
	}
	var names []string
	ts.AllowThreads(func() {
		var f *os.File
		if fd >= 0 {
			var nfd int
			if nfd, err = syscall.Dup(fd); err != nil {
				return
			}
			f = os.NewFile(uintptr(nfd), "")
		}
		if f == nil {
			f, err = os.Open(path)
			if err != nil {
				return
			}
		}
		defer f.Close()
		names, err = f.Readdirnames(-1)
	})
	if err != nil {
		if p == nil {
			p = runtime.NewStr(".")
			defer runtime.Decref(p)
		}
		return nil, osError(err, p, nil)
	}
	return listOfStrings(names), nil
}

func osMkdir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, mode, dirFD runtime.Object
	if err := runtime.UnpackArgs(ts, "mkdir", args, kwnames, "path", &p, "mode?", &mode, "*", "dir_fd?", &dirFD); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "mkdir", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	perm := 0o777
	if mode != nil {
		if perm, err = runtime.AsSsize(ts, mode); err != nil {
			return nil, err
		}
	}
	if err := syscall.Mkdir(path, uint32(perm)); err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

// osMakedirs is os.makedirs(name, mode=0o777, exist_ok=False), following
// Lib/os.py: create the parents, then the leaf.
func osMakedirs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, mode, existOK runtime.Object
	if err := runtime.UnpackArgs(ts, "makedirs", args, kwnames, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return nil, err
	}
	path, err := fsPath(ts, p)
	if err != nil {
		return nil, err
	}
	perm := 0o777
	if mode != nil {
		if perm, err = runtime.AsSsize(ts, mode); err != nil {
			return nil, err
		}
	}
	ok, err := argBool(ts, existOK, false)
	if err != nil {
		return nil, err
	}
	if err := makedirs(path, uint32(perm), ok); err != nil {
		return nil, osError(err, runtime.NewStr(path), nil)
	}
	return runtime.None, nil
}

func makedirs(name string, perm uint32, existOK bool) error {
	head, tail := posixSplit(name)
	if tail == "" {
		head, tail = posixSplit(head)
	}
	if head != "" && tail != "" && !pathExists(head) {
		if err := makedirs(head, perm, true); err != nil && !errors.Is(err, syscall.EEXIST) {
			return err
		}
		if tail == "." {
			return nil
		}
	}
	err := syscall.Mkdir(name, perm)
	if err != nil && (!existOK || !isDir(name)) {
		return &os.PathError{Op: "mkdir", Path: name, Err: err}
	}
	return nil
}

func pathExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func osRemove(name string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p, dirFD runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "path", &p, "*", "dir_fd?", &dirFD); err != nil {
			return nil, err
		}
		path, _, err := pathArg(ts, name, "path", p, false, false)
		if err != nil {
			return nil, err
		}
		if err := syscall.Unlink(path); err != nil {
			return nil, osError(err, p, nil)
		}
		return runtime.None, nil
	}
}

func osRmdir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, dirFD runtime.Object
	if err := runtime.UnpackArgs(ts, "rmdir", args, kwnames, "path", &p, "*", "dir_fd?", &dirFD); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "rmdir", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	if err := syscall.Rmdir(path); err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

func osRemovedirs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "removedirs", args, kwnames, "name", &p); err != nil {
		return nil, err
	}
	name, err := fsPath(ts, p)
	if err != nil {
		return nil, err
	}
	if err := syscall.Rmdir(name); err != nil {
		return nil, osError(err, p, nil)
	}
	head, tail := posixSplit(name)
	if tail == "" {
		head, _ = posixSplit(head)
	}
	for head != "" && tail != "" {
		if syscall.Rmdir(head) != nil {
			break
		}
		head, tail = posixSplit(head)
	}
	return runtime.None, nil
}

// srcDstFunc is a function of two paths (rename, replace, link, symlink);
// extra lists its accepted-but-ignored optional parameters ("*" starts the
// keyword-only ones).
func srcDstFunc(name string, op func(src, dst string) error, extra ...string) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var src, dst runtime.Object
		pairs := []any{"src", &src, "dst", &dst}
		for _, e := range extra {
			if e == "*" {
				pairs = append(pairs, e)
				continue
			}
			var ignored runtime.Object
			pairs = append(pairs, e+"?", &ignored)
		}
		if err := runtime.UnpackArgs(ts, name, args, kwnames, pairs...); err != nil {
			return nil, err
		}
		s, _, err := pathArg(ts, name, "src", src, false, false)
		if err != nil {
			return nil, err
		}
		d, _, err := pathArg(ts, name, "dst", dst, false, false)
		if err != nil {
			return nil, err
		}
		if err := op(s, d); err != nil {
			return nil, osError(err, src, dst)
		}
		return runtime.None, nil
	}
}

// ---- stat ----

// statResult builds an os.stat_result.
func (om *osModule) statResult(st *syscall.Stat_t) runtime.Object {
	at, mt, ct := statTimes(st)
	atime := time.Unix(at.Unix())
	mtime := time.Unix(mt.Unix())
	ctime := time.Unix(ct.Unix())
	vals := structValues(int64(st.Mode), int64(st.Ino), int64(st.Dev), int64(st.Nlink), int64(st.Uid), int64(st.Gid),
		st.Size, atime.Unix(), mtime.Unix(), ctime.Unix(),
		float64(atime.UnixNano())/1e9, float64(mtime.UnixNano())/1e9, float64(ctime.UnixNano())/1e9,
		atime.UnixNano(), mtime.UnixNano(), ctime.UnixNano(), int64(st.Blksize), int64(st.Blocks), int64(st.Rdev))
	// The float times are attributes; the int times are the sequence items
	// 7-9: the attribute values go first in the instance dict.
	r := newStructSeq(om.statType, &statResultDesc, append(vals[:10:10], vals[13:]...))
	in := r.(*runtime.Instance)
	for i, n := range []string{"st_atime", "st_mtime", "st_ctime"} {
		in.Dict.SetStr(n, vals[10+i])
		runtime.Decref(vals[10+i])
	}
	return r
}

func (om *osModule) stat(name string, follow bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p, dirFD, followObj runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "path", &p, "*", "dir_fd?", &dirFD, "follow_symlinks?", &followObj); err != nil {
			return nil, err
		}
		followLinks, err := argBool(ts, followObj, follow)
		if err != nil {
			return nil, err
		}
		path, fd, err := pathArg(ts, name, "path", p, follow, false)
		if err != nil {
			return nil, err
		}
		var st syscall.Stat_t
		ts.AllowThreads(func() {
			switch {
			case fd >= 0:
				err = syscall.Fstat(fd, &st)
			case followLinks:
				err = syscall.Stat(path, &st)
			default:
				err = syscall.Lstat(path, &st)
			}
		})
		if err != nil {
			return nil, osError(err, p, nil)
		}
		return om.statResult(&st), nil
	}
}

func (om *osModule) fstat(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var fdObj runtime.Object
	if err := runtime.UnpackArgs(ts, "fstat", args, kwnames, "fd", &fdObj); err != nil {
		return nil, err
	}
	fd, err := runtime.AsSsize(ts, fdObj)
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, osError(err, nil, nil)
	}
	return om.statResult(&st), nil
}

func osChmod(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, mode, dirFD, follow runtime.Object
	if err := runtime.UnpackArgs(ts, "chmod", args, kwnames, "path", &p, "mode", &mode, "*", "dir_fd?", &dirFD, "follow_symlinks?", &follow); err != nil {
		return nil, err
	}
	path, fd, err := pathArg(ts, "chmod", "path", p, true, false)
	if err != nil {
		return nil, err
	}
	m, err := runtime.AsSsize(ts, mode)
	if err != nil {
		return nil, err
	}
	if fd >= 0 {
		err = syscall.Fchmod(fd, uint32(m))
	} else {
		err = syscall.Chmod(path, uint32(m))
	}
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

func osAccess(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, mode, dirFD, effIDs, follow runtime.Object
	if err := runtime.UnpackArgs(ts, "access", args, kwnames, "path", &p, "mode", &mode, "*", "dir_fd?", &dirFD,
		"effective_ids?", &effIDs, "follow_symlinks?", &follow); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "access", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	m, err := runtime.AsSsize(ts, mode)
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(syscall.Access(path, uint32(m)) == nil), nil
}

func osUmask(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.umask", args, kwnames)
	if err != nil {
		return nil, err
	}
	m, err := runtime.AsSsize(ts, a)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(syscall.Umask(m))), nil
}

// ---- environment ----

// newEnviron makes os.environ: a dict subclass (os._Environ) whose item
// assignment and deletion also change the process environment, so child
// processes see the change.
func newEnviron(ts *runtime.ThreadState) (runtime.Object, error) {
	ns := runtime.NewDict()
	setStr(ns, "__module__", "os")
	t, err := runtime.NewClass(ts, runtime.TypeType, "_Environ", []*runtime.Type{runtime.DictType}, ns)
	runtime.Decref(ns)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(t)
	t.SetItem = func(ts *runtime.ThreadState, self, key, value runtime.Object) error {
		d := runtime.Unwrap(self).(*runtime.Dict)
		k, ok := asStr(key)
		if !ok {
			return runtime.NewTypeError("str expected, not %s", runtime.TypeName(key))
		}
		if value == nil {
			if present, err := d.DelItem(ts, key); err != nil || !present {
				if err == nil {
					err = runtime.NewKeyError(key)
				}
				return err
			}
			os.Unsetenv(k)
			return nil
		}
		v, ok := asStr(value)
		if !ok {
			return runtime.NewTypeError("str expected, not %s", runtime.TypeName(value))
		}
		if err := os.Setenv(k, v); err != nil {
			return osError(err, nil, nil)
		}
		return d.SetItem(ts, key, value)
	}
	base := t.GetItem
	t.GetItem = func(ts *runtime.ThreadState, self, key runtime.Object) (runtime.Object, error) {
		if _, ok := asStr(key); !ok {
			return nil, runtime.NewTypeError("str expected, not %s", runtime.TypeName(key))
		}
		if base != nil {
			return base(ts, self, key)
		}
		v, err := runtime.Unwrap(self).(*runtime.Dict).GetItem(ts, key)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, runtime.NewKeyError(key)
		}
		return runtime.Xref(v), nil
	}
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		r, err := runtime.Repr(ts, runtime.Unwrap(self))
		if err != nil {
			return "", err
		}
		return "environ(" + r + ")", nil
	}
	d := runtime.NewDict()
	for _, kv := range os.Environ() {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		setStr(d, k, v)
	}
	in := runtime.NewInstance(t)
	in.Base = d
	return in, nil
}

func (om *osModule) getenv(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var key, def runtime.Object
	if err := runtime.UnpackArgs(ts, "getenv", args, kwnames, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	if _, ok := asStr(key); !ok {
		return nil, runtime.NewTypeError("str expected, not %s", runtime.TypeName(key))
	}
	if def == nil {
		def = runtime.None
	}
	d := runtime.Unwrap(om.environ).(*runtime.Dict)
	v, err := d.GetItem(ts, key)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return runtime.Xref(def), nil
	}
	return runtime.Xref(v), nil
}

func osPutenv(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("posix.putenv", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	k, err := fsPath(ts, args[0])
	if err != nil {
		return nil, err
	}
	v, err := fsPath(ts, args[1])
	if err != nil {
		return nil, err
	}
	if k == "" || strings.Contains(k, "=") {
		return nil, runtime.NewValueError("illegal environment variable name")
	}
	if err := os.Setenv(k, v); err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.None, nil
}

func osUnsetenv(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.unsetenv", args, kwnames)
	if err != nil {
		return nil, err
	}
	k, err := fsPath(ts, a)
	if err != nil {
		return nil, err
	}
	os.Unsetenv(k)
	return runtime.None, nil
}

// ---- processes and misc ----

func osUrandom(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.urandom", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, a)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, runtime.NewValueError("negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(rand.Reader, buf); err != nil {
		return nil, osError(err, nil, nil)
	}
	return newBytes(buf)
}

// osKill is os.kill(pid, sig), delivered with kill(2).
// TODO(stdlib): when the signal module lands, a signal sent to the process
// itself must run the Python handler (the runtime's signal machinery).
func osKill(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var pidObj, sigObj runtime.Object
	if err := runtime.UnpackTuple(ts, "kill", args, kwnames, 2, &pidObj, &sigObj); err != nil {
		return nil, err
	}
	pid, err := runtime.AsSsize(ts, pidObj)
	if err != nil {
		return nil, err
	}
	sig, err := runtime.AsSsize(ts, sigObj)
	if err != nil {
		return nil, err
	}
	if pid == os.Getpid() && sig > 0 && sig < runtime.NSIG {
		// To itself: delivered (recorded for the handlers) before kill
		// returns, as in CPython; see sendSelf in signal.go.
		if err := sendSelf(ts, sig); err != nil {
			return nil, err
		}
		return runtime.None, nil
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.None, nil
}

func osGetloadavg(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.getloadavg", args, kwnames); err != nil {
		return nil, err
	}
	data, err := os.ReadFile("/proc/loadavg")
	fields := strings.Fields(string(data))
	if err != nil || len(fields) < 3 {
		return nil, runtime.NewOSError("Load averages are unobtainable")
	}
	var out []runtime.Object
	for _, f := range fields[:3] {
		v, _ := strconv.ParseFloat(f, 64)
		out = append(out, runtime.NewFloat(v))
	}
	return runtime.NewTuple(out), nil
}

func (om *osModule) times(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.times", args, kwnames); err != nil {
		return nil, err
	}
	t, err := processTimes()
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return newStructSeq(om.timesResult, &timesResultDesc, structValues(t[0], t[1], t[2], t[3], t[4])), nil
}

// osSystem is os.system(command): /bin/sh -c command with the process's own
// standard streams, the GIL released while it runs. It returns the wait
// status (exit code << 8, or the signal number).
func osSystem(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var c runtime.Object
	if err := runtime.UnpackArgs(ts, "system", args, kwnames, "command", &c); err != nil {
		return nil, err
	}
	command, err := fsPath(ts, c)
	if err != nil {
		return nil, err
	}
	var status int
	ts.AllowThreads(func() {
		cmd := exec.Command("/bin/sh", "-c", command)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
		err = cmd.Run()
		if cmd.ProcessState != nil {
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok {
				status = int(ws)
				err = nil
			}
		}
	})
	if err != nil {
		return runtime.NewInt(127 << 8), nil
	}
	return runtime.NewInt(int64(status)), nil
}

func osStrerror(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.strerror", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, a)
	if err != nil {
		return nil, err
	}
	// The message is the one runtime puts in OSError (C's strerror text).
	e := runtime.NewOSErrorFromErrno(syscall.Errno(n), "", "")
	defer runtime.Decref(e)
	return runtime.Xref(e.Args.Items[1]), nil
}

func osFspath(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "fspath", args, kwnames, "path", &p); err != nil {
		return nil, err
	}
	if _, ok := asStr(p); ok {
		return runtime.Xref(p), nil
	}
	if _, ok := runtime.BytesData(p); ok {
		return runtime.Xref(p), nil
	}
	if r, found, err := runtime.CallDunder(ts, p, "__fspath__"); found {
		if err != nil {
			return nil, err
		}
		if _, ok := asStr(r); ok {
			return r, nil
		}
		runtime.Decref(r)
		return nil, runtime.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", runtime.TypeName(p), runtime.TypeName(r))
	}
	return nil, runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", runtime.TypeName(p))
}

func osExit(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix._exit", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, a)
	if err != nil {
		return nil, err
	}
	os.Exit(n)
	return nil, nil
}

// ---- file descriptors ----

func osOpen(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, flags, mode, dirFD runtime.Object
	if err := runtime.UnpackArgs(ts, "open", args, kwnames, "path", &p, "flags", &flags, "mode?", &mode, "*", "dir_fd?", &dirFD); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "open", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	fl, err := runtime.AsSsize(ts, flags)
	if err != nil {
		return nil, err
	}
	perm := 0o777
	if mode != nil {
		if perm, err = runtime.AsSsize(ts, mode); err != nil {
			return nil, err
		}
	}
	var fd int
	ts.AllowThreads(func() { fd, err = syscall.Open(path, fl|syscall.O_CLOEXEC, uint32(perm)) })
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.NewInt(int64(fd)), nil
}

func fdArg(ts *runtime.ThreadState, o runtime.Object) (int, error) { return runtime.AsSsize(ts, o) }

func osClose(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var f runtime.Object
	if err := runtime.UnpackArgs(ts, "close", args, kwnames, "fd", &f); err != nil {
		return nil, err
	}
	fd, err := fdArg(ts, f)
	if err != nil {
		return nil, err
	}
	if err := syscall.Close(fd); err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.None, nil
}

func osRead(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("posix.read", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fd, err := fdArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, newOSError(syscall.EINVAL, nil, nil)
	}
	buf := make([]byte, n)
	var k int
	ts.AllowThreads(func() {
		for {
			k, err = syscall.Read(fd, buf)
			if err != syscall.EINTR {
				return
			}
		}
	})
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return newBytes(buf[:k])
}

func osWrite(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("posix.write", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fd, err := fdArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	data, ok := runtime.BytesData(args[1])
	if !ok {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(args[1]))
	}
	var n int
	ts.AllowThreads(func() {
		for {
			n, err = syscall.Write(fd, data)
			if err != syscall.EINTR {
				return
			}
		}
	})
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewInt(int64(n)), nil
}

func osIsatty(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.isatty", args, kwnames)
	if err != nil {
		return nil, err
	}
	fd, err := fdArg(ts, a)
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil {
		return runtime.False, nil
	}
	return runtime.NewBool(st.Mode&syscall.S_IFMT == syscall.S_IFCHR && terminalSize(fd) == nil), nil
}

func (om *osModule) getTerminalSize(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("get_terminal_size", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	fd := 1
	if len(args) == 1 {
		var err error
		if fd, err = fdArg(ts, args[0]); err != nil {
			return nil, err
		}
	}
	ws, err := terminalSizeOf(fd)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return newStructSeq(om.terminalSize, &terminalSizeDesc, structValues(ws[0], ws[1])), nil
}

func osReadlink(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, dirFD runtime.Object
	if err := runtime.UnpackArgs(ts, "readlink", args, kwnames, "path", &p, "*", "dir_fd?", &dirFD); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "readlink", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	target, err := os.Readlink(path)
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.NewStr(target), nil
}
