//go:build !linux

package stdlib

import (
	"syscall"
)

// signalNames are the signal module's constants on other Unixes.
var signalNames = []struct {
	name string
	num  int
}{
	{"SIGHUP", int(syscall.SIGHUP)}, {"SIGINT", int(syscall.SIGINT)}, {"SIGQUIT", int(syscall.SIGQUIT)},
	{"SIGILL", int(syscall.SIGILL)}, {"SIGTRAP", int(syscall.SIGTRAP)}, {"SIGIOT", int(syscall.SIGIOT)},
	{"SIGABRT", int(syscall.SIGABRT)}, {"SIGFPE", int(syscall.SIGFPE)}, {"SIGKILL", int(syscall.SIGKILL)},
	{"SIGBUS", int(syscall.SIGBUS)}, {"SIGSEGV", int(syscall.SIGSEGV)}, {"SIGSYS", int(syscall.SIGSYS)},
	{"SIGPIPE", int(syscall.SIGPIPE)}, {"SIGALRM", int(syscall.SIGALRM)}, {"SIGTERM", int(syscall.SIGTERM)},
	{"SIGUSR1", int(syscall.SIGUSR1)}, {"SIGUSR2", int(syscall.SIGUSR2)}, {"SIGCHLD", int(syscall.SIGCHLD)},
	{"SIGIO", int(syscall.SIGIO)}, {"SIGURG", int(syscall.SIGURG)}, {"SIGWINCH", int(syscall.SIGWINCH)},
	{"SIGSTOP", int(syscall.SIGSTOP)}, {"SIGTSTP", int(syscall.SIGTSTP)}, {"SIGCONT", int(syscall.SIGCONT)},
	{"SIGTTIN", int(syscall.SIGTTIN)}, {"SIGTTOU", int(syscall.SIGTTOU)}, {"SIGVTALRM", int(syscall.SIGVTALRM)},
	{"SIGPROF", int(syscall.SIGPROF)}, {"SIGXCPU", int(syscall.SIGXCPU)}, {"SIGXFSZ", int(syscall.SIGXFSZ)},
}

func strsignal(n int) string {
	if n > 0 && n < 32 {
		return syscall.Signal(n).String()
	}
	return ""
}

func validSignal(n int) bool { return n >= 1 && n < 32 }

func setitimer(which int, value, interval float64) (float64, float64, error) {
	return 0, 0, syscall.ENOSYS
}

func getitimer(which int) (float64, float64, error) { return 0, 0, syscall.ENOSYS }

func tgkill(pid, tid, sig int) error { return syscall.Kill(pid, syscall.Signal(sig)) }

func osDefaultAction(sig int) {}
