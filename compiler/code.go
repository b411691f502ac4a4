package compiler

import "math/big"

// Code is a compiled code object: the bytecode of one module, class body,
// function, lambda or comprehension. It holds only plain Go data, so the compiler
// does not depend on the runtime; the VM turns Consts into runtime objects once
// when it first loads a Code.
type Code struct {
	Name      string // co_name: function name, "<module>", "<lambda>", "<listcomp>", ...
	QualName  string // co_qualname, e.g. "C.method.<locals>.inner"
	Filename  string
	FirstLine int

	Instrs []Instr
	// Lines[i] is the source line of Instrs[i].
	Lines []int32
	// Locs holds the end line and columns of every instruction, compressed
	// (see positions.go; read with PositionFor and Positions).
	Locs []byte
	// ExcTable lists the protected ranges, innermost first for overlapping ranges.
	ExcTable []ExcEntry

	// Consts holds nil (None), bool, int64, *big.Int, float64, complex128, string,
	// Bytes, Ellipsis, *Code, and ConstTuple.
	Consts []any
	// Names are global, attribute and import names (the *_NAME/ATTR/GLOBAL/METHOD operand).
	Names []string
	// VarNames are the fast locals: arguments first (positional, keyword-only,
	// *args, **kwargs in that order), then other locals.
	VarNames []string
	// CellVars are this code's locals captured by inner functions; FreeVars are
	// the enclosing scopes' variables it captures. Cell index i < len(CellVars)
	// is a CellVar, else FreeVars[i-len(CellVars)].
	CellVars []string
	FreeVars []string
	// Cell2Arg[i] is the argument index that initialises CellVars[i], or -1.
	Cell2Arg []int

	ArgCount        int // positional parameters, including positional-only
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           CodeFlags
	StackSize       int
}

// CodeFlags are co_flags bits.
type CodeFlags uint32

const (
	CO_OPTIMIZED          CodeFlags = 0x0001 // uses fast locals
	CO_NEWLOCALS          CodeFlags = 0x0002
	CO_VARARGS            CodeFlags = 0x0004
	CO_VARKEYWORDS        CodeFlags = 0x0008
	CO_NESTED             CodeFlags = 0x0010
	CO_GENERATOR          CodeFlags = 0x0020
	CO_NOFREE             CodeFlags = 0x0040
	CO_COROUTINE          CodeFlags = 0x0080
	CO_ITERABLE_COROUTINE CodeFlags = 0x0100
	CO_ASYNC_GENERATOR    CodeFlags = 0x0200
)

// ExcEntry is one exception-table row: an exception raised by an instruction in
// [Start, End) pops the value stack to Depth, pushes the exception and jumps to
// Target.
type ExcEntry struct {
	Start, End int
	Target     int
	Depth      int
}

// Bytes is a bytes constant.
type Bytes []byte

// EllipsisConst is the `...` constant.
type EllipsisConst struct{}

// ConstTuple is a tuple constant (e.g. KW_NAMES operands, default values folded at
// compile time, `x in (1, 2, 3)`).
type ConstTuple []any

// BigInt is the type of integer constants beyond int64.
type BigInt = *big.Int

// LineFor returns the source line of instruction pc.
func (c *Code) LineFor(pc int) int {
	if pc < 0 || pc >= len(c.Lines) {
		return c.FirstLine
	}
	return int(c.Lines[pc])
}
