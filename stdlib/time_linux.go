//go:build linux

package stdlib

import (
	"syscall"
	"unsafe"
)

// clockGettime reads a POSIX clock (clock_gettime(2)) in nanoseconds.
func clockGettime(id int) (int64, error) {
	var t syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&t)), 0)
	if e != 0 {
		return 0, e
	}
	return t.Nano(), nil
}

const (
	clockProcessCPUTime = 2
	clockThreadCPUTime  = 3
)

func processTimeNs() int64 {
	ns, err := clockGettime(clockProcessCPUTime)
	if err != nil {
		return rusageNs()
	}
	return ns
}

// threadTimeNs is the CPU time of the calling OS thread; each Python thread
// runs locked to its own OS thread.
func threadTimeNs() int64 {
	ns, err := clockGettime(clockThreadCPUTime)
	if err != nil {
		return rusageNs()
	}
	return ns
}

func rusageNs() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
