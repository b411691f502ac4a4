package tests

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer collects a child's stderr while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

const faultScript = `import faulthandler, signal, sys, threading

faulthandler.register(signal.SIGUSR1)

def spin(ev):
    ev.wait()

def wait_for_test():
    print("ready", flush=True)
    return sys.stdin.readline()

ev = threading.Event()
t = threading.Thread(target=spin, args=(ev,))
t.start()
wait_for_test()
ev.set()
t.join()
print("done")
`

// TestFaulthandlerSIGUSR1 sends a real SIGUSR1 to a running minipy process
// that registered faulthandler for it, and checks the dump of both threads.
func TestFaulthandlerSIGUSR1(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fh.py"), []byte(faultScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, minipyBinary, "./fh.py")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	out := bufio.NewReader(stdout)
	line, err := out.ReadString('\n')
	if err != nil || line != "ready\n" {
		t.Fatalf("want ready, got %q (%v); stderr:\n%s", line, err, stderr.String())
	}
	if err := cmd.Process.Signal(syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(stderr.String(), "in wait_for_test") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	stdin.Write([]byte("go\n"))
	stdin.Close()
	rest, _ := bufio.NewReader(out).ReadString(0)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("minipy: %v; stderr:\n%s", err, stderr.String())
	}
	if rest != "done\n" {
		t.Errorf("stdout after the dump: %q", rest)
	}
	got := stderr.String()
	want := regexp.MustCompile(`^Thread 0x[0-9a-f]{16} \(most recent call first\):\n` +
		`(  File "[^"]+", line \d+ in \S+\n)*` +
		`  File "[^"]*/fh\.py", line 6 in spin\n` +
		`(  File "[^"]+", line \d+ in \S+\n)*` +
		`\n` +
		`Current thread 0x[0-9a-f]{16} \(most recent call first\):\n` +
		`  File "[^"]*/fh\.py", line (9|10) in wait_for_test\n` +
		`  File "[^"]*/fh\.py", line 15 in <module>\n$`)
	if !want.MatchString(got) {
		t.Errorf("unexpected dump:\n%s", got)
	}
}

// TestFaulthandlerLaterExit checks dump_traceback_later(exit=True): the
// dump of the main thread sleeping, then exit status 1.
func TestFaulthandlerLaterExit(t *testing.T) {
	dir := t.TempDir()
	src := "import faulthandler, time\n\ndef nap():\n    time.sleep(20)\n\nfaulthandler.dump_traceback_later(0.2, exit=True)\nnap()\n"
	if err := os.WriteFile(filepath.Join(dir, "later.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(minipyBinary, "./later.py")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("want exit status 1, got %v", err)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v", el)
	}
	want := "Timeout \\(0:00:00\\.200000\\)!\n" +
		"Thread 0x[0-9a-f]{16} \\(most recent call first\\):\n" +
		"  File \"[^\"]*/later\\.py\", line 4 in nap\n" +
		"  File \"[^\"]*/later\\.py\", line 7 in <module>\n$"
	if !regexp.MustCompile("^" + want).MatchString(stderr.String()) {
		t.Errorf("unexpected dump:\n%q", stderr.String())
	}
}
