package parser

import (
	"strings"
	"testing"
	"time"
)

// TestAdversarial feeds inputs built to make the speculative parses and the
// recursion expensive: each must be handled quickly, without an internal
// error.
func TestAdversarial(t *testing.T) {
	inputs := map[string]string{
		"names in call":   "f(" + strings.Repeat("a ", 3000) + ")\n",
		"names stmt":      strings.Repeat("a ", 3000) + "\n",
		"print chain":     strings.Repeat("print ", 3000) + "\n",
		"lambdas":         strings.Repeat("lambda: ", 900) + "0\n",
		"nots":            "x = " + strings.Repeat("not ", 900) + "x\n",
		"unary":           "x = " + strings.Repeat("-", 900) + "x\n",
		"nested parens":   "x = " + strings.Repeat("(", 199) + "1" + strings.Repeat(")", 199) + "\n",
		"nested unclosed": "x = " + strings.Repeat("[a b ", 190) + "\n",
		"long binop":      "x = " + strings.Repeat("a + ", 20000) + "a\n",
		"long if chain":   "x = " + strings.Repeat("a if b else ", 900) + "c\n",
		"eq chain":        "if " + strings.Repeat("a = ", 2000) + "1:\n  pass\n",
		"dict junk":       "d = {" + strings.Repeat("a: b c ", 1000) + "}\n",
		"fstring nest":    "x = f'{" + strings.Repeat("a", 5000) + "!r:{b}}'\n",
		"many stmts":      strings.Repeat("x = [i for i in range(10) if i]\n", 5000),
		"deep blocks":     deepBlocks(99),
		"comp targets":    "x = [" + strings.Repeat("a for a in b ", 2000) + "]\n",
		"for junk":        "for " + strings.Repeat("a b ", 2000) + "in x: pass\n",
		"with junk":       "with (" + strings.Repeat("a as b, ", 2000) + "c d): pass\n",
		"strings":         "x = " + strings.Repeat("'a' ", 20000) + "\n",
		"args":            "f(" + strings.Repeat("a=1, ", 5000) + "b)\n",
		"params":          "def f(" + strings.Repeat("a, ", 5000) + "a): pass\n",
	}
	for name, src := range inputs {
		start := time.Now()
		_, err := ParseFile("x.py", []byte(src))
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		if err != nil && strings.HasPrefix(err.Error(), "internal") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func deepBlocks(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}
