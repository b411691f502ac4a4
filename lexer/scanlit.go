package lexer

import (
	"fmt"
	"unicode/utf8"
)

// This file scans number and string literals. Both follow the structure of
// CPython 3.11's tok_get closely enough to report the same errors at the same
// columns: CPython positions these errors at its read cursor, which the code
// below keeps in q (failCur).

func isHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// scanNumber scans an integer, float or imaginary literal starting at s.p.
func (s *scanner) scanNumber() {
	src := s.src
	start, col := s.p, s.colAt(s.p)
	q := s.p
	next := func() byte {
		if q < len(src) {
			q++
			return src[q-1]
		}
		return 0 // EOF: the cursor does not move
	}
	backup := func(c byte) {
		if c != 0 {
			q--
		}
	}
	// lookahead reports whether the text at q is word and is not followed by
	// an identifier character.
	lookahead := func(word string) bool {
		if len(src)-q < len(word) || src[q:q+len(word)] != word {
			return false
		}
		return q+len(word) >= len(src) || !isNameChar(src[q+len(word)])
	}
	// verifyEnd checks the character c just read after a number, as CPython's
	// verify_end_of_number: a number may be followed directly by one of the
	// keywords that can follow it in valid code, but not by other letters.
	verifyEnd := func(c byte, kind string) bool {
		ok := false
		switch c {
		case 'a':
			ok = lookahead("nd")
		case 'e':
			ok = lookahead("lse")
		case 'f':
			ok = lookahead("or")
		case 'i':
			if q < len(src) {
				c2 := src[q]
				ok = c2 == 'f' || c2 == 'n' || c2 == 's'
			}
		case 'o':
			ok = lookahead("r")
		case 'n':
			ok = lookahead("ot")
		}
		if !ok && c < utf8.RuneSelf && isNameChar(c) {
			backup(c)
			s.failCur(q, fmt.Sprintf("invalid %s literal", kind))
			return false
		}
		return true
	}
	// decimalTail reads digits with single underscores between them and returns
	// the first other character.
	decimalTail := func() (byte, bool) {
		for {
			c := next()
			for isDigit(c) {
				c = next()
			}
			if c != '_' {
				return c, true
			}
			c = next()
			if !isDigit(c) {
				backup(c)
				s.failCur(q, "invalid decimal literal")
				return 0, false
			}
		}
	}
	// radix scans the digits of a 0x / 0o / 0b literal; c is the character
	// after the prefix.
	radix := func(c byte, valid func(byte) bool, kind string) bool {
		for {
			if c == '_' {
				c = next()
			}
			if !valid(c) {
				if kind != "hexadecimal" && isDigit(c) {
					s.failCur(q, fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
				} else {
					backup(c)
					s.failCur(q, fmt.Sprintf("invalid %s literal", kind))
				}
				return false
			}
			c = next()
			for valid(c) {
				c = next()
			}
			if c != '_' {
				break
			}
		}
		if kind != "hexadecimal" && isDigit(c) {
			s.failCur(q, fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			return false
		}
		if !verifyEnd(c, kind) {
			return false
		}
		backup(c)
		return true
	}

	var ok bool
	c := next()
	fraction, exponent, imaginary := false, false, false
	switch {
	case c == '.':
		c = next()
		fraction = true
	case c == '0':
		c = next()
		switch c {
		case 'x', 'X':
			if radix(next(), isHex, "hexadecimal") {
				s.endNumber(start, q, col)
			}
			return
		case 'o', 'O':
			if radix(next(), func(c byte) bool { return '0' <= c && c <= '7' }, "octal") {
				s.endNumber(start, q, col)
			}
			return
		case 'b', 'B':
			if radix(next(), func(c byte) bool { return c == '0' || c == '1' }, "binary") {
				s.endNumber(start, q, col)
			}
			return
		}
		nonzero := false
		for {
			if c == '_' {
				c = next()
				if !isDigit(c) {
					backup(c)
					s.failCur(q, "invalid decimal literal")
					return
				}
			}
			if c != '0' {
				break
			}
			c = next()
		}
		zerosEnd := q
		if isDigit(c) {
			nonzero = true
			if c, ok = decimalTail(); !ok {
				return
			}
		}
		switch c {
		case '.':
			c = next()
			fraction = true
		case 'e', 'E':
			exponent = true
		case 'j', 'J':
			imaginary = true
		default:
			if nonzero {
				backup(c)
				s.fail(s.line, col, s.colAt(zerosEnd)-1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				return
			}
			if !verifyEnd(c, "decimal") {
				return
			}
			backup(c)
			s.endNumber(start, q, col)
			return
		}
	default:
		if c, ok = decimalTail(); !ok {
			return
		}
		if c == '.' {
			c = next()
			fraction = true
		}
	}
	if fraction && isDigit(c) {
		if c, ok = decimalTail(); !ok {
			return
		}
	}
	if !imaginary && (exponent || c == 'e' || c == 'E') {
		e := c
		c = next()
		if c == '+' || c == '-' {
			c = next()
			if !isDigit(c) {
				backup(c)
				s.failCur(q, "invalid decimal literal")
				return
			}
		} else if !isDigit(c) {
			backup(c)
			if !verifyEnd(e, "decimal") {
				return
			}
			backup(e)
			s.endNumber(start, q, col)
			return
		}
		if c, ok = decimalTail(); !ok {
			return
		}
	}
	if imaginary || c == 'j' || c == 'J' {
		c = next()
		if !verifyEnd(c, "imaginary") {
			return
		}
	} else if !verifyEnd(c, "decimal") {
		return
	}
	backup(c)
	s.endNumber(start, q, col)
}

func (s *scanner) endNumber(start, end, col int) {
	s.p = end
	s.emit(Number, start, end, s.line, col)
}

// scanString scans a string literal whose prefix starts at start and whose
// opening quote is at q. Short strings may continue over a backslash-newline;
// triple-quoted ones may contain newlines.
func (s *scanner) scanString(start, q int) {
	src := s.src
	line, col := s.line, s.colAt(start)
	quote := src[q]
	p := q + 1
	triple := false
	if p+1 < len(src) && src[p] == quote && src[p+1] == quote {
		triple = true
		p += 2
	}
	for {
		if p >= len(src) {
			detected := s.line
			if triple {
				if s.lineStart == len(src) && detected > 1 {
					detected-- // the final newline does not start a new line
				}
				e := s.fail(line, col, col, fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected))
				e.Incomplete = true
			} else {
				s.fail(line, col, col, fmt.Sprintf("unterminated string literal (detected at line %d)", detected))
			}
			return
		}
		c := src[p]
		switch {
		case c == quote:
			if !triple {
				s.p = p + 1
				s.emit(String, start, s.p, line, col)
				return
			}
			if p+2 < len(src) && src[p+1] == quote && src[p+2] == quote {
				s.p = p + 3
				s.emit(String, start, s.p, line, col)
				return
			}
			p++
		case c == '\\':
			p++
			if n := s.nlLen(p); n > 0 {
				p += n
				s.newLine(p)
			} else if p < len(src) {
				if src[p] >= utf8.RuneSelf {
					s.nonASCII = true
				}
				p++
			}
		case isNL(c):
			if !triple {
				s.fail(line, col, col, fmt.Sprintf("unterminated string literal (detected at line %d)", s.line))
				return
			}
			p += s.nlLen(p)
			s.newLine(p)
		default:
			if c >= utf8.RuneSelf {
				s.nonASCII = true
			}
			p++
		}
	}
}
