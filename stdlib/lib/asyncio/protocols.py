"""Protocol interfaces: the callbacks a transport makes."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """Callbacks common to every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; transport is its transport."""

    def connection_lost(self, exc):
        """The connection is gone: exc is None after a normal close or EOF."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data_received for each chunk, eof_received at the
    end (return a true value to keep the transport open for writing)."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send no more data."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that receives into buffers it provides."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for the next data."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer."""

    def eof_received(self):
        """The other end will send no more data."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived."""

    def error_received(self, exc):
        """A send or receive failed."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for subprocesses."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Data arrived on the child's stdout or stderr."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
