package stdlib

import (
	"os"
	"os/user"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// Less common os functions: descriptors, uname, fsencode, utime, ...

var unameResultDesc = structSeqDesc{module: "posix", name: "uname_result",
	fields: []string{"sysname", "nodename", "release", "version", "machine"}}

func (om *osModule) extraFuncs(ts *runtime.ThreadState) ([]funcDef, error) {
	unameType, err := newStructSeqType(ts, &unameResultDesc)
	if err != nil {
		return nil, err
	}
	om.unameType = unameType
	return []funcDef{
		{"uname", om.uname},
		{"getlogin", osGetlogin},
		{"fsync", fdFunc("fsync", syscall.Fsync)},
		{"fdatasync", fdFunc("fdatasync", syscall.Fsync)},
		{"fsencode", osFsencode},
		{"fsdecode", osFsdecode},
		{"truncate", osTruncate},
		{"ftruncate", osFtruncate},
		{"lseek", osLseek},
		{"dup", osDup},
		{"dup2", osDup2},
		{"pipe", osPipe},
		{"utime", osUtime},
		{"renames", osRenames},
		{"getcwdb", osGetcwdb},
	}, nil
}

func (om *osModule) uname(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.uname", args, kwnames); err != nil {
		return nil, err
	}
	fields, err := unameFields()
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return newStructSeq(om.unameType, &unameResultDesc, structValues(fields[0], fields[1], fields[2], fields[3], fields[4])), nil
}

func osGetlogin(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.getlogin", args, kwnames); err != nil {
		return nil, err
	}
	if name := os.Getenv("LOGNAME"); name != "" {
		return runtime.NewStr(name), nil
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return runtime.NewStr(u.Username), nil
	}
	return nil, newOSError(syscall.ENXIO, nil, nil)
}

func fdFunc(name string, f func(int) error) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		a, err := runtime.OneArg("posix."+name, args, kwnames)
		if err != nil {
			return nil, err
		}
		fd, err := fdOf(ts, a)
		if err != nil {
			return nil, err
		}
		var ferr error
		ts.AllowThreads(func() { ferr = f(fd) })
		if ferr != nil {
			return nil, osError(ferr, nil, nil)
		}
		return runtime.None, nil
	}
}

// fdOf accepts a descriptor or an object with fileno() (os.fsync(f)).
func fdOf(ts *runtime.ThreadState, o runtime.Object) (int, error) {
	if _, ok := o.(*runtime.Int); !ok && o.Type().Index == nil {
		r, err := runtime.CallMethod(ts, o, "fileno")
		if err != nil {
			return 0, runtime.NewTypeError("argument must be an int, or have a fileno() method.")
		}
		defer runtime.Decref(r)
		o = r
	}
	return runtime.AsSsize(ts, o)
}

func osFsencode(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "fsencode", args, kwnames, "filename", &p); err != nil {
		return nil, err
	}
	s, isBytes, err := pathValue(ts, p)
	if err != nil {
		return nil, err
	}
	if isBytes {
		return runtime.Xref(p), nil
	}
	return runtime.NewBytes([]byte(s)), nil
}

func osFsdecode(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "fsdecode", args, kwnames, "filename", &p); err != nil {
		return nil, err
	}
	s, _, err := pathValue(ts, p)
	if err != nil {
		return nil, err
	}
	return runtime.NewStr(s), nil
}

func osTruncate(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, length runtime.Object
	if err := runtime.UnpackArgs(ts, "truncate", args, kwnames, "path", &p, "length", &length); err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, length)
	if err != nil {
		return nil, err
	}
	path, fd, err := pathArg(ts, "truncate", "path", p, true, false)
	if err != nil {
		return nil, err
	}
	if fd >= 0 {
		err = syscall.Ftruncate(fd, int64(n))
	} else {
		err = syscall.Truncate(path, int64(n))
	}
	if err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

func osFtruncate(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("posix.ftruncate", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	fd, err := runtime.AsSsize(ts, args[0])
	if err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	if err := syscall.Ftruncate(fd, int64(n)); err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.None, nil
}

func osLseek(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("posix.lseek", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	var v [3]int
	for i, a := range args {
		n, err := runtime.AsSsize(ts, a)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	off, err := syscall.Seek(v[0], int64(v[1]), v[2])
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewInt(off), nil
}

func osDup(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	a, err := runtime.OneArg("posix.dup", args, kwnames)
	if err != nil {
		return nil, err
	}
	fd, err := runtime.AsSsize(ts, a)
	if err != nil {
		return nil, err
	}
	nfd, err := syscall.Dup(fd)
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	syscall.CloseOnExec(nfd)
	return runtime.NewInt(int64(nfd)), nil
}

func osDup2(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var fdObj, fd2Obj, inheritable runtime.Object
	if err := runtime.UnpackArgs(ts, "dup2", args, kwnames, "fd", &fdObj, "fd2", &fd2Obj, "inheritable?", &inheritable); err != nil {
		return nil, err
	}
	fd, err := runtime.AsSsize(ts, fdObj)
	if err != nil {
		return nil, err
	}
	fd2, err := runtime.AsSsize(ts, fd2Obj)
	if err != nil {
		return nil, err
	}
	if err := dup2(fd, fd2); err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewInt(int64(fd2)), nil
}

func osPipe(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.pipe", args, kwnames); err != nil {
		return nil, err
	}
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		return nil, osError(err, nil, nil)
	}
	syscall.CloseOnExec(p[0])
	syscall.CloseOnExec(p[1])
	return tupleOf(runtime.NewInt(int64(p[0])), runtime.NewInt(int64(p[1]))), nil
}

func osUtime(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p, times, ns, dirFD, follow runtime.Object
	if err := runtime.UnpackArgs(ts, "utime", args, kwnames, "path", &p, "times?", &times, "*", "ns?", &ns,
		"dir_fd?", &dirFD, "follow_symlinks?", &follow); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "utime", "path", p, false, false)
	if err != nil {
		return nil, err
	}
	atime, mtime := time.Now(), time.Now()
	switch {
	case !isNone(times):
		tup, ok := times.(*runtime.Tuple)
		if !ok || len(tup.Items) != 2 {
			return nil, runtime.NewTypeError("utime: 'times' must be either a tuple of two ints or None")
		}
		a, err := runtime.AsFloat(ts, tup.Items[0])
		if err != nil {
			return nil, err
		}
		m, err := runtime.AsFloat(ts, tup.Items[1])
		if err != nil {
			return nil, err
		}
		atime, mtime = time.Unix(0, int64(a*1e9)), time.Unix(0, int64(m*1e9))
	case !isNone(ns):
		tup, ok := ns.(*runtime.Tuple)
		if !ok || len(tup.Items) != 2 {
			return nil, runtime.NewTypeError("utime: 'ns' must be a tuple of two ints")
		}
		var v [2]int
		for i, x := range tup.Items {
			if v[i], err = runtime.AsSsize(ts, x); err != nil {
				return nil, err
			}
		}
		atime, mtime = time.Unix(0, int64(v[0])), time.Unix(0, int64(v[1]))
	}
	if err := os.Chtimes(path, atime, mtime); err != nil {
		return nil, osError(err, p, nil)
	}
	return runtime.None, nil
}

// osRenames is os.renames(old, new): create the new parents, rename, then
// prune the old parents that became empty (Lib/os.py).
func osRenames(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var oldObj, newObj runtime.Object
	if err := runtime.UnpackArgs(ts, "renames", args, kwnames, "old", &oldObj, "new", &newObj); err != nil {
		return nil, err
	}
	oldPath, err := fsPath(ts, oldObj)
	if err != nil {
		return nil, err
	}
	newPath, err := fsPath(ts, newObj)
	if err != nil {
		return nil, err
	}
	if head, tail := posixSplit(newPath); head != "" && tail != "" && !pathExists(head) {
		if err := makedirs(head, 0o777, false); err != nil {
			return nil, osError(err, runtime.NewStr(head), nil)
		}
	}
	if err := syscall.Rename(oldPath, newPath); err != nil {
		return nil, osError(err, oldObj, newObj)
	}
	head, tail := posixSplit(oldPath)
	for head != "" && tail != "" {
		if syscall.Rmdir(head) != nil {
			break
		}
		head, tail = posixSplit(head)
	}
	return runtime.None, nil
}

func osGetcwdb(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("posix.getcwdb", args, kwnames); err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, osError(err, nil, nil)
	}
	return runtime.NewBytes([]byte(wd)), nil
}
