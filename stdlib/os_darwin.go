//go:build darwin

package stdlib

import (
	"syscall"
	"time"
)

// statTimes returns the access, modification and change times of a stat.
func statTimes(st *syscall.Stat_t) (a, m, c syscall.Timespec) {
	return st.Atimespec, st.Mtimespec, st.Ctimespec
}

func dup2(fd, fd2 int) error { return syscall.Dup2(fd, fd2) }

func unameFields() ([5]string, error) { return [5]string{}, syscall.ENOSYS }

func processTimes() ([5]float64, error) {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	sec := func(t syscall.Timeval) float64 { return float64(t.Nano()) / 1e9 }
	return [5]float64{sec(self.Utime), sec(self.Stime), sec(children.Utime), sec(children.Stime),
		float64(time.Now().UnixNano()) / 1e9}, nil
}

// statvfsOf is statvfs(3) in os.statvfs_result order.
func statvfsOf(path string, fd int) ([11]uint64, error) {
	var s syscall.Statfs_t
	var err error
	if fd >= 0 {
		err = syscall.Fstatfs(fd, &s)
	} else {
		err = syscall.Statfs(path, &s)
	}
	if err != nil {
		return [11]uint64{}, err
	}
	return [11]uint64{uint64(s.Iosize), uint64(s.Bsize), s.Blocks, s.Bfree, s.Bavail, s.Files, s.Ffree, s.Ffree,
		uint64(s.Flags), 255, 0}, nil
}
