// Package stdlib holds minipy's built-in modules, written in Go (or in Python
// embedded as source where that is clearer). Each module has an init function
// in its own file and one row in the modules table below; the VM's import
// machinery asks Lookup before searching sys.path.
package stdlib

import "github.com/minipy/minipy/runtime"

// ModuleInit builds a fresh module object for one interpreter.
type ModuleInit func(ts *runtime.ThreadState) (*runtime.Module, error)

// modules maps importable names to their initialisers. A module's own file
// adds its row with register from an init function, so adding a module
// touches only that file. (sys lists the table for sys.builtin_module_names,
// which is why it is filled at init time rather than in a declaration.)
var modules map[string]ModuleInit

// register adds a built-in module; it runs from init functions, whose order
// across files does not matter.
func register(name string, init ModuleInit) {
	if modules == nil {
		modules = map[string]ModuleInit{}
	}
	if _, dup := modules[name]; dup {
		panic("stdlib: module registered twice: " + name)
	}
	modules[name] = init
}

func init() {
	register("builtins", initBuiltins)
	register("sys", initSys)
	register("time", initTime)
	register("math", initMath)
	register("os", initOS)
	register("os.path", initOSPath)
	register("posixpath", initOSPath)
	register("io", initIO)
	register("_io", initIO)
	register("gc", initGC)
	register("atexit", initAtexit)
	register("errno", initErrno)
	register("keyword", initKeyword)
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
