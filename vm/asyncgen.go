package vm

import (
	rt "github.com/minipy/minipy/runtime"
)

// Async generators (PEP 525). The generator object itself is a Generator of
// kind kindAsyncGen; __anext__, asend, athrow and aclose return awaitables
// (agenStep) that drive it. Each step resumes the generator's frame: a value
// it yields with its own `yield` (the YIELD_VALUE is followed by RESUME 1)
// ends the step, raising StopIteration(value) out of the awaitable, while a
// value yielded by an `await` inside it (RESUME 3) passes through to
// whoever drives the awaiting coroutine (the event loop).

type agenStepKind int

const (
	stepSend  agenStepKind = iota // __anext__ / asend(value)
	stepThrow                     // athrow(exc)
	stepClose                     // aclose()
)

type agenStepState int

const (
	stepInit agenStepState = iota
	stepIter
	stepDone
)

// agenStep is the awaitable of one asend/athrow/aclose.
type agenStep struct {
	rt.Header
	gen   *Generator
	kind  agenStepKind
	state agenStepState
	// value is what the first step sends (stepSend) or the exception it
	// throws (stepThrow).
	value rt.Object
}

var (
	agenASendType  = rt.NewBuiltinType("async_generator_asend", rt.ObjectType)
	agenAThrowType = rt.NewBuiltinType("async_generator_athrow", rt.ObjectType)
)

func (s *agenStep) Type() *rt.Type {
	if s.kind == stepSend {
		return agenASendType
	}
	return agenAThrowType
}

// initHooks applies the thread's asyncgen hooks when g is first iterated:
// it keeps the finalizer and calls firstiter(g).
func (g *Generator) initHooks(ts *rt.ThreadState) error {
	if g.hooksDone {
		return nil
	}
	g.hooksDone = true
	if ts.AsyncGenFinalizer != nil {
		g.finalizer = rt.Xref(ts.AsyncGenFinalizer)
	}
	if first := ts.AsyncGenFirstIter; first != nil {
		r, err := rt.Call(ts, first, []rt.Object{g}, nil)
		if err != nil {
			return err
		}
		rt.Decref(r)
	}
	return nil
}

func newAgenStep(ts *rt.ThreadState, g *Generator, kind agenStepKind, value rt.Object) (rt.Object, error) {
	if err := g.initHooks(ts); err != nil {
		return nil, err
	}
	rt.Incref(g)
	if value != nil {
		rt.Incref(value)
	}
	s := &agenStep{gen: g, kind: kind, value: value}
	rt.Incref(s)
	return s, nil
}

// finish interprets the generator's response to one resumption.
func (s *agenStep) finish(ts *rt.ThreadState, r rt.Object, done bool, err error) (rt.Object, error) {
	g := s.gen
	if err != nil {
		s.state = stepDone
		if s.kind == stepClose && (rt.ErrorMatches(err, rt.GeneratorExitType) || rt.ErrorMatches(err, rt.StopAsyncIterationType)) {
			rt.Decref(err.(*rt.Exception))
			return nil, rt.NewStopIteration(nil)
		}
		return nil, err
	}
	if done {
		s.state = stepDone
		rt.Decref(r)
		if s.kind == stepClose {
			return nil, rt.NewStopIteration(nil)
		}
		return nil, rt.NewException(rt.StopAsyncIterationType)
	}
	f := g.frame
	if in := f.code.Instrs[f.pc]; in.Arg() >= 2 {
		// An await inside the generator: pass the value through.
		return r, nil
	}
	s.state = stepDone
	if s.kind == stepClose {
		rt.Decref(r)
		return nil, rt.NewRuntimeError("async generator ignored GeneratorExit")
	}
	e := rt.NewStopIteration(r)
	rt.Decref(r)
	return nil, e
}

func (s *agenStep) reuseError() error {
	if s.kind == stepSend {
		return rt.NewRuntimeError("cannot reuse already awaited __anext__()/asend()")
	}
	return rt.NewRuntimeError("cannot reuse already awaited aclose()/athrow()")
}

// send resumes the step with v (the awaitable's send / __next__).
func (s *agenStep) send(ts *rt.ThreadState, v rt.Object) (rt.Object, error) {
	g := s.gen
	switch s.state {
	case stepDone:
		return nil, s.reuseError()
	case stepInit:
		s.state = stepIter
		switch s.kind {
		case stepSend:
			if v == rt.None && s.value != nil {
				v = s.value
			}
		case stepThrow, stepClose:
			if g.finished || (s.kind == stepClose && !g.started) {
				s.state = stepDone
				g.finished = true
				if s.kind == stepClose {
					return nil, rt.NewStopIteration(nil)
				}
				return nil, rt.NewException(rt.StopAsyncIterationType)
			}
			var exc *rt.Exception
			if s.kind == stepClose {
				exc = rt.NewException(rt.GeneratorExitType)
			} else {
				exc = s.value.(*rt.Exception)
				rt.Incref(exc)
			}
			r, done, err := g.resume(ts, nil, exc)
			return s.finish(ts, r, done, err)
		}
	}
	if g.finished && s.kind == stepSend {
		s.state = stepDone
		return nil, rt.NewException(rt.StopAsyncIterationType)
	}
	r, done, err := g.resume(ts, v, nil)
	return s.finish(ts, r, done, err)
}

func (s *agenStep) throw(ts *rt.ThreadState, exc *rt.Exception) (rt.Object, error) {
	if s.state == stepDone {
		rt.Decref(exc)
		return nil, s.reuseError()
	}
	s.state = stepIter
	r, done, err := s.gen.resume(ts, nil, exc)
	return s.finish(ts, r, done, err)
}

func agenMethod(t *rt.Type, name string, fn rt.MethodFn) {
	t.Dict.SetStr(name, rt.NewMethod(t, name, fn))
}

func init() {
	agenMethod(AsyncGenType, "__aiter__", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return rt.Xref(self), nil
	})
	agenMethod(AsyncGenType, "__anext__", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return newAgenStep(ts, self.(*Generator), stepSend, nil)
	})
	agenMethod(AsyncGenType, "asend", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		if len(args) != 1 || len(kw) != 0 {
			return nil, rt.NewTypeError("async_generator.asend() takes exactly one argument (%d given)", len(args))
		}
		return newAgenStep(ts, self.(*Generator), stepSend, args[0])
	})
	agenMethod(AsyncGenType, "athrow", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, rt.NewTypeError("athrow expected at least 1 argument, got %d", len(args))
		}
		exc, err := throwArgs(ts, args)
		if err != nil {
			return nil, err
		}
		s, err := newAgenStep(ts, self.(*Generator), stepThrow, exc)
		rt.Decref(exc)
		return s, err
	})
	agenMethod(AsyncGenType, "aclose", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
		return newAgenStep(ts, self.(*Generator), stepClose, nil)
	})

	for _, t := range []*rt.Type{agenASendType, agenAThrowType} {
		t.Repr = func(ts *rt.ThreadState, self rt.Object) (string, error) {
			return "<" + self.Type().Name + " object at 0x" + hexID(self) + ">", nil
		}
		t.Dealloc = func(o rt.Object) {
			s := o.(*agenStep)
			rt.Decref(s.gen)
			if s.value != nil {
				rt.Decref(s.value)
			}
		}
		t.Iter = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) { return rt.Xref(self), nil }
		t.Next = func(ts *rt.ThreadState, self rt.Object) (rt.Object, error) {
			return self.(*agenStep).send(ts, rt.None)
		}
		agenMethod(t, "__await__", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			return rt.Xref(self), nil
		})
		agenMethod(t, "send", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			if len(args) != 1 {
				return nil, rt.NewTypeError("send() takes exactly one argument (%d given)", len(args))
			}
			return self.(*agenStep).send(ts, args[0])
		})
		agenMethod(t, "throw", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			if len(args) < 1 || len(args) > 3 {
				return nil, rt.NewTypeError("throw expected at least 1 argument, got %d", len(args))
			}
			exc, err := throwArgs(ts, args)
			if err != nil {
				return nil, err
			}
			return self.(*agenStep).throw(ts, exc)
		})
		agenMethod(t, "close", func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kw []string) (rt.Object, error) {
			self.(*agenStep).state = stepDone
			return rt.None, nil
		})
		t.Ready()
	}
}
