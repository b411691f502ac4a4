// Package stdlib holds minipy's built-in modules, written in Go (or in Python
// embedded as source where that is clearer). Each module has an init function
// in its own file and one row in the modules table below; the VM's import
// machinery asks Lookup before searching sys.path.
package stdlib

import "github.com/minipy/minipy/runtime"

// ModuleInit builds a fresh module object for one interpreter.
type ModuleInit func(ts *runtime.ThreadState) (*runtime.Module, error)

// modules maps importable names to their initialisers.
var modules = map[string]ModuleInit{}

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
