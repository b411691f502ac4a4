package stdlib

import (
	"sync"
	"unicode"
)

// Case-insensitive matching as CPython's re does it. A character matches
// a literal when their lowercase forms are equal, or when the two
// lowercase forms are different characters with the same uppercase (i and
// dotless ı, s and long ſ, θ and ϑ, ...: CPython's _EXTRA_CASES, derived
// here from Go's case tables). Classes compare the lowercase of the
// subject character against the lowercased class. In ASCII mode (bytes
// patterns, the ASCII flag) only A-Z and a-z have cases.

var reCase struct {
	once sync.Once
	// fixes maps a lowercase character to the other lowercase characters
	// with the same uppercase.
	fixes map[rune][]rune
	// pre maps a lowercase character to the other characters whose
	// lowercase it is.
	pre map[rune][]rune
}

func reCaseTables() {
	reCase.once.Do(func() {
		// Only characters with a case mapping (and what they map to) can
		// be in a group of more than one.
		cands := map[rune]bool{}
		for _, cr := range unicode.CaseRanges {
			for r := rune(cr.Lo); r <= rune(cr.Hi); r++ {
				cands[r] = true
				cands[unicode.ToLower(r)] = true
				cands[unicode.ToUpper(r)] = true
				cands[unicode.ToTitle(r)] = true
			}
		}
		groups := map[rune][]rune{}
		pre := map[rune][]rune{}
		seen := map[rune]bool{}
		for r := range cands {
			lo := unicode.ToLower(r)
			if lo != r {
				pre[lo] = append(pre[lo], r)
			}
			if !seen[lo] {
				seen[lo] = true
				up := unicode.ToUpper(lo)
				groups[up] = append(groups[up], lo)
			}
		}
		fixes := map[rune][]rune{}
		add := func(g []rune) {
			for _, a := range g {
				for _, b := range g {
					if a != b {
						fixes[a] = append(fixes[a], b)
					}
				}
			}
		}
		for _, g := range groups {
			if len(g) > 1 {
				add(g)
			}
		}
		// Pairs whose full (multi-character) uppercase forms are equal,
		// which Go's simple case tables do not show.
		add([]rune{0x390, 0x1fd3})
		add([]rune{0x3b0, 0x1fe3})
		add([]rune{0xfb05, 0xfb06})
		reCase.fixes, reCase.pre = fixes, pre
	})
}

func reLower(r rune, uni bool) rune {
	if uni {
		return unicode.ToLower(r)
	}
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

// reIsCased tells the characters that take part in ignoring case. CPython
// counts those with a case mapping, where a multi-character mapping (ß to
// SS) counts by its first character; any cased letter is a superset that
// matches the same characters.
func reIsCased(r rune, uni bool) bool {
	if uni {
		return unicode.ToLower(r) != r || unicode.ToUpper(r) != r || unicode.IsLower(r) || unicode.IsUpper(r) || unicode.IsTitle(r)
	}
	return isASCIILetter(r)
}

// reFixes lists the other lowercase characters equal to lo ignoring case.
func reFixes(lo rune, uni bool) []rune {
	if !uni {
		return nil
	}
	reCaseTables()
	return reCase.fixes[lo]
}

// rePreimages calls f with every character whose lowercase is lo, until f
// returns true.
func rePreimages(lo rune, uni bool, f func(rune) bool) bool {
	if reLower(lo, uni) == lo && f(lo) {
		return true
	}
	if !uni {
		return lo >= 'a' && lo <= 'z' && f(lo-32)
	}
	for _, x := range reCase.pre[lo] {
		if f(x) {
			return true
		}
	}
	return false
}

// classHasCased reports whether a class names a cased character (then,
// ignoring case, its categories are tested on the lowercase character too).
func (c *reClass) hasCased(uni bool) bool {
	for _, it := range c.items {
		if it.kind != ciRange {
			continue
		}
		if it.hi-it.lo > 0x10000 {
			return true
		}
		for r := it.lo; r <= it.hi; r++ {
			if reIsCased(r, uni) {
				return true
			}
		}
	}
	return false
}

// hasFolded reports whether lo, the lowercase of a subject character, is
// in the class lowercased.
func (c *reClass) hasFolded(lo rune, uni bool) bool {
	inRanges := func(x rune) bool {
		for _, it := range c.items {
			if it.kind == ciRange && x >= it.lo && x <= it.hi {
				return true
			}
		}
		return false
	}
	for _, it := range c.items {
		if it.kind != ciRange && c.has1(it, lo, uni) {
			return true
		}
	}
	if rePreimages(lo, uni, inRanges) {
		return true
	}
	for _, k := range reFixes(lo, uni) {
		if rePreimages(k, uni, inRanges) {
			return true
		}
	}
	return false
}
