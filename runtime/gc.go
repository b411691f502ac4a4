package runtime

import (
	"fmt"
	"os"
	"strconv"
)

// The cycle collector.
//
// Reference counting frees every object except those in reference cycles. To
// find those, containers (lists, tuples, dicts, sets, instances, functions,
// cells, bound methods, generators, exceptions) are tracked from their
// constructor until their dealloc, in one of three generations, as in
// CPython. A collection of generation k (with the younger ones merged into it)
// works out which tracked objects nothing outside the generation refers to:
//
//  1. Each object starts with its reference count; every reference from one
//     object of the generation to another (found through the types' Traverse
//     slots) is subtracted. What stays above zero is referenced from outside:
//     a frame, a Go caller, an untracked holder, an older generation.
//  2. Everything those objects reach is reachable too. The rest is garbage.
//  3. Finalisers run once (PEP 442: __del__, a suspended generator's close).
//     A finaliser may resurrect objects: the counts are taken again over the
//     garbage, and whatever is now referenced from outside survives.
//  4. Clear slots drop the survivors-to-be-freed' references, which breaks
//     the cycles; reference counting then frees them.
//
// Survivors move to the next generation. Collections run when gc.collect() is
// called and automatically: when the youngest generation holds more than
// threshold[0] objects, Track sets the eval breaker's BreakGC bit and the
// thread that holds the GIL collects at its next poll, between bytecodes
// (CPython 3.12 moved its trigger there too; 3.11 collects inside the
// allocation). Objects are touched only with the GIL held, so the collector
// is one process-wide value.
//
// Traverse must visit exactly the references an object owns: visiting one it
// does not own could free a live object. Visiting fewer is always safe (the
// unvisited object just looks referenced from outside). MINIPY_GCDEBUG=1
// reports objects whose counts go negative, the sign of such a bug.

// Layout of Header.gc.
const (
	gcGenMask    = 3 // generation 0-2; gcLimbo while a collection holds it
	gcFinalized  = 4 // the finaliser has run (it runs at most once)
	gcOwned      = 8 // an instance's attribute dict, never tracked (gc_types.go)
	gcIndexShift = 4 // index+1 in the generation's list; 0 when untracked
	gcLimbo      = 3
	// gcKeepOnUnlink are the bits that outlive tracking.
	gcKeepOnUnlink = gcFinalized | gcOwned
	gcGenerations  = 3
)

// GCStats are one generation's counters (gc.get_stats()).
type GCStats struct {
	Collections, Collected, Uncollectable int
}

type collector struct {
	gens       [gcGenerations][]Object
	count      [gcGenerations]int // count[1], count[2]: younger collections since this one's
	threshold  [gcGenerations]int
	enabled    bool
	collecting bool
	// longLivedTotal is the size of the oldest generation after the last
	// full collection; longLivedPending counts objects moved into it since.
	// A full collection waits until pending exceeds a quarter of total.
	longLivedTotal, longLivedPending int
	stats                            [gcGenerations]GCStats
	// limbo holds the garbage of the collection under way (nil where an
	// object has been freed).
	limbo []Object
	// interp is the interpreter whose eval breaker requests collections.
	interp *Interpreter
	// Callback, when set, is called before ("start") and after ("stop")
	// each collection (gc.callbacks).
	Callback func(ts *ThreadState, phase string, gen, collected, uncollectable int)
	debug    bool
}

var gcState = newCollector()

// newCollector sets CPython's thresholds. MINIPY_GCDEBUG=N (a debugging
// aid) reports objects whose traversal finds more references than their
// count, and collects the youngest generation every N new containers.
func newCollector() collector {
	c := collector{threshold: [3]int{700, 10, 10}, enabled: true}
	if v := os.Getenv("MINIPY_GCDEBUG"); v != "" {
		c.debug = true
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			c.threshold[0] = n
		}
	}
	return c
}

// BreakGC asks the thread holding the GIL to collect at its next poll.
const BreakGC uint32 = 1 << 3

// Track starts tracking the container o (in the youngest generation). The
// constructors of container types call it.
func Track(o Object) {
	h := hdr(o)
	if h.gc>>gcIndexShift != 0 {
		return
	}
	g := &gcState.gens[0]
	*g = append(*g, o)
	h.gc = h.gc&gcKeepOnUnlink | uint32(len(*g))<<gcIndexShift
	if len(*g) > gcState.threshold[0] {
		requestCollection()
	}
}

// Untrack stops tracking o (a no-op when it is not tracked).
func Untrack(o Object) {
	if h := hdr(o); h.gc>>gcIndexShift != 0 {
		untrack(o, h)
	}
}

// IsTracked reports whether the collector tracks o (gc.is_tracked).
func IsTracked(o Object) bool { return hdr(o).gc>>gcIndexShift != 0 }

func untrack(o Object, h *Header) {
	gen := h.gc & gcGenMask
	i := int(h.gc>>gcIndexShift) - 1
	h.gc &= gcKeepOnUnlink
	if gen == gcLimbo {
		gcState.limbo[i] = nil
		return
	}
	g := &gcState.gens[gen]
	last := len(*g) - 1
	if i != last {
		m := (*g)[last]
		(*g)[i] = m
		setPlace(m, int(gen), i)
	}
	(*g)[last] = nil
	*g = (*g)[:last]
}

// setPlace records that o is at index i of generation gen.
func setPlace(o Object, gen, i int) {
	h := hdr(o)
	h.gc = h.gc&gcKeepOnUnlink | uint32(i+1)<<gcIndexShift | uint32(gen)
}

// appendTo adds o to generation gen.
func (c *collector) appendTo(gen int, o Object) {
	c.gens[gen] = append(c.gens[gen], o)
	setPlace(o, gen, len(c.gens[gen])-1)
}

//go:noinline
func requestCollection() {
	c := &gcState
	if c.enabled && !c.collecting && c.threshold[0] > 0 && c.interp != nil {
		c.interp.GIL.Breaker.Or(BreakGC)
	}
}

// setInterp makes in the interpreter whose threads run automatic
// collections.
func (c *collector) setInterp(in *Interpreter) { c.interp = in }

// IsFinalized reports whether o's finaliser has run (it runs only once).
func IsFinalized(o Object) bool { return hdr(o).gc&gcFinalized != 0 }

// MarkFinalized records that o's finaliser has run.
func MarkFinalized(o Object) { hdr(o).gc |= gcFinalized }

// ---- the public face (the gc module) ----

// GCEnabled reports whether automatic collection is on; SetGCEnabled turns
// it on or off.
func GCEnabled() bool { return gcState.enabled }

// SetGCEnabled is gc.enable() / gc.disable().
func SetGCEnabled(on bool) { gcState.enabled = on }

// GCThreshold returns the three thresholds; SetGCThreshold changes them.
func GCThreshold() [3]int { return gcState.threshold }

// SetGCThreshold is gc.set_threshold.
func SetGCThreshold(t [3]int) { gcState.threshold = t }

// GCCount is gc.get_count(): the youngest generation's size and the
// younger-collection counters of the other two.
func GCCount() [3]int {
	c := &gcState
	return [3]int{len(c.gens[0]), c.count[1], c.count[2]}
}

// GCStatsAll is gc.get_stats().
func GCStatsAll() [3]GCStats { return gcState.stats }

// SetGCCallback installs the hook that reports collections to gc.callbacks.
func SetGCCallback(f func(ts *ThreadState, phase string, gen, collected, uncollectable int)) {
	gcState.Callback = f
}

// TrackedObjects returns the tracked objects of generation gen, or of all
// generations when gen < 0 (borrowed references; gc.get_objects).
func TrackedObjects(gen int) []Object {
	var out []Object
	for g := range gcState.gens {
		if gen < 0 || gen == g {
			out = append(out, gcState.gens[g]...)
		}
	}
	return out
}

// Referents calls visit on each object o refers to (gc.get_referents).
func Referents(o Object, visit func(Object)) {
	if tr := o.Type().Traverse; tr != nil && IsTracked(o) {
		tr(o, func(c Object) {
			if c != nil {
				visit(c)
			}
		})
	}
}

// Collect runs a collection of generation gen (0-2; 2 is a full
// collection) and returns how many unreachable objects it found. A
// collection already running (a finaliser calling gc.collect()) makes it
// return 0.
func Collect(ts *ThreadState, gen int) int {
	c := &gcState
	if c.collecting {
		return 0
	}
	if c.Callback != nil {
		c.collecting = true
		c.Callback(ts, "start", gen, 0, 0)
		c.collecting = false
	}
	n := c.collect(ts, gen)
	if c.Callback != nil {
		c.collecting = true
		c.Callback(ts, "stop", gen, n, 0)
		c.collecting = false
	}
	return n
}

// CollectAuto is the collection the eval breaker asked for: it picks the
// oldest generation whose threshold is exceeded, as CPython does.
func CollectAuto(ts *ThreadState) {
	c := &gcState
	if !c.enabled || c.collecting || c.threshold[0] <= 0 || len(c.gens[0]) <= c.threshold[0] {
		return
	}
	for gen := gcGenerations - 1; gen >= 0; gen-- {
		if c.countOf(gen) > c.threshold[gen] {
			// A full collection costs time proportional to everything alive:
			// do it only once a quarter of the old objects are new.
			if gen == gcGenerations-1 && c.longLivedPending < c.longLivedTotal/4 {
				continue
			}
			Collect(ts, gen)
			return
		}
	}
}

func (c *collector) countOf(gen int) int {
	if gen == 0 {
		return len(c.gens[0])
	}
	return c.count[gen]
}

func (c *collector) collect(ts *ThreadState, gen int) int {
	c.collecting = true
	defer func() { c.collecting = false }()

	// Merge the younger generations into gen.
	for g := 0; g < gen; g++ {
		for _, o := range c.gens[g] {
			c.appendTo(gen, o)
		}
		clear(c.gens[g])
		c.gens[g] = c.gens[g][:0]
	}
	if gen+1 < gcGenerations {
		c.count[gen+1]++
	}
	for g := 0; g <= gen; g++ {
		c.count[g] = 0
	}
	c.stats[gen].Collections++

	work := c.gens[gen]
	reach := c.reachable(work, uint32(gen))

	// Survivors go to the next generation (the oldest keeps its own);
	// tuples that can no longer be part of a cycle stop being tracked.
	dst := gen + 1
	if dst == gcGenerations {
		dst = gen
	}
	var garbage []Object
	var survivors []Object
	for i, o := range work {
		if !reach[i] {
			garbage = append(garbage, o)
			continue
		}
		if t, ok := o.(*Tuple); ok && !mayHoldCycle(t) {
			hdr(o).gc &= gcKeepOnUnlink
			continue
		}
		if d, ok := o.(*Dict); ok && gen == gcGenerations-1 && !dictMayHoldCycle(d) {
			hdr(o).gc &= gcKeepOnUnlink
			continue
		}
		survivors = append(survivors, o)
	}
	clear(work)
	c.gens[gen] = work[:0]
	for _, o := range survivors {
		c.appendTo(dst, o)
	}
	switch gen {
	case gcGenerations - 2:
		c.longLivedPending += len(survivors)
	case gcGenerations - 1:
		c.longLivedPending = 0
		c.longLivedTotal = len(c.gens[dst])
	}
	if len(garbage) == 0 {
		return 0
	}

	// The garbage leaves the generations for the limbo list (gc = limbo,
	// index in the list). As in CPython the collector holds no references
	// to it: an object that a finaliser or a clear frees is taken off the
	// list by its dealloc (untrack leaves nil in its place).
	c.limbo = garbage
	for i, o := range garbage {
		h := hdr(o)
		h.gc = h.gc&gcKeepOnUnlink | uint32(i+1)<<gcIndexShift | gcLimbo
	}
	// Weak references to garbage die first, so that no callback or
	// finaliser reaches garbage through them.
	if weakCount.Load() != 0 {
		c.eachLimbo(func(o Object) { clearWeakRefs(o) })
	}
	finalised := false
	c.eachLimbo(func(o Object) {
		fin := o.Type().Finalize
		if fin == nil || IsFinalized(o) {
			return
		}
		MarkFinalized(o)
		finalised = true
		Incref(o)
		fin(o)
		Decref(o)
	})
	if finalised {
		// A finaliser may have stored some garbage somewhere reachable:
		// count again, within what is left of the garbage.
		again := c.reachable(c.limbo, gcLimbo)
		for i, o := range c.limbo {
			if o != nil && again[i] {
				c.limbo[i] = nil
				hdr(o).gc &= gcKeepOnUnlink
				c.appendTo(dst, o)
			}
		}
	}
	n := 0
	for _, o := range c.limbo {
		if o != nil {
			n++
		}
	}
	// Clearing breaks the cycles: reference counting frees the objects.
	c.eachLimbo(func(o Object) {
		if cl := o.Type().Clear; cl != nil {
			Incref(o)
			cl(o)
			Decref(o)
		}
	})
	// Whatever is still alive (held by something only it referred to that
	// has no Clear) goes back to the generations; it may die later.
	c.eachLimbo(func(o Object) {
		hdr(o).gc &= gcKeepOnUnlink
		c.appendTo(dst, o)
	})
	clear(c.limbo)
	c.limbo = nil
	c.stats[gen].Collected += n
	return n
}

// eachLimbo calls f on each object still in the limbo list (f may free
// objects, which takes them off).
func (c *collector) eachLimbo(f func(Object)) {
	for i := 0; i < len(c.limbo); i++ {
		if o := c.limbo[i]; o != nil {
			f(o)
		}
	}
}

// reachable works out which of objs (nil entries aside) are referenced from
// outside objs (their count exceeds the references among objs) or reachable
// from such an object. objs is the list of generation set (or gcLimbo):
// each object's gc word gives its index.
func (c *collector) reachable(objs []Object, set uint32) []bool {
	refs := make([]int32, len(objs))
	for i, o := range objs {
		if o == nil {
			continue
		}
		rc := hdr(o).rc
		if rc >= immortalRC/2 {
			rc = immortalRC / 2
		}
		refs[i] = rc
	}
	subtract := func(ch Object) {
		if ch == nil {
			return
		}
		if g := hdr(ch).gc; g>>gcIndexShift != 0 && g&gcGenMask == set {
			refs[g>>gcIndexShift-1]--
		}
	}
	for _, o := range objs {
		if o == nil {
			continue
		}
		if tr := o.Type().Traverse; tr != nil {
			tr(o, subtract)
		}
	}
	reach := make([]bool, len(objs))
	var stack []int
	for i, r := range refs {
		if r < 0 && c.debug {
			fmt.Fprintf(os.Stderr, "gc: %s object at %p has %d more references than its count\n", objs[i].Type().Name, objs[i], -r)
		}
		if r != 0 {
			reach[i] = true
			stack = append(stack, i)
		}
	}
	mark := func(ch Object) {
		if ch == nil {
			return
		}
		if g := hdr(ch).gc; g>>gcIndexShift != 0 && g&gcGenMask == set {
			if j := int(g>>gcIndexShift) - 1; !reach[j] {
				reach[j] = true
				stack = append(stack, j)
			}
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if tr := objs[i].Type().Traverse; tr != nil {
			tr(objs[i], mark)
		}
	}
	return reach
}

// mayHoldCycle reports whether a tuple refers to any container; a tuple of
// ints and strs never can, so the collector stops tracking it (CPython's
// untrack_tuples).
func mayHoldCycle(t *Tuple) bool {
	for _, it := range t.Items {
		if it == nil || mayBeTracked(it) {
			return true
		}
	}
	return false
}
