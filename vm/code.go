// Package vm is minipy's bytecode interpreter: frames, the eval loop, the call
// protocol, generators and coroutines, classes (__build_class__), imports, and
// the Interpreter set-up that wires the runtime and the standard library.
//
// The loop (eval.go) is a switch over the dense opcodes of compiler/opcodes.go;
// the semantics of each operation live in runtime (BinaryOp, GetAttr, Call, ...),
// so a handler is mostly stack traffic plus one runtime call. Python-to-Python
// calls recurse on the Go stack (Go stacks grow, and RecursionError stops
// runaway recursion long before they get large). try/except costs nothing until
// an exception is raised: the loop then consults the code's exception table.
// The GIL is polled at CPython 3.11's sites only: RESUME at function entry,
// JUMP_BACKWARD, and after a CALL into Go code (a Python callee polls at its
// own RESUME).
//
// Speed (doc/performance.md): the hot instructions have fast paths for the
// common operand types (runtime/fastops.go; BINARY_OP is split by operator
// at load), the name and attribute instructions have inline caches
// (runtime/attrcache.go), pairs and short runs of common instructions are
// fused at load time (superinstructions in code.go; the runs with borrowed
// operands, such as `n - 1` or `if n < 2:`, never touch a refcount), calls
// of Python functions with exact positional arguments move the arguments
// into a reused frame (callExact, frame.go), and the rare instructions live
// in evalCold so that eval stays small enough for the Go compiler to inline
// the refcounting helpers into it.
package vm

import (
	"math/big"

	"github.com/minipy/minipy/compiler"
	rt "github.com/minipy/minipy/runtime"
)

// Code is a compiled code object ready to run: the compiler's output plus its
// constants converted to runtime objects (once, when the code is loaded). It is
// also the Python-visible code object (f.__code__, frame.f_code).
type Code struct {
	rt.Header
	*compiler.Code
	consts  []rt.Object
	names   []*rt.Str
	kwnames map[int][]string // KW_NAMES operand → keyword names
	// nlocals is len(VarNames); ncells is len(CellVars)+len(FreeVars).
	nlocals, ncells int
	isGen           bool
	// ops is Instrs with pairs of instructions rewritten into the VM's
	// superinstructions (see superinstructions).
	ops []compiler.Instr
	// simpleArgs is set when calls can bind positional arguments straight
	// into the fast locals: no *args, **kwargs or keyword-only parameters.
	simpleArgs bool
	// exactArgs is the number of positional arguments callExact can bind
	// (simple arguments, no cells, not a generator), or -1.
	exactArgs int
	// freeFrames are finished frames of this code kept for reuse (see
	// newFrame); they are only touched by the GIL holder.
	freeFrames []*Frame
	// globalCache holds LOAD_GLOBAL's inline cache for each name;
	// attrCache those of the attribute instructions, attrCache[cacheIdx[pc]]
	// for the instruction at pc (see runtime/attrcache.go).
	globalCache []rt.GlobalCache
	attrCache   []rt.AttrCache
	cacheIdx    []int32
}

// CodeType is the type of code objects.
var CodeType = rt.NewBuiltinType("code", rt.ObjectType)

func (c *Code) Type() *rt.Type { return CodeType }

// loadCode converts a compiled code object (and its nested code objects).
func loadCode(cc *compiler.Code) *Code {
	c := &Code{Header: rt.Header{}, Code: cc}
	rt.Incref(c) // the code object is owned by its parent's consts / caller
	c.consts = make([]rt.Object, len(cc.Consts))
	for i, k := range cc.Consts {
		c.consts[i] = constObject(k)
		if t, ok := k.(compiler.ConstTuple); ok && isStrTuple(t) {
			if c.kwnames == nil {
				c.kwnames = map[int][]string{}
			}
			names := make([]string, len(t))
			for j, s := range t {
				names[j] = s.(string)
			}
			c.kwnames[i] = names
		}
	}
	c.names = make([]*rt.Str, len(cc.Names))
	for i, n := range cc.Names {
		c.names[i] = rt.Intern(n)
	}
	c.globalCache = make([]rt.GlobalCache, len(cc.Names))
	n := 0
	for _, in := range cc.Instrs {
		switch in.Op() {
		case compiler.LOAD_ATTR, compiler.STORE_ATTR, compiler.LOAD_METHOD:
			n++
		}
	}
	if n > 0 {
		c.attrCache = make([]rt.AttrCache, n)
		c.cacheIdx = make([]int32, len(cc.Instrs))
		n = 0
		for pc, in := range cc.Instrs {
			switch in.Op() {
			case compiler.LOAD_ATTR, compiler.STORE_ATTR, compiler.LOAD_METHOD:
				c.cacheIdx[pc] = int32(n)
				n++
			}
		}
	}
	c.ops = superinstructions(cc.Instrs)
	c.nlocals = len(cc.VarNames)
	c.ncells = len(cc.CellVars) + len(cc.FreeVars)
	c.simpleArgs = cc.Flags&(compiler.CO_VARARGS|compiler.CO_VARKEYWORDS) == 0 && cc.KwOnlyArgCount == 0
	c.isGen = cc.Flags&(compiler.CO_GENERATOR|compiler.CO_COROUTINE|compiler.CO_ASYNC_GENERATOR) != 0
	c.exactArgs = -1
	if c.simpleArgs && c.ncells == 0 && !c.isGen {
		c.exactArgs = c.ArgCount
	}
	return c
}

func isStrTuple(t compiler.ConstTuple) bool {
	if len(t) == 0 {
		return false
	}
	for _, x := range t {
		if _, ok := x.(string); !ok {
			return false
		}
	}
	return true
}

// constObject turns a compiler constant into an immortal runtime object
// (constants live as long as their code).
func constObject(k any) rt.Object {
	var o rt.Object
	switch v := k.(type) {
	case nil:
		return rt.None
	case bool:
		return rt.NewBool(v)
	case int64:
		o = rt.NewInt(v)
	case *big.Int:
		o = rt.NewBigInt(v)
	case float64:
		o = rt.NewFloat(v)
	case complex128:
		o = rt.NewComplex(v)
	case string:
		return rt.Intern(v)
	case compiler.Bytes:
		o = rt.NewBytes([]byte(v))
	case compiler.EllipsisConst:
		return rt.Ellipsis
	case *compiler.Code:
		o = loadCode(v)
	case compiler.ConstTuple:
		items := make([]rt.Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		o = rt.NewTuple(items)
	default:
		panic("vm: unknown constant type")
	}
	rt.MakeImmortal(o)
	return o
}

// Superinstructions: VM-internal opcodes, numbered after the compiler's, that
// do two common consecutive instructions in one dispatch (as CPython 3.11's
// LOAD_FAST__LOAD_FAST family). The first instruction of a pair is replaced and
// keeps its own operand; the second stays in place, so jumps to it, line
// numbers and the exception table are unchanged, and the superinstruction
// reads the second operand from it.
const (
	opLoadFastLoadFast  = compiler.Opcode(compiler.NumOpcodes + iota) // LOAD_FAST LOAD_FAST
	opLoadFastLoadConst                                               // LOAD_FAST LOAD_CONST
	opLoadConstLoadFast                                               // LOAD_CONST LOAD_FAST
	opStoreFastLoadFast                                               // STORE_FAST LOAD_FAST
	// BINARY_OP split by operator, with fast paths for ints and floats.
	opBinaryAdd // BINARY_OP + or +=
	opBinarySub // BINARY_OP - or -=
	opBinaryMul // BINARY_OP * or *=
	// Triples and pairs of numeric code: x[CONST] (a list or tuple item),
	// the store of `x[k] op= v` (SWAP 3, SWAP 2, STORE_SUBSCR on a list) and
	// the COPY 2, COPY 2 before it.
	opLoadFastConstSubscr // LOAD_FAST LOAD_CONST BINARY_SUBSCR
	opSwapStoreSubscr     // SWAP 3 SWAP 2 STORE_SUBSCR
	opCopyTwo             // COPY 2 COPY 2
	// CALL with keyword arguments: the names are the operand of the KW_NAMES
	// just before it (the compiler always emits the two together).
	opCallKw
	opLoadGlobalNull // LOAD_GLOBAL PUSH_NULL (a call of a global)
	// LOAD_FAST LOAD_CONST BINARY_OP + - * % & (`n - 1`, `i % 7`) on two
	// ints or two floats (% and & on ints).
	opLoadFastConstArith
	// LOAD_FAST LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE/TRUE (`if n < 2:`).
	opLoadFastConstCmpJump
	// LOAD_FAST LOAD_FAST BINARY_OP + - * (`x * y`, `total += i`) on two
	// ints or two floats.
	opLoadFastFastArith
	// LOAD_FAST LOAD_CONST COPY 2 COPY 2 BINARY_SUBSCR: the load of
	// `x[CONST] op= v`, leaving x, CONST and the item.
	opLoadFastConstCopySubscr
)

// superinstructions returns a copy of instrs with the pairs and runs above
// rewritten. Only the first instruction of each is replaced, so jumps into
// the middle and the fallback paths still find the original instructions.
func superinstructions(instrs []compiler.Instr) []compiler.Instr {
	ops := append([]compiler.Instr(nil), instrs...)
	// subscr marks the LOAD_FAST starting an x[CONST] triple: a pair must
	// not take it as its second instruction, which the pair would then run
	// alone.
	subscr := func(i int) bool {
		return i+2 < len(instrs) && instrs[i].Op() == compiler.LOAD_FAST &&
			instrs[i+1].Op() == compiler.LOAD_CONST && instrs[i+2].Op() == compiler.BINARY_SUBSCR
	}
	constArith := func(i int) bool {
		if i+2 >= len(instrs) || instrs[i].Op() != compiler.LOAD_FAST ||
			instrs[i+1].Op() != compiler.LOAD_CONST || instrs[i+2].Op() != compiler.BINARY_OP {
			return false
		}
		switch rt.BinOp(instrs[i+2].Arg() % compiler.InplaceBase) {
		case rt.OpAdd, rt.OpSub, rt.OpMul, rt.OpMod, rt.OpAnd:
			return true
		}
		return false
	}
	arith := func(i int) bool {
		if i+2 >= len(instrs) || instrs[i].Op() != compiler.LOAD_FAST ||
			instrs[i+1].Op() != compiler.LOAD_FAST || instrs[i+2].Op() != compiler.BINARY_OP {
			return false
		}
		op := rt.BinOp(instrs[i+2].Arg() % compiler.InplaceBase)
		return op == rt.OpAdd || op == rt.OpSub || op == rt.OpMul
	}
	copySubscr := func(i int) bool {
		return i+4 < len(instrs) && instrs[i].Op() == compiler.LOAD_FAST &&
			instrs[i+1].Op() == compiler.LOAD_CONST &&
			instrs[i+2].Op() == compiler.COPY && instrs[i+2].Arg() == 2 &&
			instrs[i+3].Op() == compiler.COPY && instrs[i+3].Arg() == 2 &&
			instrs[i+4].Op() == compiler.BINARY_SUBSCR
	}
	cmpJump := func(i int) bool {
		return i+3 < len(instrs) && instrs[i].Op() == compiler.LOAD_FAST &&
			instrs[i+1].Op() == compiler.LOAD_CONST && instrs[i+2].Op() == compiler.COMPARE_OP &&
			(instrs[i+3].Op() == compiler.POP_JUMP_IF_FALSE || instrs[i+3].Op() == compiler.POP_JUMP_IF_TRUE)
	}
	for i := 0; i+1 < len(instrs); i++ {
		if instrs[i+1].Op() == compiler.LOAD_FAST && (subscr(i+1) || constArith(i+1) || cmpJump(i+1) || arith(i+1) || copySubscr(i+1)) {
			continue
		}
		var op compiler.Opcode
		switch [2]compiler.Opcode{instrs[i].Op(), instrs[i+1].Op()} {
		case [2]compiler.Opcode{compiler.LOAD_FAST, compiler.LOAD_FAST}:
			op = opLoadFastLoadFast
		case [2]compiler.Opcode{compiler.LOAD_FAST, compiler.LOAD_CONST}:
			op = opLoadFastLoadConst
		case [2]compiler.Opcode{compiler.LOAD_CONST, compiler.LOAD_FAST}:
			op = opLoadConstLoadFast
		case [2]compiler.Opcode{compiler.STORE_FAST, compiler.LOAD_FAST}:
			op = opStoreFastLoadFast
		case [2]compiler.Opcode{compiler.LOAD_GLOBAL, compiler.PUSH_NULL}:
			op = opLoadGlobalNull
		default:
			continue
		}
		ops[i] = compiler.MakeInstr(op, instrs[i].Arg())
	}
	for i := 0; i+1 < len(instrs); i++ {
		if instrs[i].Op() == compiler.KW_NAMES && instrs[i+1].Op() == compiler.CALL {
			ops[i+1] = compiler.MakeInstr(opCallKw, instrs[i+1].Arg())
		}
	}
	for i := 0; i+2 < len(instrs); i++ {
		a, b, c := instrs[i], instrs[i+1], instrs[i+2]
		switch {
		case subscr(i):
			ops[i] = compiler.MakeInstr(opLoadFastConstSubscr, a.Arg())
		case copySubscr(i):
			ops[i] = compiler.MakeInstr(opLoadFastConstCopySubscr, a.Arg())
		case constArith(i):
			ops[i] = compiler.MakeInstr(opLoadFastConstArith, a.Arg())
		case cmpJump(i):
			ops[i] = compiler.MakeInstr(opLoadFastConstCmpJump, a.Arg())
		case arith(i):
			ops[i] = compiler.MakeInstr(opLoadFastFastArith, a.Arg())
		case a.Op() == compiler.SWAP && a.Arg() == 3 && b.Op() == compiler.SWAP && b.Arg() == 2 && c.Op() == compiler.STORE_SUBSCR:
			ops[i] = compiler.MakeInstr(opSwapStoreSubscr, a.Arg())
		case a.Op() == compiler.COPY && a.Arg() == 2 && b.Op() == compiler.COPY && b.Arg() == 2:
			ops[i] = compiler.MakeInstr(opCopyTwo, a.Arg())
		}
	}
	for i, in := range ops {
		if in.Op() != compiler.BINARY_OP {
			continue
		}
		switch rt.BinOp(in.Arg() % compiler.InplaceBase) {
		case rt.OpAdd:
			ops[i] = compiler.MakeInstr(opBinaryAdd, in.Arg())
		case rt.OpSub:
			ops[i] = compiler.MakeInstr(opBinarySub, in.Arg())
		case rt.OpMul:
			ops[i] = compiler.MakeInstr(opBinaryMul, in.Arg())
		}
	}
	return ops
}
