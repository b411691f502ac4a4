package compiler

// Instruction format
//
//	 31                            8 7        0
//	+-------------------------------+----------+
//	|          arg (24 bits)        |  opcode  |
//	+-------------------------------+----------+
//
// One Instr is one uint32; opcodes without an argument leave arg 0. Jump
// arguments are absolute instruction indexes (not byte offsets), so a jump is
// `pc = arg`. The set follows CPython 3.11's bytecode (same names, same stack
// effects) with a few simplifications, noted per opcode. Stack pictures read
// `before -- after`, top of stack rightmost; NULL is the absent value (a Go nil).
//
// Calls use CPython 3.12's layout: `callable self_or_null arg1 ... argN CALL<N>`.
// A plain call is `<callable> PUSH_NULL <args> CALL`; a method call is
// `<obj> LOAD_METHOD<name> <args> CALL`, where LOAD_METHOD pushes either
// `unbound_method self` or `bound_attr NULL`. A KW_NAMES<consti> right before CALL
// names the last len(kwnames) arguments as keywords.
//
// try/except/finally/with use a zero-cost exception table (Code.ExcTable), as in
// CPython 3.11: when an instruction in [Start, End) raises, the VM pops the value
// stack down to Depth, pushes the exception object and jumps to Target. There is
// no block stack and no SETUP_* opcode.

// Opcode is a bytecode operation.
type Opcode uint8

// Instr is one encoded instruction: opcode in the low 8 bits, argument above.
type Instr uint32

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i & 0xff) }

// Arg returns the instruction's argument.
func (i Instr) Arg() int { return int(i >> 8) }

// MakeInstr encodes an instruction.
func MakeInstr(op Opcode, arg int) Instr { return Instr(uint32(arg)<<8 | uint32(op)) }

// MaxArg is the largest encodable argument.
const MaxArg = 1<<24 - 1

const (
	NOP Opcode = iota

	// ---- stack ----
	POP_TOP   // x --
	PUSH_NULL // -- NULL
	COPY      // COPY<i>: ... x(i) ... -- ... x(i) ... x(i)   (i >= 1; 1 = top)
	SWAP      // SWAP<i>: swaps the top with the i-th item (i >= 2)

	// ---- unary / binary ----
	UNARY_NEGATIVE // x -- (-x)
	UNARY_POSITIVE // x -- (+x)
	UNARY_INVERT   // x -- (~x)
	UNARY_NOT      // x -- (not x)
	BINARY_OP      // BINARY_OP<op>: a b -- (a op b); op is an ast.Operator, +InplaceBase for `op=`
	COMPARE_OP     // COMPARE_OP<op>: a b -- (a op b); op is ast.Eq..ast.GtE
	IS_OP          // IS_OP<invert>: a b -- (a is b) / (a is not b)
	CONTAINS_OP    // CONTAINS_OP<invert>: a b -- (a in b) / (a not in b)

	// ---- subscripts and slices ----
	BINARY_SUBSCR // container key -- container[key]
	STORE_SUBSCR  // value container key --          (container[key] = value)
	DELETE_SUBSCR // container key --
	BUILD_SLICE   // BUILD_SLICE<2|3>: start stop [step] -- slice

	// ---- names ----
	LOAD_CONST      // LOAD_CONST<consti>: -- Consts[consti]
	LOAD_FAST       // LOAD_FAST<i>: -- locals[i]   (UnboundLocalError when unset)
	STORE_FAST      // STORE_FAST<i>: x --
	DELETE_FAST     // DELETE_FAST<i>: --
	LOAD_DEREF      // LOAD_DEREF<i>: -- cell[i].contents  (cells are CellVars then FreeVars)
	STORE_DEREF     // STORE_DEREF<i>: x --
	DELETE_DEREF    // DELETE_DEREF<i>: --
	LOAD_CLOSURE    // LOAD_CLOSURE<i>: -- cell[i]  (the cell object itself, for MAKE_FUNCTION)
	LOAD_CLASSDEREF // LOAD_CLASSDEREF<i>: -- value; class body: the locals mapping first, then cell[i]
	LOAD_GLOBAL     // LOAD_GLOBAL<namei>: -- globals[Names[namei]] or builtins[...]   (NameError)
	STORE_GLOBAL    // STORE_GLOBAL<namei>: x --
	DELETE_GLOBAL   // DELETE_GLOBAL<namei>: --
	LOAD_NAME       // LOAD_NAME<namei>: -- value; locals mapping, then globals, then builtins
	STORE_NAME      // STORE_NAME<namei>: x --   (into the locals mapping)
	DELETE_NAME     // DELETE_NAME<namei>: --
	LOAD_ATTR       // LOAD_ATTR<namei>: obj -- obj.name
	STORE_ATTR      // STORE_ATTR<namei>: value obj --   (obj.name = value)
	DELETE_ATTR     // DELETE_ATTR<namei>: obj --
	LOAD_METHOD     // LOAD_METHOD<namei>: obj -- meth self   or   obj -- attr NULL

	// ---- building ----
	BUILD_TUPLE         // BUILD_TUPLE<n>: x1 ... xn -- (x1, ..., xn)
	BUILD_LIST          // BUILD_LIST<n>: x1 ... xn -- [x1, ..., xn]
	BUILD_SET           // BUILD_SET<n>: x1 ... xn -- {x1, ..., xn}
	BUILD_MAP           // BUILD_MAP<n>: k1 v1 ... kn vn -- {k1: v1, ...}
	BUILD_CONST_KEY_MAP // BUILD_CONST_KEY_MAP<n>: v1 ... vn keys_tuple -- dict
	BUILD_STRING        // BUILD_STRING<n>: s1 ... sn -- s1+...+sn  (strs, and ints FORMAT_VALUE left for it)
	LIST_APPEND         // LIST_APPEND<i>: ... list ... x -- ... list ...  (list is at stack[-i] after popping x)
	SET_ADD             // SET_ADD<i>: like LIST_APPEND for a set
	MAP_ADD             // MAP_ADD<i>: ... dict ... k v -- ... dict ...  (dict at stack[-i] after popping k, v)
	LIST_EXTEND         // LIST_EXTEND<i>: ... list ... iterable -- ... list ...
	SET_UPDATE          // SET_UPDATE<i>: ... set ... iterable -- ... set ...
	DICT_UPDATE         // DICT_UPDATE<i>: ... dict ... mapping -- ... dict ...   (`{**m}`)
	DICT_MERGE          // DICT_MERGE<i>: like DICT_UPDATE but duplicate keys are a TypeError (`f(**m)`)
	LIST_TO_TUPLE       // list -- tuple
	UNPACK_SEQUENCE     // UNPACK_SEQUENCE<n>: seq -- xn ... x1   (x1 on top)
	UNPACK_EX           // UNPACK_EX<before | after<<8>: seq -- x_last ... [rest list] ... x1  (x1 on top)
	FORMAT_VALUE        // FORMAT_VALUE<flags>: value [spec] -- str; flags&3: 0 none, 1 str, 2 repr, 3 ascii; flags&4: spec on stack; flags&8: for BUILD_STRING (an exact int may stay an int)

	// ---- control flow ----
	JUMP                 // JUMP<target>: forward (or any) jump, no eval-breaker poll
	JUMP_BACKWARD        // JUMP_BACKWARD<target>: loop back edge; polls the eval breaker (GIL hand-off)
	JUMP_NO_INTERRUPT    // JUMP_NO_INTERRUPT<target>: back edge that does not poll (yield from / await loops)
	POP_JUMP_IF_FALSE    // POP_JUMP_IF_FALSE<target>: x --
	POP_JUMP_IF_TRUE     // POP_JUMP_IF_TRUE<target>: x --
	POP_JUMP_IF_NONE     // POP_JUMP_IF_NONE<target>: x --
	POP_JUMP_IF_NOT_NONE // POP_JUMP_IF_NOT_NONE<target>: x --
	JUMP_IF_FALSE_OR_POP // JUMP_IF_FALSE_OR_POP<target>: x -- x (jumps) / x -- (falls through)
	JUMP_IF_TRUE_OR_POP  // JUMP_IF_TRUE_OR_POP<target>: x -- x (jumps) / x -- (falls through)
	GET_ITER             // iterable -- iterator
	FOR_ITER             // FOR_ITER<target>: iter -- iter next;  exhausted: iter -- and jump to target
	RETURN_VALUE         // x -- (returns x from the frame)
	RESUME               // RESUME<where>: 0 function start (polls the eval breaker), 1 after yield, 2 after yield from, 3 after await

	// ---- functions, classes, calls ----
	MAKE_FUNCTION    // MAKE_FUNCTION<flags>: [defaults] [kwdefaults] [annotations] [closure] code -- function; 0x01 defaults tuple, 0x02 kwdefaults dict, 0x04 annotations tuple (name1, value1, ...), 0x08 closure tuple of cells
	KW_NAMES         // KW_NAMES<consti>: Consts[consti] is a tuple of str naming the next CALL's keyword arguments
	CALL             // CALL<argc>: callable self_or_null a1 ... a_argc -- result; polls the eval breaker after the call
	CALL_FUNCTION_EX // CALL_FUNCTION_EX<flags>: callable NULL args_tuple [kwargs_dict] -- result; flags&1: kwargs present
	LOAD_BUILD_CLASS // -- builtins.__build_class__

	// ---- exceptions ----
	RAISE_VARARGS        // RAISE_VARARGS<argc>: 0 re-raise the handled exception; 1: exc --; 2: exc cause --
	PUSH_EXC_INFO        // exc -- prev_exc exc   (exc becomes the thread's handled exception; prev_exc may be None)
	POP_EXCEPT           // prev_exc --           (restores the handled exception)
	CHECK_EXC_MATCH      // exc type -- exc bool  (isinstance check; type may be a tuple)
	RERAISE              // RERAISE<0>: exc --   re-raise without adding a traceback entry
	LOAD_ASSERTION_ERROR // -- AssertionError
	BEFORE_WITH          // mgr -- exit self_or_null enter_result   (TypeError if mgr lacks __enter__/__exit__)
	WITH_EXCEPT_START    // exit self_or_null prev_exc exc -- exit self_or_null prev_exc exc res   (res = exit(type(exc), exc, tb))
	WITH_EXIT            // exit self_or_null -- res   (res = exit(None, None, None); polls the eval breaker like CALL)

	// ---- generators and coroutines ----
	YIELD_VALUE         // x -- sent   (suspends the frame; the value sent in is pushed on resume)
	GET_YIELD_FROM_ITER // iterable -- iterator  (generators and coroutines pass through)
	SEND                // SEND<target>: receiver v -- receiver result; on StopIteration: receiver v -- value and jump to target
	GET_AWAITABLE       // GET_AWAITABLE<where>: obj -- awaitable   (calls __await__ unless a coroutine)
	GET_AITER           // obj -- aiter
	GET_ANEXT           // aiter -- aiter awaitable
	END_ASYNC_FOR       // aiter exc --   (swallows StopAsyncIteration, else re-raises)
	BEFORE_ASYNC_WITH   // mgr -- aexit self_or_null awaitable_of_aenter

	// ---- imports ----
	IMPORT_NAME // IMPORT_NAME<namei>: level fromlist -- module
	IMPORT_FROM // IMPORT_FROM<namei>: module -- module attr   (ImportError "cannot import name ...")
	IMPORT_STAR // module --  (into the locals mapping)

	// ---- misc ----
	SETUP_ANNOTATIONS // creates __annotations__ = {} in the locals mapping if absent
	PRINT_EXPR        // x --  (REPL: sys.displayhook(x))

	numOpcodes
)

// NumOpcodes is the number of defined opcodes.
const NumOpcodes = int(numOpcodes)

// InplaceBase is added to an ast.Operator in BINARY_OP for augmented assignment.
const InplaceBase = 13

// OpInfo describes an opcode: its name, whether it takes an argument, whether the
// argument is a jump target, and its stack effect (which may depend on the argument;
// for jumps it is the effect when the jump is not taken).
type OpInfo struct {
	Name   string
	HasArg bool
	Jump   bool
	// Effect returns the net stack effect for the given argument.
	Effect func(arg int) int
}

func fixed(n int) func(int) int { return func(int) int { return n } }

var opcodeInfo = [...]OpInfo{
	NOP:       {"NOP", false, false, fixed(0)},
	POP_TOP:   {"POP_TOP", false, false, fixed(-1)},
	PUSH_NULL: {"PUSH_NULL", false, false, fixed(1)},
	COPY:      {"COPY", true, false, fixed(1)},
	SWAP:      {"SWAP", true, false, fixed(0)},

	UNARY_NEGATIVE: {"UNARY_NEGATIVE", false, false, fixed(0)},
	UNARY_POSITIVE: {"UNARY_POSITIVE", false, false, fixed(0)},
	UNARY_INVERT:   {"UNARY_INVERT", false, false, fixed(0)},
	UNARY_NOT:      {"UNARY_NOT", false, false, fixed(0)},
	BINARY_OP:      {"BINARY_OP", true, false, fixed(-1)},
	COMPARE_OP:     {"COMPARE_OP", true, false, fixed(-1)},
	IS_OP:          {"IS_OP", true, false, fixed(-1)},
	CONTAINS_OP:    {"CONTAINS_OP", true, false, fixed(-1)},

	BINARY_SUBSCR: {"BINARY_SUBSCR", false, false, fixed(-1)},
	STORE_SUBSCR:  {"STORE_SUBSCR", false, false, fixed(-3)},
	DELETE_SUBSCR: {"DELETE_SUBSCR", false, false, fixed(-2)},
	BUILD_SLICE:   {"BUILD_SLICE", true, false, func(a int) int { return 1 - a }},

	LOAD_CONST:      {"LOAD_CONST", true, false, fixed(1)},
	LOAD_FAST:       {"LOAD_FAST", true, false, fixed(1)},
	STORE_FAST:      {"STORE_FAST", true, false, fixed(-1)},
	DELETE_FAST:     {"DELETE_FAST", true, false, fixed(0)},
	LOAD_DEREF:      {"LOAD_DEREF", true, false, fixed(1)},
	STORE_DEREF:     {"STORE_DEREF", true, false, fixed(-1)},
	DELETE_DEREF:    {"DELETE_DEREF", true, false, fixed(0)},
	LOAD_CLOSURE:    {"LOAD_CLOSURE", true, false, fixed(1)},
	LOAD_CLASSDEREF: {"LOAD_CLASSDEREF", true, false, fixed(1)},
	LOAD_GLOBAL:     {"LOAD_GLOBAL", true, false, fixed(1)},
	STORE_GLOBAL:    {"STORE_GLOBAL", true, false, fixed(-1)},
	DELETE_GLOBAL:   {"DELETE_GLOBAL", true, false, fixed(0)},
	LOAD_NAME:       {"LOAD_NAME", true, false, fixed(1)},
	STORE_NAME:      {"STORE_NAME", true, false, fixed(-1)},
	DELETE_NAME:     {"DELETE_NAME", true, false, fixed(0)},
	LOAD_ATTR:       {"LOAD_ATTR", true, false, fixed(0)},
	STORE_ATTR:      {"STORE_ATTR", true, false, fixed(-2)},
	DELETE_ATTR:     {"DELETE_ATTR", true, false, fixed(-1)},
	LOAD_METHOD:     {"LOAD_METHOD", true, false, fixed(1)},

	BUILD_TUPLE:         {"BUILD_TUPLE", true, false, func(a int) int { return 1 - a }},
	BUILD_LIST:          {"BUILD_LIST", true, false, func(a int) int { return 1 - a }},
	BUILD_SET:           {"BUILD_SET", true, false, func(a int) int { return 1 - a }},
	BUILD_MAP:           {"BUILD_MAP", true, false, func(a int) int { return 1 - 2*a }},
	BUILD_CONST_KEY_MAP: {"BUILD_CONST_KEY_MAP", true, false, func(a int) int { return -a }},
	BUILD_STRING:        {"BUILD_STRING", true, false, func(a int) int { return 1 - a }},
	LIST_APPEND:         {"LIST_APPEND", true, false, fixed(-1)},
	SET_ADD:             {"SET_ADD", true, false, fixed(-1)},
	MAP_ADD:             {"MAP_ADD", true, false, fixed(-2)},
	LIST_EXTEND:         {"LIST_EXTEND", true, false, fixed(-1)},
	SET_UPDATE:          {"SET_UPDATE", true, false, fixed(-1)},
	DICT_UPDATE:         {"DICT_UPDATE", true, false, fixed(-1)},
	DICT_MERGE:          {"DICT_MERGE", true, false, fixed(-1)},
	LIST_TO_TUPLE:       {"LIST_TO_TUPLE", false, false, fixed(0)},
	UNPACK_SEQUENCE:     {"UNPACK_SEQUENCE", true, false, func(a int) int { return a - 1 }},
	UNPACK_EX:           {"UNPACK_EX", true, false, func(a int) int { return (a & 0xff) + (a >> 8) }},
	FORMAT_VALUE: {"FORMAT_VALUE", true, false, func(a int) int {
		if a&4 != 0 {
			return -1
		}
		return 0
	}},

	JUMP:                 {"JUMP", true, true, fixed(0)},
	JUMP_BACKWARD:        {"JUMP_BACKWARD", true, true, fixed(0)},
	JUMP_NO_INTERRUPT:    {"JUMP_NO_INTERRUPT", true, true, fixed(0)},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", true, true, fixed(-1)},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", true, true, fixed(-1)},
	POP_JUMP_IF_NONE:     {"POP_JUMP_IF_NONE", true, true, fixed(-1)},
	POP_JUMP_IF_NOT_NONE: {"POP_JUMP_IF_NOT_NONE", true, true, fixed(-1)},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", true, true, fixed(-1)},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", true, true, fixed(-1)},
	GET_ITER:             {"GET_ITER", false, false, fixed(0)},
	FOR_ITER:             {"FOR_ITER", true, true, fixed(1)},
	RETURN_VALUE:         {"RETURN_VALUE", false, false, fixed(-1)},
	RESUME:               {"RESUME", true, false, fixed(0)},

	MAKE_FUNCTION: {"MAKE_FUNCTION", true, false, func(a int) int {
		n := 0
		for bit := 1; bit <= 8; bit <<= 1 {
			if a&bit != 0 {
				n++
			}
		}
		return -n
	}},
	KW_NAMES: {"KW_NAMES", true, false, fixed(0)},
	CALL:     {"CALL", true, false, func(a int) int { return -1 - a }},
	CALL_FUNCTION_EX: {"CALL_FUNCTION_EX", true, false, func(a int) int {
		return -2 - a&1
	}},
	LOAD_BUILD_CLASS: {"LOAD_BUILD_CLASS", false, false, fixed(1)},

	RAISE_VARARGS:        {"RAISE_VARARGS", true, false, func(a int) int { return -a }},
	PUSH_EXC_INFO:        {"PUSH_EXC_INFO", false, false, fixed(1)},
	POP_EXCEPT:           {"POP_EXCEPT", false, false, fixed(-1)},
	CHECK_EXC_MATCH:      {"CHECK_EXC_MATCH", false, false, fixed(0)},
	RERAISE:              {"RERAISE", true, false, fixed(-1)},
	LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", false, false, fixed(1)},
	BEFORE_WITH:          {"BEFORE_WITH", false, false, fixed(2)},
	WITH_EXCEPT_START:    {"WITH_EXCEPT_START", false, false, fixed(1)},
	WITH_EXIT:            {"WITH_EXIT", false, false, fixed(-1)},

	YIELD_VALUE:         {"YIELD_VALUE", false, false, fixed(0)},
	GET_YIELD_FROM_ITER: {"GET_YIELD_FROM_ITER", false, false, fixed(0)},
	SEND:                {"SEND", true, true, fixed(0)},
	GET_AWAITABLE:       {"GET_AWAITABLE", true, false, fixed(0)},
	GET_AITER:           {"GET_AITER", false, false, fixed(0)},
	GET_ANEXT:           {"GET_ANEXT", false, false, fixed(1)},
	END_ASYNC_FOR:       {"END_ASYNC_FOR", false, false, fixed(-2)},
	BEFORE_ASYNC_WITH:   {"BEFORE_ASYNC_WITH", false, false, fixed(2)},

	IMPORT_NAME: {"IMPORT_NAME", true, false, fixed(-1)},
	IMPORT_FROM: {"IMPORT_FROM", true, false, fixed(1)},
	IMPORT_STAR: {"IMPORT_STAR", false, false, fixed(-1)},

	SETUP_ANNOTATIONS: {"SETUP_ANNOTATIONS", false, false, fixed(0)},
	PRINT_EXPR:        {"PRINT_EXPR", false, false, fixed(-1)},
}

// Info returns the description of op.
func (op Opcode) Info() OpInfo { return opcodeInfo[op] }

func (op Opcode) String() string {
	if int(op) < len(opcodeInfo) && opcodeInfo[op].Name != "" {
		return opcodeInfo[op].Name
	}
	return "<illegal opcode>"
}
