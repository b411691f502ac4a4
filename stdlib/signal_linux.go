//go:build linux

package stdlib

import (
	"strconv"
	"syscall"
	"unsafe"
)

// signalNames are the signal module's constants, Linux values, in CPython's
// order.
var signalNames = []struct {
	name string
	num  int
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGIOT", 6},
	{"SIGABRT", 6}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGBUS", 7}, {"SIGSEGV", 11}, {"SIGSYS", 31},
	{"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGUSR1", 10}, {"SIGUSR2", 12},
	{"SIGCLD", 17}, {"SIGCHLD", 17}, {"SIGPWR", 30}, {"SIGIO", 29}, {"SIGURG", 23},
	{"SIGWINCH", 28}, {"SIGPOLL", 29}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGCONT", 18},
	{"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGXCPU", 24},
	{"SIGXFSZ", 25}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64}, {"SIGSTKFLT", 16},
}

// glibc's strsignal texts.
var signalTexts = [...]string{
	1: "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted",
	"Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
	"User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
	"Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
	"Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
	"File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
	"Window changed", "I/O possible", "Power failure", "Bad system call",
}

// strsignal is "" where CPython's strsignal returns None.
func strsignal(n int) string {
	switch {
	case n > 0 && n < len(signalTexts):
		return signalTexts[n]
	case n >= 34 && n <= 64:
		return "Real-time signal " + strconv.Itoa(n-34)
	}
	return ""
}

// validSignal: glibc reserves 32 and 33 for its threads.
func validSignal(n int) bool { return n >= 1 && n < 65 && n != 32 && n != 33 }

type itimerval struct {
	interval, value syscall.Timeval
}

func tvSeconds(tv syscall.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }

func secondsTV(s float64) syscall.Timeval {
	sec := int64(s)
	usec := int64((s - float64(sec)) * 1e6)
	if s > 0 && sec == 0 && usec == 0 {
		usec = 1
	}
	return syscall.Timeval{Sec: sec, Usec: usec}
}

// setitimer arms an interval timer (ITIMER_REAL sends SIGALRM) and returns
// the old value and interval.
func setitimer(which int, value, interval float64) (float64, float64, error) {
	nv := itimerval{interval: secondsTV(interval), value: secondsTV(value)}
	var old itimerval
	_, _, e := syscall.RawSyscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(&nv)), uintptr(unsafe.Pointer(&old)))
	if e != 0 {
		return 0, 0, e
	}
	return tvSeconds(old.value), tvSeconds(old.interval), nil
}

func getitimer(which int) (float64, float64, error) {
	var cur itimerval
	_, _, e := syscall.RawSyscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&cur)), 0)
	if e != 0 {
		return 0, 0, e
	}
	return tvSeconds(cur.value), tvSeconds(cur.interval), nil
}

func tgkill(pid, tid, sig int) error { return syscall.Tgkill(pid, tid, syscall.Signal(sig)) }

// kernelSigaction is the kernel's struct sigaction on amd64 and arm64.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// osDefaultAction makes the process take signal sig's OS default action
// (for most signals: die of it), bypassing Go's runtime, which ignores
// signals such as SIGUSR1 or SIGALRM that nobody asked to be notified of.
func osDefaultAction(sig int) {
	var sa kernelSigaction // SIG_DFL
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
	mask := uint64(1) << (uint(sig) - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&mask)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), syscall.Signal(sig))
}
