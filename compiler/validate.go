package compiler

import (
	"fmt"
	"strings"
)

// Validate checks that a code object, and every code object nested in its
// constants, is well formed, independently of how it was produced:
//
//   - opcodes are defined, arguments are in range for their table (constants,
//     names, locals, cells) and jump targets are instruction indexes;
//   - every backward jump is JUMP_BACKWARD or JUMP_NO_INTERRUPT, and
//     JUMP_BACKWARD only goes backward;
//   - simulating the stack along every path (fallthrough, jumps and the
//     exception table's edges) from depth 0, every instruction is reached with
//     one consistent depth, the depth never goes negative nor above StackSize,
//     no path falls off the end, and every instruction is reachable;
//   - exception-table rows are in range, sorted and disjoint, and keep no more
//     than the stack holds;
//   - code starts with RESUME 0, every YIELD_VALUE is followed by RESUME 1-3
//     (and preceded by its SEND when the RESUME is 2 or 3), every KW_NAMES is
//     followed by a CALL with at least that many arguments.
func Validate(c *Code) error {
	var errs []string
	validate(c, &errs)
	if len(errs) > 0 {
		return fmt.Errorf("invalid code:\n%s", strings.Join(errs, "\n"))
	}
	return nil
}

func validate(c *Code, errs *[]string) {
	bad := func(format string, args ...any) {
		*errs = append(*errs, fmt.Sprintf("%s: ", c.QualName)+fmt.Sprintf(format, args...))
	}
	n := len(c.Instrs)
	if len(c.Lines) != n {
		bad("%d instructions but %d line entries", n, len(c.Lines))
	}
	if n == 0 {
		bad("no instructions")
		return
	}
	if c.Instrs[0].Op() != RESUME || c.Instrs[0].Arg() != 0 {
		bad("does not start with RESUME 0")
	}
	ncells := len(c.CellVars) + len(c.FreeVars)
	for pc, in := range c.Instrs {
		op, arg := in.Op(), in.Arg()
		if int(op) >= NumOpcodes {
			bad("%d: undefined opcode %d", pc, op)
			return
		}
		info := op.Info()
		if !info.HasArg && arg != 0 {
			bad("%d: %s takes no argument but has %d", pc, op, arg)
		}
		limit := -1
		switch op {
		case LOAD_CONST, KW_NAMES:
			limit = len(c.Consts)
		case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
			LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
			limit = len(c.Names)
		case LOAD_FAST, STORE_FAST, DELETE_FAST:
			limit = len(c.VarNames)
		case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
			limit = ncells
		}
		if info.Jump {
			limit = n
		}
		if limit >= 0 && arg >= limit {
			bad("%d: %s argument %d out of range (%d)", pc, op, arg, limit)
			return
		}
		if info.Jump {
			if arg <= pc && op != JUMP_BACKWARD && op != JUMP_NO_INTERRUPT {
				bad("%d: backward jump with %s", pc, op)
			}
			if op == JUMP_BACKWARD && arg > pc {
				bad("%d: JUMP_BACKWARD jumps forward", pc)
			}
		}
		switch op {
		case KW_NAMES:
			names, ok := c.Consts[arg].(ConstTuple)
			if !ok {
				bad("%d: KW_NAMES constant is not a tuple", pc)
				break
			}
			for _, name := range names {
				if _, ok := name.(string); !ok {
					bad("%d: KW_NAMES holds a non-string", pc)
				}
			}
			if pc+1 >= n || c.Instrs[pc+1].Op() != CALL || c.Instrs[pc+1].Arg() < len(names) {
				bad("%d: KW_NAMES not followed by a matching CALL", pc)
			}
		case YIELD_VALUE:
			if pc+1 >= n || c.Instrs[pc+1].Op() != RESUME || c.Instrs[pc+1].Arg() < 1 || c.Instrs[pc+1].Arg() > 3 {
				bad("%d: YIELD_VALUE not followed by RESUME 1-3", pc)
			} else if c.Instrs[pc+1].Arg() >= 2 && (pc == 0 || c.Instrs[pc-1].Op() != SEND) {
				bad("%d: delegating YIELD_VALUE not preceded by SEND", pc)
			}
		}
	}

	// Exception table.
	for i, e := range c.ExcTable {
		if e.Start < 0 || e.End > n || e.Start >= e.End || e.Target < 0 || e.Target >= n || e.Depth < 0 {
			bad("exception entry %d out of range: %+v", i, e)
			return
		}
		if i > 0 && e.Start < c.ExcTable[i-1].End {
			bad("exception entries %d and %d overlap or are unsorted", i-1, i)
		}
	}
	handlerOf := make([]int, n)
	for i := range handlerOf {
		handlerOf[i] = -1
	}
	for i, e := range c.ExcTable {
		for pc := e.Start; pc < e.End; pc++ {
			handlerOf[pc] = i
		}
	}

	// Stack simulation.
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	maxDepth := 0
	reach := func(from, to, d int) {
		if to >= n {
			bad("%d: control flow falls off the end", from)
			return
		}
		if d > maxDepth {
			maxDepth = d
		}
		if depth[to] < 0 {
			depth[to] = d
			work = append(work, to)
		} else if depth[to] != d {
			bad("%d: reached with stack depth %d from %d, and %d before", to, d, from, depth[to])
		}
	}
	reach(0, 0, 0)
	for len(work) > 0 && len(*errs) < 20 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		in := c.Instrs[pc]
		op, arg := in.Op(), in.Arg()
		info := op.Info()
		eff := info.Effect(arg)
		after := d + eff
		if after < 0 {
			bad("%d: %s underflows the stack (depth %d)", pc, op, d)
			continue
		}
		if after > maxDepth {
			maxDepth = after
		}
		if h := handlerOf[pc]; h >= 0 {
			e := c.ExcTable[h]
			low := d
			if after < low {
				low = after
			}
			if e.Depth > low {
				bad("%d: %s protected by a handler keeping %d items, but only %d are there", pc, op, e.Depth, low)
			}
			reach(pc, e.Target, e.Depth+1)
		}
		if info.Jump {
			reach(pc, arg, d+jumpTakenEffect(op))
		}
		if !isTerminator(op) {
			reach(pc, pc+1, after)
		}
	}
	if maxDepth > c.StackSize {
		bad("stack depth reaches %d but StackSize is %d", maxDepth, c.StackSize)
	}
	for pc := range depth {
		if depth[pc] < 0 {
			bad("%d: unreachable instruction %s", pc, c.Instrs[pc].Op())
			break
		}
	}

	for _, k := range c.Consts {
		if inner, ok := k.(*Code); ok {
			validate(inner, errs)
		}
	}
}
