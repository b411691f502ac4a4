package lexer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// render formats a token stream compactly: names, numbers, strings and
// operators as their text, keywords prefixed with "k:", and the layout tokens
// as NL, IN, DE and EOF.
func render(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch t.Type {
		case Newline:
			b.WriteString("NL")
		case Indent:
			b.WriteString("IN")
		case Dedent:
			b.WriteString("DE")
		case EOF:
			b.WriteString("EOF")
		case Keyword:
			b.WriteString("k:" + t.Value)
		default:
			b.WriteString(t.Value)
		}
	}
	return b.String()
}

func TestTokenStreams(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "EOF"},
		{"\n\n", "EOF"},
		{"x = 1", "x = 1 NL EOF"},
		{"x = 1\n", "x = 1 NL EOF"},
		{"if x:\n    y\n", "k:if x : NL IN y NL DE EOF"},
		{"if x:\n    y", "k:if x : NL IN y NL DE EOF"},
		// Whitespace-only and comment-only lines never dedent.
		{"if x:\n    y\n  \n\t\n# c\n      # c\n    z\n", "k:if x : NL IN y NL z NL DE EOF"},
		// Implicit joining inside brackets, with comments and blank lines.
		{"f(a,  # one\n\n  b\n)\nx", "f ( a , b ) NL x NL EOF"},
		// Backslash continuation keeps the logical line.
		{"x = 1 + \\\n      2\ny", "x = 1 + 2 NL y NL EOF"},
		// Several dedents at once, and at EOF.
		{"if a:\n if b:\n  c\nd\n", "k:if a : NL IN k:if b : NL IN c NL DE DE d NL EOF"},
		{"if a:\n if b:\n  c", "k:if a : NL IN k:if b : NL IN c NL DE DE EOF"},
		// Tabs go to multiples of 8: a tab then spaces matches the same tab.
		{"if a:\n\tb\n\t  \n\tc\n", "k:if a : NL IN b NL c NL DE EOF"},
		// Keywords are re-tagged; soft keywords stay names.
		{"match case _ await async None", "match case _ k:await k:async k:None NL EOF"},
		// Operators, longest match.
		{"a **= b //= c >>= d <<= e -> f := g != h ... .", "a **= b //= c >>= d <<= e -> f := g != h ... . NL EOF"},
		{"a<>b", "a <> b NL EOF"},
		{"x[1:2]@y", "x [ 1 : 2 ] @ y NL EOF"},
		// Numbers.
		{"1 1_000 0x_ff 0o17 0b1010 1.5 .5 5. 1e-5 1_000.5 3j 1e10J 00 0_0 09.5 1if", "1 1_000 0x_ff 0o17 0b1010 1.5 .5 5. 1e-5 1_000.5 3j 1e10J 00 0_0 09.5 1 k:if NL EOF"},
		{"1else 2", "1 k:else 2 NL EOF"},
		// Strings: one token per literal, prefix included.
		{`a = rb'x' Br"y" f'{a}' u'z' '''t'''`, `a = rb'x' Br"y" f'{a}' u'z' '''t''' NL EOF`},
		{"'''a\nb''' c", "'''a\nb''' c NL EOF"},
		{"'a\\\nb' c", "'a\\\nb' c NL EOF"},
		{`'a\'b' "c\"d"`, `'a\'b' "c\"d" NL EOF`},
		{`ub'x'`, `ub 'x' NL EOF`},
		// CRLF line endings.
		{"if x:\r\n    y\r\nz\r\n", "k:if x : NL IN y NL DE z NL EOF"},
		// Form feed resets the indentation count.
		{"if x:\n    y\n\f    z\n", "k:if x : NL IN y NL z NL DE EOF"},
		// A comment line at any indentation after a dedent changes nothing.
		{"if a:\n    b\n# top\n        # deep\nc\n", "k:if a : NL IN b NL DE c NL EOF"},
		// A continuation inside a block does not affect the layout.
		{"if a:\n    b = 1 + \\\n2\n    c\n", "k:if a : NL IN b = 1 + 2 NL c NL DE EOF"},
		// Brackets spanning lines at any indentation.
		{"def f(a,\nb):\n    return [1,\n  2]\n", "k:def f ( a , b ) : NL IN k:return [ 1 , 2 ] NL DE EOF"},
		// A simple suite on the header's line.
		{"for t in ts: t.start()\nx\n", "k:for t k:in ts : t . start ( ) NL x NL EOF"},
		// Dedent to an intermediate level.
		{"if a:\n  if b:\n    c\n  d\ne\n", "k:if a : NL IN k:if b : NL IN c NL DE d NL DE e NL EOF"},
		// Whitespace-only last line and missing final newline.
		{"if a:\n  b\n  ", "k:if a : NL IN b NL DE EOF"},
		// Identifiers may be non-ASCII.
		{"café = π", "café = π NL EOF"},
		// A BOM is skipped.
		{"\ufeffx", "x NL EOF"},
	}
	for _, tt := range tests {
		f := TokenizeString("t.py", tt.src)
		if f.Err != nil {
			t.Errorf("%q: unexpected error %v", tt.src, f.Err)
			continue
		}
		if got := render(f.Tokens); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.src, got, tt.want)
		}
	}
}

func TestPositions(t *testing.T) {
	f := TokenizeString("t.py", "if é:\n    x = 'a'\nf(\n  1)\n")
	var got []string
	for _, tk := range f.Tokens {
		got = append(got, fmt.Sprintf("%s@%d:%d", KindName(tk.Type), tk.Pos.Line, tk.Pos.Column))
	}
	want := "Keyword@1:1 Name@1:4 Op@1:5 Newline@1:6 Indent@2:5 Name@2:5 Op@2:7 String@2:9 Newline@2:12 " +
		"Dedent@3:1 Name@3:1 Op@3:2 Number@4:3 Op@4:4 Newline@4:5 EOF@4:5"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("positions:\n got %s\nwant %s", g, want)
	}
}

// The expectations below were recorded from CPython 3.11.7
// (compile(src, "x.py", "exec"); e.msg, e.lineno, e.offset, e.end_offset).
func TestErrors(t *testing.T) {
	tests := []struct {
		src        string
		kind, msg  string
		line, col  int
		lazy, inco bool
	}{
		{"x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, false, false},
		{"x = 'abc\\\ndef", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, false, false},
		{"x = '''abc\n\ndef", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, false, true},
		{"x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, false, true},
		{"if x:\n    a\n  bcd = 5", "IndentationError", "unindent does not match any outer indentation level", 3, 10, true, false},
		{"x = 1\nif x:\n\ty\n        z\n", "TabError", "inconsistent use of tabs and spaces in indentation", 4, 1, true, false},
		{"if x:\n        y\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, true, false},
		// Eight columns both, but three and one with tab size 1.
		{"if a:\n  \tb\n\tc\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, true, false},
		{"x = )", "SyntaxError", "unmatched ')'", 1, 5, false, false},
		{"x = (]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, false, false},
		{"x = (\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, false, false},
		{"x = (1,\n2\n", "SyntaxError", "'(' was never closed", 1, 5, false, true},
		{"a = 1€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 6, false, false},
		{"€ = 1\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, false, false},
		{"x\u00a0= 1\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, false, false},
		{"a = 012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false, false},
		{"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, false, false},
		{"a = 1abc", "SyntaxError", "invalid decimal literal", 1, 5, false, false},
		{"a = 1_", "SyntaxError", "invalid decimal literal", 1, 6, false, false},
		{"x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, false, false},
		{"x = 0_\n", "SyntaxError", "invalid decimal literal", 1, 6, false, false},
		{"x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, false, false},
		{"x = 1.5e+\n", "SyntaxError", "invalid decimal literal", 1, 9, false, false},
		{"x = 1._5\n", "SyntaxError", "invalid decimal literal", 1, 6, false, false},
		{"a = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6, false, false},
		{"a = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, false, false},
		{"x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7, false, false},
		{"x = 0o\n", "SyntaxError", "invalid octal literal", 1, 6, false, false},
		{"x = 1jx\n", "SyntaxError", "invalid imaginary literal", 1, 6, false, false},
		{"a = 1\\ x", "SyntaxError", "unexpected character after line continuation character", 1, 7, true, false},
		{"x = 1\na = 1\\ x", "SyntaxError", "unexpected character after line continuation character", 2, 7, true, false},
		{"a = 1 +\\", "SyntaxError", "unexpected EOF while parsing", 1, 9, true, true},
		{"a = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, true, true},
		{"x = 1\x00\n", "SyntaxError", "source code cannot contain null bytes", 1, 6, false, false},
	}
	for _, tt := range tests {
		f := TokenizeString("x.py", tt.src)
		e := f.Err
		if e == nil {
			t.Errorf("%q: no error, tokens %s", tt.src, render(f.Tokens))
			continue
		}
		if e.Kind != tt.kind || e.Msg != tt.msg || e.Line != tt.line || e.Col != tt.col || e.Lazy != tt.lazy || e.Incomplete != tt.inco {
			t.Errorf("%q:\n got %s %q %d:%d lazy=%v incomplete=%v\nwant %s %q %d:%d lazy=%v incomplete=%v",
				tt.src, e.Kind, e.Msg, e.Line, e.Col, e.Lazy, e.Incomplete, tt.kind, tt.msg, tt.line, tt.col, tt.lazy, tt.inco)
		}
		if last := f.Tokens[len(f.Tokens)-1]; last.Type != EOF {
			t.Errorf("%q: token stream does not end with EOF", tt.src)
		}
	}
}

// TestParticipleDefinition drives the lexer through Participle's interface.
func TestParticipleDefinition(t *testing.T) {
	if got := Python.Symbols()["Indent"]; got != Indent {
		t.Errorf("Symbols()[Indent] = %d", got)
	}
	lx, err := Python.LexString("t.py", "x = (1,\n 2)\n")
	if err != nil {
		t.Fatal(err)
	}
	var toks []Token
	for {
		tok, err := lx.Next()
		if err != nil {
			t.Fatal(err)
		}
		toks = append(toks, tok)
		if tok.Type == EOF {
			break
		}
	}
	if got := render(toks); got != "x = ( 1 , 2 ) NL EOF" {
		t.Errorf("tokens: %s", got)
	}
	lx, _ = Python.Lex("t.py", strings.NewReader("x = 'abc\n"))
	for i := 0; i < 10; i++ {
		if _, err = lx.Next(); err != nil {
			break
		}
	}
	var le *Error
	if !errors.As(err, &le) || le.Msg != "unterminated string literal (detected at line 1)" {
		t.Errorf("error through Next: %v", err)
	}
}

func TestEncodings(t *testing.T) {
	f := Tokenize("x.py", []byte("# -*- coding: latin-1 -*-\nx = '\xe9'\n"))
	if f.Err != nil || f.Tokens[2].Value != "'é'" {
		t.Errorf("latin-1 source: %v %q", f.Err, render(f.Tokens))
	}
	f = Tokenize("x.py", []byte("x = '\xff'\n"))
	want := "Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
	if f.Err == nil || f.Err.Msg != want {
		t.Errorf("invalid UTF-8: got %v, want %s", f.Err, want)
	}
	f = Tokenize("x.py", []byte("#!/usr/bin/env python\n# coding=utf-8\nx = 'é'\n"))
	if f.Err != nil {
		t.Errorf("utf-8 cookie on line 2: %v", f.Err)
	}
	f = Tokenize("x.py", []byte("# coding: klingon\nx = 1\n"))
	if f.Err == nil || f.Err.Msg != "unknown encoding: klingon" {
		t.Errorf("unknown encoding: got %v", f.Err)
	}
}

func TestComplete(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"x = 1", true},
		{"x = (1,", false},
		{"x = '''abc", false},
		{"x = 1 + \\\n", false},
		{"if x:", false},
		{"if x:\n", false},
		{"def f(a,\n  b):", false},
		{"if x: pass", true},
		{"d = {1:", false},
		{"x = 'abc", true}, // an error, not more input
		{"for i in range(3):\n    print(i)\n", true},
	}
	for _, tt := range tests {
		if got := Complete(tt.src); got != tt.want {
			t.Errorf("Complete(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"0", "int64 0"}, {"1_000", "int64 1000"}, {"0xff", "int64 255"}, {"0o17", "int64 15"},
		{"0b1010", "int64 10"}, {"9223372036854775807", "int64 9223372036854775807"},
		{"9223372036854775808", "*big.Int 9223372036854775808"},
		{"0x1_0000_0000_0000_0000", "*big.Int 18446744073709551616"},
		{"1.5", "float64 1.5"}, {".5", "float64 0.5"}, {"5.", "float64 5"}, {"1e-5", "float64 1e-05"},
		{"1_000.5", "float64 1000.5"}, {"1e999", "float64 +Inf"}, {"3j", "complex128 (0+3i)"},
		{"1.5J", "complex128 (0+1.5i)"}, {"00", "int64 0"}, {"09.5", "float64 9.5"},
	}
	for _, tt := range tests {
		v, err := ParseNumber(tt.text)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.text, err)
			continue
		}
		if got := fmt.Sprintf("%T %v", v, v); got != tt.want {
			t.Errorf("ParseNumber(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		body string
		raw  bool
		want string
		err  string
	}{
		{`a\nb`, false, "a\nb", ""},
		{`\t\\\'\"\a\b\f\v\r`, false, "\t\\'\"\a\b\f\v\r", ""},
		{`\x41\u00e9\U0001F600\101\0`, false, "Aé😀A\x00", ""},
		{`\q\d`, false, `\q\d`, ""},
		{"a\\\nb", false, "ab", ""},
		{`\N{BULLET}\N{em dash}`, false, "•—", ""},
		{`a\nb`, true, `a\nb`, ""},
		{"a\r\nb", true, "a\nb", ""},
		{`\x4`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`ab\u12`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \uXXXX escape`},
		{`ab\U11234567`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-11: illegal Unicode character`},
		{`ab\N`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \N character escape`},
		{`ab\N{`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: malformed \N character escape`},
		{`é\x4`, false, "", `(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape`},
	}
	for _, tt := range tests {
		got, err := DecodeStr(tt.body, tt.raw)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("DecodeStr(%q) error = %v, want %s", tt.body, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("DecodeStr(%q) = %q, %v; want %q", tt.body, got, err, tt.want)
		}
	}
	b, err := DecodeBytes(`a\x41\u00e9\101`, false)
	if err != nil || string(b) != `aA\u00e9A` {
		t.Errorf("DecodeBytes = %q, %v", b, err)
	}
	if _, err := DecodeBytes("é", false); err == nil || err.Error() != ErrNonASCIIBytes {
		t.Errorf("DecodeBytes(é) error = %v", err)
	}
	if _, err := DecodeBytes(`\x4`, false); err == nil || err.Error() != `(value error) invalid \x escape at position 0` {
		t.Errorf("DecodeBytes(\\x4) error = %v", err)
	}
}

func TestSplitFString(t *testing.T) {
	show := func(ps []FPiece) string {
		var b strings.Builder
		var rec func(ps []FPiece)
		rec = func(ps []FPiece) {
			for _, p := range ps {
				if p.Field == nil {
					fmt.Fprintf(&b, "%q", p.Lit)
					continue
				}
				f := p.Field
				fmt.Fprintf(&b, "{%s@%d", f.Expr, f.Offset)
				if f.Conv != 0 {
					fmt.Fprintf(&b, "!%c", f.Conv)
				}
				if f.HasSpec {
					b.WriteString(":")
					rec(f.Spec)
				}
				b.WriteString("}")
			}
		}
		rec(ps)
		return b.String()
	}
	tests := []struct{ body, want, err string }{
		{"a{x}b", `"a"{x@2}"b"`, ""},
		{"{{a}}", `"{a}"`, ""},
		{"{x!r:>{w}}", `{x@1!r:">"{w@7}}`, ""},
		{"{x=}", `"x="{x@1!r}`, ""},
		{"{x=:>10}", `"x="{x@1:">10"}`, ""},
		{"{ x = !s}", `" x = "{ x @1!s}`, ""},
		{"{a!=b}", `{a!=b@1}`, ""},
		{"{x:=1}", `{x@1:"=1"}`, ""},
		{`{a["}"]}`, `{a["}"]@1}`, ""},
		{`\n{x}`, `"\n"{x@3}`, ""},
		{`\{x}`, `"\\"{x@2}`, ""},
		{`\N{BULLET} {x}`, `"• "{x@12}`, ""},
		{"{x:{{}}}", `{x@1:{{}@4}}`, ""},
		{"{}", "", "f-string: empty expression not allowed"},
		{"{ }", "", "f-string: empty expression not allowed"},
		{"{x", "", "f-string: expecting '}'"},
		{"}", "", "f-string: single '}' is not allowed"},
		{"{a}}", "", "f-string: single '}' is not allowed"},
		{"{x!z}", "", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{"{x!}", "", "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{`{'a\'}`, "", "f-string expression part cannot include a backslash"},
		{"{a:{b:{c}}}", "", "f-string: expressions nested too deeply"},
		{"{#}", "", "f-string expression part cannot include '#'"},
		{"{(}", "", "f-string: closing parenthesis '}' does not match opening parenthesis '('"},
		{"{)}", "", "f-string: unmatched ')'"},
		{"{!r}", "", "f-string: expression required before '!'"},
		{"{=}", "", "f-string: expression required before '='"},
		{"{:}", "", "f-string: expression required before ':'"},
		{"{a!r=}", "", "f-string: expecting '}'"},
		{"{a:{}}", "", "f-string: empty expression not allowed"},
	}
	for _, tt := range tests {
		ps, err := SplitFString(tt.body, false, nil)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("SplitFString(%q) error = %v, want %s", tt.body, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("SplitFString(%q): %v", tt.body, err)
			continue
		}
		if got := show(ps); got != tt.want {
			t.Errorf("SplitFString(%q) = %s, want %s", tt.body, got, tt.want)
		}
	}
}
