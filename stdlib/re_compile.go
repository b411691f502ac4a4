package stdlib

// The compiler of the re module: a parsed pattern into a program for the
// backtracking machine in re_exec.go.

type reInstOp uint8

const (
	iChar     reInstOp = iota // c
	iCharFold                 // c ignoring case (fold holds its other cases)
	iAny                      // . (not \n)
	iAnyAll                   // . with DOTALL
	iClass                    // cls
	iSplit                    // try x, on failure y
	iJmp                      // goto x
	iSave                     // slots[n] = pos
	iAt                       // anchor n
	iBackref                  // group n (fold: ignoring case)
	iLook                     // lookaround: body at pc+1 .. x; n is the lookbehind width, neg
	iAtomic                   // atomic group: body at pc+1 .. x
	iCond                     // if group n matched: pc+1, else x
	iRepInit                  // counters of loop n start again
	iRepLoop                  // loop n: body at pc+1 (ends in a jump back here), exit x
	iStar                     // a single-character item repeated: item, min, max
	iSucceed                  // end of a lookaround or atomic body
	iMatch                    // end of the pattern
)

// reInst is one instruction. Some fields mean different things per op:
// greedy is also "a lookbehind" for iLook and "the first branch needs
// character c" for iSplit; neg is also "possessive" for iStar.
type reInst struct {
	op       reInstOp
	c        rune
	fold     []rune
	cls      *reClass
	x, y     int
	n        int
	min, max int64
	greedy   bool
	neg      bool
	// flags in effect: uni (Unicode \w etc.), icase, multiline
	uni, icase, ml bool
	item           *reInst    // iStar: the repeated item
	bits           *[4]uint64 // iClass: which characters below 256 match
}

type reProg struct {
	insts   []reInst
	nslots  int
	nloops  int
	anchor  bool // starts with \A or a non-MULTILINE ^: only one start position
	first   rune // >= 0: every match starts with this exact character
	textual bool
	// firstSet, when not nil: every match starts with a character one of
	// these single-character items matches (the pattern never matches
	// the empty string). firstTab holds it for characters below 256.
	firstSet []*reInst
	firstTab *[256]bool
}

type reCompiler struct {
	prog  *reProg
	isStr bool
}

func (c *reCompiler) emit(in reInst) int {
	c.prog.insts = append(c.prog.insts, in)
	return len(c.prog.insts) - 1
}

func (c *reCompiler) pc() int { return len(c.prog.insts) }

// compileRegex turns a parsed pattern into a program; it returns an error
// for a lookbehind of variable width.
func compileRegex(p *reParsed, isStr bool) (prog *reProg, err *reError) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*reError)
			if !ok {
				panic(r)
			}
			prog, err = nil, e
		}
	}()
	c := &reCompiler{prog: &reProg{nslots: 2 * (p.groups + 1), textual: isStr, first: -1}, isStr: isStr}
	c.compile(p.root, p.flags, p.groupWidthsOf())
	c.emit(reInst{op: iMatch})
	c.analyse(p.root, p.flags)
	// A split whose first branch must start with a given character skips
	// that branch at once elsewhere.
	for i := range c.prog.insts {
		in := &c.prog.insts[i]
		if in.op == iSplit {
			if first := c.prog.after(in.x); first.op == iChar {
				in.greedy, in.c = true, first.c
			}
		}
	}
	return c.prog, nil
}

// groupWidthsOf recomputes the group widths (for lookbehind checks).
func (p *reParsed) groupWidthsOf() [][2]int64 {
	w := make([][2]int64, p.groups+1)
	var walk func(n *reNode)
	walk = func(n *reNode) {
		if n == nil {
			return
		}
		for _, s := range n.subs {
			walk(s)
		}
		walk(n.sub)
		walk(n.no)
		if n.op == nGroup && n.group > 0 {
			lo, hi := reWidth(n.sub, w)
			w[n.group] = [2]int64{lo, hi}
		}
	}
	walk(p.root)
	return w
}

// analyse finds what lets a search skip start positions.
func (c *reCompiler) analyse(root *reNode, flags int) {
	in := &c.prog.insts[0]
	if in.op == iAt && (in.n == atBeginString || (in.n == atBeginning && !in.ml)) {
		c.prog.anchor = true
	}
	items, nullable, ok := c.firstItems(root, flags)
	if ok && !nullable && len(items) > 0 {
		c.prog.firstSet = items
		if len(items) == 1 && items[0].op == iChar {
			c.prog.first = items[0].c
		}
		var t [256]bool
		for ch := range t {
			for _, in := range items {
				if reOne(in, rune(ch)) {
					t[ch] = true
					break
				}
			}
		}
		c.prog.firstTab = &t
	}
}

// firstItems finds the single-character items a match of n can start
// with: ok is false when that is unknown (or too many), nullable when n
// can match the empty string.
func (c *reCompiler) firstItems(n *reNode, flags int) (items []*reInst, nullable, ok bool) {
	switch n.op {
	case nLit, nAny, nClass:
		return []*reInst{c.single(n, flags)}, false, true
	case nAt, nLook:
		return nil, true, true
	case nCat:
		for _, s := range n.subs {
			it, null, ok := c.firstItems(s, flags)
			if !ok {
				return nil, false, false
			}
			items = append(items, it...)
			if !null {
				return items, false, len(items) <= 16
			}
		}
		return items, true, len(items) <= 16
	case nAlt:
		for _, s := range n.subs {
			it, null, ok := c.firstItems(s, flags)
			if !ok {
				return nil, false, false
			}
			items = append(items, it...)
			nullable = nullable || null
		}
		return items, nullable, len(items) <= 16
	case nGroup:
		return c.firstItems(n.sub, (flags|n.addFlags)&^n.delFlags)
	case nAtomic:
		return c.firstItems(n.sub, flags)
	case nRepeat:
		if n.max == 0 {
			return nil, true, true
		}
		items, nullable, ok = c.firstItems(n.sub, flags)
		return items, nullable || n.min == 0, ok
	}
	return nil, false, false
}

func (c *reCompiler) uni(flags int) bool { return c.isStr && flags&reASCII == 0 }

// single returns the instruction for a node that always matches exactly
// one character, or nil.
func (c *reCompiler) single(n *reNode, flags int) *reInst {
	switch n.op {
	case nLit:
		return c.litInst(n.c, flags)
	case nAny:
		if flags&reDotAll != 0 {
			return &reInst{op: iAnyAll}
		}
		return &reInst{op: iAny}
	case nClass:
		uni := c.uni(flags)
		icase := flags&reIgnoreCase != 0 && n.cls.hasCased(uni)
		if icase && uni {
			reCaseTables()
		}
		in := &reInst{op: iClass, cls: n.cls, uni: uni, icase: icase}
		// Characters below 256 are looked up in a bitmap.
		in.bits = new([4]uint64)
		for r := rune(0); r < 256; r++ {
			if n.cls.matches(r, in.uni, in.icase) {
				in.bits[r>>6] |= 1 << (r & 63)
			}
		}
		return in
	case nGroup:
		if n.group == 0 {
			return c.single(n.sub, (flags|n.addFlags)&^n.delFlags)
		}
	case nCat:
		if len(n.subs) == 1 {
			return c.single(n.subs[0], flags)
		}
	}
	return nil
}

func (c *reCompiler) litInst(ch rune, flags int) *reInst {
	uni := c.uni(flags)
	if flags&reIgnoreCase != 0 && reIsCased(ch, uni) {
		// Compared with the subject character's lowercase.
		lo := reLower(ch, uni)
		return &reInst{op: iCharFold, c: lo, fold: reFixes(lo, uni), uni: uni}
	}
	return &reInst{op: iChar, c: ch}
}

func (c *reCompiler) compile(n *reNode, flags int, gw [][2]int64) {
	switch n.op {
	case nLit, nAny, nClass:
		c.emit(*c.single(n, flags))
	case nCat:
		for _, s := range n.subs {
			c.compile(s, flags, gw)
		}
	case nAlt:
		var jumps []int
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				split := c.emit(reInst{op: iSplit})
				c.prog.insts[split].x = c.pc()
				c.compile(s, flags, gw)
				jumps = append(jumps, c.emit(reInst{op: iJmp}))
				c.prog.insts[split].y = c.pc()
			} else {
				c.compile(s, flags, gw)
			}
		}
		for _, j := range jumps {
			c.prog.insts[j].x = c.pc()
		}
	case nGroup:
		f := (flags | n.addFlags) &^ n.delFlags
		if n.group > 0 {
			c.emit(reInst{op: iSave, n: 2 * n.group})
			c.compile(n.sub, f, gw)
			c.emit(reInst{op: iSave, n: 2*n.group + 1})
		} else {
			c.compile(n.sub, f, gw)
		}
	case nAtomic:
		c.atomic(func() { c.compile(n.sub, flags, gw) })
	case nLook:
		at := c.emit(reInst{op: iLook, neg: n.neg})
		if n.behind {
			lo, hi := reWidth(n.sub, gw)
			if lo != hi {
				panic(&reError{msg: "look-behind requires fixed-width pattern", pos: -1})
			}
			c.prog.insts[at].n = int(lo)
			c.prog.insts[at].greedy = true // marks a lookbehind
		}
		c.compile(n.sub, flags, gw)
		c.emit(reInst{op: iSucceed})
		c.prog.insts[at].x = c.pc()
	case nBackref:
		c.emit(reInst{op: iBackref, n: n.group, icase: flags&reIgnoreCase != 0, uni: c.uni(flags)})
	case nCond:
		at := c.emit(reInst{op: iCond, n: n.group})
		c.compile(n.sub, flags, gw)
		j := c.emit(reInst{op: iJmp})
		c.prog.insts[at].x = c.pc()
		if n.no != nil {
			c.compile(n.no, flags, gw)
		}
		c.prog.insts[j].x = c.pc()
	case nAt:
		c.emit(reInst{op: iAt, n: n.at, uni: c.uni(flags), ml: flags&reMultiline != 0})
	case nRepeat:
		if n.possessive {
			inner := *n
			inner.possessive = false
			if item := c.single(n.sub, flags); item != nil {
				c.emit(reInst{op: iStar, item: item, min: n.min, max: n.max, greedy: true, neg: true})
				return
			}
			c.atomic(func() { c.compile(&inner, flags, gw) })
			return
		}
		if item := c.single(n.sub, flags); item != nil {
			c.emit(reInst{op: iStar, item: item, min: n.min, max: n.max, greedy: n.greedy})
			return
		}
		if _, hi := reWidth(n.sub, gw); hi == 0 && n.max > 1 {
			// A body that never consumes gives the same result each
			// time: one iteration is as good as many.
			once := *n
			once.min, once.max = min(n.min, 1), 1
			c.compile(&once, flags, gw)
			return
		}
		if n.min == 0 && n.max == 1 {
			// x? needs no counter.
			split := c.emit(reInst{op: iSplit})
			body := c.pc()
			c.compile(n.sub, flags, gw)
			if n.greedy {
				c.prog.insts[split].x, c.prog.insts[split].y = body, c.pc()
			} else {
				c.prog.insts[split].x, c.prog.insts[split].y = c.pc(), body
			}
			return
		}
		id := c.prog.nloops
		c.prog.nloops++
		c.emit(reInst{op: iRepInit, n: id})
		loop := c.emit(reInst{op: iRepLoop, n: id, min: n.min, max: n.max, greedy: n.greedy})
		c.compile(n.sub, flags, gw)
		c.emit(reInst{op: iJmp, x: loop})
		c.prog.insts[loop].x = c.pc()
	}
}

func (c *reCompiler) atomic(body func()) {
	at := c.emit(reInst{op: iAtomic})
	body()
	c.emit(reInst{op: iSucceed})
	c.prog.insts[at].x = c.pc()
}
