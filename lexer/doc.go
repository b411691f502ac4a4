// Package lexer is minipy's Python 3.11 tokenizer.
//
// It works in two layers, as CPython's own tokenizer does:
//
//  1. A hand-written base scanner (scan.go) walks the UTF-8 source once, byte
//     by byte, without regular expressions. It recognises names, numbers,
//     string literals (one token per literal, prefix and quotes included, so
//     an f-string is a single String token), operators, comments, physical
//     newlines and backslash continuations, and keeps the bracket stack used
//     for implicit line joining and for the "unmatched ')'" family of errors.
//  2. An indentation pass (indent.go) runs at the start of every logical line.
//     It skips blank and comment-only lines (so whitespace-only lines inside a
//     block never dedent), measures the indentation (tabs advance to the next
//     multiple of 8, a form feed resets the count, a backslash continuation
//     inside the indentation is followed as CPython does), keeps CPython's
//     indent stack plus its "alternate" stack (tab size 1) to detect TabError,
//     and emits Indent and Dedent tokens. At EOF it emits the missing Newline
//     and one Dedent per open block.
//
// Keywords are scanned as names and re-tagged with a map lookup; the 3.11
// soft keywords (match, case, _) stay names. The token kinds are Name,
// Keyword, Number, String, Op, Newline, Indent, Dedent and EOF, and the package
// implements Participle's lexer.Definition (plus the string and bytes fast
// paths) so the statement grammar in package parser can consume the stream.
//
// Errors: scanning stops at the first lexical error, which is returned as an
// *Error carrying CPython 3.11's message, kind and position. The tokens read
// before the error are kept, followed by an EOF sentinel, because CPython
// reports some tokenizer errors only if the parser reaches them (see
// Error.Lazy) and an unclosed bracket only relative to the parser's own error
// (see Error.Unclosed). Package parser makes that decision; this package does
// not import it.
//
// Token positions follow CPython where its error messages depend on them: a
// Newline token starts at the comment that ends its line, if any; Indent and
// Dedent tokens sit at the first token of the line; EOF sits just after the
// last character of the last non-empty line.
//
// The source is UTF-8 unless a PEP 263 coding comment says latin-1 or ascii
// (encoding.go). Literal decoding (literal.go: escapes, prefixes, integer and
// float values) and f-string splitting (fstring.go) live here too, so that the
// parser only builds syntax trees from already-decoded pieces. Complete
// (complete.go) tells the REPL whether more input is needed.
package lexer
