package stdlib

import (
	"strings"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// os functions the file-handling modules (tempfile, shutil, pathlib) need:
// fdopen, statvfs, get_exec_path, chown, and a few more O_* flags.

var statvfsResultDesc = structSeqDesc{module: "os", name: "statvfs_result",
	fields: []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
		"f_flag", "f_namemax", "f_fsid"}, nSeq: 10}

func (om *osModule) moreFuncs(ts *runtime.ThreadState, m *runtime.Module) error {
	t, err := newStructSeqType(ts, &statvfsResultDesc)
	if err != nil {
		return err
	}
	om.statvfsType = t
	setNew(m, "statvfs_result", t)
	addFuncs(m, []funcDef{
		{"fdopen", osFdopen},
		{"statvfs", om.statvfs},
		{"get_exec_path", om.getExecPath},
		{"chown", osChown("chown", true)},
		{"lchown", osChown("lchown", false)},
	})
	addInts(m, []string{"O_NOFOLLOW", "O_DIRECTORY", "O_NOCTTY", "O_SYNC", "O_DSYNC"},
		[]int64{int64(syscall.O_NOFOLLOW), int64(syscall.O_DIRECTORY), int64(syscall.O_NOCTTY),
			int64(syscall.O_SYNC), int64(syscall.O_DSYNC)})
	return nil
}

// osFdopen is open(fd, ...) after checking that fd is an integer.
func osFdopen(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(args)-len(kwnames) < 1 {
		return nil, runtime.NewTypeError("fdopen() missing 1 required positional argument: 'fd'")
	}
	if _, ok := args[0].(*runtime.Int); !ok {
		return nil, runtime.NewTypeError("invalid fd type (<class '%s'>, expected integer)", args[0].Type().FullName())
	}
	open, err := runtime.GetAttrStr(ts, ts.Interp.Builtins, "open")
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(open)
	return runtime.Call(ts, open, args, kwnames)
}

func (om *osModule) statvfs(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "statvfs", args, kwnames, "path", &p); err != nil {
		return nil, err
	}
	path, fd, err := pathArg(ts, "statvfs", "path", p, true, false)
	if err != nil {
		return nil, err
	}
	var v [11]uint64
	ts.AllowThreads(func() { v, err = statvfsOf(path, fd) })
	if err != nil {
		return nil, osError(err, p, nil)
	}
	vals := make([]any, 11)
	for i, x := range v {
		vals[i] = int64(x)
	}
	return newStructSeq(om.statvfsType, &statvfsResultDesc, structValues(vals...)), nil
}

// getExecPath splits env["PATH"] (os.environ when env is None), or
// os.defpath when there is no PATH.
func (om *osModule) getExecPath(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var env runtime.Object = runtime.None
	if err := runtime.UnpackArgs(ts, "get_exec_path", args, kwnames, "env?", &env); err != nil {
		return nil, err
	}
	if isNone(env) {
		env = om.environ
	}
	path := "/bin:/usr/bin"
	v, err := runtime.CallMethod(ts, env, "get", runtime.NewStr("PATH"))
	if err != nil {
		return nil, err
	}
	if s, ok := v.(*runtime.Str); ok {
		path = s.S
	} else if !isNone(v) {
		runtime.Decref(v)
		return nil, runtime.NewTypeError("PATH must be a str")
	}
	runtime.Decref(v)
	parts := strings.Split(path, ":")
	items := make([]runtime.Object, len(parts))
	for i, s := range parts {
		items[i] = runtime.NewStr(s)
	}
	return runtime.NewList(items), nil
}

func osChown(name string, follow bool) runtime.BuiltinFn {
	return func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var p, uid, gid, dirFD, followArg runtime.Object
		if err := runtime.UnpackArgs(ts, name, args, kwnames, "path", &p, "uid", &uid, "gid", &gid, "*", "dir_fd?", &dirFD,
			"follow_symlinks?", &followArg); err != nil {
			return nil, err
		}
		path, fd, err := pathArg(ts, name, "path", p, follow, false)
		if err != nil {
			return nil, err
		}
		u, err := runtime.AsSsize(ts, uid)
		if err != nil {
			return nil, err
		}
		g, err := runtime.AsSsize(ts, gid)
		if err != nil {
			return nil, err
		}
		if followArg != nil {
			t, err := runtime.Truth(ts, followArg)
			if err != nil {
				return nil, err
			}
			follow = follow && t
		}
		switch {
		case fd >= 0:
			err = syscall.Fchown(fd, u, g)
		case follow:
			err = syscall.Chown(path, u, g)
		default:
			err = syscall.Lchown(path, u, g)
		}
		if err != nil {
			return nil, osError(err, p, nil)
		}
		return runtime.None, nil
	}
}
