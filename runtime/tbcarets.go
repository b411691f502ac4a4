package runtime

import (
	"strings"
	"unicode/utf8"
)

// The marker line under a traceback entry's source line (PEP 657), drawn
// the way CPython 3.11's built-in traceback printer (the one behind
// sys.excepthook) draws it:
//
//	    return a / b + 1
//	           ~~^~~
//
// The range is the failing instruction's source position (byte columns).
// A binary operation or a subscript gets anchors: '~' over the operands,
// '^' over the operator or the brackets. A range over several lines is shown
// on its first line, up to the line's last non-blank byte. No line is drawn
// when the range covers the whole line (leading blanks aside) and has no
// anchors. The traceback module (stdlib/lib/traceback.py) follows the
// slightly different rules of CPython's traceback.py.

// AnchorFinder is implemented by the Executor: it parses the segment of
// source a traceback entry points at and reports where its anchors go (see
// parser.SegmentAnchors: kind 1 is a binary operation, 2 a subscript).
type AnchorFinder interface {
	SegmentAnchors(segment string) (kind, a, b int)
}

// PositionInfo is implemented by frame objects: the source range of
// instruction lasti (columns are 0-based UTF-8 byte offsets, -1 when
// unknown).
type PositionInfo interface {
	Position(lasti int) (line, endLine, col, endCol int)
}

// isIndentByte is CPython's notion of the blanks stripped before a
// traceback's source line.
func isIndentByte(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// byteToChar converts a byte offset into line to a character offset, as
// CPython's _PyPegen_byte_offset_to_character_offset does (an offset past
// the end counts one more character).
func byteToChar(line string, off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(line) {
		return utf8.RuneCountInString(line) + 1
	}
	return utf8.RuneCountInString(line[:off])
}

// caretLine returns the marker line (with its newline) for a traceback
// entry showing raw, the whole source line without its line end; "" when
// there is none.
func (in *Interpreter) caretLine(raw string, line, endLine, col, endCol int) string {
	if line < 0 || endLine < 0 || col < 0 || endCol < 0 {
		return ""
	}
	start := byteToChar(raw, col)
	end := byteToChar(raw, endCol)
	left, right := -1, -1
	if line == endLine {
		if af, ok := in.Exec.(AnchorFinder); ok && start <= end && end <= utf8.RuneCountInString(raw) {
			left, right = segmentAnchors(af, substringChars(raw, start, end), start)
		}
	} else {
		// Up to the last non-blank: CPython scans the UTF-8 bytes back
		// from the line's length in characters, and so do we.
		i := min(utf8.RuneCountInString(raw), len(raw)) - 1
		for i >= 0 && isIndentByte(raw[i]) {
			i--
		}
		end = i + 1
	}
	indent := 0
	for indent < len(raw) && isIndentByte(raw[indent]) {
		indent++
	}
	stripped := utf8.RuneCountInString(raw) - indent
	anchored := left != -1 || right != -1
	if end-start == stripped && !anchored {
		return ""
	}
	primary, secondary := "^", "^"
	if anchored {
		primary, secondary = "~", "^"
	}
	// The offsets so far count characters; the line is drawn in terminal
	// columns, where wide characters take two.
	widths := displayWidths(raw)
	at := func(off int) int {
		if off < 0 {
			return off
		}
		if off >= len(widths) {
			return widths[len(widths)-1]
		}
		return widths[off]
	}
	start, end, left, right = at(start), at(end), at(left), at(right)
	var b strings.Builder
	b.WriteString("    ")
	for k := indent + 1; k <= end; k++ {
		switch {
		case k <= start:
			b.WriteByte(' ')
		case anchored && left < k && k <= right:
			b.WriteString(secondary)
		default:
			b.WriteString(primary)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// displayWidths returns, for each character offset i of s (0 to its
// length), the width of s[:i] in terminal columns.
func displayWidths(s string) []int {
	out := make([]int, 1, len(s)+1)
	w := 0
	for _, r := range s {
		w += RuneWidth(r)
		out = append(out, w)
	}
	return out
}

// RuneWidth is the number of terminal columns r takes: 2 for East Asian
// wide and fullwidth characters, else 1 (CPython's traceback counts
// characters this way).
func RuneWidth(r rune) int {
	if r < 0x1100 {
		return 1
	}
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wideRanges[m][0]:
			hi = m
		case r > wideRanges[m][1]:
			lo = m + 1
		default:
			return 2
		}
	}
	return 1
}

// substringChars returns characters [start, end) of s.
func substringChars(s string, start, end int) string {
	i, from, to := 0, len(s), len(s)
	for off := range s {
		if i == start {
			from = off
		}
		if i == end {
			to = off
			break
		}
		i++
	}
	if from > to {
		return ""
	}
	return s[from:to]
}

// segmentAnchors places the anchors in seg, which starts at character
// start of its line; it returns character offsets in the line (-1, -1 for
// none).
func segmentAnchors(af AnchorFinder, seg string, start int) (left, right int) {
	kind, a, b := af.SegmentAnchors(seg)
	isBlank := func(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }
	switch kind {
	case 1: // binary operation: the operator between a and b
		left, right = -1, -1
		for i := a; i < b && i < len(seg); i++ {
			if isBlank(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < b && i+1 < len(seg) && !isBlank(seg[i+1]) {
				right++
			}
			if i+1 < b && seg[i] == ')' {
				continue
			}
			break
		}
		if left < 0 {
			return -1, -1
		}
	case 2: // subscript: from '[' to ']'
		left, right = a, b+1
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
	default:
		return -1, -1
	}
	return byteToChar(seg, left) + start, byteToChar(seg, right) + start
}
