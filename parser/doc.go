// Package parser turns Python 3.11 source into the syntax tree of package ast.
//
//	mod, err := parser.ParseFile("prog.py", src) // a module; also for REPL input
//	expr, err := parser.ParseExpr("<string>", src) // eval() input
//
// Every error is a *SyntaxError with CPython 3.11's message, kind, line,
// column, end column and source line. SyntaxError.Incomplete tells the REPL
// that more input could complete the source.
//
// # Design
//
// Parsing happens in three layers:
//
//   - The statement level is a Participle grammar (grammar.go, with the EBNF in
//     grammar.ebnf): files, logical lines, blocks, the simple and compound
//     statements, decorators and imports are Go structs with `parser:"..."`
//     tags. It runs with no lookahead (UseLookahead(0)): every alternative
//     starts with a distinct token, so Participle never backtracks over a
//     consumed token and its failures are where the input is wrong.
//   - Expressions are not Participle productions. The grammar refers to a
//     handful of interface types (namedExprNode, starExprsNode, ...) bound with
//     participle.ParseTypeWith to a hand-written recursive-descent parser:
//     precedence climbing for the binary operators (expr.go), atoms, displays,
//     comprehensions and trailers (primary.go), parameter lists (params.go) and
//     targets (targets.go). These functions work directly on the token slice;
//     the Participle cursor is moved past what they consumed when they return.
//     The same code parses eval() input and f-string fields.
//   - Lowering (lower.go) turns the grammar structs into package ast. String
//     literals are concatenated and decoded in strings.go; f-strings are split
//     by package lexer and each field is parsed by the expression parser, with
//     node positions shifted into the real source (fstring.go).
//
// # Errors
//
// CPython finds its precise messages in a second parsing pass, with extra
// "invalid_*" rules, and reports the first one that matches. Here the
// hand-written parts raise those messages the moment they see the offending
// construct: fail panics with the *SyntaxError, and protect (parser.go), the
// only recover in the package, turns it back into an error. A few decisions
// that belong to the statement level are small custom productions that do the
// same: the ':' of a block header ("expected ':'"), the Indent after it
// ("expected an indented block after 'if' statement on line 1"), the check
// that a try has a handler, the values of an assignment (which check the
// targets). What remains is Participle's own "unexpected token" failure,
// which syntaxerr.go turns into "invalid syntax", "unexpected indent" or
// "unexpected unindent". Lexical errors are merged with parser errors the way
// CPython's parser merges tokenizer errors (mergeLexError).
//
// Several of CPython's rules are reproduced down to their quirks, because
// they decide which message and position a user sees; each is commented
// where it is implemented. Among them: "Perhaps you forgot a comma?" is not
// reported after a name that is a prefix of a soft keyword (so not after "c",
// CPython compares only the name's length); speculative parses count for
// deciding whether "'(' was never closed" wins (parser.far); errors in
// f-string expressions are positioned in the text "(expr)", as 3.11 does.
//
// Messages whose position is a whole sub-expression ("cannot assign to
// function call") need the end of that node. Ends are not recorded normally;
// when such an error is found, the parse restarts in a diagnostic mode that
// records them (parser.ends, errNeedDiag).
//
// Errors that CPython reports after parsing, in its symbol table or compiler,
// are left to the compiler ("'return' outside function", "'await' outside
// function", "nonlocal declaration not allowed at module level", "can't use
// starred expression here", "cannot assign to __debug__"), except duplicate
// parameter names and a bare except that is not last, which are reported
// here once the whole file has parsed (parser.deferred).
//
// Not supported: the match statement and except* (they are syntax errors),
// and NFKC normalisation of non-ASCII identifiers.
package parser
