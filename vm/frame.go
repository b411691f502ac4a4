package vm

import (
	rt "github.com/minipy/minipy/runtime"
)

// Frame is one activation of a code object. Module and class-body frames keep
// their names in a locals mapping; function frames use the fast slots.
type Frame struct {
	rt.Header
	code     *Code
	globals  *rt.Dict
	builtins *rt.Dict
	// locals is the namespace mapping of module and class-body code (nil for
	// optimised function code).
	locals rt.Object
	// fast holds the fast locals followed by the cells (CellVars then FreeVars).
	fast  []rt.Object
	stack []rt.Object
	sp    int
	pc    int
	back  *Frame
	// lasti is the instruction being executed (for line numbers).
	lasti int
	// callee is a frame evalCold set up for eval to run in line.
	callee *Frame
	// gen is the generator/coroutine that owns the frame, if any.
	gen *Generator
	// done is set once the frame has returned or raised.
	done bool
	// keptLocals is set when the frame finished while something else (a
	// traceback) held it: its fast locals stay until the frame goes, as in
	// CPython, and the cycle collector tracks it.
	keptLocals bool
}

// FrameType is the type of frame objects.
var FrameType = rt.NewBuiltinType("frame", rt.ObjectType)

func (f *Frame) Type() *rt.Type { return FrameType }

// Location implements runtime.FrameInfo.
func (f *Frame) Location() (string, string) { return f.code.Filename, f.code.Name }

// Position implements runtime.PositionInfo: the source range of
// instruction lasti.
func (f *Frame) Position(lasti int) (line, endLine, col, endCol int) {
	p := f.code.PositionFor(lasti)
	return p.Line, p.EndLine, p.Col, p.EndCol
}

// Lineno is the line being executed.
func (f *Frame) Lineno() int { return f.code.LineFor(f.lasti) }

// cell returns cell i.
func (f *Frame) cell(i int) *rt.Cell { return f.fast[f.code.nlocals+i].(*rt.Cell) }

// maxFreeFrames bounds the finished frames each code object keeps for reuse
// (enough for the recursion depths of ordinary programs).
const maxFreeFrames = 32

// newFrame returns a frame for code, reusing one of the code's finished frames
// when it has one: a call then allocates nothing. The fast locals and the
// value stack share one slice.
func newFrame(code *Code, globals, builtins *rt.Dict, locals rt.Object) *Frame {
	var f *Frame
	if n := len(code.freeFrames); n > 0 {
		f = code.freeFrames[n-1]
		code.freeFrames[n-1] = nil
		code.freeFrames = code.freeFrames[:n-1]
		// Frames come back with a count of 0 (after dealloc) or 1 (from
		// callFunction): start afresh.
		f.Header = rt.Header{}
		f.globals, f.builtins, f.locals = globals, builtins, locals
	} else {
		f = &Frame{code: code, globals: globals, builtins: builtins, locals: locals}
		nfast := code.nlocals + code.ncells
		buf := make([]rt.Object, nfast+code.StackSize+2)
		f.fast = buf[:nfast:nfast]
		f.stack = buf[nfast:]
	}
	rt.Incref(f)
	rt.Incref(globals)
	rt.Incref(locals)
	return f
}

// release is the frame's Dealloc (called with the count at 1, which the
// caller drops): it lets go of what f holds and gives f back to its code
// object for reuse, reporting whether it did (not when a finaliser run
// meanwhile resurrected the frame). callFunction calls it directly.
func (f *Frame) release() bool {
	rt.Untrack(f)
	if !f.done || f.keptLocals {
		f.keptLocals = false
		f.clear()
	}
	back, globals, locals := f.back, f.globals, f.locals
	f.back, f.globals, f.builtins, f.locals = nil, nil, nil, nil
	if back != nil {
		rt.DecrefShared(back)
	}
	rt.DecrefShared(globals)
	if locals != nil {
		rt.Decref(locals)
	}
	// Reuse the frame unless a finaliser run by the Decrefs above
	// resurrected it.
	if rt.RefCount(f) == 1 && f.gen == nil {
		f.recycle()
		return true
	}
	return false
}

// recycle resets a deallocated frame and gives it back to its code object
// (its count drops to zero when dealloc returns; newFrame counts it again).
// The fast locals and the stack below sp were cleared by clear. Slots above
// sp hold no references and are always written before they are read, so they
// are left as they are.
func (f *Frame) recycle() {
	code := f.code
	if len(code.freeFrames) >= maxFreeFrames {
		return
	}
	f.sp, f.pc, f.lasti = 0, 0, 0
	f.done = false
	f.gen = nil
	code.freeFrames = append(code.freeFrames, f)
}

// traverse visits the references a suspended frame owns (for the cycle
// collector, through its generator).
func (f *Frame) traverse(visit func(rt.Object)) {
	visit(f.globals)
	if f.locals != nil {
		visit(f.locals)
	}
	if f.back != nil {
		visit(f.back)
	}
	for _, v := range f.fast {
		if v != nil {
			visit(v)
		}
	}
	for _, v := range f.stack[:f.sp] {
		visit(v)
	}
}

// finish ends a frame that returned or raised. A frame only its caller
// holds is cleared at once; one that lives on (in a traceback, through
// sys._getframe()) keeps its locals for f_locals until it goes, as in
// CPython. A generator's frame is always cleared.
func (f *Frame) finish() {
	if rt.RefCount(f) == 1 || f.gen != nil {
		f.clear()
		return
	}
	for i := 0; i < f.sp; i++ {
		rt.Decref(f.stack[i])
		f.stack[i] = nil
	}
	f.sp = 0
	f.done = true
	f.keptLocals = true
	rt.Track(f)
}

// clear drops the frame's references once it is finished.
func (f *Frame) clear() {
	for i := 0; i < f.sp; i++ {
		rt.Decref(f.stack[i])
		f.stack[i] = nil
	}
	f.sp = 0
	for i, v := range f.fast {
		if v != nil {
			f.fast[i] = nil
			rt.Decref(v)
		}
	}
	f.done = true
}

func init() {
	FrameType.GetAttr = frameGetAttr
	FrameType.Repr = func(ts *rt.ThreadState, self rt.Object) (string, error) {
		f := self.(*Frame)
		return "<frame at 0x" + hexID(f) + ", file '" + f.code.Filename + "', line " + itoa(f.Lineno()) +
			", code " + f.code.Name + ">", nil
	}
	FrameType.Dealloc = func(o rt.Object) { o.(*Frame).release() }
	// Only finished frames that kept their locals are tracked (a running
	// frame belongs to its thread; a suspended one to its generator).
	FrameType.Traverse = func(o rt.Object, visit func(rt.Object)) {
		if f := o.(*Frame); f.done {
			f.traverse(visit)
		}
	}
	FrameType.Clear = func(o rt.Object) {
		if f := o.(*Frame); f.done {
			f.clear()
		}
	}
	FrameType.Ready()
}

func frameGetAttr(ts *rt.ThreadState, self rt.Object, name *rt.Str) (rt.Object, error) {
	f := self.(*Frame)
	switch name.S {
	case "f_code":
		return rt.Xref(f.code), nil
	case "f_lineno":
		return rt.NewInt(int64(f.Lineno())), nil
	case "f_lasti":
		return rt.NewInt(int64(f.lasti * 2)), nil
	case "f_back":
		if f.back == nil {
			return rt.None, nil
		}
		return rt.Xref(f.back), nil
	case "f_globals":
		return rt.Xref(f.globals), nil
	case "f_builtins":
		return rt.Xref(f.builtins), nil
	case "f_locals":
		return f.localsDict(ts)
	}
	return rt.GenericGetAttr(ts, self, name)
}

// localsDict is locals(): the mapping for module/class frames, or a snapshot
// of the fast locals and cells for function frames.
func (f *Frame) localsDict(ts *rt.ThreadState) (rt.Object, error) {
	if f.locals != nil {
		return rt.Xref(f.locals), nil
	}
	d := rt.NewDict()
	co := f.code
	for i, name := range co.VarNames {
		if v := f.fast[i]; v != nil {
			d.SetStr(name, v)
		}
	}
	for i, name := range append(append([]string(nil), co.CellVars...), co.FreeVars...) {
		if c, ok := f.fast[co.nlocals+i].(*rt.Cell); ok && c.Value != nil {
			d.SetStr(name, c.Value)
		}
	}
	return d, nil
}

// SuperArgs implements runtime.SuperFrame: the class from the __class__ cell
// and the first argument, for zero-argument super().
func (f *Frame) SuperArgs() (*rt.Type, rt.Object, error) {
	co := f.code
	if co.ArgCount == 0 && co.Flags&0x4 == 0 {
		return nil, nil, rt.NewRuntimeError("super(): no arguments")
	}
	first := f.fast[0]
	// The first argument may live in a cell (when an inner function uses self).
	for i, name := range co.CellVars {
		if len(co.VarNames) > 0 && name == co.VarNames[0] {
			if c, ok := f.fast[co.nlocals+i].(*rt.Cell); ok {
				first = c.Value
			}
		}
	}
	if first == nil {
		return nil, nil, rt.NewRuntimeError("super(): arg[0] deleted")
	}
	for i, name := range co.FreeVars {
		if name == "__class__" {
			c, _ := f.fast[co.nlocals+len(co.CellVars)+i].(*rt.Cell)
			if c == nil || c.Value == nil {
				return nil, nil, rt.NewRuntimeError("super(): empty __class__ cell")
			}
			t, ok := c.Value.(*rt.Type)
			if !ok {
				return nil, nil, rt.NewRuntimeError("super(): __class__ is not a type (%s)", rt.TypeName(c.Value))
			}
			return t, first, nil
		}
	}
	return nil, nil, rt.NewRuntimeError("super(): __class__ cell not found")
}
