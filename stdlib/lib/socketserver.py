"""Network servers: TCPServer with ThreadingMixIn, and request handlers
(BaseRequestHandler, StreamRequestHandler). Written for minipy: accept
waits with the GIL released, in slices of poll_interval so that
shutdown() and signals are noticed."""

import socket
import threading
import sys

__all__ = ["BaseServer", "TCPServer", "ThreadingMixIn", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler",
           "ForkingMixIn"]


class BaseServer:
    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._is_shut_down = threading.Event()
        self._shutdown_request_flag = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests until shutdown()."""
        self._is_shut_down.clear()
        try:
            while not self._shutdown_request_flag:
                ready = self._wait_for_request(poll_interval)
                if self._shutdown_request_flag:
                    break
                if ready is not None:
                    self._handle_accepted(ready)
                self.service_actions()
        finally:
            self._shutdown_request_flag = False
            self._is_shut_down.set()

    def shutdown(self):
        """Stops serve_forever and waits until it has (from another thread)."""
        self._shutdown_request_flag = True
        self._is_shut_down.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handles one request, waiting at most self.timeout."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        ready = self._wait_for_request(timeout)
        if ready is None:
            return self.handle_timeout()
        self._handle_accepted(ready)

    def _wait_for_request(self, timeout):
        """An accepted (request, client_address), or None after timeout."""
        self.socket.settimeout(timeout)
        try:
            return self.get_request()
        except TimeoutError:
            return None
        except OSError:
            if self._shutdown_request_flag:
                return None
            raise

    def _handle_accepted(self, accepted):
        request, client_address = accepted
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        request, addr = self.socket.accept()
        request.settimeout(None)
        return request, addr

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("UDP servers are not supported by minipy")


class ThreadingMixIn:
    """Handles each request in a new thread."""
    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            if self._threads is None:
                self._threads = []
            self._threads = [t for t in self._threads if t.is_alive()]
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        t.daemon = self.daemon_threads
        if self.block_on_close:
            self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        threads = self._threads
        self._threads = None
        if threads:
            for thread in threads:
                thread.join()


class ForkingMixIn:
    def process_request(self, request, client_address):
        raise NotImplementedError("fork is not supported by minipy")


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class BaseRequestHandler:
    """Instantiated for each request: setup(), handle(), finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Gives the handler rfile and wfile over the connection."""
    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    pass
