package stdlib

import (
	"unicode"

	"github.com/minipy/minipy/runtime"
)

// The matcher of the re module: a backtracking machine over a reProg. Its
// choice points live on an explicit stack (a slice), so neither long
// subjects nor deep nesting grow the Go stack; only lookarounds and atomic
// groups run as nested calls, as deep as they nest in the pattern. The
// same stack holds undo records (old capture slots, loop counters,
// lastindex), so backtracking restores exactly the state of the choice.
//
// The subject is []byte (bytes, and str that is all ASCII) or []rune.

type reChar interface{ ~byte | ~rune }

const (
	bkChoice    = iota // resume at pc, pos
	bkSlot             // slots[a] = b
	bkLastIndex        // lastIndex = a
	bkCounter          // cnt[a] = b, iterStart[a] = pos
	bkLazyLoop         // enter one more iteration of the lazy loop at pc
	bkStar             // greedy single-item repeat at pc: give back one character (down to a)
	bkStarLazy         // lazy single-item repeat at pc: take one more (up to a)
)

type reFrame struct {
	kind uint8
	pc   int32
	pos  int
	a, b int
}

type reMachine[T reChar] struct {
	prog        *reProg
	s           []T // the subject up to endpos
	full        []T // the whole subject
	slots       []int
	cnt         []int64
	iterStart   []int
	lastIndex   int
	stack       []reFrame
	start       int
	mustAdvance bool
	fullMatch   bool
	saved       []int
	// ts is the thread matching: every so many backtracks the machine
	// runs pending signal handlers (Ctrl-C); err is what one raised.
	ts    *runtime.ThreadState
	steps uint32
	err   error
	busy  bool
}

func newReMachine[T reChar](prog *reProg, ts *runtime.ThreadState) *reMachine[T] {
	return &reMachine[T]{
		prog:      prog,
		ts:        ts,
		slots:     make([]int, prog.nslots),
		cnt:       make([]int64, prog.nloops),
		iterStart: make([]int, prog.nloops),
	}
}

// reIsWord is \w.
func reIsWord(r rune, uni bool) bool {
	if r < 128 {
		return r == '_' || (r >= '0' && r <= '9') || (r|0x20 >= 'a' && r|0x20 <= 'z')
	}
	return uni && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// reIsDigit is \d.
func reIsDigitRune(r rune, uni bool) bool {
	if r < 128 {
		return r >= '0' && r <= '9'
	}
	return uni && unicode.Is(unicode.Nd, r)
}

// reIsSpace is \s.
func reIsSpace(r rune, uni bool) bool {
	if r < 128 {
		if r == ' ' || (r >= '\t' && r <= '\r') {
			return true
		}
		return uni && r >= 0x1c && r <= 0x1f
	}
	return uni && unicode.IsSpace(r)
}

func (c *reClass) has(r rune, uni bool) bool {
	for _, it := range c.items {
		if c.has1(it, r, uni) {
			return true
		}
	}
	return false
}

func (c *reClass) has1(it reClassItem, r rune, uni bool) bool {
	switch it.kind {
	case ciRange:
		return r >= it.lo && r <= it.hi
	case ciDigit:
		return reIsDigitRune(r, uni)
	case ciNotDigit:
		return !reIsDigitRune(r, uni)
	case ciSpace:
		return reIsSpace(r, uni)
	case ciNotSpace:
		return !reIsSpace(r, uni)
	case ciWord:
		return reIsWord(r, uni)
	case ciNotWord:
		return !reIsWord(r, uni)
	}
	return false
}

// matches tests a subject character; icase is set only for classes that
// name a cased character.
func (c *reClass) matches(r rune, uni, icase bool) bool {
	var in bool
	if icase {
		in = c.hasFolded(reLower(r, uni), uni)
	} else {
		in = c.has(r, uni)
	}
	return in != c.neg
}

// one reports whether the single-character item in matches at pos.
func (m *reMachine[T]) one(in *reInst, pos int) bool {
	return pos < len(m.s) && reOne(in, rune(m.s[pos]))
}

// reOne reports whether the single-character item in matches r.
func reOne(in *reInst, r rune) bool {
	switch in.op {
	case iChar:
		return r == in.c
	case iCharFold:
		lo := reLower(r, in.uni)
		if lo == in.c {
			return true
		}
		for _, f := range in.fold {
			if lo == f {
				return true
			}
		}
		return false
	case iAny:
		return r != '\n'
	case iAnyAll:
		return true
	case iClass:
		if r < 256 {
			return in.bits[r>>6]&(1<<(r&63)) != 0
		}
		return in.cls.matches(r, in.uni, in.icase)
	}
	return false
}

// Anchors may look at the character just before pos, and a MULTILINE $
// at the one at pos, in the whole subject (m.full) even beyond endpos, as
// CPython's matcher does when a match starts past endpos.

func (m *reMachine[T]) wordBefore(pos int, uni bool) bool {
	return pos > 0 && pos-1 < len(m.full) && reIsWord(rune(m.full[pos-1]), uni)
}

func (m *reMachine[T]) wordAt(pos int, uni bool) bool {
	return pos < len(m.s) && reIsWord(rune(m.s[pos]), uni)
}

func (m *reMachine[T]) at(in *reInst, pos int) bool {
	n := len(m.s)
	switch in.n {
	case atBeginning:
		return pos == 0 || (in.ml && pos-1 < len(m.full) && m.full[pos-1] == '\n')
	case atEnd:
		if in.ml {
			return pos == n || (pos < len(m.full) && m.full[pos] == '\n')
		}
		return pos == n || (pos == n-1 && m.s[pos] == '\n')
	case atBeginString:
		return pos == 0
	case atEndString:
		return pos == n
	case atBoundary:
		return n > 0 && m.wordBefore(pos, in.uni) != m.wordAt(pos, in.uni)
	case atNonBoundary:
		return n > 0 && m.wordBefore(pos, in.uni) == m.wordAt(pos, in.uni)
	}
	return false
}

func (m *reMachine[T]) push(f reFrame) { m.stack = append(m.stack, f) }

func (m *reMachine[T]) setSlot(i, v int) {
	m.push(reFrame{kind: bkSlot, a: i, b: m.slots[i], pos: m.lastIndex})
	m.slots[i] = v
}

// undo pops one undo record; it reports false for a frame that is not one.
func (m *reMachine[T]) undo(f *reFrame) bool {
	switch f.kind {
	case bkSlot:
		m.slots[f.a] = f.b
		m.lastIndex = f.pos
	case bkLastIndex:
		m.lastIndex = f.a
	case bkCounter:
		m.cnt[f.a] = int64(f.b)
		m.iterStart[f.a] = f.pos
	default:
		return false
	}
	return true
}

// unwind drops the stack down to base, applying the undo records.
func (m *reMachine[T]) unwind(base int) {
	for len(m.stack) > base {
		m.undo(&m.stack[len(m.stack)-1])
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// backtrack resumes at the most recent choice above base.
func (m *reMachine[T]) backtrack(base int) (pc, pos int, ok bool) {
	for len(m.stack) > base {
		top := len(m.stack) - 1
		f := &m.stack[top]
		if m.undo(f) {
			m.stack = m.stack[:top]
			continue
		}
		switch f.kind {
		case bkChoice:
			pc, pos = int(f.pc), f.pos
			m.stack = m.stack[:top]
			return pc, pos, true
		case bkLazyLoop:
			pc, pos = int(f.pc), f.pos
			m.stack = m.stack[:top]
			id := m.prog.insts[pc].n
			m.push(reFrame{kind: bkCounter, a: id, b: int(m.cnt[id]), pos: m.iterStart[id]})
			m.cnt[id]++
			m.iterStart[id] = pos
			return pc + 1, pos, true
		case bkStar:
			p := f.pos - 1
			next := m.prog.after(int(f.pc) + 1)
			if next.op == iChar {
				for p >= f.a && (p >= len(m.s) || rune(m.s[p]) != next.c) {
					p--
				}
			}
			if p < f.a {
				m.stack = m.stack[:top]
				continue
			}
			pc = int(f.pc) + 1
			if p == f.a {
				m.stack = m.stack[:top]
			} else {
				f.pos = p
			}
			return pc, p, true
		case bkStarLazy:
			star := &m.prog.insts[f.pc]
			p := f.pos
			if p >= f.a || !m.one(star.item, p) {
				m.stack = m.stack[:top]
				continue
			}
			p++
			pc = int(f.pc) + 1
			if p >= f.a {
				m.stack = m.stack[:top]
			} else {
				f.pos = p
			}
			return pc, p, true
		}
	}
	return 0, 0, false
}

// sub runs a lookaround or atomic body from pos; on success the captures
// it set stay, with undo records on the stack, and its choices are gone.
func (m *reMachine[T]) sub(pc, pos int, keep bool) (bool, int) {
	base := len(m.stack)
	ok, end := m.run(pc, pos)
	if !ok {
		return false, 0
	}
	if !keep {
		m.unwind(base)
		return true, end
	}
	after := append(m.saved[:0], m.slots...)
	afterLast := m.lastIndex
	m.unwind(base)
	for i, v := range after {
		if m.slots[i] != v {
			m.setSlot(i, v)
		}
	}
	if afterLast != m.lastIndex {
		m.push(reFrame{kind: bkLastIndex, a: m.lastIndex})
		m.lastIndex = afterLast
	}
	m.saved = after
	return true, end
}

// run executes from pc at pos until iMatch or iSucceed (true and the end
// position) or until every choice made since the call has failed.
func (m *reMachine[T]) run(pc, pos int) (bool, int) {
	base := len(m.stack)
	insts := m.prog.insts
	s := m.s
	for {
		in := &insts[pc]
		ok := true
		switch in.op {
		case iChar:
			if pos < len(s) && rune(s[pos]) == in.c {
				pos++
				pc++
			} else {
				ok = false
			}
		case iCharFold, iAny, iAnyAll, iClass:
			if m.one(in, pos) {
				pos++
				pc++
			} else {
				ok = false
			}
		case iSplit:
			if in.greedy && (pos >= len(s) || rune(s[pos]) != in.c) {
				// The first branch needs in.c here.
				pc = in.y
				break
			}
			m.push(reFrame{kind: bkChoice, pc: int32(in.y), pos: pos})
			pc = in.x
		case iJmp:
			pc = in.x
		case iSave:
			// One undo record restores the slot and lastindex.
			m.push(reFrame{kind: bkSlot, a: in.n, b: m.slots[in.n], pos: m.lastIndex})
			m.slots[in.n] = pos
			if in.n&1 == 1 {
				m.lastIndex = in.n / 2
			}
			pc++
		case iAt:
			if m.at(in, pos) {
				pc++
			} else {
				ok = false
			}
		case iBackref:
			st, en := m.slots[2*in.n], m.slots[2*in.n+1]
			if st < 0 || en < st {
				// Unset, or (referring to itself) reopened further on.
				ok = false
				break
			}
			l := en - st
			if pos+l > len(s) {
				ok = false
				break
			}
			for i := 0; i < l; i++ {
				a, b := rune(s[st+i]), rune(s[pos+i])
				if a != b && !(in.icase && reLower(a, in.uni) == reLower(b, in.uni)) {
					ok = false
					break
				}
			}
			if ok {
				pos += l
				pc++
			}
		case iLook:
			from := pos
			if in.greedy { // lookbehind
				from = pos - in.n
			}
			var found bool
			if from >= 0 {
				found, _ = m.sub(pc+1, from, !in.neg)
			}
			if found != in.neg {
				pc = in.x
			} else {
				ok = false
			}
		case iAtomic:
			found, end := m.sub(pc+1, pos, true)
			if found {
				pos = end
				pc = in.x
			} else {
				ok = false
			}
		case iCond:
			if st := m.slots[2*in.n]; st >= 0 && m.slots[2*in.n+1] >= st {
				pc++
			} else {
				pc = in.x
			}
		case iRepInit:
			m.push(reFrame{kind: bkCounter, a: in.n, b: int(m.cnt[in.n]), pos: m.iterStart[in.n]})
			m.cnt[in.n] = 0
			m.iterStart[in.n] = -1
			pc++
		case iRepLoop:
			id := in.n
			c := m.cnt[id]
			switch {
			case c >= in.min && pos == m.iterStart[id]:
				// The last optional iteration matched the empty string:
				// stop.
				pc = in.x
			case c < in.min:
				// Required iterations do not record where they began:
				// like CPython, only an optional iteration that matched
				// nothing stops the loop.
				m.push(reFrame{kind: bkCounter, a: id, b: int(c), pos: m.iterStart[id]})
				m.cnt[id] = c + 1
				pc++
			case in.max < reMaxRepeat && c >= in.max:
				pc = in.x
			case in.greedy:
				m.push(reFrame{kind: bkChoice, pc: int32(in.x), pos: pos})
				m.push(reFrame{kind: bkCounter, a: id, b: int(c), pos: m.iterStart[id]})
				m.cnt[id] = c + 1
				m.iterStart[id] = pos
				pc++
			default:
				m.push(reFrame{kind: bkLazyLoop, pc: int32(pc), pos: pos})
				pc = in.x
			}
		case iStar:
			item := in.item
			limit := len(s)
			if in.max < reMaxRepeat && int64(limit-pos) > in.max {
				limit = pos + int(in.max)
			}
			min := pos + int(in.min)
			if in.min > int64(len(s)-pos) {
				ok = false
				break
			}
			if in.greedy {
				p := pos
				switch item.op {
				case iChar:
					for p < limit && rune(s[p]) == item.c {
						p++
					}
				case iAnyAll:
					p = limit
				case iAny:
					for p < limit && s[p] != '\n' {
						p++
					}
				default:
					for p < limit && m.one(item, p) {
						p++
					}
				}
				if p < min {
					ok = false
					break
				}
				if p > min && !in.neg {
					m.push(reFrame{kind: bkStar, pc: int32(pc), pos: p, a: min})
				}
				pos = p
				pc++
			} else {
				p := pos
				for p < min && m.one(item, p) {
					p++
				}
				if p < min {
					ok = false
					break
				}
				if p < limit {
					m.push(reFrame{kind: bkStarLazy, pc: int32(pc), pos: p, a: limit})
				}
				pos = p
				pc++
			}
		case iSucceed:
			return true, pos
		case iMatch:
			if (m.fullMatch && pos != len(s)) || (m.mustAdvance && pos == m.start) {
				ok = false
			} else {
				return true, pos
			}
		}
		if !ok {
			if m.steps++; m.steps&0xffff == 0 && m.poll() {
				return false, 0
			}
			if m.err != nil {
				return false, 0
			}
			var alive bool
			pc, pos, alive = m.backtrack(base)
			if !alive {
				return false, 0
			}
		}
	}
}

// poll runs pending signal handlers in the main thread, as CPython's
// matcher does; it reports whether one raised (the match then stops).
func (m *reMachine[T]) poll() bool {
	ts := m.ts
	if ts == nil || ts.Interp == nil || ts != ts.Interp.Main || ts.Interp.GIL.Breaker.Load()&runtime.BreakSignal == 0 {
		return false
	}
	if err := ts.Interp.RunSignalHandlers(ts); err != nil {
		m.err = err
		return true
	}
	return false
}

// exec tries the pattern at each start position from pos (only pos unless
// search); on success the slots hold the groups and group 0 is set.
func (m *reMachine[T]) exec(pos int, search bool) bool {
	n := len(m.s)
	if pos > n && (search || m.fullMatch) {
		return false
	}
	for st := pos; st <= n || st == pos; st++ {
		if search && m.prog.firstSet != nil {
			st = m.skip(st)
			if st >= n {
				return false
			}
		}
		for i := range m.slots {
			m.slots[i] = -1
		}
		m.lastIndex = -1
		m.stack = m.stack[:0]
		m.start = st
		if ok, end := m.run(0, st); ok {
			m.slots[0], m.slots[1] = st, end
			m.stack = m.stack[:0]
			return true
		}
		if m.err != nil {
			break
		}
		if !search || m.prog.anchor {
			break
		}
		// Only the first start position must not give an empty match.
		m.mustAdvance = false
	}
	m.stack = m.stack[:0]
	return false
}

// after returns the first instruction from pc that is not a capture save
// (saves do not look at the subject).
func (p *reProg) after(pc int) *reInst {
	for p.insts[pc].op == iSave {
		pc++
	}
	return &p.insts[pc]
}

// skip finds the next position from st where a match can start (the
// pattern cannot match empty and its first character is in firstSet).
func (m *reMachine[T]) skip(st int) int {
	s, p := m.s, m.prog
	n := len(s)
	if p.first >= 0 {
		for st < n && rune(s[st]) != p.first {
			st++
		}
		return st
	}
	tab := p.firstTab
	for st < n {
		c := rune(s[st])
		if c < 256 {
			if tab[c] {
				return st
			}
		} else {
			for _, in := range p.firstSet {
				if reOne(in, c) {
					return st
				}
			}
		}
		st++
	}
	return st
}
