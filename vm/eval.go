package vm

import (
	"github.com/minipy/minipy/compiler"
	rt "github.com/minipy/minipy/runtime"
)

// callFunction calls a Python function from Go code: it binds the arguments
// into a new frame and runs it, or returns a generator/coroutine for
// generator code. (The eval loop's calls run their frames in line instead.)
func (vm *VM) callFunction(ts *rt.ThreadState, fn *Function, args []rt.Object, kwnames []string) (rt.Object, error) {
	f, err := vm.bindFrame(ts, fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	if fn.code.isGen {
		return newGenerator(vm, f, fn), nil
	}
	if err := vm.enter(ts, f); err != nil {
		return nil, err
	}
	r, err := vm.eval(ts, f, nil)
	vm.leave(ts, f)
	return r, err
}

// bindFrame returns a new frame for fn with args (borrowed) bound to its
// parameters and its cells made.
func (vm *VM) bindFrame(ts *rt.ThreadState, fn *Function, args []rt.Object, kwnames []string) (*Frame, error) {
	code := fn.code
	f := newFrame(code, fn.globals, fn.builtins, nil)
	if len(kwnames) == 0 && code.simpleArgs && len(args) == code.ArgCount {
		fast := f.fast
		for i, a := range args {
			rt.Incref(a)
			fast[i] = a
		}
	} else if err := bindArgs(ts, fn, f.fast, args, kwnames); err != nil {
		rt.Decref(f)
		return nil, err
	}
	if code.ncells != 0 {
		vm.initCells(f, fn)
	}
	return f, nil
}

// callPython sets up CALL's call of fn, a Python function that is not a
// generator, with stack[base:sp] of f holding the callable, self or NULL
// and args: eval runs the callee next (f.callee), the caller waiting with
// the callable on top of its stack for the callee's result to replace it.
// On error the call's slots are cleared.
func (vm *VM) callPython(ts *rt.ThreadState, f *Frame, fn *Function, base, sp int, args []rt.Object, kw []string) error {
	stack := f.stack
	var callee *Frame
	var err error
	if kw == nil && fn.code.exactArgs == len(args) {
		// exactFrame takes over the arguments.
		callee = exactFrame(fn, args)
	} else if callee, err = vm.bindFrame(ts, fn, args, kw); err == nil {
		for i := base + 1; i < sp; i++ {
			if x := stack[i]; x != nil {
				ts.DecrefShared(x)
				stack[i] = nil
			}
		}
	}
	if err == nil {
		err = vm.enter(ts, callee)
	}
	if err != nil {
		for i := base; i < sp; i++ {
			if x := stack[i]; x != nil {
				rt.DecrefShared(x)
				stack[i] = nil
			}
		}
		return err
	}
	f.sp = base + 1
	f.callee = callee
	return nil
}

// callInline binds args (borrowed) for fn, a Python function that is not a
// generator, and enters its frame, leaving it in f.callee for eval to run
// next: the instructions of f that call Python code from evalCold use it.
func (vm *VM) callInline(ts *rt.ThreadState, f *Frame, fn *Function, args []rt.Object, kwnames []string) error {
	callee, err := vm.bindFrame(ts, fn, args, kwnames)
	if err == nil {
		err = vm.enter(ts, callee)
	}
	if err == nil {
		f.callee = callee
	}
	return err
}

// exactFrame returns a new frame for fn called with exactly the positional
// arguments its code takes (code.exactArgs == len(args)), taking over the
// references in args and clearing those slots.
func exactFrame(fn *Function, args []rt.Object) *Frame {
	f := newFrame(fn.code, fn.globals, fn.builtins, nil)
	fast := f.fast[:len(args)]
	for i, a := range args {
		fast[i] = a
		args[i] = nil
	}
	return f
}

// enter makes f, a new function frame, the thread's current frame, linked to
// the one it replaces (ts.EnterRecursive, inlined). On RecursionError it
// drops f.
func (vm *VM) enter(ts *rt.ThreadState, f *Frame) error {
	if ts.Depth++; ts.Depth > ts.Interp.RecursionLimit {
		ts.Depth--
		rt.Decref(f)
		return rt.NewExceptionf(rt.RecursionErrorType, "maximum recursion depth exceeded")
	}
	if back, _ := ts.Frame.(*Frame); back != nil {
		rt.Incref(back)
		f.back = back
	}
	ts.Frame = f
	return nil
}

// leave undoes enter once f has returned or raised, and drops f (giving it
// back to its code object for reuse when nothing else holds it).
func (vm *VM) leave(ts *rt.ThreadState, f *Frame) {
	if f.back == nil {
		ts.Frame = nil
	} else {
		ts.Frame = f.back
	}
	ts.Depth--
	if rt.RefCount(f) != 1 || !f.release() {
		rt.Decref(f)
	}
}

// binaryOp is BINARY_OP: a op b (arg is the operator, plus InplaceBase for
// `a op= b`) on the two values on top of the stack; next is the following
// instruction (for `s += t`).
func (vm *VM) binaryOp(ts *rt.ThreadState, stack []rt.Object, sp, arg int, next compiler.Instr, fast []rt.Object) (int, error) {
	a, b := stack[sp-2], stack[sp-1]
	op := rt.BinOp(arg % compiler.InplaceBase)
	if x, ok := a.(*rt.Str); ok && op == rt.OpAdd {
		if appendInPlace(x, b, next, fast) {
			sp--
			stack[sp] = nil
			ts.DecrefShared(b)
			return sp, nil
		}
		if y, ok := b.(*rt.Str); ok {
			sp--
			stack[sp] = nil
			// A temporary left operand (the stack's only) grows in place.
			if rt.RefCount(x) == 1 && x.ConcatInPlace(y.S) {
				ts.DecrefShared(b)
				return sp, nil
			}
			stack[sp-1] = rt.NewStrConcat(x.S, y.S)
			ts.DecrefShared(a)
			ts.DecrefShared(b)
			return sp, nil
		}
	}
	if r := ts.NumberOp(op, a, b); r != nil {
		// NumberOp took over the stack's references to a and b.
		sp--
		stack[sp] = nil
		stack[sp-1] = r
		return sp, nil
	}
	var r rt.Object
	var err error
	if arg >= compiler.InplaceBase {
		r, err = ts.InplaceOp(op, a, b)
	} else {
		r, err = ts.BinaryOp(op, a, b)
	}
	if err != nil {
		return sp, err
	}
	sp--
	stack[sp] = nil
	stack[sp-1] = r
	ts.DecrefShared(a)
	ts.DecrefShared(b)
	return sp, nil
}

// initCells creates the frame's cells: CellVars (moving arguments that are
// captured into their cells) then the closure's FreeVars.
func (vm *VM) initCells(f *Frame, fn *Function) {
	co := f.code
	if f.code.ncells == 0 {
		return
	}
	for i, name := range co.CellVars {
		var init rt.Object
		if i < len(co.Cell2Arg) && co.Cell2Arg[i] >= 0 {
			init = f.fast[co.Cell2Arg[i]]
		} else {
			for j, v := range co.VarNames[:argSlots(co)] {
				if v == name {
					init = f.fast[j]
				}
			}
		}
		f.fast[co.nlocals+i] = rt.NewCell(init)
	}
	if fn != nil {
		for i, c := range fn.closure {
			rt.Incref(c)
			f.fast[co.nlocals+len(co.CellVars)+i] = c
		}
	}
}

func argSlots(co *Code) int {
	n := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&compiler.CO_VARARGS != 0 {
		n++
	}
	if co.Flags&compiler.CO_VARKEYWORDS != 0 {
		n++
	}
	return n
}

// runFrame pushes f on the thread's frame stack and evaluates it.
func (vm *VM) runFrame(ts *rt.ThreadState, f *Frame, throw *rt.Exception) (rt.Object, error) {
	// ts.EnterRecursive(""), inlined.
	if ts.Depth++; ts.Depth > ts.Interp.RecursionLimit {
		ts.Depth--
		if throw != nil {
			rt.Decref(throw)
		}
		return nil, rt.NewExceptionf(rt.RecursionErrorType, "maximum recursion depth exceeded")
	}
	back, _ := ts.Frame.(*Frame)
	if f.back == nil && back != nil {
		rt.Incref(back)
		f.back = back
	}
	ts.Frame = f
	r, err := vm.eval(ts, f, throw)
	if back == nil {
		ts.Frame = nil
	} else {
		ts.Frame = back
	}
	ts.Depth--
	return r, err
}

// poll handles the eval breaker: GIL drop requests, signals, pending calls.
func (vm *VM) poll(ts *rt.ThreadState) error {
	return vm.handlePending(ts)
}

// eval runs f from f.pc until it returns, yields (f.gen != nil and the frame
// is not done) or raises. throw, when non-nil, is raised at the current
// instruction first (generator.throw).
//
// The Python functions f calls run in this loop, not in a nested eval (as
// in CPython 3.11): evalFrame returns to it with the callee's frame in
// f.callee, the callee runs, and its result or exception goes back to f.
// Deep Python recursion therefore does not deepen the Go stack, and a
// thread's goroutine stack stays small.
func (vm *VM) eval(ts *rt.ThreadState, f *Frame, throw *rt.Exception) (rt.Object, error) {
	entry := f
	for {
		r, err := vm.evalFrame(ts, f, throw)
		throw = nil
		if callee := f.callee; callee != nil {
			f.callee = nil
			f = callee
			continue
		}
		if f == entry {
			return r, err
		}
		caller := f.back
		vm.leave(ts, f)
		f = caller
		if err != nil {
			// Raised again at the caller's call instruction.
			throw = err.(*rt.Exception)
			continue
		}
		// The result replaces the callable on the caller's stack.
		callable := f.stack[f.sp-1]
		f.stack[f.sp-1] = r
		ts.DecrefShared(callable)
	}
}

// evalFrame runs f until it returns, yields, raises or calls a Python
// function (setting f.callee, for eval to run).
func (vm *VM) evalFrame(ts *rt.ThreadState, f *Frame, throw *rt.Exception) (result rt.Object, err error) {
	code := f.code
	instrs := code.ops
	stack := f.stack
	sp := f.sp
	fast := f.fast
	var pending *rt.Exception
	reraise := false

	pending = throw
	pc := f.pc
	// breaker is the eval breaker (polled at RESUME, JUMP_BACKWARD and after
	// calls into Go code).
	breaker := &ts.Interp.GIL.Breaker

	for {
		if pending == nil {
		dispatch:
			for {
				f.lasti = pc
				instr := instrs[pc]
				pc++
				arg := instr.Arg()
				switch instr.Op() {
				case compiler.NOP:
				case compiler.RESUME:
					if arg == 0 && breaker.Load() != 0 {
						f.sp = sp
						if err = vm.poll(ts); err != nil {
							break
						}
					}
				case compiler.POP_TOP:
					sp--
					if x := stack[sp]; x != nil {
						ts.DecrefShared(x)
					}
					stack[sp] = nil
				case compiler.PUSH_NULL:
					stack[sp] = nil
					sp++
				case compiler.COPY:
					v := stack[sp-arg]
					rt.Incref(v)
					stack[sp] = v
					sp++
				case compiler.SWAP:
					stack[sp-1], stack[sp-arg] = stack[sp-arg], stack[sp-1]

				case compiler.LOAD_CONST:
					v := code.consts[arg]
					rt.Incref(v)
					stack[sp] = v
					sp++

				// The superinstructions (see superinstructions in code.go) do their
				// first instruction, then the second (the next slot, left intact)
				// when it cannot fail, skipping it.
				case opLoadFastLoadFast:
					v := fast[arg]
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
					// An unbound second local is left to its own LOAD_FAST to report.
					if w := fast[instrs[pc].Arg()]; w != nil {
						pc++
						rt.Incref(w)
						stack[sp] = w
						sp++
					}
				case opLoadFastLoadConst:
					v := fast[arg]
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					w := code.consts[instrs[pc].Arg()]
					pc++
					rt.Incref(v)
					rt.Incref(w)
					stack[sp] = v
					stack[sp+1] = w
					sp += 2
				case opLoadConstLoadFast:
					v := code.consts[arg]
					rt.Incref(v)
					stack[sp] = v
					sp++
					if w := fast[instrs[pc].Arg()]; w != nil {
						pc++
						rt.Incref(w)
						stack[sp] = w
						sp++
					}
				case opStoreFastLoadFast:
					sp--
					old := fast[arg]
					fast[arg] = stack[sp]
					stack[sp] = nil
					if old != nil {
						ts.DecrefShared(old)
					}
					if w := fast[instrs[pc].Arg()]; w != nil {
						pc++
						rt.Incref(w)
						stack[sp] = w
						sp++
					}
				case opLoadFastConstSubscr:
					c := fast[arg]
					if v, ok := rt.SeqIndex(c, code.consts[instrs[pc].Arg()]); ok {
						pc += 2
						rt.Incref(v)
						stack[sp] = v
						sp++
						continue
					}
					// Otherwise this is the LOAD_FAST alone.
					if c == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(c)
					stack[sp] = c
					sp++
				case opLoadFastConstArith:
					v := fast[arg]
					if r := ts.ArithBorrowed(rt.BinOp(instrs[pc+1].Arg()%compiler.InplaceBase), v, code.consts[instrs[pc].Arg()]); r != nil {
						pc += 2
						stack[sp] = r
						sp++
						continue
					}
					// Otherwise this is the LOAD_FAST alone.
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case opLoadFastFastArith:
					v := fast[arg]
					if r := ts.ArithBorrowed(rt.BinOp(instrs[pc+1].Arg()%compiler.InplaceBase), v, fast[instrs[pc].Arg()]); r != nil {
						pc += 2
						stack[sp] = r
						sp++
						continue
					}
					// Otherwise this is the LOAD_FAST alone.
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case opLoadFastConstCopySubscr:
					v := fast[arg]
					c := code.consts[instrs[pc].Arg()]
					if item, ok := rt.SeqIndex(v, c); ok {
						pc += 4
						rt.Incref(v)
						rt.Incref(c)
						rt.Incref(item)
						stack[sp], stack[sp+1], stack[sp+2] = v, c, item
						sp += 3
						continue
					}
					// Otherwise this is the LOAD_FAST alone.
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case opLoadFastConstCmpJump:
					v := fast[arg]
					if t, ok := rt.CompareFast(v, code.consts[instrs[pc].Arg()], rt.CmpOp(instrs[pc+1].Arg())); ok {
						jump := instrs[pc+2]
						pc += 3
						if t == (jump.Op() == compiler.POP_JUMP_IF_TRUE) {
							pc = jump.Arg()
						}
						continue
					}
					// Otherwise this is the LOAD_FAST alone.
					if v == nil {
						err = unboundLocal(code, arg)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case opSwapStoreSubscr:
					c, k, v := stack[sp-3], stack[sp-2], stack[sp-1]
					if old, ok := rt.ListStore(c, k, v); ok {
						// The list took the stack's reference to v.
						pc += 2
						sp -= 3
						stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
						ts.DecrefShared(old)
						rt.DecrefShared(c)
						ts.DecrefShared(k)
						continue
					}
					// Otherwise this is the SWAP 3 alone.
					stack[sp-1], stack[sp-3] = c, v
				case opCopyTwo:
					v, w := stack[sp-2], stack[sp-1]
					rt.Incref(v)
					rt.Incref(w)
					stack[sp], stack[sp+1] = v, w
					sp += 2
					pc++
				case compiler.LOAD_FAST:
					v := fast[arg]
					if v == nil {
						err = rt.NewExceptionf(rt.UnboundLocalErrorType,
							"cannot access local variable '%s' where it is not associated with a value", code.VarNames[arg])
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case compiler.STORE_FAST:
					sp--
					old := fast[arg]
					fast[arg] = stack[sp]
					stack[sp] = nil
					if old != nil {
						ts.DecrefShared(old)
					}
				case compiler.LOAD_DEREF:
					c := fast[code.nlocals+arg].(*rt.Cell)
					if c.Value == nil {
						err = vm.unboundDeref(code, arg)
						break
					}
					rt.Incref(c.Value)
					stack[sp] = c.Value
					sp++
				case compiler.STORE_DEREF:
					sp--
					c := fast[code.nlocals+arg].(*rt.Cell)
					old := c.Value
					c.Value = stack[sp]
					stack[sp] = nil
					rt.Decref(old)
				case opLoadGlobalNull:
					// LOAD_GLOBAL and the PUSH_NULL after it.
					v := code.globalCache[arg].Cached(f.globals, f.builtins)
					if v == nil {
						v = rt.LoadGlobal(f.globals, f.builtins, code.names[arg], &code.globalCache[arg])
						if v == nil {
							err = nameError(code.names[arg].S)
							break
						}
					}
					rt.Incref(v)
					stack[sp] = v
					stack[sp+1] = nil
					sp += 2
					pc++
				case compiler.LOAD_GLOBAL:
					gc := &code.globalCache[arg]
					v := gc.Cached(f.globals, f.builtins)
					if v == nil {
						v = rt.LoadGlobal(f.globals, f.builtins, code.names[arg], gc)
					}
					if v == nil {
						err = nameError(code.names[arg].S)
						break
					}
					rt.Incref(v)
					stack[sp] = v
					sp++
				case compiler.LOAD_ATTR:
					obj := stack[sp-1]
					var v rt.Object
					v, err = rt.GetAttrCached(ts, obj, code.names[arg], &code.attrCache[code.cacheIdx[pc-1]])
					if err != nil {
						break
					}
					stack[sp-1] = v
					rt.DecrefShared(obj)
				case compiler.STORE_ATTR:
					obj, v := stack[sp-1], stack[sp-2]
					err = rt.SetAttrCached(ts, obj, code.names[arg], v, &code.attrCache[code.cacheIdx[pc-1]])
					sp -= 2
					stack[sp], stack[sp+1] = nil, nil
					rt.DecrefShared(obj)
					rt.DecrefShared(v)
				case compiler.LOAD_METHOD:
					obj := stack[sp-1]
					meth, isMeth, e := rt.LoadMethodCached(ts, obj, code.names[arg], &code.attrCache[code.cacheIdx[pc-1]])
					if e != nil {
						err = e
						break
					}
					if isMeth {
						// meth self: the object's reference moves to the self slot.
						stack[sp-1] = meth
						stack[sp] = obj
					} else {
						stack[sp-1] = meth
						stack[sp] = nil
						rt.DecrefShared(obj)
					}
					sp++

				case opBinaryAdd:
					if r := ts.Add(stack[sp-2], stack[sp-1]); r != nil {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
					sp, err = vm.binaryOp(ts, stack, sp, arg, instrs[pc], fast)
				case opBinarySub:
					if r := ts.Sub(stack[sp-2], stack[sp-1]); r != nil {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
					sp, err = vm.binaryOp(ts, stack, sp, arg, instrs[pc], fast)
				case opBinaryMul:
					if r := ts.Mul(stack[sp-2], stack[sp-1]); r != nil {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						continue
					}
					sp, err = vm.binaryOp(ts, stack, sp, arg, instrs[pc], fast)
				case compiler.BINARY_OP:
					sp, err = vm.binaryOp(ts, stack, sp, arg, instrs[pc], fast)
				case compiler.COMPARE_OP:
					a, b := stack[sp-2], stack[sp-1]
					if t, ok := rt.CompareFast(a, b, rt.CmpOp(arg)); ok {
						sp -= 2
						stack[sp], stack[sp+1] = nil, nil
						ts.DecrefShared(a)
						ts.DecrefShared(b)
						// A conditional jump on the result needs no bool object.
						switch next := instrs[pc]; next.Op() {
						case compiler.POP_JUMP_IF_FALSE:
							pc++
							if !t {
								pc = next.Arg()
							}
						case compiler.POP_JUMP_IF_TRUE:
							pc++
							if t {
								pc = next.Arg()
							}
						default:
							stack[sp] = rt.NewBool(t)
							sp++
						}
						continue
					}
					var r rt.Object
					r, err = rt.RichCompare(ts, a, b, rt.CmpOp(arg))
					if err != nil {
						break
					}
					sp--
					stack[sp] = nil
					stack[sp-1] = r
					rt.DecrefShared(a)
					rt.DecrefShared(b)
				case compiler.IS_OP:
					a, b := stack[sp-2], stack[sp-1]
					sp--
					stack[sp] = nil
					stack[sp-1] = rt.NewBool((a == b) != (arg == 1))
					rt.DecrefShared(a)
					rt.DecrefShared(b)
				case compiler.CONTAINS_OP:
					a, b := stack[sp-2], stack[sp-1]
					var in bool
					in, err = rt.Contains(ts, b, a)
					if err != nil {
						break
					}
					sp--
					stack[sp] = nil
					stack[sp-1] = rt.NewBool(in != (arg == 1))
					rt.DecrefShared(a)
					rt.DecrefShared(b)

				case compiler.BINARY_SUBSCR:
					c, k := stack[sp-2], stack[sp-1]
					if v, ok := ts.SubscrConsume(c, k); ok {
						sp--
						stack[sp] = nil
						stack[sp-1] = v
						continue
					}
					var v rt.Object
					v, err = rt.GetItem(ts, c, k)
					if err != nil {
						break
					}
					sp--
					stack[sp] = nil
					stack[sp-1] = v
					rt.DecrefShared(c)
					rt.DecrefShared(k)
				case compiler.STORE_SUBSCR:
					v, c, k := stack[sp-3], stack[sp-2], stack[sp-1]
					if old, ok := rt.ListStore(c, k, v); ok {
						// The list took the stack's reference to v.
						sp -= 3
						stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
						ts.DecrefShared(old)
						rt.DecrefShared(c)
						ts.DecrefShared(k)
						continue
					}
					err = rt.SetItem(ts, c, k, v)
					sp -= 3
					stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
					rt.DecrefShared(v)
					rt.DecrefShared(c)
					rt.DecrefShared(k)
				case compiler.BUILD_TUPLE:
					t := rt.NewTupleFrom(stack[sp-arg : sp])
					clearSlots(stack[sp-arg : sp])
					sp -= arg
					stack[sp] = t
					sp++
				case compiler.BUILD_LIST:
					items := make([]rt.Object, arg)
					copy(items, stack[sp-arg:sp])
					clearSlots(stack[sp-arg : sp])
					sp -= arg
					stack[sp] = rt.NewList(items)
					sp++
				case compiler.LIST_APPEND:
					sp--
					l := stack[sp-arg].(*rt.List)
					ts.ListAppend(l, stack[sp])
					stack[sp] = nil
				case compiler.UNPACK_SEQUENCE:
					sp--
					seq := stack[sp]
					stack[sp] = nil
					if items, ok := seqItems(seq); ok && len(items) == arg {
						for i := len(items) - 1; i >= 0; i-- {
							rt.Incref(items[i])
							stack[sp] = items[i]
							sp++
						}
						rt.DecrefShared(seq)
						continue
					}
					var items []rt.Object
					items, err = unpack(ts, seq, arg, -1)
					rt.DecrefShared(seq)
					if err != nil {
						break
					}
					for i := len(items) - 1; i >= 0; i-- {
						stack[sp] = items[i]
						sp++
					}
				case compiler.JUMP:
					pc = arg
				case compiler.JUMP_BACKWARD:
					pc = arg
					if breaker.Load() != 0 {
						f.sp = sp
						err = vm.poll(ts)
					}
				case compiler.JUMP_NO_INTERRUPT:
					pc = arg
				case compiler.POP_JUMP_IF_FALSE, compiler.POP_JUMP_IF_TRUE:
					sp--
					x := stack[sp]
					stack[sp] = nil
					var t bool
					switch v := x.(type) {
					case *rt.Bool:
						t = v.V
					default:
						t, err = rt.Truth(ts, x)
						rt.DecrefShared(x)
						if err != nil {
							break
						}
					}
					if t == (instr.Op() == compiler.POP_JUMP_IF_TRUE) {
						pc = arg
					}
				case compiler.POP_JUMP_IF_NONE:
					sp--
					x := stack[sp]
					stack[sp] = nil
					if x == rt.None {
						pc = arg
					}
					rt.DecrefShared(x)
				case compiler.POP_JUMP_IF_NOT_NONE:
					sp--
					x := stack[sp]
					stack[sp] = nil
					if x != rt.None {
						pc = arg
					}
					rt.DecrefShared(x)
				case compiler.JUMP_IF_FALSE_OR_POP, compiler.JUMP_IF_TRUE_OR_POP:
					x := stack[sp-1]
					var t bool
					t, err = rt.Truth(ts, x)
					if err != nil {
						break
					}
					if t == (instr.Op() == compiler.JUMP_IF_TRUE_OR_POP) {
						pc = arg
					} else {
						sp--
						stack[sp] = nil
						rt.DecrefShared(x)
					}
				case compiler.GET_ITER:
					x := stack[sp-1]
					var it rt.Object
					it, err = rt.GetIter(ts, x)
					if err != nil {
						break
					}
					stack[sp-1] = it
					rt.DecrefShared(x)
				case compiler.FOR_ITER:
					it := stack[sp-1]
					var v rt.Object
					v, err = rt.Next(ts, it)
					if err != nil {
						break
					}
					if v == nil {
						sp--
						stack[sp] = nil
						rt.Decref(it)
						pc = arg
						break
					}
					stack[sp] = v
					sp++
				case compiler.RETURN_VALUE:
					sp--
					result = stack[sp]
					stack[sp] = nil
					f.sp = sp
					f.finish()
					return result, nil

				case compiler.KW_NAMES:
					// Read by the CALL that follows (opCallKw).
				case compiler.CALL, opCallKw:
					base := sp - arg - 2
					callable := stack[base]
					var args []rt.Object
					if stack[base+1] != nil {
						args = stack[base+1 : sp]
					} else {
						args = stack[base+2 : sp]
					}
					var kw []string
					if instr.Op() == opCallKw {
						kw = code.kwnames[instrs[pc-2].Arg()]
					}
					f.sp = sp
					var r rt.Object
					if m, ok := callable.(*rt.Method); ok && stack[base+1] == nil {
						// A bound method of a Python function is called as
						// the function with self in the NULL slot.
						if fn, ok := m.Func.(*Function); ok {
							rt.Incref(fn)
							rt.Incref(m.Self)
							stack[base], stack[base+1] = fn, m.Self
							rt.DecrefShared(m)
							callable, args = fn, stack[base+1:sp]
						}
					}
					if fn, ok := callable.(*Function); ok && !fn.code.isGen {
						if err = vm.callPython(ts, f, fn, base, sp, args, kw); err != nil {
							sp = base
							break
						}
						f.pc = pc
						return nil, nil
					}
					if fn, ok := callable.(*Function); ok {
						r, err = vm.callFunction(ts, fn, args, kw)
					} else {
						r, err = rt.Call(ts, callable, args, kw)
					}
					for i := base; i < sp; i++ {
						if x := stack[i]; x != nil {
							rt.DecrefShared(x)
							stack[i] = nil
						}
					}
					sp = base
					if err != nil {
						break
					}
					stack[sp] = r
					sp++
					if breaker.Load() != 0 {
						f.sp = sp
						err = vm.poll(ts)
					}
				case compiler.RAISE_VARARGS:
					switch arg {
					case 0:
						pending = handledException(ts)
						if pending == nil {
							err = rt.NewRuntimeError("No active exception to reraise")
							break
						}
						rt.Incref(pending)
						reraise = true
						break dispatch
					case 1:
						sp--
						exc := stack[sp]
						stack[sp] = nil
						pending, err = vm.makeException(ts, exc, nil)
						rt.Decref(exc)
					case 2:
						sp -= 2
						exc, cause := stack[sp], stack[sp+1]
						stack[sp], stack[sp+1] = nil, nil
						pending, err = vm.makeException(ts, exc, cause)
						rt.Decref(exc)
						rt.Decref(cause)
					}
					if err == nil {
						vm.setContext(ts, pending)
						reraise = false
						break dispatch
					}
				case compiler.RERAISE:
					sp--
					pending = stack[sp].(*rt.Exception)
					stack[sp] = nil
					reraise = true
					break dispatch
				case compiler.YIELD_VALUE:
					sp--
					v := stack[sp]
					stack[sp] = nil
					f.sp = sp
					f.pc = pc
					return v, nil
				case compiler.SEND:
					recv, v := stack[sp-2], stack[sp-1]
					f.sp = sp
					var r rt.Object
					var done bool
					r, done, err = vm.send(ts, recv, v)
					if err != nil {
						break
					}
					rt.Decref(v)
					if done {
						sp--
						stack[sp] = nil
						stack[sp-1] = r
						rt.Decref(recv)
						pc = arg
					} else {
						stack[sp-1] = r
					}
				case compiler.END_ASYNC_FOR:
					exc := stack[sp-1].(*rt.Exception)
					if exc.IsInstance(rt.StopAsyncIterationType) {
						sp -= 2
						rt.Decref(stack[sp])
						rt.Decref(stack[sp+1])
						stack[sp], stack[sp+1] = nil, nil
						break
					}
					sp--
					stack[sp] = nil
					pending = exc
					reraise = true
					break dispatch
				default:
					f.sp = sp
					sp, err = vm.evalCold(ts, f, instr, sp)
					if f.callee != nil {
						f.sp, f.pc = sp, pc
						return nil, nil
					}
				}
				if err != nil {
					break
				}
			}
			if pending == nil {
				// An operation failed: err carries the exception.
				pending = asException(err)
				err = nil
				if pending.Traceback == nil {
					vm.setContext(ts, pending)
				}
				reraise = false
			}
		}
		// pending is being raised: unwind to its handler.
		f.sp = sp
		if !reraise {
			vm.addTraceback(pending, f)
		}
		// Find the innermost handler covering the failing instruction.
		handler := -1
		depth := 0
		for _, e := range code.ExcTable {
			if f.lasti >= e.Start && f.lasti < e.End {
				handler = e.Target
				depth = e.Depth
				break
			}
		}
		if handler < 0 {
			f.finish()
			return nil, pending
		}
		for sp > depth {
			sp--
			rt.Decref(stack[sp])
			stack[sp] = nil
		}
		stack[sp] = pending
		sp++
		pending = nil
		pc = handler
	}
}

// evalCold runs the less frequent instructions for eval. Keeping them out of
// eval keeps eval under the Go compiler's "big function" size, above which it
// no longer inlines the small helpers (Incref, DecrefShared, cache checks) the
// hot instructions use. f.sp is sp on entry; evalCold returns the new stack
// pointer, and the error like an eval case.
func (vm *VM) evalCold(ts *rt.ThreadState, f *Frame, instr compiler.Instr, sp int) (_ int, err error) {
	code := f.code
	stack := f.stack
	fast := f.fast
	arg := instr.Arg()
	switch instr.Op() {
	case compiler.DELETE_FAST:
		old := fast[arg]
		if old == nil {
			err = rt.NewExceptionf(rt.UnboundLocalErrorType,
				"cannot access local variable '%s' where it is not associated with a value", code.VarNames[arg])
			break
		}
		fast[arg] = nil
		rt.Decref(old)
	case compiler.LOAD_CLASSDEREF:
		name := vm.derefName(code, arg)
		var v rt.Object
		v, err = mappingGet(ts, f.locals, rt.Intern(name))
		if err != nil {
			break
		}
		if v == nil {
			c := fast[code.nlocals+arg].(*rt.Cell)
			if c.Value == nil {
				err = vm.unboundDeref(code, arg)
				break
			}
			v = rt.Xref(c.Value)
		}
		stack[sp] = v
		sp++
	case compiler.DELETE_DEREF:
		c := fast[code.nlocals+arg].(*rt.Cell)
		if c.Value == nil {
			err = vm.unboundDeref(code, arg)
			break
		}
		old := c.Value
		c.Value = nil
		rt.Decref(old)
	case compiler.LOAD_CLOSURE:
		c := fast[code.nlocals+arg]
		rt.Incref(c)
		stack[sp] = c
		sp++
	case compiler.STORE_GLOBAL:
		sp--
		err = f.globals.SetItem(ts, code.names[arg], stack[sp])
		rt.Decref(stack[sp])
		stack[sp] = nil
	case compiler.DELETE_GLOBAL:
		if !f.globals.DelStr(code.names[arg].S) {
			err = nameError(code.names[arg].S)
		}
	case compiler.LOAD_NAME:
		name := code.names[arg]
		var v rt.Object
		if f.locals != nil {
			v, err = mappingGet(ts, f.locals, name)
			if err != nil {
				break
			}
		}
		if v == nil {
			if v = f.globals.GetStr(name.S); v == nil {
				if v = f.builtins.GetStr(name.S); v == nil {
					err = nameError(name.S)
					break
				}
			}
			rt.Incref(v)
		}
		stack[sp] = v
		sp++
	case compiler.STORE_NAME:
		sp--
		v := stack[sp]
		stack[sp] = nil
		if f.locals == nil {
			err = rt.NewSystemError("no locals found when storing %s", code.names[arg].S)
		} else {
			err = mappingSet(ts, f.locals, code.names[arg], v)
		}
		rt.Decref(v)
	case compiler.DELETE_NAME:
		err = mappingDel(ts, f.locals, code.names[arg])
	case compiler.DELETE_ATTR:
		sp--
		obj := stack[sp]
		stack[sp] = nil
		err = rt.SetAttr(ts, obj, code.names[arg], nil)
		rt.Decref(obj)
	case compiler.UNARY_NEGATIVE, compiler.UNARY_POSITIVE, compiler.UNARY_INVERT:
		x := stack[sp-1]
		var r rt.Object
		r, err = rt.UnaryOperation(ts, unaryOps[instr.Op()], x)
		if err != nil {
			break
		}
		stack[sp-1] = r
		rt.Decref(x)
	case compiler.UNARY_NOT:
		x := stack[sp-1]
		var t bool
		t, err = rt.Truth(ts, x)
		if err != nil {
			break
		}
		stack[sp-1] = rt.NewBool(!t)
		rt.Decref(x)
	case compiler.DELETE_SUBSCR:
		c, k := stack[sp-2], stack[sp-1]
		err = rt.DelItem(ts, c, k)
		sp -= 2
		stack[sp], stack[sp+1] = nil, nil
		rt.Decref(c)
		rt.Decref(k)
	case compiler.BUILD_SLICE:
		var step rt.Object = rt.None
		if arg == 3 {
			sp--
			step = stack[sp]
			stack[sp] = nil
		}
		start, stop := stack[sp-2], stack[sp-1]
		sp -= 2
		stack[sp+1] = nil
		stack[sp] = rt.NewSlice(start, stop, step)
		sp++
		rt.Decref(start)
		rt.Decref(stop)
		rt.Decref(step)

	case compiler.BUILD_SET:
		s := rt.NewSet()
		for _, x := range stack[sp-arg : sp] {
			if err == nil {
				err = rt.SetAdd(ts, s, x)
			}
			rt.Decref(x)
		}
		clearSlots(stack[sp-arg : sp])
		sp -= arg
		if err != nil {
			rt.Decref(s)
			break
		}
		stack[sp] = s
		sp++
	case compiler.BUILD_MAP:
		d := rt.NewDictSized(arg)
		for i := sp - 2*arg; i < sp; i += 2 {
			if err == nil {
				err = d.SetItem(ts, stack[i], stack[i+1])
			}
			rt.Decref(stack[i])
			rt.Decref(stack[i+1])
		}
		clearSlots(stack[sp-2*arg : sp])
		sp -= 2 * arg
		if err != nil {
			rt.Decref(d)
			break
		}
		stack[sp] = d
		sp++
	case compiler.BUILD_CONST_KEY_MAP:
		keys := stack[sp-1].(*rt.Tuple)
		d := rt.NewDictSized(arg)
		vals := stack[sp-1-arg : sp-1]
		for i, k := range keys.Items {
			if err == nil {
				err = d.SetItem(ts, k, vals[i])
			}
			rt.Decref(vals[i])
		}
		rt.Decref(keys)
		clearSlots(stack[sp-1-arg : sp])
		sp -= arg + 1
		if err != nil {
			rt.Decref(d)
			break
		}
		stack[sp] = d
		sp++
	case compiler.BUILD_STRING:
		s := rt.NewStrJoin(stack[sp-arg : sp])
		for _, x := range stack[sp-arg : sp] {
			rt.Decref(x)
		}
		clearSlots(stack[sp-arg : sp])
		sp -= arg
		stack[sp] = s
		sp++
	case compiler.SET_ADD:
		sp--
		err = rt.SetAdd(ts, stack[sp-arg], stack[sp])
		rt.Decref(stack[sp])
		stack[sp] = nil
	case compiler.MAP_ADD:
		k, v := stack[sp-2], stack[sp-1]
		sp -= 2
		stack[sp], stack[sp+1] = nil, nil
		err = stack[sp-arg].(*rt.Dict).SetItem(ts, k, v)
		rt.Decref(k)
		rt.Decref(v)
	case compiler.LIST_EXTEND:
		sp--
		it := stack[sp]
		stack[sp] = nil
		l := stack[sp-arg].(*rt.List)
		var items []rt.Object
		items, err = rt.ToSlice(ts, it)
		if err != nil {
			if rt.ErrorMatches(err, rt.TypeErrorType) && it.Type().Iter == nil && it.Type().GetItem == nil {
				rt.Decref(err.(*rt.Exception))
				err = rt.NewTypeError("Value after * must be an iterable, not %s", rt.TypeName(it))
			}
			rt.Decref(it)
			break
		}
		l.Items = append(l.Items, items...)
		rt.Decref(it)
	case compiler.SET_UPDATE:
		sp--
		it := stack[sp]
		stack[sp] = nil
		s := stack[sp-arg]
		err = rt.Iterate(ts, it, func(x rt.Object) (bool, error) { return true, rt.SetAdd(ts, s, x) })
		rt.Decref(it)
	case compiler.DICT_UPDATE, compiler.DICT_MERGE:
		sp--
		m := stack[sp]
		stack[sp] = nil
		d := stack[sp-arg].(*rt.Dict)
		// DICT_MERGE builds f(**m)'s keywords: the stack holds f, NULL,
		// the positional tuple, then the dict (f is named in its errors).
		strict := instr.Op() == compiler.DICT_MERGE
		var callable rt.Object
		if strict {
			callable = stack[sp-arg-3]
		}
		err = dictMerge(ts, d, m, strict, callable)
		rt.Decref(m)
	case compiler.LIST_TO_TUPLE:
		l := stack[sp-1].(*rt.List)
		stack[sp-1] = rt.NewTupleCopy(l.Items)
		rt.Decref(l)
	case compiler.UNPACK_EX:
		before, after := arg&0xff, arg>>8
		sp--
		seq := stack[sp]
		stack[sp] = nil
		var items []rt.Object
		items, err = unpack(ts, seq, before, after)
		rt.Decref(seq)
		if err != nil {
			break
		}
		for i := len(items) - 1; i >= 0; i-- {
			stack[sp] = items[i]
			sp++
		}
	case compiler.FORMAT_VALUE:
		var spec string
		if arg&4 != 0 {
			sp--
			spec = stack[sp].(*rt.Str).S
			rt.Decref(stack[sp])
			stack[sp] = nil
		}
		v := stack[sp-1]
		if arg == compiler.FormatForJoin {
			// An int field that BUILD_STRING joins: it writes the digits.
			if i, ok := v.(*rt.Int); ok && i.Big == nil {
				break
			}
		}
		var s rt.Object
		s, err = formatValue(ts, v, arg&3, spec)
		if err != nil {
			break
		}
		stack[sp-1] = s
		rt.Decref(v)

	case compiler.MAKE_FUNCTION:
		sp--
		code := stack[sp].(*Code)
		stack[sp] = nil
		fn := vm.makeFunction(code, f.globals, f.builtins)
		rt.Decref(code)
		if arg&0x08 != 0 {
			sp--
			cl := stack[sp].(*rt.Tuple)
			stack[sp] = nil
			fn.closureTuple = cl
			fn.closure = make([]*rt.Cell, len(cl.Items))
			for i, c := range cl.Items {
				fn.closure[i] = c.(*rt.Cell)
			}
		}
		if arg&0x04 != 0 {
			sp--
			ann := stack[sp].(*rt.Tuple)
			stack[sp] = nil
			fn.annotations = rt.NewDict()
			for i := 0; i+1 < len(ann.Items); i += 2 {
				fn.annotations.SetItem(ts, ann.Items[i], ann.Items[i+1])
			}
			rt.Decref(ann)
		}
		if arg&0x02 != 0 {
			sp--
			fn.kwdefaults = stack[sp].(*rt.Dict)
			stack[sp] = nil
		}
		if arg&0x01 != 0 {
			sp--
			d := stack[sp].(*rt.Tuple)
			stack[sp] = nil
			fn.defaults = append([]rt.Object(nil), d.Items...)
			rt.IncrefAll(fn.defaults)
			rt.Decref(d)
		}
		stack[sp] = fn
		sp++
	case compiler.CALL_FUNCTION_EX:
		var kwargs rt.Object
		if arg&1 != 0 {
			sp--
			kwargs = stack[sp]
			stack[sp] = nil
		}
		sp--
		posargs := stack[sp]
		stack[sp] = nil
		sp -= 2
		callable := stack[sp]
		stack[sp] = nil
		f.sp = sp
		var r rt.Object
		r, err = vm.callEx(ts, f, callable, posargs, kwargs)
		rt.Decref(posargs)
		rt.Decref(kwargs)
		if f.callee != nil {
			// eval runs the callee next; the callable waits on the stack
			// for its result, as for CALL.
			stack[sp] = callable
			return sp + 1, nil
		}
		rt.Decref(callable)
		if err != nil {
			break
		}
		stack[sp] = r
		sp++
		if ts.Interp.GIL.Breaker.Load() != 0 {
			f.sp = sp
			err = vm.poll(ts)
		}
	case compiler.LOAD_BUILD_CLASS:
		v := f.builtins.GetStr("__build_class__")
		if v == nil {
			err = rt.NewNameError("__build_class__ not found")
			break
		}
		rt.Incref(v)
		stack[sp] = v
		sp++

	case compiler.PUSH_EXC_INFO:
		exc := stack[sp-1].(*rt.Exception)
		var prev rt.Object = rt.None
		if ts.ExcInfo != nil {
			prev = ts.ExcInfo
		}
		stack[sp-1] = prev
		stack[sp] = exc
		sp++
		rt.Incref(exc)
		ts.ExcInfo = exc
	case compiler.POP_EXCEPT:
		sp--
		prev := stack[sp]
		stack[sp] = nil
		old := ts.ExcInfo
		if prev == rt.None {
			ts.ExcInfo = nil
		} else {
			ts.ExcInfo = prev.(*rt.Exception)
		}
		if old != nil {
			rt.Decref(old)
		}
	case compiler.CHECK_EXC_MATCH:
		typ := stack[sp-1]
		exc := stack[sp-2]
		var match bool
		match, err = excMatches(ts, exc, typ)
		if err != nil {
			break
		}
		stack[sp-1] = rt.NewBool(match)
		rt.Decref(typ)
	case compiler.LOAD_ASSERTION_ERROR:
		stack[sp] = rt.AssertionErrorType
		sp++
	case compiler.BEFORE_WITH:
		mgr := stack[sp-1]
		f.sp = sp
		var exit, self, res rt.Object
		exit, self, res, err = vm.beforeWith(ts, f, mgr, false)
		if err != nil {
			break
		}
		// When eval runs __enter__ next (f.callee), its result replaces res.
		stack[sp-1] = exit
		stack[sp] = self
		stack[sp+1] = res
		sp += 2
		rt.Decref(mgr)
	case compiler.WITH_EXIT:
		exit, self := stack[sp-2], stack[sp-1]
		f.sp = sp
		if fn, ok := exit.(*Function); ok && self != nil && !fn.code.isGen {
			// eval runs __exit__ in line; its result replaces exit.
			args := [4]rt.Object{self, rt.None, rt.None, rt.None}
			if err = vm.callInline(ts, f, fn, args[:], nil); err == nil {
				sp--
				stack[sp] = nil
				rt.Decref(self)
			}
			break
		}
		var r rt.Object
		r, err = vm.callExit(ts, exit, self)
		if err != nil {
			break
		}
		sp -= 2
		stack[sp] = r
		stack[sp+1] = nil
		sp++
		rt.Decref(exit)
		if self != nil {
			rt.Decref(self)
		}
		if ts.Interp.GIL.Breaker.Load() != 0 {
			// a call: a GIL poll site, as CALL is
			f.sp = sp
			err = vm.poll(ts)
		}
	case compiler.WITH_EXCEPT_START:
		exit, self := stack[sp-4], stack[sp-3]
		exc := stack[sp-1].(*rt.Exception)
		var tb rt.Object = rt.None
		if exc.Traceback != nil {
			tb = exc.Traceback
		}
		f.sp = sp
		args := [4]rt.Object{self, exc.Type(), exc, tb}
		call := args[:]
		if self == nil {
			call = args[1:]
		}
		if fn, ok := exit.(*Function); ok && !fn.code.isGen {
			// eval runs __exit__ in line; its result replaces a copy of
			// exit pushed here.
			if err = vm.callInline(ts, f, fn, call, nil); err == nil {
				rt.Incref(exit)
				stack[sp] = exit
				sp++
			}
			break
		}
		var r rt.Object
		r, err = rt.Call(ts, exit, call, nil)
		if err != nil {
			break
		}
		stack[sp] = r
		sp++

	case compiler.GET_YIELD_FROM_ITER:
		x := stack[sp-1]
		if _, ok := x.(*Generator); ok {
			break
		}
		var it rt.Object
		it, err = rt.GetIter(ts, x)
		if err != nil {
			break
		}
		stack[sp-1] = it
		rt.Decref(x)
	case compiler.GET_AWAITABLE:
		x := stack[sp-1]
		var aw rt.Object
		aw, err = getAwaitable(ts, x)
		if err != nil {
			break
		}
		stack[sp-1] = aw
		rt.Decref(x)
	case compiler.GET_AITER:
		x := stack[sp-1]
		var it rt.Object
		it, _, err = rt.CallDunder(ts, x, "__aiter__")
		if err == nil && it == nil {
			err = rt.NewTypeError("'async for' requires an object with __aiter__ method, got %s", rt.TypeName(x))
		}
		if err != nil {
			break
		}
		stack[sp-1] = it
		rt.Decref(x)
	case compiler.GET_ANEXT:
		x := stack[sp-1]
		var aw, r rt.Object
		r, _, err = rt.CallDunder(ts, x, "__anext__")
		if err == nil && r == nil {
			err = rt.NewTypeError("'async for' requires an iterator with __anext__ method, got %s", rt.TypeName(x))
		}
		if err != nil {
			break
		}
		aw, err = getAwaitable(ts, r)
		rt.Decref(r)
		if err != nil {
			break
		}
		stack[sp] = aw
		sp++
	case compiler.BEFORE_ASYNC_WITH:
		mgr := stack[sp-1]
		f.sp = sp
		var exit, self, res, aw rt.Object
		exit, self, res, err = vm.beforeWith(ts, nil, mgr, true)
		if err != nil {
			break
		}
		aw, err = getAwaitable(ts, res)
		rt.Decref(res)
		if err != nil {
			rt.Decref(exit)
			if self != nil {
				rt.Decref(self)
			}
			break
		}
		stack[sp-1] = exit
		stack[sp] = self
		stack[sp+1] = aw
		sp += 2
		rt.Decref(mgr)

	case compiler.IMPORT_NAME:
		level, fromlist := stack[sp-2], stack[sp-1]
		lv, _ := level.(*rt.Int)
		f.sp = sp
		var m rt.Object
		m, err = vm.importName(ts, code.names[arg].S, f.globals, fromlist, int(lv.V))
		if err != nil {
			break
		}
		sp--
		stack[sp] = nil
		stack[sp-1] = m
		rt.Decref(level)
		rt.Decref(fromlist)
	case compiler.IMPORT_FROM:
		var v rt.Object
		v, err = vm.importFrom(ts, stack[sp-1], code.names[arg].S)
		if err != nil {
			break
		}
		stack[sp] = v
		sp++
	case compiler.IMPORT_STAR:
		sp--
		m := stack[sp]
		stack[sp] = nil
		err = vm.importStar(ts, m, f.locals)
		rt.Decref(m)

	case compiler.SETUP_ANNOTATIONS:
		var v rt.Object
		v, err = mappingGet(ts, f.locals, rt.Intern("__annotations__"))
		if err == nil && v == nil {
			d := rt.NewDict()
			err = mappingSet(ts, f.locals, rt.Intern("__annotations__"), d)
			rt.Decref(d)
		}
		rt.Decref(v)
	case compiler.PRINT_EXPR:
		sp--
		v := stack[sp]
		stack[sp] = nil
		f.sp = sp
		err = vm.displayHook(ts, v)
		rt.Decref(v)
	default:
		err = rt.NewSystemError("unknown opcode %s", instr.Op())
	}
	return sp, err
}

func unboundLocal(code *Code, i int) error {
	return rt.NewExceptionf(rt.UnboundLocalErrorType,
		"cannot access local variable '%s' where it is not associated with a value", code.VarNames[i])
}

// seqItems returns the items of a tuple or list (borrowed).
func seqItems(o rt.Object) ([]rt.Object, bool) {
	switch s := o.(type) {
	case *rt.Tuple:
		return s.Items, true
	case *rt.List:
		return s.Items, true
	}
	return nil, false
}

// appendInPlace does `s = s + t` / `s += t` for strs by appending to s itself
// when that cannot be observed (CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE):
// the result is stored straight back into the local that holds s (next is
// that STORE_FAST) and the local and the stack hold the only references.
func appendInPlace(x *rt.Str, b rt.Object, next compiler.Instr, fast []rt.Object) bool {
	y, ok := b.(*rt.Str)
	if op := next.Op(); op != compiler.STORE_FAST && op != opStoreFastLoadFast {
		return false
	}
	if !ok || fast[next.Arg()] != rt.Object(x) || rt.RefCount(x) != 2 {
		return false
	}
	x.Append(y.S)
	return true
}

var unaryOps = map[compiler.Opcode]rt.UnaryOp{
	compiler.UNARY_NEGATIVE: rt.OpNeg,
	compiler.UNARY_POSITIVE: rt.OpPos,
	compiler.UNARY_INVERT:   rt.OpInvert,
}

func clearSlots(s []rt.Object) {
	for i := range s {
		s[i] = nil
	}
}

func nameError(name string) error {
	e := rt.NewNameError("name '%s' is not defined", name)
	e.InstanceDictSet("name", rt.NewStr(name))
	return e
}

func (vm *VM) derefName(code *Code, i int) string {
	if i < len(code.CellVars) {
		return code.CellVars[i]
	}
	return code.FreeVars[i-len(code.CellVars)]
}

func (vm *VM) unboundDeref(code *Code, i int) error {
	name := vm.derefName(code, i)
	if i < len(code.CellVars) {
		return rt.NewExceptionf(rt.UnboundLocalErrorType,
			"cannot access local variable '%s' where it is not associated with a value", name)
	}
	return rt.NewNameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// asException turns any error from a builtin into a Python exception.
func asException(err error) *rt.Exception {
	if e, ok := err.(*rt.Exception); ok {
		return e
	}
	return rt.NewSystemError("internal error: %v", err)
}
