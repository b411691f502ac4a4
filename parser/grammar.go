package parser

import (
	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/minipy/minipy/lexer"
	"github.com/minipy/minipy/parser/ast"
)

// The statement grammar. grammar.ebnf is the same grammar in EBNF; keep the
// two in step. Every struct is a production; lower.go turns them into ast
// statements.
//
// Productions written by hand (see the custom* functions below) appear as
// fields of interface type. Participle calls them through ParseTypeWith; they
// return participle.NextMatch when the construct cannot start at the current
// token, and raise a SyntaxError (which ends the parse) when it starts but is
// malformed.

type fileG struct {
	Stmts []*stmtG `parser:"@@* EOF"`
}

type stmtG struct {
	Simple    *simpleLineG `parser:"  @@"`
	If        *ifG         `parser:"| @@"`
	While     *whileG      `parser:"| @@"`
	For       *forG        `parser:"| @@"`
	Try       *tryG        `parser:"| @@"`
	With      *withG       `parser:"| @@"`
	Def       *defG        `parser:"| @@"`
	Class     *classG      `parser:"| @@"`
	Decorated *decoratedG  `parser:"| @@"`
	Async     *asyncG      `parser:"| @@"`
	EndPos    plexer.Position
}

// simpleLineG is a logical line of simple statements.
type simpleLineG struct {
	First *smallG  `parser:"@@"`
	Rest  []*restG `parser:"@@* ';'? Newline"`
}

// restG is a simple statement after a ';'.
type restG struct {
	Sep  semiNode `parser:"@@"`
	Stmt *smallG  `parser:"@@"`
}

type smallG struct {
	Pos      plexer.Position
	Expr     *exprStmtG     `parser:"  @@"`
	Pass     bool           `parser:"| @'pass'"`
	Break    bool           `parser:"| @'break'"`
	Continue bool           `parser:"| @'continue'"`
	Return   *returnG       `parser:"| @@"`
	Raise    *raiseG        `parser:"| @@"`
	Global   *namesG        `parser:"| 'global' @@"`
	Nonlocal *namesG        `parser:"| 'nonlocal' @@"`
	Del      delTargetsNode `parser:"| 'del' @@"`
	Assert   *assertG       `parser:"| @@"`
	Import   *importG       `parser:"| @@"`
	From     *fromG         `parser:"| @@"`
	EndPos   plexer.Position
}

// exprStmtG is an expression statement, an assignment (chained), an
// augmented assignment or an annotated assignment. Targets are parsed as
// expressions and checked by the custom productions of the values (see
// firstChunk), as soon as the statement's targets are known.
type exprStmtG struct {
	First    firstChunkNode `parser:"@@"`
	AugOp    string         `parser:"( @( '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '@=' | '&=' | '|=' | '^=' | '>>=' | '<<=' | '**=' )"`
	AugValue augValueNode   `parser:"  @@"`
	Annot    annotationNode `parser:"| ':' @@"`
	AnnValue chunkNode      `parser:"  ( '=' @@ )?"`
	Values   []valueNode    `parser:"| ( '=' @@ )+ )?"`
}

type returnG struct {
	Value starExprsNode `parser:"'return' @@?"`
}

type raiseG struct {
	Exc   exprNode `parser:"'raise' ( @@"`
	Cause exprNode `parser:"  ( 'from' @@ )? )?"`
}

type namesG struct {
	Names []string `parser:"@Name ( ',' @Name )*"`
}

type assertG struct {
	Test exprNode `parser:"'assert' @@"`
	Msg  exprNode `parser:"( ',' @@ )?"`
}

type importG struct {
	Names []*dottedAsG `parser:"'import' @@ ( ',' @@ )*"`
}

type dottedAsG struct {
	Pos  plexer.Position
	Path []string `parser:"@Name ( '.' @Name )*"`
	As   string   `parser:"( 'as' @Name )?"`
}

type fromG struct {
	Dots     []string          `parser:"'from' @( '.' | '...' )*"`
	Module   []string          `parser:"( @Name ( '.' @Name )* )?"`
	Check    fromCheckNode     `parser:"@@"`
	Star     *starG            `parser:"'import' ( @@"`
	Paren    *importListG      `parser:"| '(' @@ ','? ')'"`
	Names    *importListG      `parser:"| @@"`
	Trailing trailingCommaNode `parser:"  @@? )"`
}

type importListG struct {
	First *importAsG     `parser:"@@"`
	Rest  []*importRestG `parser:"@@*"`
}

// importRestG is an imported name after the ',' that separates it from the
// previous one.
type importRestG struct {
	Sep  commaNode  `parser:"@@"`
	Name *importAsG `parser:"@@"`
}

type starG struct {
	Pos  plexer.Position
	Star string `parser:"@'*'"`
}

type importAsG struct {
	Pos  plexer.Position
	Name string `parser:"@Name"`
	As   string `parser:"( 'as' @Name )?"`
}

// blockG is the body of a compound statement: simple statements on the
// header's line, or an indented block.
type blockG struct {
	Simple *simpleLineG `parser:"  @@"`
	Indent indentNode   `parser:"| Newline @@"`
	Stmts  []*stmtG     `parser:"  @@+ Dedent"`
}

type ifG struct {
	Pos   plexer.Position
	Test  namedExprNode `parser:"'if' @@"`
	Colon colonNode     `parser:"@@"`
	Body  *blockG       `parser:"@@"`
	Elifs []*elifG      `parser:"@@*"`
	Else  *elseG        `parser:"@@?"`
}

type elifG struct {
	Pos   plexer.Position
	Test  namedExprNode `parser:"'elif' @@"`
	Colon colonNode     `parser:"@@"`
	Body  *blockG       `parser:"@@"`
}

type elseG struct {
	Colon colonNode `parser:"'else' @@"`
	Body  *blockG   `parser:"@@"`
}

type whileG struct {
	Pos   plexer.Position
	Test  namedExprNode `parser:"'while' @@"`
	Colon colonNode     `parser:"@@"`
	Body  *blockG       `parser:"@@"`
	Else  *elseG        `parser:"@@?"`
}

type forG struct {
	Pos    plexer.Position
	Target forTargetsNode `parser:"'for' @@"`
	Iter   starExprsNode  `parser:"'in' @@"`
	Colon  colonNode      `parser:"@@"`
	Body   *blockG        `parser:"@@"`
	Else   *elseG         `parser:"@@?"`
}

type tryG struct {
	Pos      plexer.Position
	Colon    colonNode    `parser:"'try' @@"`
	Body     *blockG      `parser:"@@"`
	Check    tryCheckNode `parser:"@@"`
	Handlers []*exceptG   `parser:"@@*"`
	Else     *elseG       `parser:"@@?"`
	Finally  *finallyG    `parser:"@@?"`
}

type exceptG struct {
	Pos    plexer.Position
	Type   exprNode  `parser:"'except' ( @@"`
	Name   string    `parser:"  ( 'as' @Name )? )?"`
	Colon  colonNode `parser:"@@"`
	Body   *blockG   `parser:"@@"`
	EndPos plexer.Position
}

type finallyG struct {
	Colon colonNode `parser:"'finally' @@"`
	Body  *blockG   `parser:"@@"`
}

type withG struct {
	Pos   plexer.Position
	Items withItemsNode `parser:"'with' @@"`
	Colon colonNode     `parser:"@@"`
	Body  *blockG       `parser:"@@"`
}

type defG struct {
	Pos     plexer.Position
	Name    string      `parser:"'def' @Name"`
	Params  paramsNode  `parser:"@@"`
	Returns returnsNode `parser:"@@?"`
	Colon   colonNode   `parser:"@@"`
	Body    *blockG     `parser:"@@"`
	Tokens  []lexer.Token
}

type classG struct {
	Pos   plexer.Position
	Name  string        `parser:"'class' @Name"`
	Args  classArgsNode `parser:"@@?"`
	Colon colonNode     `parser:"@@"`
	Body  *blockG       `parser:"@@"`
}

type decoratedG struct {
	Decorators []namedExprNode `parser:"( '@' @@ Newline )+"`
	Def        *defG           `parser:"( @@"`
	Class      *classG         `parser:"| @@"`
	Async      *asyncDefG      `parser:"| @@ )"`
}

type asyncDefG struct {
	Pos plexer.Position
	Def *defG `parser:"'async' @@"`
}

type asyncG struct {
	Pos  plexer.Position
	Def  *defG  `parser:"'async' ( @@"`
	With *withG `parser:"| @@"`
	For  *forG  `parser:"| @@ )"`
}

// ---- custom productions ----

// The interface types below name the hand-written productions. Expression
// productions return ast nodes; the others return small wrapper values.
type (
	exprNode       interface{ ast.Expr } // expression
	namedExprNode  interface{ ast.Expr } // named_expression
	starExprsNode  interface{ ast.Expr } // star_expressions
	chunkNode      interface{ ast.Expr } // yield_expr | star_expressions
	firstChunkNode interface{ ast.Expr } // the same, at the start of a statement
	valueNode      interface{ ast.Expr } // the same, after an assignment's '='
	augValueNode   interface{ ast.Expr } // the same, after an augmented assignment
	annotationNode interface{ ast.Expr } // expression, after a target's ':'
	forTargetsNode interface{ ast.Expr } // star_targets followed by 'in'
	returnsNode    interface{ ast.Expr } // '->' expression

	withItemsNode     interface{ isWithItems() }
	paramsNode        interface{ isParams() }
	classArgsNode     interface{ isClassArgs() }
	delTargetsNode    interface{ isDelTargets() }
	colonNode         interface{ isColon() }
	indentNode        interface{ isIndent() }
	tryCheckNode      interface{ isTryCheck() }
	fromCheckNode     interface{ isFromCheck() }
	trailingCommaNode interface{ isTrailingComma() }
	semiNode          interface{ isSemi() }
	commaNode         interface{ isComma() }
)

type withItemsVal struct{ items []*ast.WithItem }
type paramsVal struct{ args *ast.Arguments }
type classArgsVal struct{ call *ast.Call }
type delTargetsVal struct{ targets []ast.Expr }
type mark struct{}

func (*withItemsVal) isWithItems()   {}
func (*paramsVal) isParams()         {}
func (*classArgsVal) isClassArgs()   {}
func (*delTargetsVal) isDelTargets() {}
func (mark) isColon()                {}
func (mark) isIndent()               {}
func (mark) isTryCheck()             {}
func (mark) isSemi()                 {}
func (mark) isFromCheck()            {}
func (mark) isTrailingComma()        {}
func (mark) isComma()                {}

// grammar is a Participle parser bound to one *parser.
type grammar struct {
	p  *parser
	pp *participle.Parser[fileG]
}

func newGrammar() *grammar {
	p := &parser{}
	pp, err := participle.Build[fileG](
		participle.Lexer(lexer.Python),
		// No backtracking once a production has consumed a token: every
		// alternative starts with a distinct token, and errors are reported
		// where they happen instead of at the start of the statement.
		participle.UseLookahead(0),
		participle.ParseTypeWith(custom(p, (*parser).startsExpr, func() exprNode { return p.expression() })),
		participle.ParseTypeWith(custom(p, (*parser).startsExpr, func() namedExprNode { return p.namedExpression() })),
		participle.ParseTypeWith(custom(p, (*parser).startsStarExpr, func() starExprsNode { return p.starExpressions() })),
		participle.ParseTypeWith(custom(p, (*parser).startsChunk, func() chunkNode { return p.yieldOrStarExpressions() })),
		participle.ParseTypeWith(custom(p, (*parser).startsChunk, func() firstChunkNode { return p.firstChunk() })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() valueNode { return p.assignValue() })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() augValueNode { return p.augValue() })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() fromCheckNode { p.fromCheck(); return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).startsTrailingComma, func() trailingCommaNode { p.trailingComma(); return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() annotationNode { return p.annotation() })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() forTargetsNode { return p.forTargets() })),
		participle.ParseTypeWith(custom(p, (*parser).startsArrow, func() returnsNode { return p.returns() })),
		participle.ParseTypeWith(custom(p, (*parser).startsExpr, func() withItemsNode { return &withItemsVal{p.withItems()} })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() paramsNode { return &paramsVal{p.defParams()} })),
		participle.ParseTypeWith(custom(p, (*parser).startsParen, func() classArgsNode { return &classArgsVal{p.classArgs()} })),
		participle.ParseTypeWith(custom(p, (*parser).startsStarExpr, func() delTargetsNode { return &delTargetsVal{p.delTargets()} })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() colonNode { p.colon(); return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() indentNode { p.indent(); return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).always, func() tryCheckNode { p.tryCheck(); return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).startsSemi, func() semiNode { p.pos++; return mark{} })),
		participle.ParseTypeWith(custom(p, (*parser).startsComma, func() commaNode { p.pos++; return mark{} })),
	)
	if err != nil {
		panic("parser: bad grammar: " + err.Error())
	}
	return &grammar{p: p, pp: pp}
}

// custom adapts a hand-written production to Participle: it moves p to the
// Participle cursor, returns NextMatch unless starts reports that the
// production can begin there, runs parse, and moves the cursor past what
// parse consumed.
func custom[T any](p *parser, starts func(*parser) bool, parse func() T) func(*plexer.PeekingLexer) (T, error) {
	return func(lex *plexer.PeekingLexer) (T, error) {
		p.pos = int(lex.RawCursor())
		if !starts(p) {
			var zero T
			return zero, participle.NextMatch
		}
		v := parse()
		if p.pos > int(lex.RawCursor()) {
			lex.FastForward(plexer.RawCursor(p.pos - 1))
		}
		return v, nil
	}
}

func (p *parser) always() bool      { return true }
func (p *parser) startsArrow() bool { return p.isOp("->") }

// startsSemi and startsComma accept the ';' or ',' that separates two items
// of a list whose end may carry a trailing separator: the separator is
// consumed only if the list does not end right after it, so that the
// trailing one is left to the grammar (no backtracking needed).
func (p *parser) startsSemi() bool {
	return p.isOp(";") && p.peek(1).Type != lexer.Newline
}

func (p *parser) startsTrailingComma() bool { return p.isOp(",") }

func (p *parser) startsComma() bool {
	next := p.peek(1)
	return p.isOp(",") && next.Type != lexer.Newline && !isOpTok(next, ")")
}
func (p *parser) startsParen() bool { return p.isOp("(") }
func (p *parser) startsChunk() bool { return p.isKw("yield") || p.startsStarExpr() }

// returns parses the return annotation of a def. CPython 3.11 has a forced
// ':' after the optional annotation, so "def f() -> :" is "expected ':'" at
// the arrow.
func (p *parser) returns() ast.Expr {
	if !startsExpr(p.peek(1)) {
		p.failTok(p.pos, "expected ':'")
	}
	p.pos++
	return p.expression()
}

// defParams parses '(' [params] ')' of a def.
func (p *parser) defParams() *ast.Arguments {
	if !p.isOp("(") {
		p.failTok(p.pos, "expected '('")
	}
	p.openBracket()
	args := p.parameters(false)
	p.closeBracket(")")
	return args
}

// classArgs parses '(' [arguments] ')' of a class.
func (p *parser) classArgs() *ast.Call {
	open := p.pos
	p.openBracket()
	c := &ast.Call{}
	p.arguments(c, open, false)
	p.closeBracket(")")
	return c
}

// headerStart returns the index of the first token of the logical line that
// contains token i (after an 'async').
func (p *parser) headerStart(i int) int {
	for i > 0 {
		switch p.toks[i-1].Type {
		case lexer.Newline, lexer.Indent, lexer.Dedent:
			goto found
		}
		i--
	}
found:
	if isKwTok(&p.toks[i], "async") {
		i++
	}
	return i
}

// colon consumes the ':' that ends a compound statement header, or raises
// CPython's error for its absence: "expected ':'" where 3.11 has a forced
// ':' (def, try, else, finally) or when the line ends early, and
// "multiple exception types must be parenthesized" for "except A, B:".
func (p *parser) colon() {
	if p.isOp(":") {
		p.pos++
		return
	}
	kw := p.toks[p.headerStart(p.pos)].Value
	switch kw {
	case "def", "try", "else", "finally":
		p.failTok(p.pos, "expected ':'")
	}
	if p.tok().Type == lexer.Newline {
		e := p.newError("expected ':'", p.pos, p.pos+1)
		p.fail(e)
	}
	if kw == "except" && p.isOp(",") {
		p.multipleExceptTypes()
	}
	p.failTok(p.pos, "invalid syntax")
}

// multipleExceptTypes reports "except A, B:" (CPython's invalid_except_stmt:
// 'except' expression ',' expressions ['as' NAME] ':').
func (p *parser) multipleExceptTypes() {
	start := p.headerStart(p.pos) + 1
	end := 0
	_, ok := p.probe(func() {
		p.pos++
		p.expressions()
		end = p.pos
		if p.isKw("as") {
			p.pos++
			if p.tok().Type != lexer.Name {
				p.failTok(p.pos, "invalid syntax")
			}
			p.pos++
		}
		if !p.isOp(":") {
			p.failTok(p.pos, "invalid syntax")
		}
	})
	if ok {
		p.failRange(start, end, "multiple exception types must be parenthesized")
	}
}

// headerNames maps the keyword of a compound statement to the way CPython's
// "expected an indented block after ..." message names it.
var headerNames = map[string]string{
	"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
	"while": "'while' statement", "for": "'for' statement", "with": "'with' statement",
	"try": "'try' statement", "except": "'except' statement", "finally": "'finally' statement",
	"def": "function definition", "class": "class definition",
}

// indent consumes the Indent that starts a block, or raises CPython's
// IndentationError naming the header (the token before is its Newline).
func (p *parser) indent() {
	if p.tok().Type == lexer.Indent {
		p.pos++
		return
	}
	h := p.headerStart(p.pos - 1)
	name := headerNames[p.toks[h].Value]
	if name == "" {
		p.failTok(p.pos, "invalid syntax")
	}
	e := p.newError("expected an indented block after "+name+" on line "+itoa(p.toks[h].Pos.Line), p.pos, p.pos+1)
	e.Kind = "IndentationError"
	p.fail(e)
}

// fromCheck rejects "from import x": a from-import needs a module or dots.
func (p *parser) fromCheck() {
	if isKwTok(&p.toks[p.pos-1], "from") {
		p.failTok(p.pos, "invalid syntax")
	}
}

// trailingComma reports "from m import a," (the comma is the current token:
// startsComma found it is not followed by another name).
func (p *parser) trailingComma() {
	p.failTok(p.pos+1, "trailing comma not allowed without surrounding parentheses")
}

// tryCheck makes sure a try block is followed by except or finally.
func (p *parser) tryCheck() {
	if !p.isKw("except") && !p.isKw("finally") {
		p.failTok(p.pos, "expected 'except' or 'finally' block")
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
