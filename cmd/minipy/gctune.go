package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
)

// Go's collector only returns the memory of objects that reference counting
// has already freed, so what matters is how much garbage may pile up between
// collections and how soon freed pages go back to the system. A fixed GOGC
// fits neither small heaps (most programs: frequent collections for little
// memory) nor large ones (garbage grows with the heap, and freed spans stay
// resident). After every collection the tuner gives the heap an allowance
// of garbage of gcMinHeadroom plus gcHeadroomPct percent of the live heap,
// as the GC percentage, and sets Go's memory limit to the process's present
// footprint plus that allowance, which also makes the scavenger hand freed
// pages back promptly. The allowance is small: peak memory within 1.5 times
// CPython's costs collections (see doc/performance.md). GOGC or GOMEMLIMIT
// in the environment turn the tuner off.
var (
	gcMinHeadroom int64 = 5 << 19
	gcHeadroomPct int64 = 5
	gcLimitSlack  int64 = 0
)

func startGCTuner() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if v := os.Getenv("MINIPY_GCTRACE"); v != "" {
		gcTrace, _ = strconv.ParseBool(v)
	}
	// MINIPY_GCTUNE=min-MiB,pct,slack-MiB overrides the parameters.
	if v := os.Getenv("MINIPY_GCTUNE"); v != "" {
		p := strings.Split(v, ",")
		if len(p) == 3 {
			a, _ := strconv.ParseInt(p[0], 10, 64)
			b, _ := strconv.ParseInt(p[1], 10, 64)
			c, _ := strconv.ParseInt(p[2], 10, 64)
			gcMinHeadroom, gcHeadroomPct, gcLimitSlack = a<<20, b, c<<20
		}
	}
	tuneGC()
	armGCTuner()
}

var (
	gcSamples = []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
	}
	gcPercent = -2
	gcTrace   bool
)

// sentinel's finaliser runs once after each collection and re-arms itself.
type sentinel struct{ _ [16]byte }

func armGCTuner() {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		tuneGC()
		armGCTuner()
	})
}

func tuneGC() {
	metrics.Read(gcSamples)
	v := func(i int) int64 { return int64(gcSamples[i].Value.Uint64()) }
	live := v(0)
	// What Go holds besides the heap's spans: GC metadata, stacks, ...
	other := v(1) - v(2) - v(3) - v(4) - v(5)
	// Go's heap goal is never below 4 MiB times the percentage (which also
	// sets the first collection's point): count small heaps as 4 MiB.
	if live < 4<<20 {
		live = 4 << 20
	}
	head := gcMinHeadroom + live*gcHeadroomPct/100
	pct := int(head * 100 / live)
	if pct != gcPercent {
		gcPercent = pct
		debug.SetGCPercent(pct)
	}
	// The limit lets the process grow by the allowance beyond what it holds
	// now (fragmentation included): set below that, it would make the
	// collector run back to back.
	limit := max(live+head+other, v(1)-v(2)+head) + gcLimitSlack
	if limit < 0 {
		limit = math.MaxInt64
	}
	debug.SetMemoryLimit(limit)
	if gcTrace {
		println("gctune: live", live>>10, "KiB, GOGC", pct, "limit", limit>>10, "KiB")
	}
}

// reportMemory prints the Go runtime's memory classes (MINIPY_GCTRACE=1).
func reportMemory() {
	if !gcTrace {
		return
	}
	var all []metrics.Sample
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/memory/classes/") {
			all = append(all, metrics.Sample{Name: d.Name})
		}
	}
	metrics.Read(all)
	for _, s := range all {
		println(s.Name, s.Value.Uint64()>>10, "KiB")
	}
}
