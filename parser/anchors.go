package parser

import "github.com/minipy/minipy/parser/ast"

// Anchor kinds returned by SegmentAnchors.
const (
	AnchorNone      = 0
	AnchorBinOp     = 1 // a, b: left operand's end, right operand's start
	AnchorSubscript = 2 // a, b: the value's end, the index's end
)

// SegmentAnchors parses the source segment a traceback entry points at (the
// failing expression, cut out of its line) as a module. When it is a single
// expression statement that is a binary operation or a subscript, it returns
// the kind and the two 0-based UTF-8 byte offsets within segment from which
// the traceback's `~~^~~` anchors are placed; otherwise AnchorNone.
func SegmentAnchors(segment string) (kind int, a, b int) {
	mod, err := ParseFile("<string>", []byte(segment))
	if err != nil || len(mod.Body) != 1 {
		return AnchorNone, 0, 0
	}
	st, ok := mod.Body[0].(*ast.ExprStmt)
	if !ok {
		return AnchorNone, 0, 0
	}
	switch e := st.Value.(type) {
	case *ast.BinOp:
		return AnchorBinOp, e.Left.GetPos().EndColOff, e.Right.GetPos().ColOff
	case *ast.Subscript:
		return AnchorSubscript, e.Value.GetPos().EndColOff, e.Index.GetPos().EndColOff
	}
	return AnchorNone, 0, 0
}
