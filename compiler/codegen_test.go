package compiler

import (
	"os"
	"strings"
	"testing"

	"github.com/minipy/minipy/parser/ast"
)

// findCode returns the code object with the given qualified name in c or its
// nested constants ("" is c itself).
func findCode(c *Code, qualname string) *Code {
	if qualname == "" || c.QualName == qualname {
		return c
	}
	for _, k := range c.Consts {
		if inner, ok := k.(*Code); ok {
			if found := findCode(inner, qualname); found != nil {
				return found
			}
		}
	}
	return nil
}

func mustCompile(t *testing.T, mod *ast.Module, mode Mode) *Code {
	t.Helper()
	code, err := Compile(mod, "x.py", mode)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	if err := Validate(code); err != nil {
		t.Fatalf("%v\n%s", err, disString(code))
	}
	return code
}

func disString(c *Code) string {
	var b strings.Builder
	Disassemble(&b, c)
	return b.String()
}

type codegenTest struct {
	src  string
	code string // qualified name of the code object to check; "" is the module
	want string
}

func runCodegenTests(t *testing.T, mode Mode, tests []codegenTest) {
	srcs := make([]string, len(tests))
	for i, tt := range tests {
		srcs[i] = tt.src
	}
	mods := parseAll(t, srcs)
	golden := os.Getenv("MINIPY_GOLDEN") != ""
	for i, tt := range tests {
		code := mustCompile(t, mods[i], mode)
		c := findCode(code, tt.code)
		if c == nil {
			t.Errorf("%q: no code object %q", tt.src, tt.code)
			continue
		}
		got := Compact(c)
		if golden {
			t.Logf("\n{%q, %q,\n\t%q},", tt.src, tt.code, got)
			continue
		}
		if got != tt.want {
			t.Errorf("%q (%s):\n got %s\nwant %s", tt.src, tt.code, got, tt.want)
		}
	}
}
