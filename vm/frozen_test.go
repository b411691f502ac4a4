package vm

import (
	"bytes"
	"encoding/gob"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minipy/minipy/compiler"
	"github.com/minipy/minipy/parser"
	"github.com/minipy/minipy/stdlib"
)

var updateFrozen = flag.Bool("update", false, "rewrite stdlib/frozen from stdlib/lib")

// TestFrozenModules checks that every module in stdlib/lib has frozen code
// made from its current source by the current compiler. With -update it
// rewrites the frozen files instead:
//
//	go test ./vm -run TestFrozenModules -update
func TestFrozenModules(t *testing.T) {
	dir := filepath.Join("..", "stdlib", stdlib.FrozenDir)
	want := map[string]bool{}
	for _, name := range stdlib.PyNames() {
		src, file, _, _ := stdlib.PySource(name)
		mod, err := parser.ParseFile(file, []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cc, err := compiler.Compile(mod, file, compiler.Exec)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want[name+".gob"] = true
		if *updateFrozen {
			var buf bytes.Buffer
			if err := compiler.WriteFrozen(&buf, src, cc); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := os.WriteFile(filepath.Join(dir, name+".gob"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got := frozenCode(name, src, true)
		if got == nil {
			t.Errorf("%s: no frozen code for its current source; run: go test ./vm -run TestFrozenModules -update", name)
			continue
		}
		if !bytes.Equal(gobBytes(t, got), gobBytes(t, cc)) {
			t.Errorf("%s: frozen code differs from what the compiler makes now; run: go test ./vm -run TestFrozenModules -update", name)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gob") && !want[e.Name()] {
			if *updateFrozen {
				os.Remove(filepath.Join(dir, e.Name()))
			} else {
				t.Errorf("%s: frozen code of a module that no longer exists; run: go test ./vm -run TestFrozenModules -update", e.Name())
			}
		}
	}
}

func gobBytes(t *testing.T, c *compiler.Code) []byte {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
