package tests

import (
	"bufio"
	"context"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The GIL made visible: each test runs a script from gil/ and checks a
// property of what it measures, with generous bounds. Timings are skipped in
// -short mode.

func runGIL(t *testing.T, name string) *listingRun {
	t.Helper()
	r := runScript(t, "gil/"+name, 60*time.Second)
	if r.rc != 0 {
		t.Fatalf("%s: exit status %d\n%s%s", name, r.rc, r.stdout, r.stderr)
	}
	return r
}

func scan(t *testing.T, text, format string, args ...any) {
	t.Helper()
	if _, err := fmt.Sscanf(text, format, args...); err != nil {
		t.Fatalf("cannot read %q from %q: %v", format, text, err)
	}
}

func TestGILNoParallelSpeedup(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	var ratio float64
	scan(t, runGIL(t, "cpu_bound.py").stdout, "ratio %f", &ratio)
	if ratio < 2.5 {
		t.Errorf("4 CPU-bound threads took only %.2fx the time of one; the GIL should serialise them (want >= 2.5)", ratio)
	}
}

func TestGILReleasedBySleep(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	var wall float64
	scan(t, runGIL(t, "sleepers.py").stdout, "wall %f", &wall)
	if wall >= 1.5 {
		t.Errorf("50 threads sleeping 0.5 s took %.3f s; sleep must release the GIL (want < 1.5)", wall)
	}
}

func TestGILSwitchLatency(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	lines := nonEmptyLines(runGIL(t, "latency.py").stdout)
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", lines)
	}
	var i1, d1, i2, d2 float64
	scan(t, lines[0], "interval %f delay %f", &i1, &d1)
	scan(t, lines[1], "interval %f delay %f", &i2, &d2)
	if d1 > 4*i1 {
		t.Errorf("with switch interval %.3f a woken thread waited %.4f s for the GIL (want within a few intervals)", i1, d1)
	}
	if d2 < 2*d1 || d2 < i2/2 {
		t.Errorf("a 10x larger switch interval should make the wait grow: %.4f s -> %.4f s", d1, d2)
	}
}

func TestDaemonThreadsDoNotBlockExit(t *testing.T) {
	// Run it a few times: a daemon thread that ran Python code during
	// shutdown (after __main__'s globals were cleared) used to print an
	// "Exception in thread" report now and then.
	for i := 0; i < 5; i++ {
		r := runGIL(t, "daemon_exit.py")
		if r.stdout != "main done\n" || r.stderr != "" || r.rc != 0 {
			t.Fatalf("run %d: rc %d, stdout %q, stderr %q", i, r.rc, r.stdout, r.stderr)
		}
	}
}

func TestCtrlCInterruptsJoin(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, minipyBinary, "gil/join_interrupt.py")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if line != "waiting\n" {
		t.Fatalf("first line %q", line)
	}
	time.Sleep(100 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	err = cmd.Wait()
	if ctx.Err() != nil {
		t.Fatal("join() was not interrupted by SIGINT")
	}
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 130 {
		t.Errorf("exit: %v (want status 130)", err)
	}
	lines := nonEmptyLines(stderr.String())
	if len(lines) == 0 || lines[len(lines)-1] != "KeyboardInterrupt" {
		t.Errorf("stderr does not end in KeyboardInterrupt:\n%s", stderr.String())
	}
}
