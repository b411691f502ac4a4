// Package parser turns Python 3.11 source into the syntax tree of package ast.
//
// # Design
//
// Parsing happens in three layers:
//
//   - The statement level is a Participle grammar (grammar.go, with the EBNF in
//     grammar.ebnf): files, logical lines, blocks, the simple statements and the
//     compound statements, decorators and imports are declared as Go structs with
//     `parser:"..."` tags.
//   - Expressions are not Participle productions. The grammar refers to a handful
//     of interface types (namedExprNode, starExprsNode, ...) that are bound with
//     participle.ParseTypeWith to a hand-written recursive-descent parser with
//     precedence climbing for the binary operators (expr.go), hand-written atoms,
//     displays, comprehensions and trailers (primary.go), parameter lists
//     (params.go) and target lists (targets.go). These functions work directly on
//     the token slice (the Participle cursor is synchronised on return), so an
//     expression costs no reflection and a literal is one node, not sixteen.
//     The same code parses eval() input (ParseExpr) and f-string fields.
//   - Lowering (lower.go) turns the grammar structs into the clean ast, checks
//     assignment targets, and concatenates string literals (strings.go,
//     fstring.go: f-strings are split in package lexer and every field is parsed
//     by the expression parser with positions shifted into the real source).
//
// # Errors
//
// Every failure is a *SyntaxError with CPython 3.11's message, line and
// column. CPython produces its precise messages in a second parsing pass with
// extra "invalid_*" rules. Here the hand-written parts raise those messages the
// moment they see the offending construct (a panic carrying the *SyntaxError,
// caught in ParseFile), and the few decisions that belong to the statement
// level (the ':' of a block header, the indented block after it) are small
// custom productions that do the same. What remains is Participle's own
// "unexpected token" failure, which syntaxerr.go turns into "invalid syntax",
// "unexpected indent" and friends. Lexical errors are merged the way CPython's
// parser merges tokenizer errors (see lexer.Error.Lazy and Unclosed).
//
// Messages whose position is a whole sub-expression (the target of "cannot
// assign to function call") need the end of that node. The parser does not
// record end positions normally; when such an error is found, the file is
// parsed again in a diagnostic mode that records them (see parser.ends).
//
// All recover() calls live in ParseFile/ParseExpr (parser.go): a foreign panic
// becomes a SyntaxError whose message starts with "internal error", which is
// always a bug.
package parser
