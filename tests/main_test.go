// Package tests holds the tests that need the whole minipy binary: the
// tutorial listings (listings/) and the conformance cases (cases/).
package tests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// minipyBinary is the binary built once for the whole package.
var minipyBinary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "minipy-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	minipyBinary = filepath.Join(dir, "minipy")
	args := []string{"build", "-o", minipyBinary}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "../cmd/minipy")...)
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building minipy:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
