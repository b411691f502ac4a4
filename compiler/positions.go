package compiler

import (
	"unicode/utf8"

	"github.com/minipy/minipy/parser/ast"
)

// Source positions of instructions (CPython's co_positions, PEP 657).
//
// Every instruction has a line (Code.Lines, read by f_lineno and tracing, so
// it stays a plain slice) and a range: the end line and the start and end
// columns, 0-based UTF-8 byte offsets like CPython's col_offset. Only
// tracebacks read the ranges, so Code.Locs keeps them compressed: a run of
// consecutive instructions with the same line and range is one entry of
// three unsigned varints,
//
//	count<<3 | min(endLine-line, 7), col+1, endCol+1
//
// followed by a fourth, endLine-line, when that is 7 or more. 0 stands for
// an unknown column (None in co_positions); an unknown end line is stored as
// endLine == line with both columns unknown. Columns below 127 take one
// byte, so a run usually costs three: about 2.4 bytes per instruction
// (measured on the stdlib's Python modules), less than Code.Lines' four.

// srcLoc is the location the compiler gives an instruction.
type srcLoc struct {
	line, endLine, col, endCol int32 // col, endCol: 0-based bytes, -1 unknown
}

// locOf is the location of instructions emitted for the node at p.
func locOf(p ast.Pos) srcLoc {
	if p.EndLine == 0 {
		return srcLoc{line: int32(p.Line), endLine: int32(p.Line), col: -1, endCol: -1}
	}
	return srcLoc{int32(p.Line), int32(p.EndLine), int32(p.ColOff), int32(p.EndColOff)}
}

// withPos returns p moved to location l (the character column stays p's
// when the line does not change).
func (l srcLoc) withPos(p ast.Pos) ast.Pos {
	if int(l.line) != p.Line {
		p.Col = 0
	}
	p.Line = int(l.line)
	if l.col < 0 {
		p.EndLine, p.EndCol, p.ColOff, p.EndColOff = 0, 0, 0, 0
		return p
	}
	p.EndLine, p.ColOff, p.EndColOff = int(l.endLine), int(l.col), int(l.endCol)
	p.EndCol = 0
	return p
}

// locTable builds Code.Locs from the locations of the kept instructions.
type locTable struct {
	buf   []byte
	last  srcLoc
	count int
}

func (t *locTable) add(l srcLoc) {
	if t.count > 0 && l == t.last {
		t.count++
		return
	}
	t.flush()
	t.last, t.count = l, 1
}

func (t *locTable) flush() {
	if t.count == 0 {
		return
	}
	l := t.last
	dl := uint64(max(l.endLine-l.line, 0))
	t.buf = putUvarint(t.buf, uint64(t.count)<<3|min(dl, 7))
	t.buf = putUvarint(t.buf, uint64(l.col+1))
	t.buf = putUvarint(t.buf, uint64(l.endCol+1))
	if dl >= 7 {
		t.buf = putUvarint(t.buf, dl)
	}
	t.count = 0
}

func putUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func uvarint(b []byte, i *int) int {
	var v uint64
	var shift uint
	for *i < len(b) {
		c := b[*i]
		*i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	return int(v)
}

// Position is one instruction's source range. Col and EndCol are 0-based
// UTF-8 byte offsets, -1 when unknown.
type Position struct {
	Line, EndLine, Col, EndCol int
}

// Positions returns the range of every instruction, in order (co_positions).
func (c *Code) Positions() []Position {
	out := make([]Position, 0, len(c.Instrs))
	c.walkLocs(func(pc, n int, p Position) bool {
		for k := 0; k < n; k++ {
			q := p
			q.Line = c.LineFor(pc + k)
			q.EndLine = q.Line + p.EndLine
			out = append(out, q)
		}
		return true
	})
	for len(out) < len(c.Instrs) {
		l := c.LineFor(len(out))
		out = append(out, Position{l, l, -1, -1})
	}
	return out
}

// PositionFor returns the source range of instruction pc.
func (c *Code) PositionFor(pc int) Position {
	line := c.LineFor(pc)
	res := Position{line, line, -1, -1}
	c.walkLocs(func(start, n int, p Position) bool {
		if pc < start+n {
			if pc >= start {
				res = Position{line, line + p.EndLine, p.Col, p.EndCol}
			}
			return false
		}
		return true
	})
	return res
}

// walkLocs calls f for each run of the table with its first instruction,
// its length and its range (EndLine relative to the line) until f returns
// false.
func (c *Code) walkLocs(f func(pc, n int, p Position) bool) {
	b := c.Locs
	pc := 0
	for i := 0; i < len(b); {
		h := uvarint(b, &i)
		n, dl := h>>3, h&7
		col := uvarint(b, &i) - 1
		endCol := uvarint(b, &i) - 1
		if dl == 7 {
			dl = uvarint(b, &i)
		}
		if !f(pc, n, Position{0, dl, col, endCol}) {
			return
		}
		pc += n
	}
}

// attrPos is the location of the attribute instructions of e (LOAD_ATTR,
// LOAD_METHOD, STORE_ATTR, DELETE_ATTR), and of a method call's CALL when
// at is the call's position: at, except that when the attribute name ends
// on a later line than at starts, the range starts at the name, on its
// line, as CPython 3.11's update_start_location_to_match_attr does (the
// column is the end minus the name's length in characters, as there).
func attrPos(at ast.Pos, e *ast.Attribute) ast.Pos {
	if e.EndLine == 0 || at.Line == e.EndLine {
		return at
	}
	at.Line = e.EndLine
	at.Col = 0
	if n := utf8.RuneCountInString(e.Attr); n <= e.EndColOff {
		at.ColOff = e.EndColOff - n
	} else {
		at.ColOff, at.EndColOff, at.EndLine = 0, 0, 0
		return at
	}
	at.EndLine = e.EndLine // the end column stays at's, as in CPython
	return at
}

// setAttrPos moves the location to attrPos of e for the attribute
// instruction emitted next and returns the previous location.
func (c *compiler) setAttrPos(e *ast.Attribute) ast.Pos {
	return c.setPos(attrPos(c.u.pos, e))
}
