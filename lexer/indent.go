package lexer

import (
	"fmt"
	"unicode/utf8"
)

// This file is the indentation pass: it runs at the start of each logical line
// (startLine, layout) and at the end of the input (finish).

// startLine skips blank and comment-only lines (whatever their indentation),
// then compares the indentation of the next line that has content with the
// indent stack. It returns false at EOF or after an error.
func (s *scanner) startLine() bool {
	src := s.src
	for {
		col, alt := 0, 0
		contCol := 0
		p := s.p
	measure:
		for p < len(src) {
			switch src[p] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			case '\\':
				// Indentation cannot be split over lines with a backslash:
				// the first backslash (if not at column 0) fixes it, as in
				// CPython.
				if contCol == 0 {
					contCol = col
				}
				s.p = p
				s.continuation()
				if s.err != nil {
					return false
				}
				p = s.p
				continue
			default:
				break measure
			}
			p++
		}
		if contCol != 0 {
			col, alt = contCol, contCol
		}
		s.p = p
		if p < len(src) && src[p] == '#' {
			for s.p < len(src) && !isNL(src[s.p]) {
				s.p++
			}
		}
		if s.p >= len(src) {
			return false
		}
		if n := s.nlLen(s.p); n > 0 {
			s.p += n
			s.newLine(s.p)
			continue
		}
		s.layout(col, alt)
		return s.err == nil
	}
}

// layout emits the Indent or Dedent tokens for a line indented by col (alt is
// the same with tabs counted as one column), or reports an indentation error.
func (s *scanner) layout(col, alt int) {
	top := len(s.indents) - 1
	tcol := s.colAt(s.p)
	switch {
	case col == s.indents[top]:
		if alt != s.alts[top] {
			s.tabError()
		}
	case col > s.indents[top]:
		if top+1 >= maxIndent {
			e := s.fail(s.line, 1, 0, "too many levels of indentation")
			e.Kind, e.Lazy = "IndentationError", true
			return
		}
		if alt <= s.alts[top] {
			s.tabError()
			return
		}
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
		s.toks = append(s.toks, Token{Type: Indent, Pos: Position{Filename: s.filename, Offset: s.lineStart, Line: s.line, Column: tcol}})
	default:
		n := 0
		for top > 0 && col < s.indents[top] {
			top--
			n++
		}
		if col != s.indents[top] {
			end := s.p
			for end < len(s.src) && !isNL(s.src[end]) {
				end++
			}
			e := s.fail(s.line, utf8.RuneCountInString(s.src[s.lineStart:end])+1, 0, "unindent does not match any outer indentation level")
			e.Kind, e.Lazy = "IndentationError", true
			return
		}
		if alt != s.alts[top] {
			s.tabError()
			return
		}
		s.indents = s.indents[:top+1]
		s.alts = s.alts[:top+1]
		for ; n > 0; n-- {
			s.toks = append(s.toks, Token{Type: Dedent, Pos: Position{Filename: s.filename, Offset: s.p, Line: s.line, Column: tcol}})
		}
	}
}

func (s *scanner) tabError() {
	e := s.fail(s.line, 1, 0, "inconsistent use of tabs and spaces in indentation")
	e.Kind, e.Lazy = "TabError", true
}

// eofPos is where CPython places the end of input: just after the last
// character of the last line that has any.
func (s *scanner) eofPos() (line, col int) {
	if s.lineStart == len(s.src) && s.line > 1 {
		starts := LineStarts(s.src[:len(s.src)])
		last := starts[len(starts)-2]
		text := s.src[last:s.lineStart]
		for len(text) > 0 && isNL(text[len(text)-1]) {
			text = text[:len(text)-1]
		}
		return s.line - 1, utf8.RuneCountInString(text) + 1
	}
	return s.line, s.colAt(len(s.src))
}

// finish ends the token stream: the dedents of the blocks still open and EOF,
// or, after an error or with brackets still open, a bare EOF sentinel.
func (s *scanner) finish() {
	eof := func(line, col int) {
		s.toks = append(s.toks, Token{Type: EOF, Pos: Position{Filename: s.filename, Offset: s.p, Line: line, Column: col}})
	}
	if s.err != nil {
		eof(s.err.Line, s.err.Col)
		return
	}
	line, col := s.eofPos()
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		s.err = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("'%c' was never closed", b.ch), Filename: s.filename,
			Line: b.line, Col: b.col, EndLine: b.line, Unclosed: true, Incomplete: true}
		eof(line, col)
		return
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.toks = append(s.toks, Token{Type: Dedent, Pos: Position{Filename: s.filename, Offset: s.p, Line: line, Column: col}})
	}
	eof(line, col)
}
