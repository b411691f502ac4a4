package tests

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCases runs every chunk of tests/cases/*.py with minipy and compares its
// stdout, the last line of its stderr (all of it in a file that starts with
// "# cases: full-stderr") and its exit status with the golden recorded from
// CPython by record_cases.py.
func TestCases(t *testing.T) {
	files, _ := filepath.Glob("cases/*.py")
	if len(files) == 0 {
		t.Fatal("no case files")
	}
	for _, file := range files {
		file := file
		t.Run(strings.TrimSuffix(filepath.Base(file), ".py"), func(t *testing.T) {
			t.Parallel()
			src := readFile(t, file)
			golden := readFile(t, strings.TrimSuffix(file, ".py")+".golden")
			want := strings.Split(golden, "=== chunk at line ")[1:]
			got := splitChunks(src)
			full := strings.HasPrefix(src, "# cases: full-stderr\n")
			if len(want) != len(got) {
				t.Fatalf("%d chunks but %d golden entries: re-record with tests/record_cases.py", len(got), len(want))
			}
			for i, c := range got {
				exp := "=== chunk at line " + want[i]
				out := runChunk(t, c.src, full)
				actual := "=== chunk at line " + strconv.Itoa(c.line) + "\n" + out
				if actual != exp {
					t.Errorf("chunk at line %d:\n--- want\n%s--- got\n%s", c.line, exp, actual)
				}
			}
		})
	}
}

type chunk struct {
	line int
	src  string
}

// splitChunks mirrors record_cases.py's chunking on "# ---" lines.
func splitChunks(src string) []chunk {
	lines := strings.Split(src, "\n")
	var out []chunk
	start := 1
	var cur []string
	for i, l := range lines {
		if strings.TrimSpace(l) == "# ---" {
			out = append(out, chunk{start, strings.Join(cur, "\n") + "\n"})
			start, cur = i+2, nil
			continue
		}
		cur = append(cur, l)
	}
	if strings.TrimSpace(strings.Join(cur, "")) != "" {
		out = append(out, chunk{start, strings.Join(cur, "\n") + "\n"})
	}
	return out
}

func runChunk(t *testing.T, src string, full bool) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "case.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, minipyBinary, "case.py")
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	rc := 0
	if ee, ok := err.(*exec.ExitError); ok {
		rc = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if full {
		stderr := strings.ReplaceAll(errb.String(), dir+"/", "")
		if stderr != "" && !strings.HasSuffix(stderr, "\n") {
			stderr += "\n"
		}
		return strings.ReplaceAll(out.String(), dir+"/", "") + "--- stderr:\n" + stderr + "--- rc: " + strconv.Itoa(rc) + "\n"
	}
	last := ""
	if lines := nonEmptyLines(errb.String()); len(lines) > 0 {
		last = lines[len(lines)-1]
	}
	// The script's absolute path (tracebacks, __file__) reads "case.py", as
	// record_cases.py writes it.
	stdout := strings.ReplaceAll(out.String(), dir+"/", "")
	last = strings.ReplaceAll(last, dir+"/", "")
	return stdout + "--- stderr last line: " + last + "\n--- rc: " + strconv.Itoa(rc) + "\n"
}
