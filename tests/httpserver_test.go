package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// httpServerScript runs http.server's HTTPServer and ThreadingHTTPServer on
// loopback, in a thread, and talks to them with urllib.request.
const httpServerScript = `
import threading, urllib.request, urllib.error
from http.server import HTTPServer, ThreadingHTTPServer, BaseHTTPRequestHandler

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == '/missing':
            self.send_error(404)
            return
        body = ('%s %s %s %s' % (self.command, self.path, self.request_version, self.headers['User-Agent'])).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201, 'Made')
        self.end_headers()
        self.wfile.write(data.upper())

for cls in (HTTPServer, ThreadingHTTPServer):
    srv = cls(('127.0.0.1', 0), H)
    host, port = srv.server_address
    print(cls.__name__, host, port > 0, srv.server_port == port)
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    base = 'http://127.0.0.1:%d' % port
    with urllib.request.urlopen(base + '/hello?x=1') as r:
        print(r.status, r.reason, r.headers['Content-Type'], r.headers['Server'].split()[0], r.read())
    r = urllib.request.urlopen(base + '/p', data=b'abc')
    print(r.status, r.reason, r.read())
    try:
        urllib.request.urlopen(base + '/missing')
    except urllib.error.HTTPError as e:
        print(e, e.headers['Content-Type'], b'Error code: 404' in e.read())
    try:
        urllib.request.urlopen(urllib.request.Request(base + '/', method='DELETE'))
    except urllib.error.HTTPError as e:
        print(e)
    srv.shutdown()
    t.join()
    srv.server_close()
print('done')
`

const httpServerStdout = `HTTPServer 127.0.0.1 True True
200 OK text/plain BaseHTTP/0.6 b'GET /hello?x=1 HTTP/1.1 Python-urllib/3.11'
201 Made b'ABC'
HTTP Error 404: Not Found text/html;charset=utf-8 True
HTTP Error 501: Unsupported method ('DELETE')
ThreadingHTTPServer 127.0.0.1 True True
200 OK text/plain BaseHTTP/0.6 b'GET /hello?x=1 HTTP/1.1 Python-urllib/3.11'
201 Made b'ABC'
HTTP Error 404: Not Found text/html;charset=utf-8 True
HTTP Error 501: Unsupported method ('DELETE')
done
`

var logDateRE = regexp.MustCompile(`\[\d\d/[A-Z][a-z][a-z]/\d{4} \d\d:\d\d:\d\d\]`)

// TestHTTPServer checks http.server/socketserver (serve_forever, shutdown,
// send_response, send_error, the access log on stderr) against the same
// script's output under CPython.
func TestHTTPServer(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "srv.py"), []byte(httpServerScript), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(bin string, args ...string) (string, string) {
		cmd := exec.Command(bin, append(args, "srv.py")...)
		cmd.Dir = dir
		cmd.Env = proxyFreeEnv()
		var out, errb lockedBuffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s%s", bin, err, out.String(), errb.String())
		}
		return out.String(), logDateRE.ReplaceAllString(errb.String(), "[DATE]")
	}
	out, errs := run(minipyBinary)
	if out != httpServerStdout {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, httpServerStdout)
	}
	log := "127.0.0.1 - - [DATE] \"GET /hello?x=1 HTTP/1.1\" 200 -\n" +
		"127.0.0.1 - - [DATE] \"POST /p HTTP/1.1\" 201 -\n" +
		"127.0.0.1 - - [DATE] code 404, message Not Found\n" +
		"127.0.0.1 - - [DATE] \"GET /missing HTTP/1.1\" 404 -\n" +
		"127.0.0.1 - - [DATE] code 501, message Unsupported method ('DELETE')\n" +
		"127.0.0.1 - - [DATE] \"DELETE / HTTP/1.1\" 501 -\n"
	if errs != log+log {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, log+log)
	}
	if py, err := exec.LookPath("python3"); err == nil {
		pout, perr := run(py, "-S")
		if pout != out || perr != errs {
			t.Errorf("python3 differs:\n%s%s", pout, perr)
		}
	}
}
