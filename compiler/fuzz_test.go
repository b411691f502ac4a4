package compiler

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minipy/minipy/parser"
)

// FuzzCompile runs arbitrary source through the whole front end (lexer,
// parser, compiler). Every input must give either a code object that passes
// Validate or a *parser.SyntaxError with a position and no "internal" message;
// never a panic, and never a hang.
func FuzzCompile(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		var failure string
		go func() {
			defer close(done)
			failure = compileOne(src)
		}()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("compiling %q took more than 20s", src)
		}
		if failure != "" {
			t.Fatalf("%q: %s", src, failure)
		}
	})
}

// compileOne compiles src in every mode and returns a description of what
// went wrong, or "" when the front end behaved.
func compileOne(src []byte) string {
	for _, mode := range []Mode{Exec, Eval, Interactive} {
		var code *Code
		mod, err := parser.ParseFile("fuzz.py", src)
		if err == nil {
			code, err = Compile(mod, "fuzz.py", mode)
		}
		if err != nil {
			var se *parser.SyntaxError
			if !errors.As(err, &se) {
				return fmt.Sprintf("error is %T, not *parser.SyntaxError: %v", err, err)
			}
			if strings.Contains(se.Msg, "internal") {
				return "internal error: " + se.Msg
			}
			if se.Line < 1 || se.Col < 0 {
				return "bad error position: " + se.Error()
			}
			continue
		}
		if code == nil {
			return "nil code without error"
		}
		if err := Validate(code); err != nil {
			return err.Error()
		}
	}
	return ""
}

// addFuzzSeeds adds the parser's test programs and case lists and the
// conformance programs of tests/cases.
func addFuzzSeeds(f *testing.F) {
	add := func(src []byte) {
		if len(src) < 4000 {
			f.Add(src)
		}
	}
	for _, pat := range []string{"../parser/testdata/*/*.py", "../tests/cases/*.py"} {
		files, _ := filepath.Glob(pat)
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			if strings.Contains(pat, "tests/cases") {
				// Conformance files are chunks separated by "# ---" lines.
				for _, chunk := range strings.Split(string(src), "\n# ---") {
					add([]byte(chunk))
				}
				continue
			}
			add(src)
		}
	}
	// One Python string literal per line; most are valid Go literals too.
	files, _ := filepath.Glob("../parser/testdata/cases/*.txt")
	for _, name := range files {
		fh, err := os.Open(name)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, `"`) {
				continue
			}
			if s, err := strconv.Unquote(line); err == nil {
				add([]byte(s))
			}
		}
		fh.Close()
	}
}
