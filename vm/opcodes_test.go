package vm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/minipy/minipy/compiler"
)

// TestEveryOpcodeHasAHandler checks that the eval loop's switch names every
// opcode of compiler/opcodes.go, so a new opcode cannot be forgotten.
func TestEveryOpcodeHasAHandler(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "eval.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	handled := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if sel, ok := e.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "compiler" {
						handled[sel.Sel.Name] = true
					}
				}
			}
		}
		return true
	})
	for op := 0; op < compiler.NumOpcodes; op++ {
		name := compiler.Opcode(op).String()
		if !handled[name] {
			t.Errorf("opcode %s has no case in eval.go", name)
		}
	}
}
