package stdlib

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/http/httputil"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/minipy/minipy/runtime"
)

// _http: one HTTP/1.1 exchange over a fresh connection (urllib.request and
// http.client sit on it, in Python). The request goes out as given, headers
// in order; the response's headers keep the server's order and spelling.
// HTTPS uses crypto/tls with the system roots (Go reads SSL_CERT_FILE) or a
// given CA file; a proxy is reached with an absolute URI (http) or a CONNECT
// tunnel (https). Network waits release the GIL and can be interrupted by
// signals in the main thread.

func init() {
	register("_http", initHTTP)
	register("_ssl", initSSL)
}

var (
	httpExceptionType     = runtime.NewExceptionType("HTTPException", "http.client", "", runtime.ExceptionType)
	badStatusLineType     = runtime.NewExceptionType("BadStatusLine", "http.client", "", httpExceptionType)
	remoteDisconnectedTyp = runtime.NewExceptionType("RemoteDisconnected", "http.client", "", runtime.ConnectionResetErrorType)
	incompleteReadType    = runtime.NewExceptionType("IncompleteRead", "http.client", "", httpExceptionType)
	sslErrorType          = newSSLErrorType("SSLError", runtime.OSErrorType)
	sslCertErrorType      = newSSLErrorType("SSLCertVerificationError", sslErrorType)
	httpRespType          = newHTTPRespType()
)

// newSSLErrorType: str() of an SSL error is its message alone.
func newSSLErrorType(name string, base *runtime.Type) *runtime.Type {
	t := runtime.NewExceptionType(name, "ssl", "", base)
	t.Str = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		e := self.(*runtime.Exception)
		if e.Args != nil && len(e.Args.Items) >= 2 {
			return runtime.StrOf(ts, e.Args.Items[1])
		}
		if e.Args != nil && len(e.Args.Items) == 1 {
			return runtime.StrOf(ts, e.Args.Items[0])
		}
		return "", nil
	}
	return t
}

func initSSL(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_ssl")
	m.Set("SSLError", sslErrorType)
	m.Set("SSLCertVerificationError", sslCertErrorType)
	return m, nil
}

func initHTTP(ts *runtime.ThreadState) (*runtime.Module, error) {
	m := runtime.NewModule("_http")
	m.Set("HTTPException", httpExceptionType)
	m.Set("BadStatusLine", badStatusLineType)
	m.Set("RemoteDisconnected", remoteDisconnectedTyp)
	m.Set("IncompleteRead", incompleteReadType)
	m.Set("Response", httpRespType)
	addFuncs(m, []funcDef{{"open", httpOpen}})
	return m, nil
}

type httpResp struct {
	runtime.Header
	status  int
	reason  string
	version int
	headers [][2]string
	conn    net.Conn
	body    io.Reader
	br      *bufio.Reader
	timeout float64
	closed  bool
	eof     bool
}

func (r *httpResp) Type() *runtime.Type { return httpRespType }

func (r *httpResp) close() {
	r.closed = true
	if r.conn != nil {
		r.conn.Close()
		r.conn = nil
	}
}

func (r *httpResp) deadline() time.Time {
	if r.timeout < 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(r.timeout * float64(time.Second)))
}

// exchange is what open() computes without the GIL.
type exchange struct {
	method, scheme, host, target string
	port                         int
	headers                      [][2]string
	body                         []byte
	timeout                      float64
	proxyHost                    string
	proxyPort                    int
	proxyHeaders                 [][2]string
	verify                       bool
	cafile                       string
}

func (x *exchange) deadline() time.Time {
	if x.timeout < 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(x.timeout * float64(time.Second)))
}

// tunnelError is a failed CONNECT (CPython raises OSError with this text).
type tunnelError struct{ msg string }

func (e *tunnelError) Error() string { return e.msg }

// statusError is a malformed status line.
type statusError struct{ line string }

func (e *statusError) Error() string { return e.line }

var errNoResponse = errors.New("Remote end closed connection without response")

// send connects (through the proxy) and writes the request.
func (x *exchange) send() (*httpResp, error) {
	addr := net.JoinHostPort(x.host, strconv.Itoa(x.port))
	if x.proxyHost != "" {
		addr = net.JoinHostPort(x.proxyHost, strconv.Itoa(x.proxyPort))
	}
	d := net.Dialer{Deadline: x.deadline()}
	conn, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			conn.Close()
		}
	}()
	if x.scheme == "https" {
		if x.proxyHost != "" {
			conn.SetDeadline(x.deadline())
			var sb strings.Builder
			sb.WriteString("CONNECT " + net.JoinHostPort(x.host, strconv.Itoa(x.port)) + " HTTP/1.0\r\n")
			for _, h := range x.proxyHeaders {
				sb.WriteString(h[0] + ": " + h[1] + "\r\n")
			}
			sb.WriteString("\r\n")
			if _, err := io.WriteString(conn, sb.String()); err != nil {
				return nil, err
			}
			br := bufio.NewReader(conn)
			line, err := br.ReadString('\n')
			if err != nil {
				return nil, err
			}
			_, code, reason := parseStatusLine(line)
			for {
				l, err := br.ReadString('\n')
				if err != nil {
					return nil, err
				}
				if l == "\r\n" || l == "\n" {
					break
				}
			}
			if code != 200 {
				return nil, &tunnelError{"Tunnel connection failed: " + strconv.Itoa(code) + " " + strings.TrimSpace(reason)}
			}
		}
		cfg := &tls.Config{ServerName: x.host, InsecureSkipVerify: !x.verify}
		if x.cafile != "" {
			pem, err := os.ReadFile(x.cafile)
			if err != nil {
				return nil, err
			}
			pool := x509.NewCertPool()
			pool.AppendCertsFromPEM(pem)
			cfg.RootCAs = pool
		}
		tc := tls.Client(conn, cfg)
		tc.SetDeadline(x.deadline())
		if err := tc.Handshake(); err != nil {
			return nil, err
		}
		conn = tc
	}
	var sb strings.Builder
	sb.WriteString(x.method + " " + x.target + " HTTP/1.1\r\n")
	for _, h := range x.headers {
		sb.WriteString(h[0] + ": " + h[1] + "\r\n")
	}
	sb.WriteString("\r\n")
	conn.SetDeadline(x.deadline())
	if _, err := io.WriteString(conn, sb.String()); err != nil {
		return nil, err
	}
	if len(x.body) > 0 {
		if _, err := conn.Write(x.body); err != nil {
			return nil, err
		}
	}
	ok = true
	return &httpResp{conn: conn, br: bufio.NewReader(conn), timeout: x.timeout}, nil
}

// head reads the status line and headers (skipping 100 Continue) and
// chooses how the body ends.
func (r *httpResp) head(method string) error {
	br := r.br
	r.conn.SetDeadline(r.deadline())
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			if line == "" && errors.Is(err, io.EOF) {
				return errNoResponse
			}
			return err
		}
		version, code, reason := parseStatusLine(line)
		if version == 0 {
			return &statusError{strings.TrimRight(line, "\r\n")}
		}
		r.version, r.status, r.reason = version, code, strings.TrimSpace(reason)
		r.headers = nil
		if err := r.readHeaders(); err != nil {
			return err
		}
		if code != 100 {
			break
		}
	}
	r.frame(method)
	return nil
}

// parseStatusLine splits "HTTP/1.1 200 OK"; version 0 means malformed.
func parseStatusLine(line string) (version, code int, reason string) {
	line = strings.TrimRight(line, "\r\n")
	proto, rest, _ := strings.Cut(line, " ")
	codeStr, reason, _ := strings.Cut(rest, " ")
	switch {
	case proto == "HTTP/1.0":
		version = 10
	case strings.HasPrefix(proto, "HTTP/1."):
		version = 11
	default:
		return 0, 0, ""
	}
	c, err := strconv.Atoi(codeStr)
	if err != nil || c < 100 || c > 999 {
		return 0, 0, ""
	}
	return version, c, reason
}

func (r *httpResp) readHeaders() error {
	for {
		line, err := r.br.ReadString('\n')
		if err != nil {
			return err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return nil
		}
		if (line[0] == ' ' || line[0] == '\t') && len(r.headers) > 0 {
			r.headers[len(r.headers)-1][1] += "\r\n" + line
			continue
		}
		name, value, _ := strings.Cut(line, ":")
		r.headers = append(r.headers, [2]string{name, strings.TrimLeft(value, " \t")})
	}
}

func (r *httpResp) header(name string) (string, bool) {
	for _, h := range r.headers {
		if strings.EqualFold(h[0], name) {
			return h[1], true
		}
	}
	return "", false
}

// frame chooses how the body ends.
func (r *httpResp) frame(method string) {
	if method == "HEAD" || r.status == 204 || r.status == 304 || r.status < 200 {
		r.body = strings.NewReader("")
		return
	}
	if te, ok := r.header("Transfer-Encoding"); ok && strings.EqualFold(strings.TrimSpace(te), "chunked") {
		r.body = httputil.NewChunkedReader(r.br)
		return
	}
	if cl, ok := r.header("Content-Length"); ok {
		if n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64); err == nil && n >= 0 {
			r.body = io.LimitReader(r.br, n)
			return
		}
	}
	r.body = r.br
}

func strPairs(ts *runtime.ThreadState, o runtime.Object) ([][2]string, error) {
	if isNone(o) {
		return nil, nil
	}
	it, err := runtime.NewListFromIterable(ts, o)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(it)
	var out [][2]string
	for _, p := range it.Items {
		t, ok := p.(*runtime.Tuple)
		if !ok || len(t.Items) != 2 {
			return nil, runtime.NewTypeError("headers must be (name, value) pairs")
		}
		k, err := runtime.StrOf(ts, t.Items[0])
		if err != nil {
			return nil, err
		}
		v, err := runtime.StrOf(ts, t.Items[1])
		if err != nil {
			return nil, err
		}
		out = append(out, [2]string{k, v})
	}
	return out, nil
}

func httpOpen(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var method, scheme, host, port, target, headers, body, timeout, proxy, verify, cafile runtime.Object
	if err := runtime.UnpackArgs(ts, "open", args, kwnames, "method", &method, "scheme", &scheme, "host", &host,
		"port", &port, "target", &target, "headers", &headers, "body", &body, "timeout", &timeout,
		"proxy", &proxy, "verify", &verify, "cafile", &cafile); err != nil {
		return nil, err
	}
	x := &exchange{}
	var err error
	for _, p := range []struct {
		o   runtime.Object
		dst *string
	}{{method, &x.method}, {scheme, &x.scheme}, {host, &x.host}, {target, &x.target}} {
		if *p.dst, err = argStr("open", "str", p.o); err != nil {
			return nil, err
		}
	}
	if x.port, err = runtime.AsSsize(ts, port); err != nil {
		return nil, err
	}
	if x.headers, err = strPairs(ts, headers); err != nil {
		return nil, err
	}
	if !isNone(body) {
		b, ok := runtime.BytesData(body)
		if !ok {
			return nil, runtime.NewTypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
		}
		x.body = append([]byte(nil), b...)
	}
	if x.timeout, err = parseTimeout(ts, timeout); err != nil {
		return nil, err
	}
	if !isNone(proxy) {
		t, ok := proxy.(*runtime.Tuple)
		if !ok || len(t.Items) != 3 {
			return nil, runtime.NewTypeError("proxy must be (host, port, headers)")
		}
		if x.proxyHost, err = argStr("open", "proxy", t.Items[0]); err != nil {
			return nil, err
		}
		if x.proxyPort, err = runtime.AsSsize(ts, t.Items[1]); err != nil {
			return nil, err
		}
		if x.proxyHeaders, err = strPairs(ts, t.Items[2]); err != nil {
			return nil, err
		}
	}
	if x.verify, err = argBool(ts, verify, true); err != nil {
		return nil, err
	}
	if !isNone(cafile) {
		if x.cafile, err = argStr("open", "cafile", cafile); err != nil {
			return nil, err
		}
	}
	var resp *httpResp
	var rerr error
	if err := netWait(ts, func() { resp, rerr = x.send() }); err != nil {
		return nil, err
	}
	if rerr != nil {
		return nil, httpError(ts, rerr)
	}
	return newObject(resp), nil
}

// httpError maps transport failures to CPython's exceptions.
func httpError(ts *runtime.ThreadState, err error) error {
	var te *tunnelError
	if errors.As(err, &te) {
		return runtime.NewOSError("%s", te.msg)
	}
	var se *statusError
	if errors.As(err, &se) {
		return runtime.NewException(badStatusLineType, runtime.NewStr(se.line))
	}
	if errors.Is(err, errNoResponse) {
		return runtime.NewException(remoteDisconnectedTyp, runtime.NewStr(err.Error()))
	}
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) {
		return newOSErr(ts, sslCertErrorType, 1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)")
	}
	var he x509.HostnameError
	if errors.As(err, &he) {
		return newOSErr(ts, sslCertErrorType, 1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for '"+he.Host+"'. (_ssl.c:1006)")
	}
	var ci x509.CertificateInvalidError
	if errors.As(err, &ci) {
		reason := "certificate verify failed"
		if ci.Reason == x509.Expired {
			reason = "certificate has expired"
		}
		return newOSErr(ts, sslCertErrorType, 1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "+reason+" (_ssl.c:1006)")
	}
	var ae tls.AlertError
	var re tls.RecordHeaderError
	if errors.As(err, &ae) || errors.As(err, &re) {
		return newOSErr(ts, sslErrorType, 1, "[SSL] "+err.Error()+" (_ssl.c:1006)")
	}
	return netError(ts, err)
}

func respOf(o runtime.Object) *httpResp { return runtime.Unwrap(o).(*httpResp) }

// readBody reads up to n bytes (n < 0: all) with the GIL released.
func (r *httpResp) readBody(ts *runtime.ThreadState, n int, line bool) ([]byte, error) {
	if r.closed || r.eof || r.body == nil {
		return nil, nil
	}
	var out []byte
	var rerr error
	body := r.body
	if r.conn != nil {
		r.conn.SetReadDeadline(r.deadline())
	}
	err := netWait(ts, func() {
		buf := make([]byte, 1)
		switch {
		case line:
			for n < 0 || len(out) < n {
				k, e := body.Read(buf)
				if k == 1 {
					out = append(out, buf[0])
					if buf[0] == '\n' {
						return
					}
				}
				if e != nil {
					rerr = e
					return
				}
			}
		case n < 0:
			out, rerr = io.ReadAll(body)
		default:
			b := make([]byte, n)
			k, e := io.ReadFull(body, b)
			out, rerr = b[:k], e
		}
	})
	if err != nil {
		r.close()
		return nil, err
	}
	if rerr != nil {
		if errors.Is(rerr, io.EOF) || errors.Is(rerr, io.ErrUnexpectedEOF) {
			if _, isLimit := body.(*io.LimitedReader); isLimit && errors.Is(rerr, io.ErrUnexpectedEOF) {
				// fewer bytes than Content-Length announced
				r.eof = true
				return out, nil
			}
			r.eof = true
			return out, nil
		}
		return out, netError(ts, rerr)
	}
	if lr, ok := body.(*io.LimitedReader); ok && lr.N == 0 {
		r.eof = true
	}
	return out, nil
}

func newHTTPRespType() *runtime.Type {
	t := newType("_http", "Response", nil)
	t.Dealloc = func(o runtime.Object) { o.(*httpResp).close() }
	readFn := func(line bool) runtime.MethodFn {
		return func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			if err := posArgs("read", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			n := -1
			if len(args) == 1 && !isNone(args[0]) {
				v, err := runtime.AsSsize(ts, args[0])
				if err != nil {
					return nil, err
				}
				n = v
			}
			b, err := respOf(self).readBody(ts, n, line)
			if err != nil {
				return nil, err
			}
			return runtime.NewBytes(b), nil
		}
	}
	addMethods(t, []method{
		{name: "getresponse", fn: httpGetresponse},
		{name: "read", fn: readFn(false)},
		{name: "readline", fn: readFn(true)},
		{name: "close", fn: func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
			respOf(self).close()
			return runtime.None, nil
		}},
	})
	addGetters(t, []getter{
		{name: "status", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(respOf(self).status)), nil
		}},
		{name: "reason", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(respOf(self).reason), nil
		}},
		{name: "version", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(int64(respOf(self).version)), nil
		}},
		{name: "closed", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(respOf(self).closed), nil
		}},
		{name: "eof", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(respOf(self).eof), nil
		}},
		{name: "headers", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			var items []runtime.Object
			for _, h := range respOf(self).headers {
				items = append(items, tupleOf(runtime.NewStr(h[0]), runtime.NewStr(h[1])))
			}
			return runtime.NewList(items), nil
		}},
	})
	return t.Ready()
}

// httpGetresponse reads the response head: resp.getresponse(method).
func httpGetresponse(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("getresponse", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	method, err := argStr("getresponse", "method", args[0])
	if err != nil {
		return nil, err
	}
	r := respOf(self)
	if r.conn == nil {
		return nil, runtime.NewOSErrorFromErrno(syscall.EBADF, "", "")
	}
	var herr error
	if err := netWait(ts, func() { herr = r.head(method) }); err != nil {
		r.close()
		return nil, err
	}
	if herr != nil {
		r.close()
		return nil, httpError(ts, herr)
	}
	return runtime.None, nil
}
