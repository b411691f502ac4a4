// Package stdlib holds minipy's built-in modules, written in Go (or in Python
// embedded as source where that is clearer). Each module has an init function
// in its own file and one row in the modules table below; the VM's import
// machinery asks Lookup before searching sys.path.
package stdlib

import "github.com/minipy/minipy/runtime"

// ModuleInit builds a fresh module object for one interpreter.
type ModuleInit func(ts *runtime.ThreadState) (*runtime.Module, error)

// modules maps importable names to their initialisers. It is assigned in
// init rather than in its declaration because sys lists the table
// (sys.builtin_module_names), which Go's initialisation order would otherwise
// see as a cycle.
var modules map[string]ModuleInit

func init() {
	modules = map[string]ModuleInit{
		"builtins":  initBuiltins,
		"sys":       initSys,
		"time":      initTime,
		"math":      initMath,
		"os":        initOS,
		"os.path":   initOSPath,
		"posixpath": initOSPath,
		"io":        initIO,
		"_io":       initIO,
		"gc":        initGC,
		"atexit":    initAtexit,
		"errno":     initErrno,
		"keyword":   initKeyword,
	}
}

// Lookup returns the initialiser of a built-in module.
func Lookup(name string) (ModuleInit, bool) {
	init, ok := modules[name]
	return init, ok
}

// Names lists the built-in modules (sys.builtin_module_names).
func Names() []string {
	out := make([]string, 0, len(modules))
	for n := range modules {
		out = append(out, n)
	}
	return out
}
