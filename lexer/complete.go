package lexer

// compoundKeywords start statements that take an indented block.
var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true,
	"except": true, "finally": true, "with": true, "def": true, "class": true, "async": true,
}

// Complete reports whether src, as typed at the interactive prompt, can be
// handed to the parser, or whether the REPL should read another line first.
// Input is incomplete when it ends inside brackets, inside a triple-quoted
// string, after a backslash continuation, or right after a block header (a
// logical line such as "if x:" whose body has not been typed yet). The parser
// sets SyntaxError.Incomplete in the same cases; Complete answers without
// parsing. (CPython's REPL also keeps reading while the last block is open and
// no blank line has been entered; that rule belongs to the REPL.)
func Complete(src string) bool {
	f := TokenizeString("<stdin>", src)
	if f.Err != nil {
		return !f.Err.Incomplete
	}
	toks := f.Tokens
	i := len(toks) - 1
	for i >= 0 && (toks[i].Type == EOF || toks[i].Type == Dedent || toks[i].Type == Newline) {
		i--
	}
	if i < 0 || toks[i].Type != Op || toks[i].Value != ":" {
		return true
	}
	// Find the first token of that logical line.
	j := i
	for j > 0 && toks[j-1].Type != Newline && toks[j-1].Type != Indent && toks[j-1].Type != Dedent {
		j--
	}
	first := toks[j]
	return !(first.Type == Keyword && compoundKeywords[first.Value])
}
