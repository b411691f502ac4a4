package stdlib

import (
	"context"
	"errors"
	"io"
	"math"
	"net"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// _socket: TCP sockets over Go's net package, enough for socketserver,
// http.server and clients (socket.py wraps them). Every blocking operation
// runs with the GIL released and can be interrupted by a signal in the main
// thread; a timeout (settimeout) applies to each operation, as in CPython.

func init() { register("_socket", initSocket) }

var (
	gaierrorType = runtime.NewExceptionType("gaierror", "socket", "", runtime.OSErrorType)
	herrorType   = runtime.NewExceptionType("herror", "socket", "", runtime.OSErrorType)
	sockType     = newSockType()
)

const (
	afInet     = 2
	afInet6    = 10
	sockStream = 1
	sockDgram  = 2
)

type sockObject struct {
	runtime.Header
	family, typ, proto int
	// timeout < 0: blocking without limit.
	timeout  float64
	reuse    bool
	listener *net.TCPListener
	conn     net.Conn
	closed   bool
	fd       int
}

func (s *sockObject) Type() *runtime.Type { return sockType }

// newOSErr builds an instance of an OSError subclass with errno and text.
func newOSErr(ts *runtime.ThreadState, cls *runtime.Type, errno int, msg string) error {
	r, err := runtime.Call(ts, cls, []runtime.Object{runtime.NewInt(int64(errno)), runtime.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	return r.(*runtime.Exception)
}

// netError maps a Go network error to CPython's exception.
func netError(ts *runtime.ThreadState, err error) error {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return newOSErr(ts, gaierrorType, -2, "Name or service not known")
		}
		return newOSErr(ts, gaierrorType, -3, "Temporary failure in name resolution")
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return runtime.NewExceptionf(runtime.TimeoutErrorType, "timed out")
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return runtime.NewOSErrorFromErrno(errno, "", "")
	}
	if errors.Is(err, net.ErrClosed) {
		return runtime.NewOSErrorFromErrno(syscall.EBADF, "", "")
	}
	return runtime.NewOSErrorFromGo(err)
}

// netWait runs op with the GIL released; a signal for the main thread
// interrupts the wait (the handler may raise); op keeps running until the
// caller's cleanup (closing the connection) stops it.
func netWait(ts *runtime.ThreadState, op func()) error {
	done := make(chan struct{})
	go func() {
		defer close(done)
		op()
	}()
	return ts.BlockingWait(func(intr <-chan struct{}) bool {
		select {
		case <-done:
			return false
		case <-intr:
			return true
		}
	})
}

func (s *sockObject) deadline() time.Time {
	if s.timeout < 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
}

func sockOf(o runtime.Object) *sockObject { return runtime.Unwrap(o).(*sockObject) }

func (s *sockObject) checkOpen() error {
	if s.closed {
		return runtime.NewOSErrorFromErrno(syscall.EBADF, "", "")
	}
	return nil
}

// sockAddr parses an (host, port) address.
func sockAddr(ts *runtime.ThreadState, fname string, o runtime.Object) (string, error) {
	t, ok := o.(*runtime.Tuple)
	if !ok || len(t.Items) < 2 {
		return "", runtime.NewTypeError("%s(): AF_INET address must be tuple, not %s", fname, runtime.TypeName(o))
	}
	host, ok := asStr(t.Items[0])
	if !ok {
		if b, ok := runtime.BytesData(t.Items[0]); ok {
			host = string(b)
		} else {
			return "", runtime.NewTypeError("str, bytes or bytearray expected, not %s", runtime.TypeName(t.Items[0]))
		}
	}
	port, err := runtime.AsSsize(ts, t.Items[1])
	if err != nil {
		return "", err
	}
	if port < 0 || port > 65535 {
		return "", runtime.NewOverflowError("%s(): port must be 0-65535.", fname)
	}
	switch host {
	case "":
		host = "0.0.0.0"
	case "<broadcast>":
		host = "255.255.255.255"
	}
	return net.JoinHostPort(host, strconv.Itoa(port)), nil
}

func addrTuple(a net.Addr) runtime.Object {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return tupleOf(runtime.NewStr(a.String()), runtime.NewInt(0))
	}
	p, _ := strconv.Atoi(port)
	return tupleOf(runtime.NewStr(host), runtime.NewInt(int64(p)))
}

func newSockType() *runtime.Type {
	t := newType("_socket", "socket", nil)
	t.New = func(ts *runtime.ThreadState, _ *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var famObj, typObj, protoObj, filenoObj runtime.Object
		if err := runtime.UnpackArgs(ts, "socket", args, kwnames, "family?", &famObj, "type?", &typObj, "proto?", &protoObj, "fileno?", &filenoObj); err != nil {
			return nil, err
		}
		s := &sockObject{family: afInet, typ: sockStream, timeout: -1, fd: -1}
		for _, p := range []struct {
			o   runtime.Object
			dst *int
		}{{famObj, &s.family}, {typObj, &s.typ}, {protoObj, &s.proto}} {
			if !isNone(p.o) {
				v, err := runtime.AsSsize(ts, p.o)
				if err != nil {
					return nil, err
				}
				if v >= 0 {
					*p.dst = v
				}
			}
		}
		if s.typ != sockStream || (s.family != afInet && s.family != afInet6) {
			return nil, runtime.NewOSErrorFromErrno(syscall.EAFNOSUPPORT, "", "")
		}
		s.timeout = defaultTimeout
		return newObject(s), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	t.Dealloc = func(o runtime.Object) { o.(*sockObject).close() }
	addMethods(t, []method{
		{name: "bind", fn: sockBind},
		{name: "listen", fn: sockListen},
		{name: "accept", fn: sockAccept},
		{name: "connect", fn: sockConnect},
		{name: "connect_ex", fn: sockConnectEx},
		{name: "recv", fn: sockRecv},
		{name: "send", fn: sockSend},
		{name: "sendall", fn: sockSendall},
		{name: "close", fn: sockClose},
		{name: "detach", fn: sockClose},
		{name: "shutdown", fn: sockShutdown},
		{name: "settimeout", fn: sockSettimeout},
		{name: "gettimeout", fn: sockGettimeout},
		{name: "setblocking", fn: sockSetblocking},
		{name: "getblocking", fn: sockGetblocking},
		{name: "setsockopt", fn: sockSetsockopt},
		{name: "getsockopt", fn: sockGetsockopt},
		{name: "getsockname", fn: sockGetsockname},
		{name: "getpeername", fn: sockGetpeername},
		{name: "fileno", fn: sockFileno},
	})
	addGetters(t, []getter{
		{name: "family", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(sockOf(self).family)), nil
		}},
		{name: "type", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(sockOf(self).typ)), nil
		}},
		{name: "proto", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(sockOf(self).proto)), nil
		}},
		{name: "timeout", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return timeoutObj(sockOf(self).timeout), nil
		}},
	})
	return t.Ready()
}

// defaultTimeout is socket.setdefaulttimeout's value (< 0: None).
var defaultTimeout = -1.0

func timeoutObj(t float64) runtime.Object {
	if t < 0 {
		return runtime.None
	}
	return runtime.NewFloat(t)
}

func parseTimeout(ts *runtime.ThreadState, o runtime.Object) (float64, error) {
	if isNone(o) {
		return -1, nil
	}
	f, err := runtime.AsFloat(ts, o)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		return 0, runtime.NewValueError("Timeout value out of range")
	}
	if math.IsNaN(f) {
		return 0, runtime.NewValueError("Invalid value NaN (not a number)")
	}
	return f, nil
}

func (s *sockObject) close() {
	s.closed = true
	if s.listener != nil {
		s.listener.Close()
		s.listener = nil
	}
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
}

func sockBind(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("bind", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	s := sockOf(self)
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	addr, err := sockAddr(ts, "bind", args[0])
	if err != nil {
		return nil, err
	}
	if s.listener != nil {
		return nil, runtime.NewOSErrorFromErrno(syscall.EINVAL, "", "")
	}
	// The socket listens from bind() on (Go has no bound-but-not-listening
	// TCP socket); listen() only checks.
	lc := net.ListenConfig{Control: func(network, address string, c syscall.RawConn) error {
		if !s.reuse {
			return nil
		}
		var serr error
		c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
		})
		return serr
	}}
	network := "tcp4"
	if s.family == afInet6 {
		network = "tcp6"
	}
	var l net.Listener
	var lerr error
	if err := netWait(ts, func() { l, lerr = lc.Listen(context.Background(), network, addr) }); err != nil {
		return nil, err
	}
	if lerr != nil {
		return nil, netError(ts, lerr)
	}
	s.listener = l.(*net.TCPListener)
	return runtime.None, nil
}

func sockListen(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("listen", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	s := sockOf(self)
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	if s.listener == nil {
		// listen() without bind(): an ephemeral port, as the kernel does.
		if _, err := sockBind(ts, self, []runtime.Object{tupleOf(runtime.NewStr(""), runtime.NewInt(0))}, nil); err != nil {
			return nil, err
		}
	}
	return runtime.None, nil
}

func sockAccept(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("accept", args, kwnames); err != nil {
		return nil, err
	}
	s := sockOf(self)
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	l := s.listener
	if l == nil {
		return nil, runtime.NewOSErrorFromErrno(syscall.EINVAL, "", "")
	}
	var c net.Conn
	var aerr error
	if s.timeout == 0 {
		l.SetDeadline(time.Now())
	} else {
		l.SetDeadline(s.deadline())
	}
	err := netWait(ts, func() { c, aerr = l.Accept() })
	if err != nil {
		l.SetDeadline(time.Now())
		return nil, err
	}
	if aerr != nil {
		if s.timeout == 0 && errors.Is(aerr, os.ErrDeadlineExceeded) {
			return nil, runtime.NewOSErrorFromErrno(syscall.EAGAIN, "", "")
		}
		return nil, netError(ts, aerr)
	}
	ns := newObject(&sockObject{family: s.family, typ: s.typ, proto: s.proto, timeout: defaultTimeout, conn: c, fd: -1})
	return tupleOf(ns, addrTuple(c.RemoteAddr())), nil
}

func (s *sockObject) connect(ts *runtime.ThreadState, addrObj runtime.Object) error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	if s.conn != nil {
		return runtime.NewOSErrorFromErrno(syscall.EISCONN, "", "")
	}
	addr, err := sockAddr(ts, "connect", addrObj)
	if err != nil {
		return err
	}
	d := net.Dialer{Deadline: s.deadline()}
	network := "tcp4"
	if s.family == afInet6 {
		network = "tcp6"
	}
	var c net.Conn
	var derr error
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := netWait(ts, func() { c, derr = d.DialContext(ctx, network, addr) }); err != nil {
		cancel()
		return err
	}
	if derr != nil {
		return netError(ts, derr)
	}
	s.conn = c
	return nil
}

func sockConnect(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("connect", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if err := sockOf(self).connect(ts, args[0]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func sockConnectEx(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("connect_ex", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	err := sockOf(self).connect(ts, args[0])
	if err == nil {
		return runtime.NewInt(0), nil
	}
	if e, ok := err.(*runtime.Exception); ok && e.IsInstance(runtime.OSErrorType) && !e.IsInstance(gaierrorType) {
		if e.Args != nil && len(e.Args.Items) > 0 {
			if eno, ok := e.Args.Items[0].(*runtime.Int); ok {
				runtime.Incref(eno)
				runtime.Decref(e)
				return eno, nil
			}
		}
	}
	return nil, err
}

func (s *sockObject) connOrErr() (net.Conn, error) {
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	if s.conn == nil {
		return nil, runtime.NewOSErrorFromErrno(syscall.ENOTCONN, "", "")
	}
	return s.conn, nil
}

func sockRecv(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("recv", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	n, err := runtime.AsSsize(ts, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, runtime.NewValueError("negative buffersize in recv")
	}
	s := sockOf(self)
	c, err := s.connOrErr()
	if err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	var got int
	var rerr error
	c.SetReadDeadline(s.deadline())
	if err := netWait(ts, func() { got, rerr = c.Read(buf) }); err != nil {
		c.SetReadDeadline(time.Now())
		return nil, err
	}
	if rerr != nil && got == 0 {
		if errors.Is(rerr, io.EOF) {
			return runtime.NewBytes(nil), nil
		}
		return nil, netError(ts, rerr)
	}
	return runtime.NewBytes(buf[:got]), nil
}

func sockWrite(ts *runtime.ThreadState, self runtime.Object, fname string, args []runtime.Object, kwnames []string) (int, error) {
	if err := posArgs(fname, args, kwnames, 1, 2); err != nil {
		return 0, err
	}
	data, ok := runtime.BytesData(args[0])
	if !ok {
		return 0, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.TypeName(args[0]))
	}
	s := sockOf(self)
	c, err := s.connOrErr()
	if err != nil {
		return 0, err
	}
	buf := append([]byte(nil), data...)
	var n int
	var werr error
	c.SetWriteDeadline(s.deadline())
	if err := netWait(ts, func() { n, werr = c.Write(buf) }); err != nil {
		c.SetWriteDeadline(time.Now())
		return 0, err
	}
	if werr != nil {
		return n, netError(ts, werr)
	}
	return n, nil
}

func sockSend(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	n, err := sockWrite(ts, self, "send", args, kwnames)
	if err != nil {
		return nil, err
	}
	return runtime.NewInt(int64(n)), nil
}

func sockSendall(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if _, err := sockWrite(ts, self, "sendall", args, kwnames); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func sockClose(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	sockOf(self).close()
	return runtime.None, nil
}

func sockShutdown(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("shutdown", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	how, err := runtime.AsSsize(ts, args[0])
	if err != nil {
		return nil, err
	}
	s := sockOf(self)
	if s.listener != nil {
		return runtime.None, nil
	}
	c, err := s.connOrErr()
	if err != nil {
		return nil, err
	}
	if tc, ok := c.(*net.TCPConn); ok {
		switch how {
		case 0:
			tc.CloseRead()
		case 1:
			tc.CloseWrite()
		default:
			tc.CloseRead()
			tc.CloseWrite()
		}
	}
	return runtime.None, nil
}

func sockSettimeout(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("settimeout", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	t, err := parseTimeout(ts, args[0])
	if err != nil {
		return nil, err
	}
	sockOf(self).timeout = t
	return runtime.None, nil
}

func sockGettimeout(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return timeoutObj(sockOf(self).timeout), nil
}

func sockSetblocking(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("setblocking", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	b, err := runtime.Truth(ts, args[0])
	if err != nil {
		return nil, err
	}
	if b {
		sockOf(self).timeout = -1
	} else {
		sockOf(self).timeout = 0
	}
	return runtime.None, nil
}

func sockGetblocking(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	return runtime.NewBool(sockOf(self).timeout != 0), nil
}

func sockSetsockopt(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("setsockopt", args, kwnames, 3, 4); err != nil {
		return nil, err
	}
	opt, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	if opt == syscall.SO_REUSEADDR {
		v, err := runtime.Truth(ts, args[2])
		if err != nil {
			return nil, err
		}
		sockOf(self).reuse = v
	}
	return runtime.None, nil
}

func sockGetsockopt(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("getsockopt", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	opt, err := runtime.AsSsize(ts, args[1])
	if err != nil {
		return nil, err
	}
	if opt == syscall.SO_REUSEADDR && sockOf(self).reuse {
		return runtime.NewInt(1), nil
	}
	return runtime.NewInt(0), nil
}

func sockGetsockname(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	s := sockOf(self)
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	switch {
	case s.listener != nil:
		return addrTuple(s.listener.Addr()), nil
	case s.conn != nil:
		return addrTuple(s.conn.LocalAddr()), nil
	}
	return tupleOf(runtime.NewStr("0.0.0.0"), runtime.NewInt(0)), nil
}

func sockGetpeername(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	c, err := sockOf(self).connOrErr()
	if err != nil {
		return nil, err
	}
	return addrTuple(c.RemoteAddr()), nil
}

// sockFileno returns the descriptor; the Go connection keeps ownership.
func sockFileno(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	s := sockOf(self)
	if s.closed {
		return runtime.NewInt(-1), nil
	}
	var sc syscall.Conn
	switch {
	case s.listener != nil:
		sc = s.listener
	case s.conn != nil:
		if c, ok := s.conn.(syscall.Conn); ok {
			sc = c
		}
	}
	fd := -1
	if sc != nil {
		if rc, err := sc.SyscallConn(); err == nil {
			rc.Control(func(f uintptr) { fd = int(f) })
		}
	}
	return runtime.NewInt(int64(fd)), nil
}

func initSocket(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_socket")
	m.Set("socket", sockType)
	m.Set("SocketType", sockType)
	m.Set("error", runtime.OSErrorType)
	m.Set("timeout", runtime.TimeoutErrorType)
	m.Set("gaierror", gaierrorType)
	m.Set("herror", herrorType)
	addInts(m, []string{"AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
		"SOL_SOCKET", "SO_REUSEADDR", "SO_KEEPALIVE", "SO_BROADCAST", "SO_RCVBUF", "SO_SNDBUF",
		"IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_IP", "TCP_NODELAY", "SHUT_RD", "SHUT_WR", "SHUT_RDWR",
		"SOMAXCONN", "AI_PASSIVE", "EAI_NONAME", "EAI_AGAIN"},
		[]int64{afInet, afInet6, 1, 0, sockStream, sockDgram, 3, syscall.SOL_SOCKET, syscall.SO_REUSEADDR,
			syscall.SO_KEEPALIVE, syscall.SO_BROADCAST, syscall.SO_RCVBUF, syscall.SO_SNDBUF, 6, 17, 0, 1, 0, 1, 2,
			4096, 1, -2, -3})
	addFuncs(m, []funcDef{
		{"gethostname", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			h, err := os.Hostname()
			if err != nil {
				return nil, osError(err, nil, nil)
			}
			return runtime.NewStr(h), nil
		}},
		{"gethostbyname", socketGethostbyname},
		{"getdefaulttimeout", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			return timeoutObj(defaultTimeout), nil
		}},
		{"setdefaulttimeout", func(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs("setdefaulttimeout", args, kwnames, 1, 1); err != nil {
				return nil, err
			}
			t, err := parseTimeout(ts, args[0])
			if err != nil {
				return nil, err
			}
			defaultTimeout = t
			return runtime.None, nil
		}},
	})
	return m, nil
}

func socketGethostbyname(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("gethostbyname", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	host, err := argStr("gethostbyname", "host", args[0])
	if err != nil {
		return nil, err
	}
	if host == "" {
		return runtime.NewStr("0.0.0.0"), nil
	}
	var ips []net.IP
	var lerr error
	if err := netWait(ts, func() { ips, lerr = net.LookupIP(host) }); err != nil {
		return nil, err
	}
	if lerr != nil {
		return nil, netError(ts, lerr)
	}
	for _, ip := range ips {
		if v4 := ip.To4(); v4 != nil {
			return runtime.NewStr(v4.String()), nil
		}
	}
	return nil, newOSErr(ts, gaierrorType, -2, "Name or service not known")
}
