"""TCP sockets for minipy, over the built-in _socket module (Go's net
package): socket objects, makefile(), create_connection/create_server and
the exception types (gaierror, timeout = TimeoutError)."""

import _socket
from _socket import *

_GLOBAL_DEFAULT_TIMEOUT = object()

__all__ = ["socket", "create_connection", "create_server", "getfqdn",
           "gethostname", "gethostbyname", "error", "timeout", "gaierror",
           "herror", "AF_INET", "AF_INET6", "SOCK_STREAM", "SOCK_DGRAM",
           "SOL_SOCKET", "SO_REUSEADDR", "getdefaulttimeout", "setdefaulttimeout"]


class socket(object):
    """A socket: the built-in one, plus makefile and the context manager."""

    __slots__ = ["_sock", "__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None, _sock=None):
        if _sock is None:
            _sock = _socket.socket(family, type, proto)
        self._sock = _sock
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if self._closed else "", self.fileno(), self.family,
            self.type, self.proto)
        if not self._closed:
            try:
                laddr = self.getsockname()
                if laddr and laddr != ('0.0.0.0', 0):
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getattr__(self, name):
        return getattr(self._sock, name)

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def accept(self):
        sock, addr = self._sock.accept()
        return socket(_sock=sock), addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        for c in mode:
            if c not in {"r", "w", "b"}:
                raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        f = SocketIO(self, mode.replace('b', ''))
        if 'b' in mode:
            return f
        return _TextSocketFile(f, encoding or 'utf-8', errors or 'strict')

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._sock.close()

    def detach(self):
        self._closed = True
        return self._sock.detach()


class SocketIO(object):
    """The file of makefile(): buffered reads over recv, writes with
    sendall."""

    def __init__(self, sock, mode):
        self._sock = sock
        self.mode = mode + 'b'
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._buf = b''
        self._eof = False
        self.closed = False

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b''
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check_closed()
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        while True:
            i = self._buf.find(b'\n')
            if i >= 0:
                end = i + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check_closed()
        self._sock.sendall(b)
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        if self.closed:
            return
        self.closed = True
        self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _TextSocketFile(object):
    def __init__(self, raw, encoding, errors):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors

    def read(self, size=-1):
        return self.buffer.read(size).decode(self.encoding, self.errors)

    def readline(self, size=-1):
        return self.buffer.readline(size).decode(self.encoding, self.errors)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        pass

    @property
    def closed(self):
        return self.buffer.closed

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def getfqdn(name=''):
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    if name in ('127.0.0.1', '::1'):
        return 'localhost'
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects to (host, port) and returns the socket."""
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        sock.connect(address)
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def has_dualstack_ipv6():
    return False
