package stdlib

import (
	"os"
	"syscall"

	"github.com/minipy/minipy/runtime"
)

// ---- os.scandir and DirEntry ----

type dirEntry struct {
	runtime.Header
	om         *osModule
	name, path string
	typ        os.FileMode // the type bits from the directory listing
}

func (d *dirEntry) Type() *runtime.Type { return dirEntryType }

// isDir reports whether the entry is a directory (following a symlink when
// follow is set).
func (d *dirEntry) isDir(follow bool) bool {
	if d.typ&os.ModeSymlink != 0 {
		if !follow {
			return false
		}
		st, err := os.Stat(d.path)
		return err == nil && st.IsDir()
	}
	return d.typ.IsDir()
}

func (d *dirEntry) isFile(follow bool) bool {
	if d.typ&os.ModeSymlink != 0 {
		if !follow {
			return false
		}
		st, err := os.Stat(d.path)
		return err == nil && st.Mode().IsRegular()
	}
	return d.typ.IsRegular()
}

func followArg(ts *runtime.ThreadState, name string, args []runtime.Object, kwnames []string) (bool, error) {
	var follow runtime.Object
	if err := runtime.UnpackArgs(ts, name, args, kwnames, "*", "follow_symlinks?", &follow); err != nil {
		return false, err
	}
	return argBool(ts, follow, true)
}

var dirEntryType = func() *runtime.Type {
	t := newType("posix", "DirEntry", nil)
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return "<DirEntry " + runtime.StrRepr(self.(*dirEntry).name) + ">", nil
	}
	addGetters(t, []getter{
		{name: "name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(self.(*dirEntry).name), nil
		}},
		{name: "path", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(self.(*dirEntry).path), nil
		}},
	})
	addMethods(t, []method{
		{name: "is_dir", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			follow, err := followArg(ts, "is_dir", args, kwnames)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(self.(*dirEntry).isDir(follow)), nil
		}},
		{name: "is_file", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			follow, err := followArg(ts, "is_file", args, kwnames)
			if err != nil {
				return nil, err
			}
			return runtime.NewBool(self.(*dirEntry).isFile(follow)), nil
		}},
		{name: "is_symlink", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := runtime.NoArgs("is_symlink", args, kwnames); err != nil {
				return nil, err
			}
			return runtime.NewBool(self.(*dirEntry).typ&os.ModeSymlink != 0), nil
		}},
		{name: "stat", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			d := self.(*dirEntry)
			follow, err := followArg(ts, "stat", args, kwnames)
			if err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			if follow {
				err = syscall.Stat(d.path, &st)
			} else {
				err = syscall.Lstat(d.path, &st)
			}
			if err != nil {
				p := runtime.NewStr(d.path)
				defer runtime.Decref(p)
				return nil, osError(err, p, nil)
			}
			return d.om.statResult(&st), nil
		}},
		{name: "inode", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			var st syscall.Stat_t
			if err := syscall.Lstat(self.(*dirEntry).path, &st); err != nil {
				return nil, osError(err, nil, nil)
			}
			return runtime.NewInt(int64(st.Ino)), nil
		}},
		{name: "__fspath__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.NewStr(self.(*dirEntry).path), nil
		}},
	})
	return t.Ready()
}()

// scanDir lists a directory in its own order (no sorting, like readdir).
func scanDir(ts *runtime.ThreadState, path string) ([]os.DirEntry, error) {
	var entries []os.DirEntry
	var err error
	ts.AllowThreads(func() {
		var f *os.File
		f, err = os.Open(path)
		if err != nil {
			return
		}
		defer f.Close()
		entries, err = f.ReadDir(-1)
	})
	return entries, err
}

func joinPath(dir, name string) string {
	if dir == "" || dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

type scandirIterator struct {
	runtime.Header
	entries []*dirEntry
	pos     int
}

func (s *scandirIterator) Type() *runtime.Type { return scandirIteratorType }

func (s *scandirIterator) close() {
	rest := s.entries[s.pos:]
	s.entries, s.pos = nil, 0
	for _, e := range rest {
		runtime.Decref(e)
	}
}

var scandirIteratorType = func() *runtime.Type {
	t := newType("posix", "ScandirIterator", nil)
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		s := self.(*scandirIterator)
		if s.pos >= len(s.entries) {
			return nil, nil
		}
		e := s.entries[s.pos]
		s.entries[s.pos] = nil
		s.pos++
		return e, nil
	}
	t.Dealloc = func(o runtime.Object) { o.(*scandirIterator).close() }
	addMethods(t, []method{
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			self.(*scandirIterator).close()
			return runtime.None, nil
		}},
		{name: "__enter__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return runtime.Xref(self), nil
		}},
		{name: "__exit__", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			self.(*scandirIterator).close()
			return runtime.False, nil
		}},
	})
	return t.Ready()
}()

// osModuleOf finds the os module state behind a function call; scandir and
// walk need the per-interpreter stat_result class.
func osModuleOf(ts *runtime.ThreadState) *osModule {
	om := &osModule{}
	if m, ok := ts.Interp.Modules.GetStr("os").(*runtime.Module); ok {
		if t, ok := m.Dict.GetStr("stat_result").(*runtime.Type); ok {
			om.statType = t
		}
	}
	if om.statType == nil {
		om.statType, _ = newStructSeqType(ts, &statResultDesc)
	}
	return om
}

func osScandir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var p runtime.Object
	if err := runtime.UnpackArgs(ts, "scandir", args, kwnames, "path?", &p); err != nil {
		return nil, err
	}
	path, _, err := pathArg(ts, "scandir", "path", p, false, true)
	if err != nil {
		return nil, err
	}
	list, err := scanDir(ts, path)
	if err != nil {
		if p == nil {
			p = runtime.NewStr(".")
			defer runtime.Decref(p)
		}
		return nil, osError(err, p, nil)
	}
	om := osModuleOf(ts)
	it := newObject(&scandirIterator{})
	prefix := path
	if p == nil {
		prefix = "."
	}
	for _, e := range list {
		it.entries = append(it.entries, newObject(&dirEntry{om: om, name: e.Name(), path: joinPath(prefix, e.Name()), typ: e.Type()}))
	}
	return it, nil
}

// ---- os.walk ----

// walkIterator is os.walk(top, topdown=True, onerror=None,
// followlinks=False): each step yields (dirpath, dirnames, filenames). When
// walking top-down, the dirnames list the caller got decides which
// subdirectories are visited next, so pruning it in place works.
type walkIterator struct {
	runtime.Header
	topdown, followlinks bool
	onerror              runtime.Object
	// stack holds pending work, last first: a directory to scan, a
	// top-down descent (dirpath and the dirnames list yielded for it), or a
	// bottom-up result ready to yield.
	stack []walkItem
}

type walkItem struct {
	path    string
	dirs    *runtime.List  // top-down descent: the yielded dirnames
	result  runtime.Object // bottom-up: the triple to yield
	descend bool
}

func (w *walkIterator) Type() *runtime.Type { return walkIteratorType }

var walkIteratorType = func() *runtime.Type {
	t := newType("os", "walk_iterator", nil)
	t.Iter = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.Xref(self), nil
	}
	t.Next = func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return self.(*walkIterator).next(ts)
	}
	t.Dealloc = func(o runtime.Object) {
		w := o.(*walkIterator)
		for _, it := range w.stack {
			if it.dirs != nil {
				runtime.Decref(it.dirs)
			}
			runtime.Decref(it.result)
		}
		w.stack = nil
		runtime.Decref(w.onerror)
		w.onerror = nil
	}
	return t.Ready()
}()

// scan lists one directory for walk, splitting directories from files.
// On error it calls onerror (if any) and reports ok false.
func (w *walkIterator) scan(ts *runtime.ThreadState, path string) (dirs, files []string, ok bool, err error) {
	entries, serr := scanDir(ts, path)
	if serr != nil {
		if w.onerror != nil {
			p := runtime.NewStr(path)
			e := osError(serr, p, nil)
			runtime.Decref(p)
			r, err := runtime.Call(ts, w.onerror, []runtime.Object{e.(*runtime.Exception)}, nil)
			runtime.Decref(e.(*runtime.Exception))
			runtime.Decref(r)
			if err != nil {
				return nil, nil, false, err
			}
		}
		return nil, nil, false, nil
	}
	for _, e := range entries {
		d := &dirEntry{name: e.Name(), path: joinPath(path, e.Name()), typ: e.Type()}
		if d.isDir(true) {
			dirs = append(dirs, d.name)
		} else {
			files = append(files, d.name)
		}
	}
	return dirs, files, true, nil
}

// descendInto reports whether walk should enter dir (symlinks only with
// followlinks).
func (w *walkIterator) descendInto(dir string) bool {
	if w.followlinks {
		return true
	}
	st, err := os.Lstat(dir)
	return err == nil && st.Mode()&os.ModeSymlink == 0
}

func (w *walkIterator) next(ts *runtime.ThreadState) (runtime.Object, error) {
	for len(w.stack) > 0 {
		it := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		switch {
		case it.result != nil:
			return it.result, nil
		case it.descend:
			// Visit the subdirectories the caller left in dirnames, in order.
			names := it.dirs.Items
			for i := len(names) - 1; i >= 0; i-- {
				name, ok := asStr(names[i])
				if !ok {
					continue
				}
				sub := joinPath(it.path, name)
				if w.descendInto(sub) {
					w.stack = append(w.stack, walkItem{path: sub})
				}
			}
			runtime.Decref(it.dirs)
		default:
			dirs, files, ok, err := w.scan(ts, it.path)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			dirList := listOfStrings(dirs)
			triple := tupleOf(runtime.NewStr(it.path), dirList, listOfStrings(files))
			if w.topdown {
				runtime.Incref(dirList)
				w.stack = append(w.stack, walkItem{path: it.path, dirs: dirList, descend: true})
				return triple, nil
			}
			w.stack = append(w.stack, walkItem{result: triple})
			for i := len(dirs) - 1; i >= 0; i-- {
				sub := joinPath(it.path, dirs[i])
				if w.descendInto(sub) {
					w.stack = append(w.stack, walkItem{path: sub})
				}
			}
		}
	}
	return nil, nil
}

func osWalk(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var top, topdown, onerror, followlinks runtime.Object
	if err := runtime.UnpackArgs(ts, "walk", args, kwnames, "top", &top, "topdown?", &topdown, "onerror?", &onerror, "followlinks?", &followlinks); err != nil {
		return nil, err
	}
	path, err := fsPath(ts, top)
	if err != nil {
		return nil, err
	}
	w := &walkIterator{stack: []walkItem{{path: path}}}
	if w.topdown, err = argBool(ts, topdown, true); err != nil {
		return nil, err
	}
	if w.followlinks, err = argBool(ts, followlinks, false); err != nil {
		return nil, err
	}
	if !isNone(onerror) {
		w.onerror = runtime.Xref(onerror)
	}
	return newObject(w), nil
}
