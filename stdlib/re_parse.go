package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The parser of the re module: Python's pattern syntax (CPython 3.11) into a
// tree of reNodes. Errors carry CPython's message and position; the parser
// panics with a *reError internally and parseRegex recovers it.

// Flag bits, as in CPython's re module.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256

	reTypeFlags   = reASCII | reLocale | reUnicode
	reGlobalFlags = reDebug | reTemplate

	// reMaxRepeat is CPython's MAXREPEAT: counts at or above it are
	// "the repetition number is too large"; as a maximum it means unbounded.
	reMaxRepeat = 4294967295
	reMaxGroups = 1073741823
)

var reInlineFlags = map[rune]int{
	'i': reIgnoreCase, 'L': reLocale, 'm': reMultiline, 's': reDotAll,
	'x': reVerbose, 'a': reASCII, 't': reTemplate, 'u': reUnicode,
}

// reError is a parse error: re.error(msg, pattern, pos), or another
// exception type when kind is set ("overflow", "value").
type reError struct {
	msg  string
	pos  int // -1: none
	kind string
}

type reOp uint8

const (
	nLit     reOp = iota // c
	nAny                 // .
	nClass               // cls
	nCat                 // subs in sequence
	nAlt                 // subs as alternatives
	nRepeat              // sub{min,max}
	nGroup               // capture group (group > 0) and/or scoped flags
	nAtomic              // (?>sub)
	nLook                // lookahead / lookbehind
	nBackref             // \1, (?P=name)
	nCond                // (?(group)sub|no)
	nAt                  // ^ $ \A \Z \b \B
)

// Anchor kinds of nAt.
const (
	atBeginning = iota // ^
	atEnd              // $
	atBeginString
	atEndString
	atBoundary
	atNonBoundary
)

type reNode struct {
	op         reOp
	c          rune
	cls        *reClass
	subs       []*reNode
	sub, no    *reNode
	min, max   int64
	greedy     bool
	possessive bool
	group      int
	addFlags   int
	delFlags   int
	at         int
	behind     bool
	neg        bool
}

// Character class items.
const (
	ciRange    = iota // lo..hi
	ciDigit           // \d
	ciNotDigit        // \D
	ciSpace
	ciNotSpace
	ciWord
	ciNotWord
)

type reClassItem struct {
	kind   int
	lo, hi rune
}

type reClass struct {
	neg   bool
	items []reClassItem
}

var reCategories = map[string]int{`\d`: ciDigit, `\D`: ciNotDigit, `\s`: ciSpace, `\S`: ciNotSpace, `\w`: ciWord, `\W`: ciNotWord}

var reAnchors = map[string]int{`\A`: atBeginString, `\Z`: atEndString, `\b`: atBoundary, `\B`: atNonBoundary}

var reEscapes = map[string]rune{`\a`: 7, `\b`: 8, `\f`: 12, `\n`: 10, `\r`: 13, `\t`: 9, `\v`: 11, `\\`: '\\'}

// reTokenizer walks the pattern one token at a time: a character, or a
// backslash and the character after it.
type reTokenizer struct {
	src    []rune
	istext bool
	index  int
	next   string // "" at the end
}

func newReTokenizer(src []rune, istext bool) *reTokenizer {
	t := &reTokenizer{src: src, istext: istext}
	t.advance()
	return t
}

func (t *reTokenizer) advance() {
	i := t.index
	if i >= len(t.src) {
		t.next = ""
		return
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			panic(&reError{msg: "bad escape (end of pattern)", pos: len(t.src) - 1})
		}
		t.next = string([]rune{'\\', t.src[i]})
	} else {
		t.next = string(c)
	}
	t.index = i + 1
}

func (t *reTokenizer) match(s string) bool {
	if t.next != "" && t.next == s {
		t.advance()
		return true
	}
	return false
}

func (t *reTokenizer) get() string {
	s := t.next
	t.advance()
	return s
}

func (t *reTokenizer) getwhile(n int, set string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		c := t.next
		if c == "" || len([]rune(c)) != 1 || !strings.Contains(set, c) {
			break
		}
		b.WriteString(c)
		t.advance()
	}
	return b.String()
}

func (t *reTokenizer) getuntil(term, name string) string {
	var b strings.Builder
	for {
		c := t.next
		t.advance()
		if c == "" {
			if b.Len() == 0 {
				panic(t.error("missing "+name, 0))
			}
			panic(t.error(fmt.Sprintf("missing %s, unterminated name", term), runeLen(b.String())))
		}
		if c == term {
			if b.Len() == 0 {
				panic(t.error("missing "+name, 1))
			}
			break
		}
		b.WriteString(c)
	}
	return b.String()
}

func runeLen(s string) int { return len([]rune(s)) }

func (t *reTokenizer) tell() int { return t.index - runeLen(t.next) }

func (t *reTokenizer) seek(i int) {
	t.index = i
	t.advance()
}

func (t *reTokenizer) error(msg string, offset int) *reError {
	if !t.istext {
		msg = asciiBackslash(msg)
	}
	return &reError{msg: msg, pos: t.tell() - offset}
}

func asciiBackslash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 {
			b.WriteRune(r)
		} else if r < 256 {
			fmt.Fprintf(&b, `\x%02x`, r)
		} else if r < 0x10000 {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

func pyIsIdentifier(s string) bool {
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return s != ""
}

func (t *reTokenizer) checkGroupName(name string, offset int) {
	if !pyIsIdentifier(name) {
		panic(t.error(fmt.Sprintf("bad character in group name %s", pyStrRepr(name)), runeLen(name)+offset))
	}
}

// pyStrRepr is repr() of a str.
func pyStrRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 32 || r == 127:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 128 || unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 256:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteString(q)
	return b.String()
}

// reParser holds the state of one parse (CPython's State).
type reParser struct {
	tok              *reTokenizer
	flags            int
	groupWidths      [][2]int64 // per group; [0] < 0 while the group is open
	groupNames       map[string]int
	nameOrder        []string
	lookbehindGroups int // -1: not inside a lookbehind
	groupRefPos      map[int]int
	warnings         []string // FutureWarning messages, in order
}

func (p *reParser) warn(msg string) { p.warnings = append(p.warnings, msg) }

func (p *reParser) groups() int { return len(p.groupWidths) }

func (p *reParser) openGroup(name string, hasName bool) int {
	gid := p.groups()
	p.groupWidths = append(p.groupWidths, [2]int64{-1, -1})
	if p.groups() > reMaxGroups {
		panic(&reError{msg: "too many groups", pos: -1})
	}
	if hasName {
		if old, ok := p.groupNames[name]; ok {
			panic(p.tok.error(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyStrRepr(name), gid, old), runeLen(name)+1))
		}
		p.groupNames[name] = gid
		p.nameOrder = append(p.nameOrder, name)
	}
	return gid
}

func (p *reParser) checkGroup(gid int) bool {
	return gid < p.groups() && p.groupWidths[gid][0] >= 0
}

func (p *reParser) checkLookbehindGroup(gid int) {
	if p.lookbehindGroups >= 0 {
		if !p.checkGroup(gid) {
			panic(p.tok.error("cannot refer to an open group", 0))
		}
		if gid >= p.lookbehindGroups {
			panic(p.tok.error("cannot refer to group defined in the same lookbehind subpattern", 0))
		}
	}
}

// reParsed is the result of parsing a pattern.
type reParsed struct {
	root       *reNode
	flags      int
	groups     int // number of capturing groups
	groupNames map[string]int
	nameOrder  []string
}

// parseRegex parses a pattern (decoded to code points; bytes as Latin-1).
// The warnings (FutureWarning messages) come back even with an error.
func parseRegex(src []rune, istext bool, flags int) (res *reParsed, warnings []string, err *reError) {
	p := &reParser{flags: flags, groupWidths: [][2]int64{{0, 0}}, groupNames: map[string]int{},
		lookbehindGroups: -1, groupRefPos: map[int]int{}}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*reError)
			if !ok {
				panic(r)
			}
			res, warnings, err = nil, p.warnings, e
		}
	}()
	p.tok = newReTokenizer(src, istext)
	root := p.parseSub(flags&reVerbose != 0, 0)
	f, ferr := fixReFlags(istext, p.flags)
	if ferr != nil {
		return nil, p.warnings, ferr
	}
	if p.tok.next != "" {
		panic(p.tok.error("unbalanced parenthesis", 0))
	}
	for g, pos := range p.groupRefPos {
		if g >= p.groups() {
			return nil, p.warnings, &reError{msg: fmt.Sprintf("invalid group reference %d", g), pos: pos}
		}
	}
	return &reParsed{root: root, flags: f, groups: p.groups() - 1, groupNames: p.groupNames, nameOrder: p.nameOrder}, p.warnings, nil
}

func fixReFlags(istext bool, flags int) (int, *reError) {
	if istext {
		if flags&reLocale != 0 {
			return 0, &reError{kind: "value", msg: "cannot use LOCALE flag with a str pattern"}
		}
		if flags&reASCII == 0 {
			flags |= reUnicode
		} else if flags&reUnicode != 0 {
			return 0, &reError{kind: "value", msg: "ASCII and UNICODE flags are incompatible"}
		}
	} else {
		if flags&reUnicode != 0 {
			return 0, &reError{kind: "value", msg: "cannot use UNICODE flag with a bytes pattern"}
		}
		if flags&reLocale != 0 && flags&reASCII != 0 {
			return 0, &reError{kind: "value", msg: "ASCII and LOCALE flags are incompatible"}
		}
	}
	return flags, nil
}

func (p *reParser) parseSub(verbose bool, nested int) *reNode {
	var items []*reNode
	for {
		items = append(items, p.parse(verbose, nested+1, nested == 0 && len(items) == 0))
		if !p.tok.match("|") {
			break
		}
		if nested == 0 {
			verbose = p.flags&reVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	// Alternatives that are all single characters or classes are one
	// class (as in CPython): a|b|[cd] is [abcd], and (?:a|b)* repeats
	// a single-character item.
	var merged reClass
	for _, it := range items {
		switch {
		case it.op == nLit:
			merged.items = append(merged.items, reClassItem{kind: ciRange, lo: it.c, hi: it.c})
			continue
		case it.op == nClass && !it.cls.neg:
			merged.items = append(merged.items, it.cls.items...)
			continue
		}
		return &reNode{op: nAlt, subs: items}
	}
	return &reNode{op: nClass, cls: &merged}
}

const reSpecialChars = ".\\[{()*+?^$|"

func (p *reParser) parse(verbose bool, nested int, first bool) *reNode {
	t := p.tok
	var seq []*reNode
	for {
		this := t.next
		if this == "" || this == "|" || this == ")" {
			break
		}
		t.get()
		if verbose {
			if len(this) == 1 && strings.Contains(" \t\n\r\v\f", this) {
				continue
			}
			if this == "#" {
				for {
					this = t.get()
					if this == "" || this == "\n" {
						break
					}
				}
				continue
			}
		}
		switch {
		case this[0] == '\\':
			seq = append(seq, p.escape(this))
		case !strings.Contains(reSpecialChars, this):
			seq = append(seq, &reNode{op: nLit, c: []rune(this)[0]})
		case this == "[":
			seq = append(seq, p.parseClass())
		case strings.Contains("*+?{", this):
			here := t.tell()
			var min, max int64
			switch this {
			case "?":
				min, max = 0, 1
			case "*":
				min, max = 0, reMaxRepeat
			case "+":
				min, max = 1, reMaxRepeat
			case "{":
				if t.next == "}" {
					seq = append(seq, &reNode{op: nLit, c: '{'})
					continue
				}
				min, max = 0, reMaxRepeat
				lo, hi := "", ""
				for t.next != "" && len(t.next) == 1 && t.next[0] >= '0' && t.next[0] <= '9' {
					lo += t.get()
				}
				if t.match(",") {
					for t.next != "" && len(t.next) == 1 && t.next[0] >= '0' && t.next[0] <= '9' {
						hi += t.get()
					}
				} else {
					hi = lo
				}
				if !t.match("}") {
					seq = append(seq, &reNode{op: nLit, c: '{'})
					t.seek(here)
					continue
				}
				if lo != "" {
					min = reParseCount(lo)
				}
				if hi != "" {
					max = reParseCount(hi)
					if max < min {
						panic(t.error("min repeat greater than max repeat", t.tell()-here))
					}
				}
			}
			var item *reNode
			if len(seq) > 0 {
				item = seq[len(seq)-1]
			}
			if item == nil || item.op == nAt {
				panic(t.error("nothing to repeat", t.tell()-here+1))
			}
			if item.op == nRepeat {
				panic(t.error("multiple repeat", t.tell()-here+1))
			}
			rep := &reNode{op: nRepeat, sub: item, min: min, max: max, greedy: true}
			if t.match("?") {
				rep.greedy = false
			} else if t.match("+") {
				rep.possessive = true
			}
			seq[len(seq)-1] = rep
		case this == ".":
			seq = append(seq, &reNode{op: nAny})
		case this == "(":
			n, global := p.parseGroup(verbose, nested, first && len(seq) == 0)
			if n != nil {
				seq = append(seq, n)
			}
			if global {
				verbose = p.flags&reVerbose != 0
			}
		case this == "^":
			seq = append(seq, &reNode{op: nAt, at: atBeginning})
		case this == "$":
			seq = append(seq, &reNode{op: nAt, at: atEnd})
		}
	}
	if len(seq) == 1 {
		return seq[0]
	}
	return &reNode{op: nCat, subs: seq}
}

func reParseCount(s string) int64 {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v >= reMaxRepeat {
		panic(&reError{kind: "overflow", msg: "the repetition number is too large"})
	}
	return v
}

// parseGroup parses what follows "(". It returns nil for comments and
// global flags (global is then true), which add nothing to the sequence.
func (p *reParser) parseGroup(verbose bool, nested int, first bool) (node *reNode, global bool) {
	t := p.tok
	start := t.tell() - 1
	capture, atomic := true, false
	name, hasName := "", false
	addFlags, delFlags := 0, 0
	unterminated := func() *reError { return t.error("missing ), unterminated subpattern", t.tell()-start) }
	if t.match("?") {
		char := t.get()
		switch {
		case char == "":
			panic(t.error("unexpected end of pattern", 0))
		case char == "P":
			if t.match("<") {
				name = t.getuntil(">", "group name")
				hasName = true
				t.checkGroupName(name, 1)
			} else if t.match("=") {
				name = t.getuntil(")", "group name")
				t.checkGroupName(name, 1)
				gid, ok := p.groupNames[name]
				if !ok {
					panic(t.error(fmt.Sprintf("unknown group name %s", pyStrRepr(name)), runeLen(name)+1))
				}
				if !p.checkGroup(gid) {
					panic(t.error("cannot refer to an open group", runeLen(name)+1))
				}
				p.checkLookbehindGroup(gid)
				return &reNode{op: nBackref, group: gid}, false
			} else {
				c := t.get()
				if c == "" {
					panic(t.error("unexpected end of pattern", 0))
				}
				panic(t.error("unknown extension ?P"+c, runeLen(c)+2))
			}
		case char == ":":
			capture = false
		case char == "#":
			for {
				if t.next == "" {
					panic(t.error("missing ), unterminated comment", t.tell()-start))
				}
				if t.get() == ")" {
					break
				}
			}
			return nil, false
		case char == "=" || char == "!" || char == "<":
			behind := false
			if char == "<" {
				char = t.get()
				if char == "" {
					panic(t.error("unexpected end of pattern", 0))
				}
				if char != "=" && char != "!" {
					panic(t.error("unknown extension ?<"+char, runeLen(char)+2))
				}
				behind = true
			}
			saved := p.lookbehindGroups
			if behind && saved < 0 {
				p.lookbehindGroups = p.groups()
			}
			body := p.parseSub(verbose, nested+1)
			if behind && saved < 0 {
				p.lookbehindGroups = -1
			}
			if !t.match(")") {
				panic(unterminated())
			}
			return &reNode{op: nLook, sub: body, behind: behind, neg: char == "!"}, false
		case char == "(":
			condname := t.getuntil(")", "group name")
			var condgroup int
			if pyIsIdentifier(condname) {
				gid, ok := p.groupNames[condname]
				if !ok {
					panic(t.error(fmt.Sprintf("unknown group name %s", pyStrRepr(condname)), runeLen(condname)+1))
				}
				condgroup = gid
			} else {
				v, err := strconv.Atoi(condname)
				if err != nil || v < 0 || strings.ContainsAny(condname, "+- _") {
					panic(t.error(fmt.Sprintf("bad character in group name %s", pyStrRepr(condname)), runeLen(condname)+1))
				}
				if v == 0 {
					panic(t.error("bad group number", runeLen(condname)+1))
				}
				if v >= reMaxGroups {
					panic(t.error(fmt.Sprintf("invalid group reference %d", v), runeLen(condname)+1))
				}
				if _, ok := p.groupRefPos[v]; !ok {
					p.groupRefPos[v] = t.tell() - runeLen(condname) - 1
				}
				condgroup = v
			}
			p.checkLookbehindGroup(condgroup)
			yes := p.parse(verbose, nested+1, false)
			var no *reNode
			if t.match("|") {
				no = p.parse(verbose, nested+1, false)
				if t.next == "|" {
					panic(t.error("conditional backref with more than two branches", 0))
				}
			}
			if !t.match(")") {
				panic(unterminated())
			}
			return &reNode{op: nCond, group: condgroup, sub: yes, no: no}, false
		case char == ">":
			capture, atomic = false, true
		case char == "-" || reInlineFlags[[]rune(char)[0]] != 0 && len([]rune(char)) == 1:
			add, del, global := p.parseFlags(char)
			if global {
				if !first {
					panic(t.error("global flags not at the start of the expression", t.tell()-start))
				}
				return nil, true
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			panic(t.error("unknown extension ?"+char, runeLen(char)+1))
		}
	}
	group := 0
	if capture {
		group = p.openGroup(name, hasName)
	}
	subVerbose := (verbose || addFlags&reVerbose != 0) && delFlags&reVerbose == 0
	body := p.parseSub(subVerbose, nested+1)
	if !t.match(")") {
		panic(unterminated())
	}
	if group > 0 {
		lo, hi := reWidth(body, p.groupWidths)
		p.groupWidths[group] = [2]int64{lo, hi}
	}
	if atomic {
		return &reNode{op: nAtomic, sub: body}, false
	}
	if group == 0 && addFlags == 0 && delFlags == 0 {
		// A plain (?:...) still counts as one item for a following repeat.
		return &reNode{op: nGroup, sub: body}, false
	}
	return &reNode{op: nGroup, group: group, sub: body, addFlags: addFlags, delFlags: delFlags}, false
}

func (p *reParser) parseFlags(char string) (add, del int, global bool) {
	t := p.tok
	if char != "-" {
		for {
			c := []rune(char)[0]
			flag := reInlineFlags[c]
			if t.istext {
				if c == 'L' {
					panic(t.error("bad inline flags: cannot use 'L' flag with a str pattern", 0))
				}
			} else if c == 'u' {
				panic(t.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0))
			}
			add |= flag
			if flag&reTypeFlags != 0 && add&reTypeFlags != flag {
				panic(t.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0))
			}
			char = t.get()
			if char == "" {
				panic(t.error("missing -, : or )", 0))
			}
			if char == ")" || char == "-" || char == ":" {
				break
			}
			if len([]rune(char)) != 1 || reInlineFlags[[]rune(char)[0]] == 0 {
				msg := "missing -, : or )"
				if reIsAlpha(char) {
					msg = "unknown flag"
				}
				panic(t.error(msg, runeLen(char)))
			}
		}
	}
	if char == ")" {
		p.flags |= add
		return 0, 0, true
	}
	if add&reGlobalFlags != 0 {
		panic(t.error("bad inline flags: cannot turn on global flag", 1))
	}
	if char == "-" {
		char = t.get()
		if char == "" {
			panic(t.error("missing flag", 0))
		}
		if len([]rune(char)) != 1 || reInlineFlags[[]rune(char)[0]] == 0 {
			msg := "missing flag"
			if reIsAlpha(char) {
				msg = "unknown flag"
			}
			panic(t.error(msg, runeLen(char)))
		}
		for {
			flag := reInlineFlags[[]rune(char)[0]]
			if flag&reTypeFlags != 0 {
				panic(t.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0))
			}
			del |= flag
			char = t.get()
			if char == "" {
				panic(t.error("missing :", 0))
			}
			if char == ":" {
				break
			}
			if len([]rune(char)) != 1 || reInlineFlags[[]rune(char)[0]] == 0 {
				msg := "missing :"
				if reIsAlpha(char) {
					msg = "unknown flag"
				}
				panic(t.error(msg, runeLen(char)))
			}
		}
	}
	if del&reGlobalFlags != 0 {
		panic(t.error("bad inline flags: cannot turn off global flag", 1))
	}
	if add&del != 0 {
		panic(t.error("bad inline flags: flag turned on and off", 1))
	}
	return add, del, false
}

func reIsAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

func reIsDigit(s string) bool { return len(s) == 1 && s[0] >= '0' && s[0] <= '9' }

func reIsOctal(s string) bool { return len(s) == 1 && s[0] >= '0' && s[0] <= '7' }

func isASCIILetter(r rune) bool { return r < 128 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// hexEscape reads \xhh, \uhhhh, \Uhhhhhhhh (escape is `\x`, ...).
func (p *reParser) hexEscape(escape string, n int) rune {
	t := p.tok
	escape += t.getwhile(n, "0123456789abcdefABCDEF")
	if runeLen(escape) != n+2 {
		panic(t.error("incomplete escape "+escape, runeLen(escape)))
	}
	v, _ := strconv.ParseUint(escape[2:], 16, 32)
	if v > unicode.MaxRune {
		panic(t.error("bad escape "+escape, runeLen(escape)))
	}
	return rune(v)
}

// escape parses an escape outside a class.
func (p *reParser) escape(escape string) *reNode {
	t := p.tok
	if k, ok := reCategories[escape]; ok {
		return &reNode{op: nClass, cls: &reClass{items: []reClassItem{{kind: k}}}}
	}
	if a, ok := reAnchors[escape]; ok {
		return &reNode{op: nAt, at: a}
	}
	if c, ok := reEscapes[escape]; ok {
		return &reNode{op: nLit, c: c}
	}
	c := []rune(escape)[1]
	switch {
	case c == 'x':
		return &reNode{op: nLit, c: p.hexEscape(escape, 2)}
	case c == 'u' && t.istext:
		return &reNode{op: nLit, c: p.hexEscape(escape, 4)}
	case c == 'U' && t.istext:
		return &reNode{op: nLit, c: p.hexEscape(escape, 8)}
	case c == 'N' && t.istext:
		if !t.match("{") {
			panic(t.error("missing {", 0))
		}
		name := t.getuntil("}", "character name")
		panic(t.error(fmt.Sprintf("undefined character name %s", pyStrRepr(name)), runeLen(name)+4))
	case c == '0':
		escape += t.getwhile(2, "01234567")
		v, _ := strconv.ParseInt(escape[1:], 8, 32)
		return &reNode{op: nLit, c: rune(v)}
	case c >= '1' && c <= '9':
		if reIsDigit(t.next) {
			escape += t.get()
			if reIsOctal(escape[1:2]) && reIsOctal(escape[2:3]) && reIsOctal(t.next) {
				escape += t.get()
				v, _ := strconv.ParseInt(escape[1:], 8, 32)
				if v > 0o377 {
					panic(t.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escape), runeLen(escape)))
				}
				return &reNode{op: nLit, c: rune(v)}
			}
		}
		group, _ := strconv.Atoi(escape[1:])
		if group < p.groups() {
			if !p.checkGroup(group) {
				panic(t.error("cannot refer to an open group", runeLen(escape)))
			}
			p.checkLookbehindGroup(group)
			return &reNode{op: nBackref, group: group}
		}
		panic(t.error(fmt.Sprintf("invalid group reference %d", group), runeLen(escape)-1))
	}
	if runeLen(escape) == 2 && !isASCIILetter(c) {
		return &reNode{op: nLit, c: c}
	}
	panic(t.error("bad escape "+escape, runeLen(escape)))
}

// classEscape parses an escape inside a class: a literal (ok) or a
// category item.
func (p *reParser) classEscape(escape string) (c rune, item reClassItem, isCat bool) {
	t := p.tok
	if ch, ok := reEscapes[escape]; ok {
		return ch, reClassItem{}, false
	}
	if k, ok := reCategories[escape]; ok {
		return 0, reClassItem{kind: k}, true
	}
	ch := []rune(escape)[1]
	switch {
	case ch == 'x':
		return p.hexEscape(escape, 2), reClassItem{}, false
	case ch == 'u' && t.istext:
		return p.hexEscape(escape, 4), reClassItem{}, false
	case ch == 'U' && t.istext:
		return p.hexEscape(escape, 8), reClassItem{}, false
	case ch == 'N' && t.istext:
		if !t.match("{") {
			panic(t.error("missing {", 0))
		}
		name := t.getuntil("}", "character name")
		panic(t.error(fmt.Sprintf("undefined character name %s", pyStrRepr(name)), runeLen(name)+4))
	case ch >= '0' && ch <= '7':
		escape += t.getwhile(2, "01234567")
		v, _ := strconv.ParseInt(escape[1:], 8, 32)
		if v > 0o377 {
			panic(t.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", escape), runeLen(escape)))
		}
		return rune(v), reClassItem{}, false
	case ch >= '8' && ch <= '9':
		panic(t.error("bad escape "+escape, runeLen(escape)))
	}
	if runeLen(escape) == 2 && !isASCIILetter(ch) {
		return ch, reClassItem{}, false
	}
	panic(t.error("bad escape "+escape, runeLen(escape)))
}

func (p *reParser) parseClass() *reNode {
	t := p.tok
	here := t.tell() - 1
	cls := &reClass{}
	if t.next == "[" {
		p.warn(fmt.Sprintf("Possible nested set at position %d", t.tell()))
	}
	cls.neg = t.match("^")
	for {
		this := t.get()
		if this == "" {
			panic(t.error("unterminated character set", t.tell()-here))
		}
		if this == "]" && len(cls.items) > 0 {
			break
		}
		var lo rune
		var cat reClassItem
		isCat := false
		if this[0] == '\\' {
			lo, cat, isCat = p.classEscape(this)
		} else {
			if len(cls.items) > 0 && strings.Contains("-&~|", this) && t.next == this {
				op := map[string]string{"-": "difference", "&": "intersection", "~": "symmetric difference", "|": "union"}[this]
				p.warn(fmt.Sprintf("Possible set %s at position %d", op, t.tell()-1))
			}
			lo = []rune(this)[0]
		}
		if t.match("-") {
			that := t.get()
			if that == "" {
				panic(t.error("unterminated character set", t.tell()-here))
			}
			if that == "-" {
				p.warn(fmt.Sprintf("Possible set difference at position %d", t.tell()-2))
			}
			if that == "]" {
				if isCat {
					cls.items = append(cls.items, cat)
				} else {
					cls.items = append(cls.items, reClassItem{kind: ciRange, lo: lo, hi: lo})
				}
				cls.items = append(cls.items, reClassItem{kind: ciRange, lo: '-', hi: '-'})
				break
			}
			var hi rune
			isCat2 := false
			if that[0] == '\\' {
				hi, _, isCat2 = p.classEscape(that)
			} else {
				hi = []rune(that)[0]
			}
			if isCat || isCat2 || hi < lo {
				msg := fmt.Sprintf("bad character range %s-%s", this, that)
				panic(t.error(msg, runeLen(this)+1+runeLen(that)))
			}
			cls.items = append(cls.items, reClassItem{kind: ciRange, lo: lo, hi: hi})
			continue
		}
		if isCat {
			cls.items = append(cls.items, cat)
		} else {
			cls.items = append(cls.items, reClassItem{kind: ciRange, lo: lo, hi: lo})
		}
	}
	if len(cls.items) == 1 && cls.items[0].kind == ciRange && cls.items[0].lo == cls.items[0].hi && !cls.neg {
		return &reNode{op: nLit, c: cls.items[0].lo}
	}
	return &reNode{op: nClass, cls: cls}
}

// reWidth is CPython's getwidth: the minimum and maximum length a node
// matches, capped at MAXREPEAT.
func reWidth(n *reNode, groupWidths [][2]int64) (int64, int64) {
	capw := func(v int64) int64 {
		if v > reMaxRepeat {
			return reMaxRepeat
		}
		return v
	}
	var lo, hi int64
	switch n.op {
	case nLit, nAny, nClass:
		lo, hi = 1, 1
	case nCat:
		for _, s := range n.subs {
			a, b := reWidth(s, groupWidths)
			lo, hi = capw(lo+a), capw(hi+b)
		}
	case nAlt:
		lo = reMaxRepeat - 1
		for _, s := range n.subs {
			a, b := reWidth(s, groupWidths)
			if a < lo {
				lo = a
			}
			if b > hi {
				hi = b
			}
		}
	case nGroup, nAtomic:
		lo, hi = reWidth(n.sub, groupWidths)
	case nRepeat:
		a, b := reWidth(n.sub, groupWidths)
		lo = capw(a * n.min)
		if b != 0 && n.max >= reMaxRepeat/b {
			hi = reMaxRepeat
		} else {
			hi = capw(b * n.max)
		}
		if a != 0 && n.min > reMaxRepeat/a {
			lo = reMaxRepeat
		}
	case nBackref:
		if n.group < len(groupWidths) {
			lo, hi = groupWidths[n.group][0], groupWidths[n.group][1]
		}
	case nCond:
		lo, hi = reWidth(n.sub, groupWidths)
		if n.no != nil {
			a, b := reWidth(n.no, groupWidths)
			if a < lo {
				lo = a
			}
			if b > hi {
				hi = b
			}
		} else {
			lo = 0
		}
	}
	if lo > reMaxRepeat-1 {
		lo = reMaxRepeat - 1
	}
	return lo, capw(hi)
}
