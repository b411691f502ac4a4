//go:build linux

package stdlib

import "syscall"

// statTimes returns the access, modification and change times of a stat.
func statTimes(st *syscall.Stat_t) (a, m, c syscall.Timespec) { return st.Atim, st.Mtim, st.Ctim }

func dup2(fd, fd2 int) error { return syscall.Dup3(fd, fd2, 0) }

// unameFields is uname(2): sysname, nodename, release, version, machine.
func unameFields() ([5]string, error) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return [5]string{}, err
	}
	str := func(f [65]int8) string {
		b := make([]byte, 0, len(f))
		for _, c := range f {
			if c == 0 {
				break
			}
			b = append(b, byte(c))
		}
		return string(b)
	}
	return [5]string{str(u.Sysname), str(u.Nodename), str(u.Release), str(u.Version), str(u.Machine)}, nil
}

// processTimes is times(2) in seconds: user, system, children's user and
// system, elapsed real time.
func processTimes() ([5]float64, error) {
	var t syscall.Tms
	ticks, err := syscall.Times(&t)
	if err != nil {
		return [5]float64{}, err
	}
	const hz = 100.0
	return [5]float64{float64(t.Utime) / hz, float64(t.Stime) / hz, float64(t.Cutime) / hz, float64(t.Cstime) / hz,
		float64(ticks) / hz}, nil
}

// statvfsOf is statvfs(2)/fstatvfs(2) in os.statvfs_result order.
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
	fsid := uint64(uint32(s.Fsid.X__val[0])) | uint64(uint32(s.Fsid.X__val[1]))<<32
	return [11]uint64{uint64(s.Bsize), uint64(s.Frsize), s.Blocks, s.Bfree, s.Bavail, s.Files, s.Ffree, s.Ffree,
		uint64(s.Flags) &^ 0x20, uint64(s.Namelen), fsid}, nil
}
