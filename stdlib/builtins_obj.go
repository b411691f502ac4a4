package stdlib

import (
	"fmt"
	"strings"

	"github.com/minipy/minipy/runtime"
)

// ---- attributes ----

// attrName checks the name argument of getattr and friends.
func attrName(o runtime.Object) (*runtime.Str, error) {
	if s, ok := runtime.Unwrap(o).(*runtime.Str); ok {
		return s, nil
	}
	return nil, runtime.NewTypeError("attribute name must be string, not '%s'", runtime.TypeName(o))
}

func builtinGetattr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("getattr", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 3 {
		v, err := runtime.GetAttr(ts, args[0], name)
		if err != nil && runtime.ErrorMatches(err, runtime.AttributeErrorType) {
			runtime.Decref(err.(*runtime.Exception))
			return runtime.Xref(args[2]), nil
		}
		return v, err
	}
	return runtime.GetAttr(ts, args[0], name)
}

func builtinHasattr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("hasattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	v, err := runtime.GetAttr(ts, args[0], name)
	if err != nil {
		if runtime.ErrorMatches(err, runtime.AttributeErrorType) {
			runtime.Decref(err.(*runtime.Exception))
			return runtime.False, nil
		}
		return nil, err
	}
	runtime.Decref(v)
	return runtime.True, nil
}

func builtinSetattr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("setattr", args, kwnames, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if err := runtime.SetAttr(ts, args[0], name, args[2]); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

func builtinDelattr(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("delattr", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if err := runtime.SetAttr(ts, args[0], name, nil); err != nil {
		return nil, err
	}
	return runtime.None, nil
}

// ---- isinstance and issubclass ----

func builtinIsinstance(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("isinstance", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	ok, err := runtime.IsInstanceOf(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(ok), nil
}

func builtinIssubclass(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("issubclass", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	ok, err := runtime.IsSubclassOf(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return runtime.NewBool(ok), nil
}

// ---- namespaces: globals, locals, vars, dir ----

// currentGlobals is the globals of the running frame, or a fresh dict when
// no Python code is running (a builtin called from Go).
func currentGlobals(ts *runtime.ThreadState) *runtime.Dict {
	if g := ts.Globals(); g != nil {
		runtime.Incref(g)
		return g
	}
	return runtime.NewDict()
}

// currentLocals is locals() of the running frame.
func currentLocals(ts *runtime.ThreadState) (runtime.Object, error) {
	if ts.Interp.Exec != nil {
		if l, err := ts.Interp.Exec.CurrentLocals(ts); err != nil || l != nil {
			return l, err
		}
	}
	return currentGlobals(ts), nil
}

func builtinGlobals(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("globals", args, kwnames); err != nil {
		return nil, err
	}
	return currentGlobals(ts), nil
}

func builtinLocals(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := runtime.NoArgs("locals", args, kwnames); err != nil {
		return nil, err
	}
	return currentLocals(ts)
}

func builtinVars(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("vars", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return currentLocals(ts)
	}
	d, err := runtime.LookupAttr(ts, args[0], "__dict__")
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, runtime.NewTypeError("vars() argument must have __dict__ attribute")
	}
	return d, nil
}

func builtinDir(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("dir", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		names, err := runtime.Dir(ts, args[0])
		if err != nil {
			return nil, err
		}
		return listOfStrings(names), nil
	}
	locals, err := currentLocals(ts)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(locals)
	var keys runtime.Object
	if d, ok := runtime.Unwrap(locals).(*runtime.Dict); ok {
		keys = runtime.NewListCopy(d.Keys())
	} else if keys, err = runtime.CallMethod(ts, locals, "keys"); err != nil {
		return nil, err
	}
	defer runtime.Decref(keys)
	return runtime.Sorted(ts, keys, nil, false)
}

// ---- exec, eval, compile ----

// SourceCompiler and CodeExecutor are optional interfaces of the
// runtime.Executor (ts.Interp.Exec, the VM). With them compile() reports
// SyntaxError at once and returns the VM's own code object, which exec() and
// eval() then run, as do exec(f.__code__) and friends. Without them compile()
// returns a compiledSource, which exec/eval run through RunSource.
type SourceCompiler interface {
	// CompileSource compiles src ("exec", "eval" or "single" mode) into a
	// code object, or returns a SyntaxError.
	CompileSource(ts *runtime.ThreadState, src, filename, mode string) (runtime.Object, error)
}

// CodeExecutor runs code objects made by SourceCompiler (see there).
type CodeExecutor interface {
	// RunCodeObject runs code in globals/locals; ok is false when code is
	// not one of the executor's code objects.
	RunCodeObject(ts *runtime.ThreadState, code runtime.Object, globals *runtime.Dict, locals runtime.Object) (result runtime.Object, ok bool, err error)
}

// compiledSource is what compile() returns: the source kept for
// Executor.RunSource (the VM compiles it when it runs).
type compiledSource struct {
	runtime.Header
	source, filename, mode string
}

func (c *compiledSource) Type() *runtime.Type { return codeType }

var codeType = func() *runtime.Type {
	t := newType("builtins", "code", nil)
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		c := self.(*compiledSource)
		return fmt.Sprintf("<code object <module> at 0x%x, file %q, line 1>", runtime.Id(self), c.filename), nil
	}
	addGetters(t, []getter{
		{name: "co_filename", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(self.(*compiledSource).filename), nil
		}},
		{name: "co_name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr("<module>"), nil
		}},
		{name: "co_qualname", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewStr("<module>"), nil
		}},
		{name: "co_firstlineno", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			return runtime.NewInt(1), nil
		}},
	})
	return t.Ready()
}()

// sourceText extracts program text from a str or bytes argument.
func sourceText(o runtime.Object) (string, bool) {
	if s, ok := asStr(o); ok {
		return s, true
	}
	if b, ok := runtime.BytesData(o); ok {
		return string(b), true
	}
	return "", false
}

func builtinCompile(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var source, filename, mode, flags, dontInherit, optimize, featureVersion runtime.Object
	if err := runtime.UnpackArgs(ts, "compile", args, kwnames, "source", &source, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize, "*", "_feature_version?", &featureVersion); err != nil {
		return nil, err
	}
	if c, ok := source.(*compiledSource); ok {
		return runtime.Xref(c), nil
	}
	text, ok := sourceText(source)
	if !ok {
		return nil, runtime.NewTypeError("compile() arg 1 must be a string, bytes or AST object")
	}
	fname, err := fsPath(ts, filename)
	if err != nil {
		return nil, err
	}
	m, err := argStr("compile", "mode", mode)
	if err != nil {
		return nil, err
	}
	if m != "exec" && m != "eval" && m != "single" {
		return nil, runtime.NewValueError("compile() mode must be 'exec', 'eval' or 'single'")
	}
	if flags != nil {
		f, err := runtime.AsSsize(ts, flags)
		if err != nil {
			return nil, err
		}
		if f&0x400 != 0 { // PyCF_ONLY_AST
			return nil, runtime.NewNotImplementedError("compile() to an AST is not supported by minipy")
		}
	}
	if c, ok := ts.Interp.Exec.(SourceCompiler); ok {
		return c.CompileSource(ts, text, fname, m)
	}
	return newObject(&compiledSource{source: text, filename: fname, mode: m}), nil
}

// evalNamespaces resolves the globals and locals arguments of exec/eval.
func evalNamespaces(ts *runtime.ThreadState, fname string, globals, locals runtime.Object) (*runtime.Dict, runtime.Object, error) {
	if isNone(globals) {
		globals = nil
	}
	if isNone(locals) {
		locals = nil
	}
	var g *runtime.Dict
	if globals != nil {
		d, ok := globals.(*runtime.Dict)
		if !ok {
			if fname == "exec" {
				return nil, nil, runtime.NewTypeError("exec() globals must be a dict, not %s", runtime.TypeName(globals))
			}
			return nil, nil, runtime.NewTypeError("globals must be a dict")
		}
		g = d
		runtime.Incref(g)
	}
	if locals != nil && locals.Type().GetItem == nil {
		if fname == "exec" {
			return nil, nil, runtime.NewTypeError("locals must be a mapping or None, not %s", runtime.TypeName(locals))
		}
		return nil, nil, runtime.NewTypeError("locals must be a mapping")
	}
	if g == nil {
		g = currentGlobals(ts)
		if locals == nil {
			l, err := currentLocals(ts)
			if err != nil {
				runtime.Decref(g)
				return nil, nil, err
			}
			return g, l, nil
		}
	}
	if locals == nil {
		locals = g
	}
	if g.GetStr("__builtins__") == nil && ts.Interp.Builtins != nil {
		g.SetStr("__builtins__", ts.Interp.Builtins)
	}
	runtime.Incref(locals)
	return g, locals, nil
}

func runCode(ts *runtime.ThreadState, fname string, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if len(args) == 0 {
		return nil, runtime.NewTypeError("%s expected at least 1 argument, got 0", fname)
	}
	source := args[0]
	var globals, locals runtime.Object
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	var text, filename, mode string
	isCode := false
	switch c := source.(type) {
	case *compiledSource:
		text, filename, mode = c.source, c.filename, c.mode
	default:
		t, ok := sourceText(source)
		if !ok {
			if _, ok := ts.Interp.Exec.(CodeExecutor); !ok || source.Type().Name != "code" {
				return nil, runtime.NewTypeError("%s() arg 1 must be a string, bytes or code object", fname)
			}
			isCode = true
		}
		text, filename, mode = t, "<string>", fname
		if fname == "eval" {
			text = strings.TrimLeft(text, " \t")
		}
	}
	g, l, err := evalNamespaces(ts, fname, globals, locals)
	if err != nil {
		return nil, err
	}
	defer runtime.Decref(g)
	defer runtime.Decref(l)
	if ts.Interp.Exec == nil {
		return nil, runtime.NewSystemError("%s(): no executor", fname)
	}
	var r runtime.Object
	if isCode {
		var ok bool
		r, ok, err = ts.Interp.Exec.(CodeExecutor).RunCodeObject(ts, source, g, l)
		if err == nil && !ok {
			return nil, runtime.NewTypeError("%s() arg 1 must be a string, bytes or code object", fname)
		}
	} else {
		r, err = ts.Interp.Exec.RunSource(ts, text, filename, mode, g, l)
	}
	if err != nil {
		return nil, err
	}
	if fname == "exec" {
		runtime.Decref(r)
		return runtime.None, nil
	}
	if r == nil {
		return runtime.None, nil
	}
	return r, nil
}

func builtinEval(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	if err := posArgs("eval", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	return runCode(ts, "eval", args, kwnames)
}

func builtinExec(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var source, globals, locals, closure runtime.Object
	if err := runtime.UnpackArgs(ts, "exec", args, kwnames, "source", &source, "globals?", &globals, "locals?", &locals,
		"/", "*", "closure?", &closure); err != nil {
		return nil, err
	}
	pos := []runtime.Object{source}
	if globals != nil {
		pos = append(pos, globals)
		if locals != nil {
			pos = append(pos, locals)
		}
	} else if locals != nil {
		pos = append(pos, runtime.None, locals)
	}
	return runCode(ts, "exec", pos, nil)
}

func builtinImport(ts *runtime.ThreadState, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var name, globals, locals, fromlist, level runtime.Object
	if err := runtime.UnpackArgs(ts, "__import__", args, kwnames, "name", &name, "globals?", &globals, "locals?", &locals,
		"fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	n, ok := asStr(name)
	if !ok {
		return nil, runtime.NewTypeError("module name must be a string")
	}
	lv := 0
	if level != nil {
		v, err := runtime.AsSsize(ts, level)
		if err != nil {
			return nil, err
		}
		lv = v
	}
	if lv < 0 {
		return nil, runtime.NewValueError("level must be >= 0")
	}
	if n == "" && lv == 0 {
		return nil, runtime.NewValueError("Empty module name")
	}
	g, _ := globals.(*runtime.Dict)
	if fromlist == nil {
		fromlist = runtime.None
	}
	if ts.Interp.Exec == nil {
		return nil, runtime.NewImportError("__import__ not found")
	}
	return ts.Interp.Exec.Import(ts, n, g, fromlist, lv)
}

// ---- exit, quit and help ----

// quitter is the exit and quit objects (_sitebuiltins.Quitter).
type quitter struct {
	runtime.Header
	name string
}

func (q *quitter) Type() *runtime.Type { return quitterType }

var quitterType = func() *runtime.Type {
	t := newType("_sitebuiltins", "Quitter", nil)
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return "Use " + self.(*quitter).name + "() or Ctrl-D (i.e. EOF) to exit", nil
	}
	t.Call = func(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var code runtime.Object
		if err := runtime.UnpackArgs(ts, "__call__", args, kwnames, "code?", &code); err != nil {
			return nil, err
		}
		if code == nil {
			return nil, runtime.NewException(runtime.SystemExitType)
		}
		runtime.Incref(code)
		return nil, runtime.NewException(runtime.SystemExitType, code)
	}
	addGetters(t, []getter{{name: "name", get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(self.(*quitter).name), nil
	}}})
	return t.Ready()
}()

func newQuitter(name string) runtime.Object { return newObject(&quitter{name: name}) }

// helper is the help object (_sitebuiltins._Helper): help(obj) prints the
// object's name and docstring; interactive help is not provided.
type helper struct{ runtime.Header }

func (h *helper) Type() *runtime.Type { return helperType }

var helperType = func() *runtime.Type {
	t := newType("_sitebuiltins", "_Helper", nil)
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		return "Type help() for interactive help, or help(object) for help about object.", nil
	}
	t.Call = helpCall
	return t.Ready()
}()

var helpObject = immortalObject(&helper{})

func helpCall(ts *runtime.ThreadState, self runtime.Object, args []runtime.Object, kwnames []string) (runtime.Object, error) {
	var obj runtime.Object
	if err := runtime.UnpackArgs(ts, "__call__", args, kwnames, "request?", &obj); err != nil {
		return nil, err
	}
	out := sysAttr(ts, "stdout")
	if out == nil || out == runtime.None {
		return runtime.None, nil
	}
	if obj == nil {
		return runtime.None, writeToFile(ts, out, "\nWelcome to minipy's help utility! Interactive help is not available;\n"+
			"call help(object) for help about an object.\n\n")
	}
	name := ""
	if n, err := runtime.LookupAttr(ts, obj, "__name__"); err == nil && n != nil {
		name, _ = asStr(n)
		runtime.Decref(n)
	}
	if s, ok := asStr(obj); ok && name == "" {
		name = s
	}
	kind := "object"
	switch obj.(type) {
	case *runtime.Builtin:
		kind = "built-in function"
	case *runtime.Type:
		kind = "class"
	case *runtime.Module:
		kind = "module"
	}
	if kind == "object" && obj.Type().Lookup("__code__") != nil {
		kind = "function"
	}
	doc := ""
	if d, err := runtime.LookupAttr(ts, obj, "__doc__"); err == nil && d != nil {
		doc, _ = asStr(d)
		runtime.Decref(d)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Help on %s %s", kind, name)
	if mod, err := runtime.LookupAttr(ts, obj, "__module__"); err == nil && mod != nil {
		if ms, ok := asStr(mod); ok && kind != "module" {
			fmt.Fprintf(&b, " in module %s", ms)
		}
		runtime.Decref(mod)
	}
	b.WriteString(":\n\n")
	if kind == "class" {
		fmt.Fprintf(&b, "class %s(...)\n", name)
	} else {
		fmt.Fprintf(&b, "%s(...)\n", name)
	}
	for _, line := range strings.Split(doc, "\n") {
		if doc != "" {
			b.WriteString("    " + line + "\n")
		}
	}
	b.WriteString("\n")
	return runtime.None, writeToFile(ts, out, b.String())
}
