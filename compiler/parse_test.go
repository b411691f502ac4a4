package compiler

import (
	"testing"

	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/parser/ast"
)

// parseAll parses Python sources with minipy's parser.
func parseAll(t testing.TB, srcs []string) []*ast.Module {
	t.Helper()
	mods := make([]*ast.Module, len(srcs))
	for i, src := range srcs {
		mod, err := parser.ParseFile("x.py", []byte(src))
		if err != nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		mods[i] = mod
	}
	return mods
}

func parseOne(t testing.TB, src string) *ast.Module {
	t.Helper()
	return parseAll(t, []string{src})[0]
}
