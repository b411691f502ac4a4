package vm

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
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
		if path, ok := sameValue(reflect.ValueOf(got), reflect.ValueOf(cc), "Code"); !ok {
			t.Errorf("%s: frozen code differs from what the compiler makes now at %s; run: go test ./vm -run TestFrozenModules -update"+
				" (if it still differs after that, compiler/freeze.go does not carry that field)", name, path)
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

// sameValue compares two values field by field, unexported fields
// included (gob drops those, and this must notice), taking a nil slice as
// equal to an empty one (gob does not keep the difference) and floats by
// their bits. It returns the path of the first difference.
func sameValue(a, b reflect.Value, path string) (string, bool) {
	if a.Kind() != b.Kind() {
		return path, false
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return path, a.IsNil() == b.IsNil()
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return path, false
		}
		return sameValue(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if p, ok := sameValue(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); !ok {
				return p, false
			}
		}
		return path, true
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return path, false
		}
		for i := 0; i < a.Len(); i++ {
			if p, ok := sameValue(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); !ok {
				return p, false
			}
		}
		return path, true
	case reflect.Map:
		if a.Len() != b.Len() {
			return path, false
		}
		for _, k := range a.MapKeys() {
			if p, ok := sameValue(a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k)); !ok {
				return p, false
			}
		}
		return path, true
	case reflect.Bool:
		return path, a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return path, a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return path, a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return path, math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		return path, math.Float64bits(real(x)) == math.Float64bits(real(y)) && math.Float64bits(imag(x)) == math.Float64bits(imag(y))
	case reflect.String:
		return path, a.String() == b.String()
	case reflect.Invalid:
		return path, true
	}
	return path + " (a " + a.Kind().String() + ", which cannot be frozen)", false
}
