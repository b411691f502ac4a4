package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExpressions evaluates every expression of testdata/*.txt through the
// runtime and compares the result with CPython 3.11's, recorded in the file
// by testdata/regen.py.
func TestExpressions(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt files")
	}
	for _, path := range files {
		path := path
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			ts := NewInterpreter().Main
			for i, line := range strings.Split(string(data), "\n") {
				if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
					continue
				}
				expr, want, ok := strings.Cut(line, " ==> ")
				if !ok {
					t.Errorf("%s:%d: no expectation recorded (run testdata/regen.py): %s", path, i+1, line)
					continue
				}
				got, err := evalPy(ts, expr)
				if err != nil {
					t.Errorf("%s:%d: %s: evaluator error: %v", path, i+1, expr, err)
					continue
				}
				if got != want {
					t.Errorf("%s:%d: %s\n got: %s\nwant: %s", path, i+1, expr, got, want)
				}
			}
		})
	}
}
