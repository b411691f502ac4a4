"""TCP transports and servers for minipy's event loop.

minipy's loop has no selector: it sleeps on a queue that other threads
feed (call_soon_threadsafe). So each connection gets two small daemon
threads doing blocking socket calls with the GIL released: a reader that
hands every chunk it receives to the loop, and a writer that sends what
write() queued, in order. A server gets an accepting thread per listening
socket. Protocol callbacks (connection_made, data_received, eof_received,
pause_writing/resume_writing, connection_lost) always run in the loop's
thread, as with CPython's selector transports.
"""

import socket
import threading
from queue import SimpleQueue

from . import exceptions
from . import transports

__all__ = ('Server',)

_EOF = object()          # writer queue: shut down the sending side
_STOP = object()         # writer queue: everything before it is sent; stop
_HIGH_WATER = 64 * 1024


def _hand_to_loop(loop, callback, *args):
    """call_soon_threadsafe from a worker thread; a closed loop drops it."""
    try:
        loop.call_soon_threadsafe(callback, *args)
    except RuntimeError:
        pass


def _shutdown(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


class _SocketTransport(transports.Transport):

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = sock
        for key, method in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key not in self._extra:
                try:
                    self._extra[key] = method()
                except OSError:
                    self._extra[key] = None
        self._loop = loop
        self._sock = sock
        self._protocol = protocol
        self._server = server
        self._closing = False       # close() or abort() called, or a fatal error
        self._conn_lost = False     # connection_lost is scheduled
        self._eof_written = False
        self._aborted = False
        self._can_read = threading.Event()
        self._can_read.set()
        self._outgoing = SimpleQueue()
        self._pending = 0           # bytes queued for the writer, not yet sent
        self._pending_lock = threading.Lock()
        self._protocol_paused = False
        self.set_write_buffer_limits()
        if server is not None:
            server._attach()
        for target, kind in ((self._read_loop, 'reader'), (self._write_loop, 'writer')):
            threading.Thread(target=target, name='asyncio-%s-%d' % (kind, sock.fileno()),
                             daemon=True).start()

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return '<_SocketTransport fd=%d%s>' % (self._sock.fileno(), state)

    # -- worker threads

    def _read_loop(self):
        while True:
            self._can_read.wait()
            if self._closing:
                return
            try:
                data = self._sock.recv(self.max_size)
            except OSError as exc:
                if not self._closing:
                    _hand_to_loop(self._loop, self._fatal_error, exc)
                return
            if not data:
                _hand_to_loop(self._loop, self._eof_received)
                return
            _hand_to_loop(self._loop, self._data_received, data)

    def _write_loop(self):
        while True:
            item = self._outgoing.get()
            if item is _STOP:
                _hand_to_loop(self._loop, self._finish_close, None)
                return
            if item is _EOF:
                try:
                    self._sock.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                continue
            try:
                if not self._aborted:
                    self._sock.sendall(item)
            except OSError as exc:
                _hand_to_loop(self._loop, self._fatal_error, exc)
                return
            finally:
                with self._pending_lock:
                    self._pending -= len(item)
            _hand_to_loop(self._loop, self._maybe_resume_protocol)

    # -- loop-side callbacks

    def _data_received(self, data):
        if not self._closing:
            self._protocol.data_received(data)

    def _eof_received(self):
        if self._closing:
            return
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def _fatal_error(self, exc):
        if self._conn_lost:
            return
        self._closing = True
        self._can_read.set()
        _shutdown(self._sock)
        self._outgoing.put(_STOP)
        self._lose_connection(exc)

    def _finish_close(self, exc):
        if self._conn_lost:
            return
        _shutdown(self._sock)
        self._lose_connection(exc)

    def _lose_connection(self, exc):
        self._conn_lost = True
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._protocol = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()

    # -- the Transport interface

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and self._can_read.is_set()

    def pause_reading(self):
        self._can_read.clear()

    def resume_reading(self):
        self._can_read.set()

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._can_read.set()
        self._outgoing.put(_STOP)       # the writer sends what is queued, then we close

    def abort(self):
        if self._conn_lost:
            return
        self._closing = True
        self._aborted = True
        self._can_read.set()
        self._outgoing.put(_STOP)
        _shutdown(self._sock)
        self._loop.call_soon(self._lose_connection, None)
        self._conn_lost = True

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)) and type(data).__name__ != 'memoryview':
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        if self._eof_written:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._closing:
            return
        data = bytes(data)
        with self._pending_lock:
            self._pending += len(data)
        self._outgoing.put(data)
        self._maybe_pause_protocol()

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        self._outgoing.put(_EOF)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return self._pending

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = _HIGH_WATER if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError('high (%r) must be >= low (%r) must be >= 0' % (high, low))
        self._high_water, self._low_water = high, low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if self._protocol is None or self._protocol_paused:
            return
        if self._pending > self._high_water:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol is not None and self._protocol_paused and \
                self._pending <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()


class Server:
    """A listening server: create_server() returns it."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return '<%s sockets=%r>' % (self.__class__.__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            threading.Thread(target=self._accept_loop, args=(sock,),
                             name='asyncio-accept-%d' % sock.fileno(), daemon=True).start()

    def _accept_loop(self, sock):
        while True:
            try:
                conn, addr = sock.accept()
            except OSError:
                return                  # the listening socket was closed
            _hand_to_loop(self._loop, self._accepted, conn, addr)

    def _accepted(self, conn, addr):
        if not self._serving:
            conn.close()
            return
        protocol = self._protocol_factory()
        transport = _SocketTransport(self._loop, conn, protocol, {'peername': addr}, server=self)
        protocol.connection_made(transport)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        self._serving = False
        for sock in sockets:
            _shutdown(sock)
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError('server %r is already being awaited on serve_forever()' % self)
        if self._sockets is None:
            raise RuntimeError('server %r is closed' % self)
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _listening_sockets(host, port, reuse_address):
    hosts = [host] if host is None or isinstance(host, str) else list(host)
    sockets = []
    try:
        for h in hosts:
            if h in (None, ''):
                h = '0.0.0.0'
            family = socket.AF_INET6 if ':' in h else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            if reuse_address is not False:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((h, port or 0))
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets


async def create_server(loop, protocol_factory, host=None, port=None, *, sock=None,
                        backlog=100, ssl=None, reuse_address=None, start_serving=True, **kwds):
    if ssl is not None:
        raise NotImplementedError('minipy asyncio has no SSL transports')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        sockets = [sock]
    else:
        sockets = _listening_sockets(host, port, reuse_address)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
    return server


async def create_connection(loop, protocol_factory, host=None, port=None, *, sock=None,
                            ssl=None, local_addr=None, **kwds):
    if ssl is not None:
        raise NotImplementedError('minipy asyncio has no SSL transports')
    if sock is None:
        if host is None and port is None:
            raise ValueError('host and port was not specified and no sock specified')
        sock = await loop.run_in_executor(
            None, lambda: socket.create_connection((host, port), source_address=local_addr))
    elif host is not None or port is not None:
        raise ValueError('host/port and sock can not be specified at the same time')
    protocol = protocol_factory()
    transport = _SocketTransport(loop, sock, protocol)
    protocol.connection_made(transport)
    return transport, protocol
