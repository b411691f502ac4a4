//go:build !linux

package stdlib

import "syscall"

// errnoNames are the POSIX errno constants available on every platform.
var errnoNames = []struct {
	name  string
	value syscall.Errno
}{
	{"E2BIG", syscall.E2BIG}, {"EACCES", syscall.EACCES}, {"EADDRINUSE", syscall.EADDRINUSE},
	{"EADDRNOTAVAIL", syscall.EADDRNOTAVAIL}, {"EAGAIN", syscall.EAGAIN}, {"EALREADY", syscall.EALREADY},
	{"EBADF", syscall.EBADF}, {"EBUSY", syscall.EBUSY}, {"ECHILD", syscall.ECHILD},
	{"ECONNABORTED", syscall.ECONNABORTED}, {"ECONNREFUSED", syscall.ECONNREFUSED},
	{"ECONNRESET", syscall.ECONNRESET}, {"EDEADLK", syscall.EDEADLK}, {"EDOM", syscall.EDOM},
	{"EEXIST", syscall.EEXIST}, {"EFAULT", syscall.EFAULT}, {"EFBIG", syscall.EFBIG},
	{"EHOSTUNREACH", syscall.EHOSTUNREACH}, {"EINPROGRESS", syscall.EINPROGRESS}, {"EINTR", syscall.EINTR},
	{"EINVAL", syscall.EINVAL}, {"EIO", syscall.EIO}, {"EISCONN", syscall.EISCONN}, {"EISDIR", syscall.EISDIR},
	{"ELOOP", syscall.ELOOP}, {"EMFILE", syscall.EMFILE}, {"EMLINK", syscall.EMLINK},
	{"ENAMETOOLONG", syscall.ENAMETOOLONG}, {"ENETDOWN", syscall.ENETDOWN}, {"ENETUNREACH", syscall.ENETUNREACH},
	{"ENFILE", syscall.ENFILE}, {"ENOBUFS", syscall.ENOBUFS}, {"ENODEV", syscall.ENODEV}, {"ENOENT", syscall.ENOENT},
	{"ENOEXEC", syscall.ENOEXEC}, {"ENOMEM", syscall.ENOMEM}, {"ENOSPC", syscall.ENOSPC}, {"ENOSYS", syscall.ENOSYS},
	{"ENOTCONN", syscall.ENOTCONN}, {"ENOTDIR", syscall.ENOTDIR}, {"ENOTEMPTY", syscall.ENOTEMPTY},
	{"ENOTSOCK", syscall.ENOTSOCK}, {"ENOTTY", syscall.ENOTTY}, {"ENXIO", syscall.ENXIO}, {"EPERM", syscall.EPERM},
	{"EPIPE", syscall.EPIPE}, {"ERANGE", syscall.ERANGE}, {"EROFS", syscall.EROFS}, {"ESPIPE", syscall.ESPIPE},
	{"ESRCH", syscall.ESRCH}, {"ETIMEDOUT", syscall.ETIMEDOUT}, {"EWOULDBLOCK", syscall.EWOULDBLOCK},
	{"EXDEV", syscall.EXDEV},
}
