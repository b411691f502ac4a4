package stdlib

import (
	"syscall"
	"unsafe"
)

// terminalSizeOf asks the terminal behind fd for its size (columns, lines).
func terminalSizeOf(fd int) ([2]int, error) {
	var ws struct{ row, col, xpixel, ypixel uint16 }
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if e != 0 {
		return [2]int{}, e
	}
	return [2]int{int(ws.col), int(ws.row)}, nil
}

// terminalSize reports whether fd is a terminal (nil error).
func terminalSize(fd int) error {
	_, err := terminalSizeOf(fd)
	return err
}
