package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
)

// Go's collector only returns the memory of objects that reference counting
// has already freed, so what matters is how much garbage may pile up between
// collections. A fixed GOGC is a poor fit: small heaps (most programs) collect
// very often for little memory, large heaps let garbage grow with them. The
// tuner gives the heap an allowance of gcMinHeadroom bytes of garbage, or
// gcHeadroomPct percent of the live heap when that is larger, re-deriving the
// GC percentage after every collection. GOGC in the environment turns it off.
const (
	gcMinHeadroom = 6 << 20
	gcHeadroomPct = 25
)

func startGCTuner() {
	if os.Getenv("GOGC") != "" {
		return
	}
	if v := os.Getenv("MINIPY_GCTRACE"); v != "" {
		gcTrace, _ = strconv.ParseBool(v)
	}
	tuneGC()
	armGCTuner()
}

var (
	gcSample  = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
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

// reportMemory prints the Go runtime's memory classes (MINIPY_GCTRACE=1).
func reportMemory() {
	if !gcTrace {
		return
	}
	var all []metrics.Sample
	for _, d := range metrics.All() {
		if len(d.Name) > 16 && d.Name[:16] == "/memory/classes/" {
			all = append(all, metrics.Sample{Name: d.Name})
		}
	}
	metrics.Read(all)
	for _, s := range all {
		println(s.Name, s.Value.Uint64()>>10, "KiB")
	}
}

func tuneGC() {
	metrics.Read(gcSample)
	live := int64(gcSample[0].Value.Uint64())
	// Go's heap goal is never below 4 MiB times the percentage (which also
	// sets the first collection's point): count small heaps as 4 MiB.
	if live < 4<<20 {
		live = 4 << 20
	}
	head := max(int64(gcMinHeadroom), live*gcHeadroomPct/100)
	pct := int(head * 100 / live)
	if pct != gcPercent {
		gcPercent = pct
		debug.SetGCPercent(pct)
	}
	if gcTrace {
		println("gctune: live", live>>10, "KiB, GOGC", pct)
	}
}
