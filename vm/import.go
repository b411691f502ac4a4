package vm

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/minipy/minipy/compiler"
	rt "github.com/minipy/minipy/runtime"
	"github.com/minipy/minipy/stdlib"
)

// Import implements runtime.Executor: `import name` semantics with fromlist
// and relative levels, returning the top package (no fromlist) or the module.
func (vm *VM) Import(ts *rt.ThreadState, name string, globals *rt.Dict, fromlist rt.Object, level int) (rt.Object, error) {
	return vm.importName(ts, name, globals, fromlist, level)
}

func (vm *VM) importName(ts *rt.ThreadState, name string, globals *rt.Dict, fromlist rt.Object, level int) (rt.Object, error) {
	full := name
	if level > 0 {
		pkg := packageOf(globals)
		if pkg == "" {
			return nil, rt.NewImportError("attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 > len(parts)-1 {
			return nil, rt.NewImportError("attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	}
	if full == "" {
		return nil, rt.NewValueError("Empty module name")
	}
	parts := strings.Split(full, ".")
	var mod rt.Object
	for i := range parts {
		m, err := vm.importOne(ts, strings.Join(parts[:i+1], "."))
		if err != nil {
			if mod != nil {
				rt.Decref(mod)
			}
			return nil, err
		}
		if i == 0 || mod == nil {
			if mod != nil {
				rt.Decref(mod)
			}
			mod = m
		} else {
			rt.Decref(m)
		}
		if i > 0 {
			// Bind the submodule as an attribute of its parent.
			parent := vm.interp.Modules.GetStr(strings.Join(parts[:i], "."))
			sub := vm.interp.Modules.GetStr(strings.Join(parts[:i+1], "."))
			if pm, ok := parent.(*rt.Module); ok && sub != nil && pm.Dict.GetStr(parts[i]) == nil {
				pm.Dict.SetStr(parts[i], sub)
			}
		}
	}
	hasFrom := fromlist != nil && fromlist != rt.None
	if t, ok := fromlist.(*rt.Tuple); ok && len(t.Items) == 0 {
		hasFrom = false
	}
	if !hasFrom && level == 0 {
		return mod, nil
	}
	rt.Decref(mod)
	m := vm.interp.Modules.GetStr(full)
	if m == nil {
		return nil, moduleNotFound(full)
	}
	// `from pkg import submodule`: import submodules named in fromlist.
	if t, ok := fromlist.(*rt.Tuple); ok {
		if pm, ok := m.(*rt.Module); ok && pm.Dict.GetStr("__path__") != nil {
			for _, x := range t.Items {
				s, ok := x.(*rt.Str)
				if !ok || s.S == "*" || pm.Dict.GetStr(s.S) != nil {
					continue
				}
				sub, err := vm.importOne(ts, full+"."+s.S)
				if err == nil {
					pm.Dict.SetStr(s.S, sub)
					rt.Decref(sub)
				} else if !rt.ErrorMatches(err, rt.ModuleNotFoundErrorType) {
					return nil, err
				} else {
					rt.Decref(err.(*rt.Exception))
				}
			}
		}
	}
	return rt.Xref(m), nil
}

func packageOf(globals *rt.Dict) string {
	if p, ok := globals.GetStr("__package__").(*rt.Str); ok && p.S != "" {
		return p.S
	}
	if globals.GetStr("__path__") != nil {
		if n, ok := globals.GetStr("__name__").(*rt.Str); ok {
			return n.S
		}
	}
	if n, ok := globals.GetStr("__name__").(*rt.Str); ok {
		if i := strings.LastIndexByte(n.S, '.'); i >= 0 {
			return n.S[:i]
		}
	}
	return ""
}

func moduleNotFound(name string) error {
	e := rt.NewExceptionf(rt.ModuleNotFoundErrorType, "No module named '%s'", name)
	e.InstanceDictSet("name", rt.NewStr(name))
	return e
}

// importOne imports exactly one (dotted) module whose parent is already
// imported: sys.modules, then built-in modules, then the search path.
func (vm *VM) importOne(ts *rt.ThreadState, full string) (rt.Object, error) {
	if m := vm.interp.Modules.GetStr(full); m != nil {
		if m == rt.None {
			return nil, moduleNotFound(full)
		}
		return rt.Xref(m), nil
	}
	if init, ok := stdlib.Lookup(full); ok {
		m, err := init(ts)
		if err != nil {
			return nil, err
		}
		vm.interp.Modules.SetStr(full, m)
		return m, nil
	}
	if src, file, isPkg, ok := stdlib.PySource(full); ok {
		pkgDir := ""
		if isPkg {
			pkgDir = strings.TrimSuffix(file, "/__init__.py")
		}
		return vm.runSourceModule(ts, full, src, file, pkgDir, true)
	}
	var dirs []string
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		parent, ok := vm.interp.Modules.GetStr(full[:i]).(*rt.Module)
		if !ok {
			return nil, moduleNotFound(full)
		}
		p, ok := parent.Dict.GetStr("__path__").(*rt.List)
		if !ok {
			e := rt.NewExceptionf(rt.ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", full, full[:i])
			e.InstanceDictSet("name", rt.NewStr(full))
			return nil, e
		}
		for _, d := range p.Items {
			if s, ok := d.(*rt.Str); ok {
				dirs = append(dirs, s.S)
			}
		}
	} else if p, ok := vm.interp.Sys.Dict.GetStr("path").(*rt.List); ok {
		for _, d := range p.Items {
			if s, ok := d.(*rt.Str); ok {
				dirs = append(dirs, s.S)
			}
		}
	}
	short := full[strings.LastIndexByte(full, '.')+1:]
	for _, dir := range dirs {
		if dir == "" {
			dir = "."
		}
		pkgInit := filepath.Join(dir, short, "__init__.py")
		if st, err := os.Stat(pkgInit); err == nil && !st.IsDir() {
			return vm.loadSourceModule(ts, full, pkgInit, filepath.Join(dir, short))
		}
		file := filepath.Join(dir, short+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			return vm.loadSourceModule(ts, full, file, "")
		}
	}
	return nil, moduleNotFound(full)
}

// loadSourceModule executes a .py file as module full (pkgDir set for
// packages).
func (vm *VM) loadSourceModule(ts *rt.ThreadState, full, file, pkgDir string) (rt.Object, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, rt.NewImportError("cannot read %s", file)
	}
	return vm.runSourceModule(ts, full, string(src), file, pkgDir, false)
}

// runSourceModule creates module full from Python source and runs it. A
// module built into minipy (builtin) runs from its frozen code when that was
// made from the same source.
func (vm *VM) runSourceModule(ts *rt.ThreadState, full, src, file, pkgDir string, builtin bool) (rt.Object, error) {
	m := rt.NewModule(full)
	m.Dict.SetStr("__file__", rt.NewStr(file))
	m.Dict.SetStr("__builtins__", vm.interp.Builtins)
	pkg := full
	if pkgDir != "" {
		m.Dict.SetStr("__path__", rt.NewList([]rt.Object{rt.NewStr(pkgDir)}))
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		pkg = full[:i]
	} else {
		pkg = ""
	}
	m.Dict.SetStr("__package__", rt.NewStr(pkg))
	vm.interp.Modules.SetStr(full, m)
	var code *Code
	var err error
	if cc := frozenCode(full, src, builtin); cc != nil {
		vm.interp.RegisterSource(file, src)
		code = loadCode(cc)
	} else {
		code, err = vm.Compile(ts, src, file, "exec")
	}
	if err == nil {
		var r rt.Object
		r, err = vm.RunCode(ts, code, m.Dict, m.Dict)
		rt.Decref(r)
		rt.Decref(code)
	}
	if err != nil {
		vm.interp.Modules.DelStr(full)
		rt.Decref(m)
		return nil, err
	}
	// The module may have replaced itself in sys.modules.
	if cur := vm.interp.Modules.GetStr(full); cur != nil && cur != rt.Object(m) {
		rt.Decref(m)
		return rt.Xref(cur), nil
	}
	return m, nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or a submodule.
func (vm *VM) importFrom(ts *rt.ThreadState, mod rt.Object, name string) (rt.Object, error) {
	v, err := rt.GetAttr(ts, mod, rt.Intern(name))
	if err == nil {
		return v, nil
	}
	if !rt.ErrorMatches(err, rt.AttributeErrorType) {
		return nil, err
	}
	rt.Decref(err.(*rt.Exception))
	modName := "<unknown module name>"
	where := "unknown location"
	if m, ok := mod.(*rt.Module); ok {
		modName = m.Name
		if sub := vm.interp.Modules.GetStr(m.Name + "." + name); sub != nil {
			return rt.Xref(sub), nil
		}
		if f, ok := m.Dict.GetStr("__file__").(*rt.Str); ok {
			where = f.S
		}
	}
	e := rt.NewImportError("cannot import name '%s' from '%s' (%s)", name, modName, where)
	e.InstanceDictSet("name", rt.NewStr(modName))
	return nil, e
}

// importStar is `from m import *` into the locals mapping.
func (vm *VM) importStar(ts *rt.ThreadState, mod rt.Object, locals rt.Object) error {
	m, ok := mod.(*rt.Module)
	if !ok {
		return rt.NewTypeError("import * requires a module")
	}
	if all := m.Dict.GetStr("__all__"); all != nil {
		return rt.Iterate(ts, all, func(n rt.Object) (bool, error) {
			s, ok := n.(*rt.Str)
			if !ok {
				return false, rt.NewTypeError("Item in %s.__all__ must be str, not %s", m.Name, rt.TypeName(n))
			}
			v, err := rt.GetAttr(ts, m, s)
			if err != nil {
				return false, err
			}
			defer rt.Decref(v)
			return true, mappingSet(ts, locals, s, v)
		})
	}
	keys, values := m.Dict.Items()
	for i, k := range keys {
		s, ok := k.(*rt.Str)
		if !ok || strings.HasPrefix(s.S, "_") {
			continue
		}
		if err := mappingSet(ts, locals, s, values[i]); err != nil {
			return err
		}
	}
	return nil
}

// frozenCode is the frozen code of a built-in module, or nil when there is
// none for this source (it was edited since it was frozen) or for this
// instruction set.
func frozenCode(full, src string, builtin bool) *compiler.Code {
	if !builtin {
		return nil
	}
	f, ok := stdlib.Frozen(full)
	if !ok {
		return nil
	}
	defer f.Close()
	cc, err := compiler.ReadFrozen(f, src)
	if err != nil {
		return nil
	}
	return cc
}
