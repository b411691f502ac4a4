package stdlib

import "github.com/minipy/minipy/runtime"

// _thread._local (threading.local): an object whose attributes are
// per-thread. Each thread's attribute dict lives in ThreadState.Locals,
// keyed by the local object; an attribute access swaps the accessing
// thread's dict in as the instance dict, then does the usual lookup. All of
// it happens under the GIL, and the swap is undone before any Python code
// can run, so threads never see each other's dicts.
//
// A subclass's __init__ runs once per thread: at creation for the creating
// thread (the normal type call), and with the same arguments on a thread's
// first access for every other thread.

type localObject struct {
	runtime.Header
	interp *runtime.Interpreter
	// args and kwnames are the constructor's arguments, for __init__ in
	// other threads.
	args    []runtime.Object
	kwnames []string
	// cur is the accessing thread's dict during an access (plain
	// threading.local instances; subclass instances swap Instance.Dict).
	cur *runtime.Dict
}

func (l *localObject) Type() *runtime.Type { return localType }

// InstanceDict implements runtime.DictHolder.
func (l *localObject) InstanceDict() *runtime.Dict { return l.cur }

func localOf(o runtime.Object) *localObject { return runtime.Unwrap(o).(*localObject) }

// dictFor returns ts's dict for the local, creating it (and running a
// subclass's __init__) on the thread's first access.
func (l *localObject) dictFor(ts *runtime.ThreadState, self runtime.Object) (*runtime.Dict, error) {
	if d := ts.Locals[l]; d != nil {
		return d, nil
	}
	d := runtime.NewDict()
	if ts.Locals == nil {
		ts.Locals = map[runtime.Object]*runtime.Dict{}
	}
	ts.Locals[l] = d
	if init := self.Type().Lookup("__init__"); init != nil && self.Type().Flags&runtime.FlagHeap != 0 {
		if md, ok := init.(*runtime.MethodDescr); !ok || md.Owner.Flags&runtime.FlagHeap != 0 {
			call := append([]runtime.Object{self}, l.args...)
			r, err := runtime.Call(ts, init, call, l.kwnames)
			if err != nil {
				delete(ts.Locals, l)
				runtime.Decref(d)
				return nil, err
			}
			runtime.Decref(r)
		}
	}
	return d, nil
}

// with runs fn with ts's dict installed as self's instance dict.
func (l *localObject) with(ts *runtime.ThreadState, self runtime.Object, fn func(d *runtime.Dict) error) error {
	d, err := l.dictFor(ts, self)
	if err != nil {
		return err
	}
	if inst, ok := self.(*runtime.Instance); ok {
		saved := inst.Dict
		inst.Dict = d
		defer func() { inst.Dict = saved }()
	} else {
		saved := l.cur
		l.cur = d
		defer func() { l.cur = saved }()
	}
	return fn(d)
}

var localType = func() *runtime.Type {
	t := newType("_thread", "_local", nil)
	t.Flags |= runtime.FlagBaseType
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		l := newObject(&localObject{interp: ts.Interp, kwnames: append([]string(nil), kwnames...)})
		for _, a := range args {
			l.args = append(l.args, runtime.Xref(a))
		}
		if ts.Locals == nil {
			ts.Locals = map[runtime.Object]*runtime.Dict{}
		}
		ts.Locals[l] = runtime.NewDict()
		return l, nil
	}
	t.Init = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) error {
		if len(args) > 0 {
			return runtime.NewTypeError("Initialization arguments are not supported")
		}
		return nil
	}
	t.GetAttr = func(ts *runtime.ThreadState, self runtime.Object, name *runtime.Str) (runtime.Object, error) {
		var out runtime.Object
		err := localOf(self).with(ts, self, func(d *runtime.Dict) error {
			if name.S == "__dict__" {
				out = runtime.Xref(d)
				return nil
			}
			v, err := runtime.GenericGetAttr(ts, self, name)
			out = v
			return err
		})
		return out, err
	}
	t.SetAttr = func(ts *runtime.ThreadState, self runtime.Object, name *runtime.Str, value runtime.Object) error {
		if name.S == "__dict__" {
			return runtime.NewAttributeError("'%s' object attribute '__dict__' is read-only", runtime.TypeName(self))
		}
		return localOf(self).with(ts, self, func(*runtime.Dict) error {
			return runtime.GenericSetAttr(ts, self, name, value)
		})
	}
	t.Dealloc = func(o runtime.Object) {
		l := o.(*localObject)
		for _, ts := range l.interp.Threads() {
			if d := ts.Locals[l]; d != nil {
				delete(ts.Locals, l)
				runtime.Decref(d)
			}
		}
		for _, a := range l.args {
			runtime.Decref(a)
		}
		l.args = nil
	}
	return t.Ready()
}()
