package stdlib

import (
	"embed"
	"io/fs"
	"strings"
)

// Modules written in Python live in lib/ and are compiled into the binary.
// A module a.b is lib/a/b.py, or lib/a/b/__init__.py for a package. Their
// __file__ is "<minipy>/a/b.py": tracebacks show the name and, because the VM
// registers the source, the line.
//
//go:embed all:lib
var libFS embed.FS

// SourcePrefix begins the __file__ of every embedded Python module.
const SourcePrefix = "<minipy>/"

// PySource returns the source of an embedded Python module: its text, its
// file name, and whether it is a package.
func PySource(name string) (src, file string, isPkg, ok bool) {
	rel := strings.ReplaceAll(name, ".", "/")
	if data, err := fs.ReadFile(libFS, "lib/"+rel+"/__init__.py"); err == nil {
		return string(data), SourcePrefix + rel + "/__init__.py", true, true
	}
	if data, err := fs.ReadFile(libFS, "lib/"+rel+".py"); err == nil {
		return string(data), SourcePrefix + rel + ".py", false, true
	}
	return "", "", false, false
}

// PyNames lists the embedded Python modules, dotted.
func PyNames() []string {
	var out []string
	fs.WalkDir(libFS, "lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		n := strings.TrimSuffix(strings.TrimPrefix(path, "lib/"), ".py")
		n = strings.TrimSuffix(n, "/__init__")
		out = append(out, strings.ReplaceAll(n, "/", "."))
		return nil
	})
	return out
}

// The compiled form of each module in lib/ (see compiler.ReadFrozen), made
// by `go test ./vm -run TestFrozenModules -update`.
//
//go:embed all:frozen
var frozenFS embed.FS

// FrozenDir is where the frozen modules are, relative to this package.
const FrozenDir = "frozen"

// Frozen opens the frozen code of an embedded Python module, if there is
// one; the caller closes it.
func Frozen(name string) (fs.File, bool) {
	f, err := frozenFS.Open(FrozenDir + "/" + name + ".gob")
	if err != nil {
		return nil, false
	}
	return f, true
}
