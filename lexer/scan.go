package lexer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// File is the result of tokenizing one source text.
type File struct {
	Filename string
	Src      string
	// Tokens always ends with an EOF token. When Err is set, they are the
	// tokens read before the error and the EOF is a sentinel at the error.
	Tokens []Token
	Err    *Error

	lineStarts []int // byte offset of each line's start, built on demand
}

// Tokenize scans a whole source file. It never fails: a lexical error is
// reported in File.Err.
func Tokenize(filename string, src []byte) *File {
	return TokenizeString(filename, string(src))
}

// TokenizeString is Tokenize for a string; the token values share its memory.
func TokenizeString(filename, src string) *File {
	s := &scanner{
		filename: filename,
		src:      src,
		line:     1,
		toks:     make([]Token, 0, len(src)/4+8),
		indents:  make([]int, 1, 16),
		alts:     make([]int, 1, 16),
	}
	s.run()
	return &File{Filename: filename, Src: s.src, Tokens: s.toks, Err: s.err}
}

// Line returns the text of the 1-based line n without its line ending, or ""
// if there is no such line.
func (f *File) Line(n int) string {
	if f.lineStarts == nil {
		f.lineStarts = LineStarts(f.Src)
	}
	if n < 1 || n > len(f.lineStarts) {
		return ""
	}
	start := f.lineStarts[n-1]
	end := len(f.Src)
	if n < len(f.lineStarts) {
		end = f.lineStarts[n]
	}
	return strings.TrimRight(f.Src[start:end], "\r\n")
}

// LineStart returns the byte offset at which the 1-based line n starts (0
// for a line out of range).
func (f *File) LineStart(n int) int {
	if f.lineStarts == nil {
		f.lineStarts = LineStarts(f.Src)
	}
	if n < 1 || n > len(f.lineStarts) {
		return 0
	}
	return f.lineStarts[n-1]
}

// LineStarts returns the byte offset at which each line of src starts. A line
// ends at "\n", "\r\n" or a lone "\r".
func LineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Limits from CPython's tokenizer.
const (
	maxIndent = 100 // MAXINDENT: nesting depth of indented blocks
	maxLevel  = 200 // MAXLEVEL: nesting depth of brackets
)

// bracket is an open (, [ or { with its position, for implicit line joining
// and for the bracket-matching errors.
type bracket struct {
	ch   byte
	line int
	col  int // 1-based
}

// scanner holds the state of one tokenization. The base scanner (this file)
// produces the significant tokens of a logical line; the layout methods in
// indent.go run at line starts and at EOF.
type scanner struct {
	filename  string
	src       string
	p         int  // next byte to read
	line      int  // current line, 1-based
	lineStart int  // offset of the current line's first byte
	nonASCII  bool // src[lineStart:p] has a byte >= 0x80: columns must count runes
	toks      []Token
	indents   []int // indentation stack, tabs to multiples of 8
	alts      []int // the same with tab size 1, for TabError
	brackets  []bracket
	err       *Error
}

func (s *scanner) run() {
	if i := strings.IndexByte(s.src, 0); i >= 0 {
		s.src = s.src[:i]
		s.skipTo(i)
		s.fail(s.line, s.colAt(i), 0, "source code cannot contain null bytes")
		s.finish()
		return
	}
	src, msg, line := decodeSource(s.filename, s.src)
	if msg != "" {
		s.src = ""
		s.line = line
		s.fail(line, 0, 0, msg)
		s.finish()
		return
	}
	s.src = src
	if strings.HasPrefix(s.src, "\ufeff") {
		s.p = 3
		s.lineStart = 3
	}
	for s.err == nil && s.startLine() {
		s.scanLine()
	}
	s.finish()
}

// skipTo advances the line bookkeeping to offset off (used by whole-file
// checks that report a position).
func (s *scanner) skipTo(off int) {
	for i := s.p; i < off; i++ {
		c := s.src[i]
		if c == '\n' || (c == '\r' && (i+1 >= len(s.src) || s.src[i+1] != '\n')) {
			s.newLine(i + 1)
		} else if c >= utf8.RuneSelf {
			s.nonASCII = true
		}
	}
	s.p = off
}

// newLine records that a new physical line starts at offset off.
func (s *scanner) newLine(off int) {
	s.line++
	s.lineStart = off
	s.nonASCII = false
}

// colAt returns the 1-based character column of offset off on the current
// line. off must not be beyond the bytes already scanned on this line.
func (s *scanner) colAt(off int) int {
	if !s.nonASCII {
		return off - s.lineStart + 1
	}
	return utf8.RuneCountInString(s.src[s.lineStart:off]) + 1
}

func (s *scanner) emit(kind TokenType, start, end, line, col int) {
	s.toks = append(s.toks, Token{
		Type:  kind,
		Value: s.src[start:end],
		Pos:   Position{Filename: s.filename, Offset: start, Line: line, Column: col},
	})
}

// fail records a SyntaxError at (line, col) and stops scanning.
func (s *scanner) fail(line, col, endCol int, msg string) *Error {
	s.err = &Error{Kind: "SyntaxError", Msg: msg, Filename: s.filename, Line: line, Col: col, EndLine: line, EndCol: endCol}
	return s.err
}

// failCur reports an error the way CPython's tokenizer syntaxerror() does: the
// offset is the number of characters before cur on the current line.
func (s *scanner) failCur(cur int, msg string) {
	col := s.colAt(cur) - 1
	s.fail(s.line, col, col, msg)
}

func isNL(c byte) bool { return c == '\n' || c == '\r' }

// nlLen returns the length of the line ending at offset i (1 or 2), or 0.
func (s *scanner) nlLen(i int) int {
	if i >= len(s.src) {
		return 0
	}
	switch s.src[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(s.src) && s.src[i+1] == '\n' {
			return 2
		}
		return 1
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isNameStart(c byte) bool {
	return c >= utf8.RuneSelf || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
func isNameChar(c byte) bool { return isNameStart(c) || isDigit(c) }

// scanLine scans the tokens of one logical line, from the first token to the
// Newline that ends it (implicit joining inside brackets and backslash
// continuations included). It returns at the Newline, at EOF or on error.
func (s *scanner) scanLine() {
	src := s.src
	comment := -1 // offset of a comment that ends the current physical line
	for s.err == nil {
		for s.p < len(src) && (src[s.p] == ' ' || src[s.p] == '\t' || src[s.p] == '\f') {
			s.p++
		}
		if s.p >= len(src) {
			if len(s.brackets) == 0 {
				// CPython adds the missing final newline.
				s.emitNewline(comment, 0)
			}
			return
		}
		c := src[s.p]
		switch {
		case c == '#':
			comment = s.p
			for s.p < len(src) && !isNL(src[s.p]) {
				if src[s.p] >= utf8.RuneSelf {
					s.nonASCII = true
				}
				s.p++
			}
		case isNL(c):
			n := s.nlLen(s.p)
			if len(s.brackets) == 0 {
				s.emitNewline(comment, n)
				s.p += n
				s.newLine(s.p)
				return
			}
			comment = -1
			s.p += n
			s.newLine(s.p)
		case c == '\\':
			s.continuation()
		case isNameStart(c):
			s.scanName()
		case isDigit(c) || c == '.' && s.p+1 < len(src) && isDigit(src[s.p+1]):
			s.scanNumber()
		case c == '"' || c == '\'':
			s.scanString(s.p, s.p)
		default:
			s.scanOp()
		}
	}
}

// emitNewline emits the Newline that ends a logical line at s.p, n bytes
// long. As in CPython, a comment before it is part of the token, which then
// starts at the '#': errors reported at the end of such a line point there.
func (s *scanner) emitNewline(comment, n int) {
	start := s.p
	if comment >= 0 {
		start = comment
	}
	s.emit(Newline, start, s.p+n, s.line, s.colAt(start))
}

// continuation handles a backslash outside a string literal.
func (s *scanner) continuation() {
	line, col := s.line, s.colAt(s.p)
	s.p++
	n := s.nlLen(s.p)
	if n == 0 {
		if s.p >= len(s.src) {
			s.eofAfterContinuation(line, col)
			return
		}
		e := s.fail(s.line, s.colAt(s.p), 0, "unexpected character after line continuation character")
		e.Lazy = true
		return
	}
	s.p += n
	s.newLine(s.p)
	if s.p >= len(s.src) {
		s.eofAfterContinuation(line, col)
	}
}

func (s *scanner) eofAfterContinuation(line, col int) {
	e := s.fail(line, col+1, 0, "unexpected EOF while parsing")
	e.Lazy = true
	e.Incomplete = true
}

// scanName scans an identifier, a keyword or the prefix of a string literal.
func (s *scanner) scanName() {
	src := s.src
	start, col := s.p, s.colAt(s.p)
	wide := false
	for s.p < len(src) {
		c := src[s.p]
		if c < utf8.RuneSelf {
			if !isNameChar(c) {
				break
			}
			s.p++
			continue
		}
		_, size := utf8.DecodeRuneInString(src[s.p:])
		s.p += size
		wide = true
		s.nonASCII = true
	}
	word := src[start:s.p]
	if s.p < len(src) && (src[s.p] == '"' || src[s.p] == '\'') && len(word) <= 2 && isStringPrefix(word) {
		s.scanString(start, s.p)
		return
	}
	if wide && !s.verifyIdentifier(start, word) {
		return
	}
	kind := Name
	if Keywords[word] {
		kind = Keyword
	}
	s.emit(kind, start, s.p, s.line, col)
}

// isStringPrefix reports whether w is one of Python 3's string prefixes, in
// any case: r u b f br rb fr rf.
func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// verifyIdentifier checks a name containing non-ASCII characters, as CPython's
// verify_identifier does, and reports the first character that cannot appear
// in an identifier.
func (s *scanner) verifyIdentifier(start int, word string) bool {
	for i, r := range word {
		ok := IsIDContinue(r)
		if i == 0 {
			ok = IsIDStart(r)
		}
		if ok {
			continue
		}
		end := start + i + utf8.RuneLen(r)
		col := s.colAt(end) - 1
		var msg string
		if isPrintable(r) {
			msg = fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)
		} else {
			msg = fmt.Sprintf("invalid non-printable character U+%04X", r)
		}
		s.fail(s.line, col, col, msg)
		return false
	}
	return true
}

// IsIDStart approximates Unicode XID_Start plus '_', which may begin a Python
// identifier.
func IsIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// IsIDContinue approximates Unicode XID_Continue, which may follow the first
// character of an identifier.
func IsIDContinue(r rune) bool {
	return IsIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// isPrintable is Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	return unicode.IsGraphic(r) && !unicode.Is(unicode.Zs, r)
}

// scanOp scans an operator or delimiter, keeping the bracket stack.
func (s *scanner) scanOp() {
	src := s.src
	start, col := s.p, s.colAt(s.p)
	c := src[s.p]
	at := func(i int) byte {
		if s.p+i < len(src) {
			return src[s.p+i]
		}
		return 0
	}
	n := 1
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= maxLevel {
			s.failCur(s.p+1, "too many nested parentheses")
			return
		}
		s.brackets = append(s.brackets, bracket{c, s.line, col})
	case ')', ']', '}':
		if len(s.brackets) == 0 {
			s.failCur(s.p+1, fmt.Sprintf("unmatched '%c'", c))
			return
		}
		open := s.brackets[len(s.brackets)-1]
		s.brackets = s.brackets[:len(s.brackets)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if open.line != s.line {
				s.failCur(s.p+1, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line))
			} else {
				s.failCur(s.p+1, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch))
			}
			return
		}
	case '.':
		if at(1) == '.' && at(2) == '.' {
			n = 3
		}
	case '*', '/', '<', '>':
		// ** // << >> and their augmented forms; <= >= *= /=.
		if at(1) == c {
			n = 2
			if at(2) == '=' {
				n = 3
			}
		} else if at(1) == '=' || c == '<' && at(1) == '>' {
			n = 2
		}
	case '-':
		if at(1) == '=' || at(1) == '>' {
			n = 2
		}
	case '+', '%', '&', '|', '^', '@', '=', '!', ':':
		if at(1) == '=' {
			n = 2
		}
	default:
		if c < ' ' || c == 0x7f {
			s.failCur(s.p+1, fmt.Sprintf("invalid non-printable character U+%04X", c))
			return
		}
	}
	s.p += n
	s.emit(Op, start, s.p, s.line, col)
}
