package vm

import (
	"github.com/minipy/minipy/compiler"
	rt "github.com/minipy/minipy/runtime"
)

// Generator is a generator, coroutine or async generator: a suspended frame
// resumed by send/throw. It runs on the caller's Go stack (no goroutine).
type Generator struct {
	rt.Header
	vm      *VM
	frame   *Frame
	name    string
	qual    string
	kind    genKind
	started bool
	running bool
	// finished is set after the frame returned or raised.
	finished bool
	// excState is the exception the suspended frame is handling (an
	// except block spanning a yield), owned; it is the thread's ExcInfo
	// while the frame runs, as CPython's gi_exc_state.
	excState *rt.Exception
	// outer, while the frame runs, is the exception its caller is
	// handling (borrowed): with no handler of its own, the generator sees
	// that one (for __context__), as CPython's exc_info chain does.
	outer *rt.Exception
	// hooksDone is set once an async generator has met the thread's
	// asyncgen hooks (at its first asend/athrow/aclose); finalizer is the
	// finalizer hook it got then, called instead of a plain close when it
	// is collected unfinished.
	hooksDone bool
	finalizer rt.Object
}

// handledException is the exception being handled for __context__ and a
// bare raise: the thread's, or within a generator that handles none, the
// one its caller handles.
func handledException(ts *rt.ThreadState) *rt.Exception {
	if ts.ExcInfo != nil {
		return ts.ExcInfo
	}
	if f, ok := ts.Frame.(*Frame); ok && f.gen != nil {
		return f.gen.outer
	}
	return nil
}

type genKind int

const (
	kindGenerator genKind = iota
	kindCoroutine
	kindAsyncGen
)

var (
	GeneratorType = rt.NewBuiltinType("generator", rt.ObjectType)
	CoroutineType = rt.NewBuiltinType("coroutine", rt.ObjectType)
	AsyncGenType  = rt.NewBuiltinType("async_generator", rt.ObjectType)
)

func (g *Generator) Type() *rt.Type {
	switch g.kind {
	case kindCoroutine:
		return CoroutineType
	case kindAsyncGen:
		return AsyncGenType
	}
	return GeneratorType
}

func newGenerator(vm *VM, f *Frame, fn *Function) *Generator {
	g := &Generator{Header: rt.Header{}, vm: vm, frame: f, name: fn.name, qual: fn.qualname}
	rt.Incref(g)
	rt.Track(g)
	switch {
	case f.code.Flags&compiler.CO_ASYNC_GENERATOR != 0:
		g.kind = kindAsyncGen
	case f.code.Flags&compiler.CO_COROUTINE != 0:
		g.kind = kindCoroutine
	}
	f.gen = g
	return g
}

// resume runs the generator until it yields (done=false) or returns
// (done=true, r is the return value). throw, if set, is raised inside.
func (g *Generator) resume(ts *rt.ThreadState, v rt.Object, throw *rt.Exception) (r rt.Object, done bool, err error) {
	if g.running {
		if throw != nil {
			rt.Decref(throw)
		}
		what := "generator"
		if g.kind == kindCoroutine {
			what = "coroutine"
		}
		return nil, false, rt.NewValueError("%s already executing", what)
	}
	if g.finished {
		if throw != nil {
			return nil, false, throw
		}
		if g.kind == kindCoroutine {
			return nil, false, rt.NewRuntimeError("cannot reuse already awaited coroutine")
		}
		return nil, true, nil
	}
	f := g.frame
	if !g.started {
		if throw == nil && v != nil && v != rt.None {
			return nil, false, rt.NewTypeError("can't send non-None value to a just-started %s", g.kindName())
		}
		g.started = true
	} else if throw == nil {
		if v == nil {
			v = rt.None
		}
		rt.Incref(v)
		f.stack[f.sp] = v
		f.sp++
	} else if recv := g.delegate(); recv != nil {
		return g.throwDelegated(ts, recv, throw)
	}
	return g.run(ts, throw)
}

// run evaluates the frame from where it stopped, raising throw there first
// if it is set.
func (g *Generator) run(ts *rt.ThreadState, throw *rt.Exception) (r rt.Object, done bool, err error) {
	f := g.frame
	caller := ts.ExcInfo
	g.outer = handledException(ts)
	ts.ExcInfo, g.excState = g.excState, nil
	g.running = true
	r, err = g.vm.runFrame(ts, f, throw)
	g.running = false
	// A suspended or finished generator's frame has no caller (f_back is
	// None, as in CPython): the frame that resumed it may go.
	if b := f.back; b != nil {
		f.back = nil
		rt.Decref(b)
	}
	g.excState, ts.ExcInfo = ts.ExcInfo, caller
	g.outer = nil
	if err != nil {
		g.finished = true
		if e, ok := err.(*rt.Exception); ok && (e.IsInstance(rt.StopIterationType) ||
			g.kind == kindAsyncGen && e.IsInstance(rt.StopAsyncIterationType)) {
			what := "StopIteration"
			if !e.IsInstance(rt.StopIterationType) {
				what = "StopAsyncIteration"
			}
			// PEP 479: StopIteration raised inside a generator becomes RuntimeError.
			re := rt.NewRuntimeError("%s raised %s", g.kindName(), what)
			re.Cause = e
			re.SuppressContext = true
			return nil, false, re
		}
		return nil, false, err
	}
	if f.done {
		g.finished = true
		return r, true, nil
	}
	return r, false, nil
}

// delegate returns the receiver of the yield-from or await loop the frame
// is suspended in (the YIELD_VALUE it stopped at is followed by RESUME 2 or
// 3 and the receiver is on top of the stack), or nil.
func (g *Generator) delegate() rt.Object {
	f := g.frame
	if f == nil || f.done || f.sp == 0 || f.pc < 2 || f.pc >= len(f.code.Instrs) {
		return nil
	}
	in := f.code.Instrs[f.pc]
	if in.Op() != compiler.RESUME || in.Arg() < 2 || f.code.Instrs[f.pc-2].Op() != compiler.SEND {
		return nil
	}
	return f.stack[f.sp-1]
}

// throwDelegated is throw() on a generator suspended in a yield-from or
// await loop, as CPython's gen_throw: GeneratorExit closes the receiver and
// is then raised here; any other exception is thrown into the receiver. If
// the receiver yields, so does the generator; if it finishes, it is popped
// and the generator resumes after its loop with the return value, or with
// the exception the receiver raised.
func (g *Generator) throwDelegated(ts *rt.ThreadState, recv rt.Object, throw *rt.Exception) (rt.Object, bool, error) {
	f := g.frame
	if throw.IsInstance(rt.GeneratorExitType) {
		g.running = true
		err := closeIter(ts, recv)
		g.running = false
		if err != nil {
			if e, ok := err.(*rt.Exception); ok {
				rt.Decref(throw)
				throw = e
			}
		}
		return g.run(ts, throw)
	}
	var r rt.Object
	var done bool
	var err error
	g.running = true
	if sub, ok := recv.(*Generator); ok {
		r, done, err = sub.resume(ts, nil, throw)
	} else {
		var meth rt.Object
		meth, err = rt.LookupAttr(ts, recv, "throw")
		if err != nil || meth == nil {
			g.running = false
			if e, ok := err.(*rt.Exception); ok {
				rt.Decref(throw)
				throw = e
			}
			return g.run(ts, throw)
		}
		r, err = rt.Call(ts, meth, []rt.Object{throw}, nil)
		rt.Decref(meth)
		rt.Decref(throw)
		if v, ok := stopIterationValue(err); ok {
			r, done, err = v, true, nil
		}
	}
	g.running = false
	if err == nil && !done {
		return r, false, nil
	}
	// The receiver finished: pop it.
	f.sp--
	rt.Decref(f.stack[f.sp])
	f.stack[f.sp] = nil
	if err != nil {
		e, ok := err.(*rt.Exception)
		if !ok {
			return nil, false, err
		}
		return g.run(ts, e)
	}
	f.stack[f.sp] = r
	f.sp++
	f.pc = f.code.Instrs[f.pc-2].Arg()
	return g.run(ts, nil)
}

// closeIter closes a yield-from or await receiver: generators directly,
// other objects through their close method, if any.
func closeIter(ts *rt.ThreadState, recv rt.Object) error {
	if sub, ok := recv.(*Generator); ok {
		return sub.close(ts)
	}
	meth, err := rt.LookupAttr(ts, recv, "close")
	if err != nil || meth == nil {
		return err
	}
	r, err := rt.Call(ts, meth, nil, nil)
	rt.Decref(meth)
	if err != nil {
		return err
	}
	rt.Decref(r)
	return nil
}

// stopIterationValue reports whether err is a StopIteration, and returns
// its value (a new reference) after dropping it.
func stopIterationValue(err error) (rt.Object, bool) {
	e, ok := err.(*rt.Exception)
	if !ok || !e.IsInstance(rt.StopIterationType) {
		return nil, false
	}
	v := e.Value
	if v == nil {
		v = rt.None
		if e.Args != nil && len(e.Args.Items) > 0 {
			v = e.Args.Items[0]
		}
	}
	rt.Incref(v)
	rt.Decref(e)
	return v, true
}

func (g *Generator) kindName() string {
	switch g.kind {
	case kindCoroutine:
		return "coroutine"
	case kindAsyncGen:
		return "async generator"
	}
	return "generator"
}

// send drives a SEND: generators and coroutines directly, other iterators
// through __next__ / send. done reports that the sub-iterator finished with
// result r.
func (vm *VM) send(ts *rt.ThreadState, recv, v rt.Object) (r rt.Object, done bool, err error) {
	if g, ok := recv.(*Generator); ok {
		return g.resume(ts, v, nil)
	}
	if _, ok := recv.(*rt.Instance); ok && v == rt.None {
		// A class's __next__: its StopIteration carries the result.
		var found bool
		r, found, err = rt.CallDunder(ts, recv, "__next__")
		if err == nil && !found {
			return nil, false, rt.NewTypeError("'%s' object is not an iterator", rt.TypeName(recv))
		}
	} else if v == rt.None && recv.Type().Next != nil {
		r, err = recv.Type().Next(ts, recv)
		if err == nil && r == nil {
			return rt.None, true, nil
		}
	} else {
		r, err = rt.CallMethod(ts, recv, "send", v)
	}
	if err != nil {
		if v, ok := stopIterationValue(err); ok {
			return v, true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

func getAwaitable(ts *rt.ThreadState, x rt.Object) (rt.Object, error) {
	if g, ok := x.(*Generator); ok && g.kind == kindCoroutine {
		rt.Incref(g)
		return g, nil
	}
	r, found, err := rt.CallDunder(ts, x, "__await__")
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, rt.NewTypeError("object %s can't be used in 'await' expression", rt.TypeName(x))
	}
	return r, nil
}

func init() {
	for _, t := range []*rt.Type{GeneratorType, CoroutineType, AsyncGenType} {
		t.Repr = func(ts *rt.ThreadState, self rt.Object) (string, error) {
			g := self.(*Generator)
			return "<" + g.kindName() + " object " + g.qual + " at 0x" + hexID(g) + ">", nil
		}
		t.Dealloc = genDealloc
		t.Traverse, t.Clear, t.Finalize = genTraverse, genClear, genFinalize
		t.GetAttr = genGetAttr
	}
	GeneratorType.Iter = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) { return rt.Xref(self), nil }
	GeneratorType.Next = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) {
		r, done, err := self.(*Generator).resume(ts, rt.None, nil)
		if err != nil {
			return nil, err
		}
		if done {
			if r != rt.None {
				// The return value travels in StopIteration (next() shows it;
				// runtime.Next treats it as plain exhaustion).
				e := rt.NewStopIteration(r)
				rt.Decref(r)
				return nil, e
			}
			return nil, nil
		}
		return r, nil
	}
	for _, t := range []*rt.Type{GeneratorType, CoroutineType} {
		t.Dict.SetStr("send", rt.NewMethod(t, "send", genSend))
		t.Dict.SetStr("throw", rt.NewMethod(t, "throw", genThrow))
		t.Dict.SetStr("close", rt.NewMethod(t, "close", genClose))
	}
	CoroutineType.Dict.SetStr("__await__", rt.NewMethod(CoroutineType, "__await__",
		func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			return newCoroWrapper(self.(*Generator)), nil
		}))
	coroWrapperType.Iter = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) { return rt.Xref(self), nil }
	coroWrapperType.Next = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) {
		return GeneratorType.Next(ts, self.(*coroWrapper).g)
	}
	coroWrapperType.Dict.SetStr("send", rt.NewMethod(coroWrapperType, "send",
		func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			return genSend(ts, self.(*coroWrapper).g, args, kw)
		}))
	coroWrapperType.Dealloc = func(o rt.Object) { rt.Decref(o.(*coroWrapper).g) }
	coroWrapperType.Dict.SetStr("throw", rt.NewMethod(coroWrapperType, "throw",
		func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			return genThrow(ts, self.(*coroWrapper).g, args, kw)
		}))
	coroWrapperType.Dict.SetStr("close", rt.NewMethod(coroWrapperType, "close",
		func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			return genClose(ts, self.(*coroWrapper).g, args, kw)
		}))
	for _, t := range []*rt.Type{GeneratorType, CoroutineType, AsyncGenType, coroWrapperType} {
		t.Ready()
	}
}

// coroWrapper is what coroutine.__await__() returns: an iterator over the
// coroutine's yields.
type coroWrapper struct {
	rt.Header
	g *Generator
}

var coroWrapperType = rt.NewBuiltinType("coroutine_wrapper", rt.ObjectType)

func (c *coroWrapper) Type() *rt.Type { return coroWrapperType }

func newCoroWrapper(g *Generator) *coroWrapper {
	rt.Incref(g)
	w := &coroWrapper{g: g}
	rt.Incref(w)
	return w
}

func genGetAttr(ts *rt.ThreadState, self rt.Object, name *rt.Str) (rt.Object, error) {
	g := self.(*Generator)
	switch name.S {
	case "__name__":
		return rt.NewStr(g.name), nil
	case "__qualname__":
		return rt.NewStr(g.qual), nil
	case "gi_frame", "cr_frame", "ag_frame":
		if g.finished {
			return rt.None, nil
		}
		return rt.Xref(g.frame), nil
	case "gi_running", "cr_running", "ag_running":
		return rt.NewBool(g.running), nil
	case "gi_code", "cr_code", "ag_code":
		return rt.Xref(g.frame.code), nil
	}
	return rt.GenericGetAttr(ts, self, name)
}

func genSend(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
	if len(args) != 1 {
		return nil, rt.NewTypeError("send() takes exactly one argument (%d given)", len(args))
	}
	g := self.(*Generator)
	r, done, err := g.resume(ts, args[0], nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, rt.NewStopIteration(r)
	}
	return r, nil
}

func genThrow(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, rt.NewTypeError("throw expected at least 1 argument, got %d", len(args))
	}
	g := self.(*Generator)
	exc, err := throwArgs(ts, args)
	if err != nil {
		return nil, err
	}
	if !g.started || g.finished {
		g.finished = true
		g.frame.clear()
		return nil, exc
	}
	r, done, err := g.resume(ts, nil, exc)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, rt.NewStopIteration(r)
	}
	return r, nil
}

// throwArgs makes the exception of throw(type[, value[, traceback]]).
func throwArgs(ts *rt.ThreadState, args []rt.Object) (*rt.Exception, error) {
	if len(args) > 1 && args[1] != rt.None {
		if t, ok := args[0].(*rt.Type); ok && t.Flags&rt.FlagException != 0 {
			if e, ok := args[1].(*rt.Exception); ok && e.IsInstance(t) {
				rt.Incref(e)
				return e, nil
			}
			r, err := rt.Call(ts, t, []rt.Object{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*rt.Exception); ok {
				return e, nil
			}
			rt.Decref(r)
		}
	}
	return instantiateException(ts, args[0])
}

func genClose(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
	g := self.(*Generator)
	if err := g.close(ts); err != nil {
		return nil, err
	}
	return rt.None, nil
}

func (g *Generator) close(ts *rt.ThreadState) error {
	if !g.started || g.finished {
		g.finished = true
		if !g.frame.done {
			g.frame.clear()
		}
		return nil
	}
	r, done, err := g.resume(ts, nil, rt.NewException(rt.GeneratorExitType))
	if err != nil {
		if rt.ErrorMatches(err, rt.GeneratorExitType) || rt.ErrorMatches(err, rt.StopIterationType) {
			rt.Decref(err.(*rt.Exception))
			return nil
		}
		return err
	}
	rt.Decref(r)
	if !done {
		return rt.NewRuntimeError("%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

func genDealloc(o rt.Object) {
	g := o.(*Generator)
	if !rt.IsFinalized(g) {
		rt.MarkFinalized(g)
		genFinalize(g)
		if rt.RefCount(g) > 1 {
			// Resurrected: asyncio's hook scheduled aclose().
			return
		}
	}
	f := g.frame
	g.frame = nil
	f.gen = nil
	rt.Decref(f)
	if g.excState != nil {
		rt.Decref(g.excState)
		g.excState = nil
	}
}

// genFinalize is what a generator does before it goes (at most once, from
// dealloc or the cycle collector): an async generator hands itself to the
// thread's finalizer hook; a suspended one is closed (its finally blocks
// run); a coroutine never started warns that it was never awaited.
func genFinalize(o rt.Object) {
	g := o.(*Generator)
	if fin := g.finalizer; fin != nil {
		g.finalizer = nil
		if ts := g.vm.interp.Holder(); ts != nil && g.started && !g.finished {
			// The hook (asyncio's) schedules aclose(), keeping g alive; it
			// owns the clean-up, so g is not closed here.
			r, err := rt.Call(ts, fin, []rt.Object{g}, nil)
			rt.Decref(fin)
			if err != nil {
				g.vm.interp.WriteUnraisable(ts, err, "Exception ignored in: "+"<async_generator object "+g.qual+">")
			} else {
				rt.Decref(r)
			}
			return
		}
		rt.Decref(fin)
	}
	if g.started && !g.finished {
		if ts := g.vm.interp.Holder(); ts != nil {
			if err := g.close(ts); err != nil {
				g.vm.interp.WriteUnraisable(ts, err, "Exception ignored in: "+"<generator object "+g.qual+">")
			}
		}
	}
	if g.kind == kindCoroutine && !g.started && !g.finished && g.vm.interp.Holder() != nil {
		// CPython warns "coroutine '...' was never awaited" (a RuntimeWarning).
		g.vm.neverAwaited(g)
	}
}

// genTraverse visits what a generator owns for the cycle collector: the
// suspended frame's locals and stack (a running frame belongs to its
// thread; a frame someone else also holds, through gi_frame, counts as
// referenced from outside), the handled exception and the finalizer hook.
func genTraverse(o rt.Object, visit func(rt.Object)) {
	g := o.(*Generator)
	if f := g.frame; f != nil && !g.running && rt.RefCount(f) == 1 {
		f.traverse(visit)
	}
	if g.excState != nil {
		visit(g.excState)
	}
	visit(g.finalizer)
}

// genClear drops a garbage generator's frame contents (the collector has
// already run its finaliser).
func genClear(o rt.Object) {
	g := o.(*Generator)
	if g.running {
		return
	}
	g.finished = true
	if f := g.frame; f != nil && !f.done {
		f.clear()
	}
	if e := g.excState; e != nil {
		g.excState = nil
		rt.Decref(e)
	}
}

// asType returns o as a class, or nil.
func asType(o rt.Object) *rt.Type {
	t, _ := o.(*rt.Type)
	return t
}
