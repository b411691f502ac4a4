//go:build !linux

package stdlib

import (
	"syscall"
	"time"
)

// clockGettime supports the realtime and monotonic clocks off Linux.
func clockGettime(id int) (int64, error) {
	switch id {
	case 0:
		return time.Now().UnixNano(), nil
	case 1, 4:
		return monotonicNs(), nil
	case 2, 3:
		return rusageNs(), nil
	}
	return 0, syscall.EINVAL
}

func processTimeNs() int64 { return rusageNs() }
func threadTimeNs() int64  { return rusageNs() }

func rusageNs() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
