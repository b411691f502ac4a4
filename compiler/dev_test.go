package compiler

import (
	"os"
	"testing"
)

// TestDisFile disassembles the file named by $MINIPY_DIS (a development aid).
func TestDisFile(t *testing.T) {
	path := os.Getenv("MINIPY_DIS")
	if path == "" {
		t.Skip("set MINIPY_DIS=file.py to disassemble a file")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	debugCompiler = true
	code, err := Compile(parseOne(t, string(src)), path, Exec)
	if err != nil {
		t.Fatal(err)
	}
	Disassemble(os.Stdout, code)
	if err := Validate(code); err != nil {
		t.Fatal(err)
	}
}
