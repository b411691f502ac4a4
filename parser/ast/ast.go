// Package ast is minipy's abstract syntax tree: the clean tree the parser lowers
// Participle's grammar structs into, and the only thing the compiler reads.
//
// Every node records the position where it starts (1-based line, 1-based column in
// characters, as CPython reports them in tracebacks and SyntaxErrors). Expressions
// implement Expr, statements implement Stmt. The shapes follow CPython's own `ast`
// module closely so that its documentation describes them.
package ast

// Pos is a node's source range. Line and Col (1-based, Col in characters)
// are where it starts, as CPython reports them in SyntaxErrors; EndLine and
// EndCol (1-based, in characters) are just past its last character. ColOff
// and EndColOff are the same columns as 0-based UTF-8 byte offsets, CPython's
// col_offset and end_col_offset, which code objects record per instruction
// (co_positions). A node built outside the parser may leave the end fields
// zero: EndLine 0 means "unknown".
type Pos struct {
	Line, Col         int
	EndLine, EndCol   int
	ColOff, EndColOff int
}

// Span returns a pointer to the node's position, so the parser can record
// where the node ends once it has read it.
func (p *Pos) Span() *Pos { return p }

// At reports whether p and q start at the same place.
func (p Pos) At(q Pos) bool { return p.Line == q.Line && p.Col == q.Col }

// Node is any syntax tree node.
type Node interface {
	GetPos() Pos
}

// GetPos returns the node's starting position.
func (p Pos) GetPos() Pos { return p }

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a parsed source file.
type Module struct {
	Body []Stmt
}

// ---- expressions ----

type (
	// Name is an identifier.
	Name struct {
		Pos
		Id string
	}
	// Constant is a literal: nil (None), bool, *big.Int or int64 (int), float64,
	// complex128 (imaginary literal), string (str) or []byte (bytes). Ellipsis is
	// EllipsisValue.
	Constant struct {
		Pos
		Value any
	}
	// JoinedStr is an f-string: Values are Constant strings and FormattedValues.
	JoinedStr struct {
		Pos
		Values []Expr
	}
	// FormattedValue is one `{value!conv:spec}` field of an f-string. Conversion is
	// 0, 'r', 's' or 'a'. FormatSpec is nil or a JoinedStr.
	FormattedValue struct {
		Pos
		Value      Expr
		Conversion rune
		FormatSpec Expr
	}
	// Tuple, List and Set displays. Elements may contain Starred.
	Tuple struct {
		Pos
		Elts []Expr
	}
	List struct {
		Pos
		Elts []Expr
	}
	Set struct {
		Pos
		Elts []Expr
	}
	// Dict display; a nil key means `**value` unpacking.
	Dict struct {
		Pos
		Keys   []Expr
		Values []Expr
	}
	// Attribute is `value.attr`.
	Attribute struct {
		Pos
		Value Expr
		Attr  string
	}
	// Subscript is `value[index]`; Index may be a Slice or a Tuple containing slices.
	Subscript struct {
		Pos
		Value Expr
		Index Expr
	}
	// Slice is `lower:upper:step`; any part may be nil.
	Slice struct {
		Pos
		Lower, Upper, Step Expr
	}
	// Starred is `*value` in a display, a call or an assignment target.
	Starred struct {
		Pos
		Value Expr
	}
	// Call is `fn(args, keywords)`; a Keyword with empty Arg is `**value`, a Starred
	// in Args is `*value`.
	Call struct {
		Pos
		Func     Expr
		Args     []Expr
		Keywords []*Keyword
	}
	// BinOp is `left op right` for an arithmetic or bitwise operator.
	BinOp struct {
		Pos
		Left  Expr
		Op    Operator
		Right Expr
	}
	// UnaryOp is `op operand` for -, +, ~ and not.
	UnaryOp struct {
		Pos
		Op      UnaryOperator
		Operand Expr
	}
	// BoolOp is a chain of `and` or `or`.
	BoolOp struct {
		Pos
		Op     BoolOperator
		Values []Expr
	}
	// Compare is a comparison chain `left op1 c1 op2 c2 ...`.
	Compare struct {
		Pos
		Left        Expr
		Ops         []CmpOp
		Comparators []Expr
	}
	// IfExp is `body if test else orelse`.
	IfExp struct {
		Pos
		Test, Body, OrElse Expr
	}
	// NamedExpr is the walrus `target := value`.
	NamedExpr struct {
		Pos
		Target *Name
		Value  Expr
	}
	// Lambda is `lambda args: body`.
	Lambda struct {
		Pos
		Args *Arguments
		Body Expr
	}
	// ListComp, SetComp, GeneratorExp and DictComp are comprehensions.
	ListComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		Pos
		Key, Value Expr
		Generators []*Comprehension
	}
	// Yield is `yield value` (Value may be nil).
	Yield struct {
		Pos
		Value Expr
	}
	// YieldFrom is `yield from value`.
	YieldFrom struct {
		Pos
		Value Expr
	}
	// Await is `await value`.
	Await struct {
		Pos
		Value Expr
	}
)

// EllipsisType is the type of the `...` constant.
type EllipsisType struct{}

// EllipsisValue is the value of a `...` Constant.
var EllipsisValue = EllipsisType{}

// Keyword is `arg=value` in a call, or `**value` when Arg is "".
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Comprehension is one `for target in iter if cond...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Arg is one parameter: a name with an optional annotation.
type Arg struct {
	Pos
	Name       string
	Annotation Expr
}

// Arguments is a parameter list. Defaults belong to the last len(Defaults) of
// PosOnly+Args; KwDefaults has one entry per KwOnly (nil where none).
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// Operator is a binary arithmetic/bitwise operator.
type Operator int

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// OperatorSymbols maps each Operator to its source spelling.
var OperatorSymbols = [...]string{
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "**",
	LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
}

func (op Operator) String() string { return OperatorSymbols[op] }

// UnaryOperator is -, +, ~ or not.
type UnaryOperator int

const (
	USub UnaryOperator = iota
	UAdd
	Invert
	Not
)

// BoolOperator is and / or.
type BoolOperator int

const (
	And BoolOperator = iota
	Or
)

// CmpOp is a comparison operator.
type CmpOp int

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// CmpOpSymbols maps each CmpOp to its source spelling.
var CmpOpSymbols = [...]string{
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
}

func (op CmpOp) String() string { return CmpOpSymbols[op] }

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*Tuple) exprNode()          {}
func (*List) exprNode()           {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Starred) exprNode()        {}
func (*Call) exprNode()           {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*NamedExpr) exprNode()      {}
func (*Lambda) exprNode()         {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*GeneratorExp) exprNode()   {}
func (*DictComp) exprNode()       {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Await) exprNode()          {}

// ---- statements ----

type (
	// ExprStmt is an expression used as a statement.
	ExprStmt struct {
		Pos
		Value Expr
	}
	// Assign is `t1 = t2 = ... = value`.
	Assign struct {
		Pos
		Targets []Expr
		Value   Expr
	}
	// AugAssign is `target op= value`.
	AugAssign struct {
		Pos
		Target Expr
		Op     Operator
		Value  Expr
	}
	// AnnAssign is `target: annotation [= value]`. Simple is true for a bare name
	// target (which is recorded in __annotations__ at module and class level).
	AnnAssign struct {
		Pos
		Target     Expr
		Annotation Expr
		Value      Expr
		Simple     bool
	}
	// Delete is `del targets`.
	Delete struct {
		Pos
		Targets []Expr
	}
	Pass struct {
		Pos
	}
	Break struct {
		Pos
	}
	Continue struct {
		Pos
	}
	// Return is `return [value]`.
	Return struct {
		Pos
		Value Expr
	}
	// Raise is `raise [exc [from cause]]`.
	Raise struct {
		Pos
		Exc   Expr
		Cause Expr
	}
	// Global and Nonlocal declarations.
	Global struct {
		Pos
		Names []string
	}
	Nonlocal struct {
		Pos
		Names []string
	}
	// Assert is `assert test [, msg]`.
	Assert struct {
		Pos
		Test Expr
		Msg  Expr
	}
	// Import is `import a.b as c, d`.
	Import struct {
		Pos
		Names []*Alias
	}
	// ImportFrom is `from ..module import names`; Level counts leading dots; a
	// single Alias named "*" is a star import.
	ImportFrom struct {
		Pos
		Module string
		Names  []*Alias
		Level  int
	}
	// If is `if test: body [elif...] [else: orelse]`; elif becomes a nested If in OrElse.
	If struct {
		Pos
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	// While is `while test: body [else: orelse]`.
	While struct {
		Pos
		Test   Expr
		Body   []Stmt
		OrElse []Stmt
	}
	// For is `[async] for target in iter: body [else: orelse]`.
	For struct {
		Pos
		Target  Expr
		Iter    Expr
		Body    []Stmt
		OrElse  []Stmt
		IsAsync bool
	}
	// Try is `try: body except...: ... else: ... finally: ...`.
	Try struct {
		Pos
		Body      []Stmt
		Handlers  []*ExceptHandler
		OrElse    []Stmt
		Finalbody []Stmt
	}
	// With is `[async] with item, item: body`.
	With struct {
		Pos
		Items   []*WithItem
		Body    []Stmt
		IsAsync bool
	}
	// FunctionDef is `[async] def name(args) -> returns: body` with decorators.
	FunctionDef struct {
		Pos
		Name          string
		Args          *Arguments
		Body          []Stmt
		DecoratorList []Expr
		Returns       Expr
		IsAsync       bool
		// EndLine is the last line of the definition (for tracebacks of decorators).
		EndLine int
	}
	// ClassDef is `class name(bases, keywords): body` with decorators.
	ClassDef struct {
		Pos
		Name          string
		Bases         []Expr
		Keywords      []*Keyword
		Body          []Stmt
		DecoratorList []Expr
	}
)

// Alias is `name [as asname]` in an import.
type Alias struct {
	Pos
	Name   string
	AsName string
}

// ExceptHandler is `except [type [as name]]: body`.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// WithItem is `context_expr [as optional_vars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*Delete) stmtNode()      {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Raise) stmtNode()       {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Try) stmtNode()         {}
func (*With) stmtNode()        {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
