package tests

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestListings runs every tutorial listing in listings/ with the minipy binary
// and checks it as its <name>.check file says. The checks transcribe the
// MANIFEST's "what a conformance test should check" column; goldens are
// CPython 3.11's recorded output. Directives:
//
//	rc N                          exit status
//	stdout|stderr golden          exact match with <name>.cpython.out/.err
//	stdout|stderr empty           no output
//	stdout|stderr match RE        whole output matches the regular expression
//	stderr last-line TEXT|golden  last non-empty line (golden: the golden's)
//	stderr count N TEXT           TEXT occurs N times
//	stdout lines-sorted-golden    same lines as the golden, in any order
//	stdout ints-sorted N...       the integers printed, sorted, are N...
//	stdout int-in LO HI           stdout is one integer in [LO, HI]
//	message N TEXT                stdout holds TEXT on exactly N lines; every
//	                              stdout line must be a declared message
//	order A < B                   A's first line comes before B's
//	concurrency A|B N             (#lines with A) - (#lines with B) never exceeds N
//	float-ratio-min R             second float in stdout / first >= R
//	wall-min S, wall-max S        wall-clock bounds in seconds
//	no-file NAME                  the run leaves no file NAME behind
//	timeout S                     per-run timeout (default 60)
//	xfail MODULE                  expected to fail until MODULE exists; the
//	                              test fails if it unexpectedly passes
func TestListings(t *testing.T) {
	files, err := filepath.Glob("listings/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no listings found: %v", err)
	}
	for _, file := range files {
		file := file
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			check := readFile(t, "listings/"+name+".check")
			if testing.Short() && strings.Contains(check, "wall-min") {
				t.Skip("timing listing skipped in -short mode")
			}
			// A listing that measures a CPU-time ratio (gil_04: 4 threads vs
			// 1) runs alone: the parallel listings would skew its timings.
			if !strings.Contains(check, "float-ratio-min") {
				t.Parallel()
			}
			runListing(t, name)
		})
	}
}

type listingRun struct {
	stdout, stderr string
	rc             int
	wall           float64
	dir            string
}

func runListing(t *testing.T, name string) {
	checkText := readFile(t, "listings/"+name+".check")
	var directives [][]string
	timeout := 60.0
	xfail := ""
	for _, line := range strings.Split(checkText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " ", 2)
		if len(f) == 1 {
			f = append(f, "")
		}
		switch f[0] {
		case "timeout":
			timeout, _ = strconv.ParseFloat(f[1], 64)
		case "xfail":
			xfail = f[1]
		default:
			directives = append(directives, f)
		}
	}
	run := runScript(t, "listings/"+name+".py", time.Duration(timeout*float64(time.Second)))
	var failures []string
	for _, d := range directives {
		if msg := checkDirective(t, name, d[0], d[1], run, directives); msg != "" {
			failures = append(failures, msg)
		}
	}
	switch {
	case xfail != "" && len(failures) == 0:
		t.Errorf("%s passes now: remove its 'xfail %s'", name, xfail)
	case xfail != "":
		t.Logf("expected failure (needs %s): %s", xfail, failures[0])
	case len(failures) > 0:
		t.Errorf("%s:\n  %s\n--- stdout:\n%s--- stderr:\n%s", name, strings.Join(failures, "\n  "), run.stdout, run.stderr)
	}
}

// runScript copies the listing into a fresh directory (so tracebacks read
// "./name.py", as in the goldens) and runs the binary there.
func runScript(t *testing.T, path string, timeout time.Duration) *listingRun {
	dir := t.TempDir()
	base := filepath.Base(path)
	if err := os.WriteFile(filepath.Join(dir, base), []byte(readFile(t, path)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, minipyBinary, "./"+base)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	rc := 0
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			rc = ee.ExitCode()
		} else {
			t.Fatalf("running %s: %v", path, err)
		}
	}
	if ctx.Err() != nil {
		t.Fatalf("%s timed out after %v\n--- stdout:\n%s--- stderr:\n%s", path, timeout, out.String(), errb.String())
	}
	// minipy, like CPython, shows the script's absolute path; the goldens
	// read "./name.py" (MANIFEST: the temporary directory became ".").
	rel := func(s string) string { return strings.ReplaceAll(s, dir+"/", "./") }
	return &listingRun{stdout: rel(out.String()), stderr: rel(errb.String()), rc: rc, wall: wall, dir: dir}
}

var intRE = regexp.MustCompile(`-?\d+`)
var floatRE = regexp.MustCompile(`\d+\.\d+`)

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// checkDirective returns "" when the directive holds, else what went wrong.
func checkDirective(t *testing.T, name, kind, arg string, r *listingRun, all [][]string) string {
	stream := func(which string) string {
		if which == "stderr" {
			return r.stderr
		}
		return r.stdout
	}
	switch kind {
	case "rc":
		want, _ := strconv.Atoi(arg)
		if r.rc != want {
			return "exit status " + strconv.Itoa(r.rc) + ", want " + arg
		}
	case "stdout", "stderr":
		got := stream(kind)
		sub, rest, _ := strings.Cut(arg, " ")
		golden := func() string {
			ext := ".cpython.out"
			if kind == "stderr" {
				ext = ".cpython.err"
			}
			return readFile(t, "listings/"+name+ext)
		}
		switch sub {
		case "golden":
			if got != golden() {
				return kind + " differs from the CPython golden:\n" + golden()
			}
		case "empty":
			if got != "" {
				return kind + " should be empty"
			}
		case "match":
			if !regexp.MustCompile(rest).MatchString(got) {
				return kind + " does not match " + rest
			}
		case "last-line":
			lines := nonEmptyLines(got)
			want := rest
			if rest == "golden" {
				g := nonEmptyLines(golden())
				want = g[len(g)-1]
			}
			if len(lines) == 0 || lines[len(lines)-1] != want {
				return kind + " last line should be " + strconv.Quote(want)
			}
		case "count":
			n, text, _ := strings.Cut(rest, " ")
			want, _ := strconv.Atoi(n)
			if c := strings.Count(got, text); c != want {
				return kind + " has " + strconv.Itoa(c) + " × " + strconv.Quote(text) + ", want " + n
			}
		case "lines-sorted-golden":
			a, b := nonEmptyLines(got), nonEmptyLines(golden())
			sort.Strings(a)
			sort.Strings(b)
			if strings.Join(a, "\n") != strings.Join(b, "\n") {
				return kind + " lines differ from the golden's (order ignored)"
			}
		case "ints-sorted":
			var nums []int
			for _, m := range intRE.FindAllString(got, -1) {
				n, _ := strconv.Atoi(m)
				nums = append(nums, n)
			}
			sort.Ints(nums)
			var parts []string
			for _, n := range nums {
				parts = append(parts, strconv.Itoa(n))
			}
			if strings.Join(parts, " ") != rest {
				return kind + " integers " + strings.Join(parts, " ") + ", want " + rest
			}
		case "int-in":
			lo, hi, _ := strings.Cut(rest, " ")
			l, _ := strconv.Atoi(lo)
			h, _ := strconv.Atoi(hi)
			n, err := strconv.Atoi(strings.TrimSpace(got))
			if err != nil || n < l || n > h {
				return kind + " should be one integer in [" + lo + ", " + hi + "]"
			}
		default:
			t.Fatalf("unknown check %q", kind+" "+arg)
		}
	case "message":
		n, text, _ := strings.Cut(arg, " ")
		want, _ := strconv.Atoi(n)
		count := 0
		for _, l := range nonEmptyLines(r.stdout) {
			if l == text {
				count++
			}
		}
		if count != want {
			return "message " + strconv.Quote(text) + " printed " + strconv.Itoa(count) + " times, want " + n
		}
		declared := map[string]bool{}
		for _, d := range all {
			if d[0] == "message" {
				_, m, _ := strings.Cut(d[1], " ")
				declared[m] = true
			}
		}
		for _, l := range nonEmptyLines(r.stdout) {
			if !declared[l] {
				return "unexpected stdout line " + strconv.Quote(l)
			}
		}
	case "order":
		a, b, _ := strings.Cut(arg, " < ")
		lines := nonEmptyLines(r.stdout)
		ia, ib := -1, -1
		for i, l := range lines {
			if l == a && ia < 0 {
				ia = i
			}
			if l == b && ib < 0 {
				ib = i
			}
		}
		if ia < 0 || ib < 0 || ia > ib {
			return "order: " + strconv.Quote(a) + " should come before " + strconv.Quote(b)
		}
	case "concurrency":
		pair, n, _ := strings.Cut(arg, " ")
		up, down, _ := strings.Cut(pair, "|")
		limit, _ := strconv.Atoi(n)
		level := 0
		for _, l := range nonEmptyLines(r.stdout) {
			if strings.HasSuffix(l, up) {
				level++
			} else if strings.HasSuffix(l, down) {
				level--
			}
			if level > limit {
				return "more than " + n + " holders at once"
			}
		}
	case "float-ratio-min":
		fs := floatRE.FindAllString(r.stdout, -1)
		if len(fs) < 2 {
			return "expected two timings in stdout"
		}
		a, _ := strconv.ParseFloat(fs[0], 64)
		b, _ := strconv.ParseFloat(fs[1], 64)
		min, _ := strconv.ParseFloat(arg, 64)
		if a <= 0 || b/a < min {
			return "ratio " + strconv.FormatFloat(b/a, 'f', 2, 64) + " below " + arg
		}
	case "wall-min", "wall-max":
		bound, _ := strconv.ParseFloat(arg, 64)
		if (kind == "wall-min" && r.wall < bound) || (kind == "wall-max" && r.wall >= bound) {
			return kind + " " + arg + ": took " + strconv.FormatFloat(r.wall, 'f', 2, 64) + " s"
		}
	case "no-file":
		if _, err := os.Stat(filepath.Join(r.dir, arg)); err == nil {
			return "left " + arg + " behind"
		}
	default:
		t.Fatalf("unknown check directive %q", kind)
	}
	return ""
}

func readFile(t *testing.T, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
