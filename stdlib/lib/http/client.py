"""HTTP/1.1 client: HTTPConnection, HTTPSConnection, HTTPResponse and
HTTPMessage, over minipy's _http transport (Go). One request per
connection."""

import _http
import socket
from http import HTTPStatus
from _http import HTTPException, BadStatusLine, RemoteDisconnected, IncompleteRead

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPMessage", "HTTPSConnection"]

HTTP_PORT = 80
HTTPS_PORT = 443

responses = {v: v.phrase for v in HTTPStatus.__members__.values()}
globals().update(HTTPStatus.__members__)


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    pass


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class LineTooLong(HTTPException):
    pass


error = HTTPException


class HTTPMessage(object):
    """Headers in order, looked up without regard to case (the part of
    email.message.Message that HTTP uses)."""

    def __init__(self, headers=()):
        self._headers = [(k, v) for k, v in headers]

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, name, value, **params):
        for k, v in params.items():
            value += '; %s="%s"' % (k.replace('_', '-'), v)
        self._headers.append((name, value))

    def replace_header(self, name, value):
        lname = name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = (k, value)
                return
        raise KeyError(name)

    def getallmatchingheaders(self, name):
        name = name.lower()
        return ['%s: %s' % (k, v) for k, v in self._headers if k.lower() == name]

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return 'text/plain'
        ctype = value.split(';')[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        for part in value.split(';')[1:]:
            k, sep, v = part.strip().partition('=')
            if k.strip().lower() == param.lower():
                v = v.strip()
                if unquote and len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        return self.get_param('filename', failobj, 'content-disposition')

    def as_string(self, unixfrom=False):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._headers) + '\n'

    def __str__(self):
        return self.as_string()

    def __repr__(self):
        return '<http.client.HTTPMessage object at %#x>' % id(self)


class HTTPResponse(object):
    """A response: status, reason, headers, and the body as a file."""

    def __init__(self, raw, method=None, url=None):
        self._raw = raw
        self._method = method
        self.debuglevel = 0
        self.version = raw.version
        self.status = raw.status
        self.reason = raw.reason
        self.headers = self.msg = HTTPMessage(raw.headers)
        self.code = self.status
        self.url = url
        self.chunked = (self.headers.get('transfer-encoding') or '').lower() == 'chunked'
        self.will_close = True
        length = self.headers.get('content-length')
        self.length = None
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (self.status in (204, 304) or 100 <= self.status < 200 or method == 'HEAD'):
            self.length = 0
        self._closed = False

    def _account(self, data):
        if self.length is not None:
            self.length -= len(data)
        return data

    def read(self, amt=None):
        if self._closed:
            return b""
        if amt is not None and amt >= 0:
            data = self._raw.read(amt)
            if not data and amt:
                self._close_conn()
            return self._account(data)
        data = self._raw.read()
        self._close_conn()
        return self._account(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else min(n, 65536))

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=-1):
        return b''

    def readline(self, limit=-1):
        if self._closed:
            return b""
        line = self._raw.readline(limit)
        if not line and limit != 0:
            self._close_conn()
        return self._account(line)

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

    def _close_conn(self):
        self._raw.close()

    def close(self):
        self._closed = True
        self._raw.close()

    @property
    def closed(self):
        return self._closed

    @property
    def fp(self):
        return None if self._closed or self._raw.eof else self._raw

    def isclosed(self):
        return self._closed or self._raw.closed

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise OSError("fileno is not available for minipy HTTP responses")

    def getheader(self, name, default=None):
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return '<http.client.HTTPResponse object at %#x>' % id(self)


class HTTPConnection(object):
    """A connection to one host; each request opens a fresh TCP connection
    (the server is told Connection: close)."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    default_port = HTTP_PORT
    scheme = 'http'
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._raw = None
        self._method = None
        self._response = None
        self.sock = None

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self._raw is not None:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def _timeout(self):
        t = self.timeout
        if t is socket._GLOBAL_DEFAULT_TIMEOUT:
            return socket.getdefaulttimeout()
        return t

    def _verify(self):
        return True, None

    def connect(self):
        pass

    def close(self):
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        self._response = None

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a request; getresponse() reads the answer."""
        if self._raw is not None:
            raise CannotSendRequest('Request-sent')
        url = url or '/'
        names = {k.lower() for k in headers}
        hdrs = []
        if 'host' not in names:
            if self._tunnel_host:
                host, port = self._tunnel_host, self._tunnel_port
            else:
                host, port = self.host, self.port
            if ':' in host:
                host = '[' + host + ']'
            if port == self.default_port:
                hdrs.append(('Host', host))
            else:
                hdrs.append(('Host', '%s:%d' % (host, port)))
        if 'accept-encoding' not in names:
            hdrs.append(('Accept-Encoding', 'identity'))
        for k, v in headers.items():
            hdrs.append((k, str(v)))
        if body is not None:
            if isinstance(body, str):
                body = body.encode('iso-8859-1')
            elif hasattr(body, 'read'):
                body = body.read()
                if isinstance(body, str):
                    body = body.encode('iso-8859-1')
            elif not isinstance(body, (bytes, bytearray)):
                body = b''.join(body)
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if body is not None:
                hdrs.append(('Content-Length', str(len(body))))
            elif method.upper() in ('PATCH', 'POST', 'PUT'):
                hdrs.append(('Content-Length', '0'))
        self._send(method, url, hdrs, body)

    def _send(self, method, target, hdrs, body, proxy=None):
        verify, cafile = self._verify()
        if self._tunnel_host:
            # We are talking to a proxy: CONNECT (https) or absolute URIs.
            proxy = (self.host, self.port, list(self._tunnel_headers.items()))
            host, port = self._tunnel_host, self._tunnel_port
        else:
            host, port = self.host, self.port
        if proxy is not None and self.scheme == 'http':
            # Plain HTTP through a proxy: the proxy gets the request itself.
            raw = _http.open(method, self.scheme, proxy[0], proxy[1], target, hdrs, body,
                             self._timeout(), None, verify, cafile)
        else:
            raw = _http.open(method, self.scheme, host, port, target, hdrs, body,
                             self._timeout(), proxy, verify, cafile)
        self._raw = raw
        self._method = method

    def getresponse(self):
        if self._raw is None:
            raise ResponseNotReady('Idle')
        raw, method = self._raw, self._method
        self._raw = None
        raw.getresponse(method)
        return HTTPResponse(raw, method=method)


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT
    scheme = 'https'

    def __init__(self, host, port=None, key_file=None, cert_file=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 *, context=None, check_hostname=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)
        self._context = context

    def _verify(self):
        ctx = self._context
        if ctx is None:
            return True, None
        import ssl
        return ctx.verify_mode != ssl.CERT_NONE, getattr(ctx, '_cafile', None)
