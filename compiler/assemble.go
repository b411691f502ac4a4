package compiler

import "fmt"

// Assembly turns a unit's instruction list into a Code:
//
//  1. a flow analysis from instruction 0 along fallthrough, jump and
//     exception edges gives the stack depth before every reachable
//     instruction, the depth each handler keeps, and the maximum depth;
//  2. unreachable instructions, NOPs, region markers and jumps to the next
//     instruction are dropped;
//  3. labels become instruction indexes, handlers become exception-table rows.

// jumpTakenEffect is the stack effect of a jump instruction when it jumps.
func jumpTakenEffect(op Opcode) int {
	switch op {
	case FOR_ITER, SEND, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		return -1
	}
	return 0
}

func (c *compiler) assemble() *Code {
	u := c.u
	n := len(u.instrs)
	target := func(l int) int {
		if l < 0 || l >= len(u.labels) || u.labels[l] < 0 {
			panic(fmt.Sprintf("%s: jump to an unbound label", u.qualname))
		}
		return u.labels[l]
	}

	c.threadJumps(target)

	// 1. Flow analysis.
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	maxDepth := 0
	visit := func(i, d int) {
		if i >= n {
			panic(fmt.Sprintf("%s: control flow falls off the end of the code", u.qualname))
		}
		if d > maxDepth {
			maxDepth = d
		}
		switch {
		case depth[i] < 0:
			depth[i] = d
			work = append(work, i)
		case depth[i] != d:
			panic(fmt.Sprintf("%s: inconsistent stack depth at instruction %d (%s): %d and %d",
				u.qualname, i, u.instrs[i].op, depth[i], d))
		}
	}
	if n > 0 {
		visit(0, 0)
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		in := &u.instrs[i]
		if in.op == opSetup {
			h := in.setup
			hd := d - h.pop
			if hd < 0 || (h.depth >= 0 && h.depth != hd) {
				panic(fmt.Sprintf("%s: bad handler depth at instruction %d", u.qualname, i))
			}
			h.depth = hd
			visit(i+1, d)
			continue
		}
		// A forward JUMP cannot raise (it does not poll the eval breaker), so
		// it does not make a handler reachable.
		if in.h != nil && in.op != NOP && in.op != JUMP {
			if in.h.depth < 0 {
				panic(fmt.Sprintf("%s: instruction %d (%s) protected by a handler whose region was never entered",
					u.qualname, i, in.op))
			}
			visit(target(int(in.h.target)), in.h.depth+1)
		}
		info := opcodeInfo[in.op]
		after := d + info.Effect(in.arg)
		if after < 0 {
			panic(fmt.Sprintf("%s: stack underflow at instruction %d (%s)", u.qualname, i, in.op))
		}
		if after > maxDepth {
			maxDepth = after
		}
		if info.Jump {
			visit(target(in.arg), d+jumpTakenEffect(in.op))
		}
		if !isTerminator(in.op) {
			visit(i+1, after)
		}
	}

	// 2. Choose the instructions to keep.
	keep := make([]bool, n)
	for i, in := range u.instrs {
		keep[i] = depth[i] >= 0 && in.op != NOP && in.op != opSetup
	}
	next := make([]int, n+1) // next[i]: first kept instruction at or after i
	computeNext := func() {
		next[n] = n
		for i := n - 1; i >= 0; i-- {
			if keep[i] {
				next[i] = i
			} else {
				next[i] = next[i+1]
			}
		}
	}
	computeNext()
	for changed := true; changed; {
		changed = false
		for i, in := range u.instrs {
			if keep[i] && in.op == JUMP && next[target(in.arg)] == next[i+1] {
				keep[i] = false
				changed = true
			}
		}
		if changed {
			computeNext()
		}
	}

	// 3. Renumber, resolve jumps, build the tables.
	newIndex := make([]int, n+1)
	count := 0
	for i := 0; i < n; i++ {
		newIndex[i] = count
		if keep[i] {
			count++
		}
	}
	newIndex[n] = count
	code := &Code{
		Name:      u.name,
		QualName:  u.qualname,
		Filename:  c.filename,
		FirstLine: u.firstLine,
		Instrs:    make([]Instr, 0, count),
		Lines:     make([]int32, 0, count),
		StackSize: maxDepth,
	}
	var cur *ExcEntry
	var locs locTable
	for i, in := range u.instrs {
		if !keep[i] {
			continue
		}
		arg := in.arg
		if opcodeInfo[in.op].Jump {
			arg = newIndex[next[target(in.arg)]]
		}
		if arg < 0 || arg > MaxArg {
			c.errorAt(c.u.pos, "too many constants, names or instructions in %s", u.qualname)
		}
		pc := len(code.Instrs)
		code.Instrs = append(code.Instrs, MakeInstr(in.op, arg))
		code.Lines = append(code.Lines, in.loc.line)
		locs.add(in.loc)
		if in.h == nil || depth[target(int(in.h.target))] < 0 {
			cur = nil
			continue
		}
		t := newIndex[next[target(int(in.h.target))]]
		if cur != nil && cur.End == pc && cur.Target == t && cur.Depth == in.h.depth {
			cur.End = pc + 1
			continue
		}
		code.ExcTable = append(code.ExcTable, ExcEntry{Start: pc, End: pc + 1, Target: t, Depth: in.h.depth})
		cur = &code.ExcTable[len(code.ExcTable)-1]
	}

	locs.flush()
	code.Locs = locs.buf
	code.Consts = u.consts
	code.Names = u.names
	code.VarNames = u.varnames
	code.CellVars = u.cellvars
	code.FreeVars = u.freevars
	code.Cell2Arg = make([]int, len(u.cellvars))
	nparams := len(u.b.params)
	for i, name := range u.cellvars {
		code.Cell2Arg[i] = -1
		for j := 0; j < nparams; j++ {
			if u.b.params[j] == name {
				code.Cell2Arg[i] = j
				break
			}
		}
	}
	code.ArgCount = u.argCount
	code.PosOnlyArgCount = u.posOnlyArgCount
	code.KwOnlyArgCount = u.kwOnlyArgCount
	code.Flags = c.codeFlags()
	return code
}

// threadJumps makes a jump whose target is an unconditional jump go to the
// final target. Only JUMP and JUMP_BACKWARD may end up going backward (as
// JUMP_BACKWARD, which polls the eval breaker); conditional and other jumps
// are threaded only forward.
func (c *compiler) threadJumps(target func(int) int) {
	u := c.u
	n := len(u.instrs)
	for i := range u.instrs {
		in := &u.instrs[i]
		if in.op == opSetup || !opcodeInfo[in.op].Jump {
			continue
		}
		for hops := 0; hops < 8; hops++ {
			t := target(in.arg)
			if t >= n {
				break
			}
			next := u.instrs[t]
			if (next.op != JUMP && next.op != JUMP_BACKWARD) || next.arg == in.arg {
				break
			}
			final := target(next.arg)
			switch {
			case final > i:
				if in.op == JUMP_BACKWARD {
					in.op = JUMP
				}
			case in.op == JUMP || in.op == JUMP_BACKWARD:
				in.op = JUMP_BACKWARD
			default:
				hops = 8 // a conditional jump cannot go backward
				continue
			}
			in.arg = next.arg
		}
	}
}

// codeFlags computes co_flags for the current unit.
func (c *compiler) codeFlags() CodeFlags {
	b := c.u.b
	var f CodeFlags
	if b.kind == functionBlock {
		f |= CO_OPTIMIZED | CO_NEWLOCALS
		if b.nested {
			f |= CO_NESTED
		}
		switch {
		case b.generator && b.coroutine:
			f |= CO_ASYNC_GENERATOR
		case b.generator:
			f |= CO_GENERATOR
		case b.coroutine:
			f |= CO_COROUTINE
		}
		if b.varargs {
			f |= CO_VARARGS
		}
		if b.varkeywords {
			f |= CO_VARKEYWORDS
		}
	}
	return f
}
