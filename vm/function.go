package vm

import (
	"strconv"
	"strings"

	"github.com/minipy/minipy/compiler"
	rt "github.com/minipy/minipy/runtime"
)

// Function is a Python function object (def, lambda, comprehension body).
type Function struct {
	rt.Header
	code       *Code
	globals    *rt.Dict
	builtins   *rt.Dict
	defaults   []rt.Object // positional defaults (for the last len(defaults) params)
	kwdefaults *rt.Dict
	// closure holds the cells of the tuple closureTuple owns (__closure__).
	closure      []*rt.Cell
	closureTuple *rt.Tuple
	name         string
	qualname     string
	dict         *rt.Dict
	// doc, module and annotations are Python-visible attributes.
	doc         rt.Object
	module      rt.Object
	annotations *rt.Dict
	vm          *VM
}

// FunctionType is the type of Python functions.
var FunctionType = rt.NewBuiltinType("function", rt.ObjectType)

func (f *Function) Type() *rt.Type { return FunctionType }

// InstanceDict makes function attributes (f.x = 1) work.
func (f *Function) InstanceDict() *rt.Dict {
	if f.dict == nil {
		f.dict = rt.NewDict()
	}
	return f.dict
}

func init() {
	FunctionType.Flags |= rt.FlagMethodLike
	FunctionType.Call = func(ts *rt.ThreadState, self rt.Object, args []rt.Object, kwnames []string) (rt.Object, error) {
		f := self.(*Function)
		return f.vm.callFunction(ts, f, args, kwnames)
	}
	FunctionType.DescrGet = func(ts *rt.ThreadState, self, obj rt.Object, owner *rt.Type) (rt.Object, error) {
		if obj == nil {
			return rt.Xref(self), nil
		}
		return rt.NewMethodObject(self, obj), nil
	}
	FunctionType.Repr = func(ts *rt.ThreadState, self rt.Object) (string, error) {
		f := self.(*Function)
		return "<function " + f.qualname + " at 0x" + strconv.FormatUint(uint64(rt.Id(f)), 16) + ">", nil
	}
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr
	FunctionType.Dealloc = func(o rt.Object) {
		f := o.(*Function)
		rt.DecrefAll(f.defaults)
		if f.closureTuple != nil {
			rt.Decref(f.closureTuple)
		}
		if f.kwdefaults != nil {
			rt.Decref(f.kwdefaults)
		}
		if f.dict != nil {
			rt.Decref(f.dict)
		}
		f.defaults, f.closure, f.closureTuple, f.kwdefaults, f.dict = nil, nil, nil, nil, nil
	}
	// Functions are never cleared: a cycle through one also runs through a
	// mutable container (a cell, a dict, a list of defaults) that is.
	FunctionType.Traverse = func(o rt.Object, visit func(rt.Object)) {
		f := o.(*Function)
		for _, d := range f.defaults {
			visit(d)
		}
		if f.closureTuple != nil {
			visit(f.closureTuple)
		}
		if f.kwdefaults != nil {
			visit(f.kwdefaults)
		}
		if f.dict != nil {
			visit(f.dict)
		}
	}
	FunctionType.Ready()
	CodeType.GetAttr = codeGetAttr
	CodeType.Repr = func(ts *rt.ThreadState, self rt.Object) (string, error) {
		c := self.(*Code)
		return "<code object " + c.Name + " at 0x" + strconv.FormatUint(uint64(rt.Id(c)), 16) +
			", file \"" + c.Filename + "\", line " + strconv.Itoa(c.FirstLine) + ">", nil
	}
	CodeType.Ready()
}

func functionGetAttr(ts *rt.ThreadState, self rt.Object, name *rt.Str) (rt.Object, error) {
	f := self.(*Function)
	switch name.S {
	case "__name__":
		return rt.NewStr(f.name), nil
	case "__qualname__":
		return rt.NewStr(f.qualname), nil
	case "__doc__":
		return rt.Xref(f.doc), nil
	case "__module__":
		return rt.Xref(f.module), nil
	case "__code__":
		return rt.Xref(f.code), nil
	case "__globals__":
		return rt.Xref(f.globals), nil
	case "__dict__":
		return rt.Xref(f.InstanceDict()), nil
	case "__defaults__":
		if len(f.defaults) == 0 {
			return rt.None, nil
		}
		return rt.NewTupleCopy(f.defaults), nil
	case "__kwdefaults__":
		if f.kwdefaults == nil {
			return rt.None, nil
		}
		return rt.Xref(f.kwdefaults), nil
	case "__closure__":
		if f.closureTuple == nil {
			return rt.None, nil
		}
		return rt.Xref(f.closureTuple), nil
	case "__annotations__":
		if f.annotations == nil {
			f.annotations = rt.NewDict()
		}
		return rt.Xref(f.annotations), nil
	}
	return rt.GenericGetAttr(ts, self, name)
}

func functionSetAttr(ts *rt.ThreadState, self rt.Object, name *rt.Str, value rt.Object) error {
	f := self.(*Function)
	switch name.S {
	case "__name__", "__qualname__":
		s, ok := value.(*rt.Str)
		if !ok {
			return rt.NewTypeError("%s must be set to a string object", name.S)
		}
		if name.S == "__name__" {
			f.name = s.S
		} else {
			f.qualname = s.S
		}
		return nil
	case "__doc__":
		rt.Incref(value)
		rt.Decref(f.doc)
		f.doc = value
		return nil
	case "__module__":
		rt.Incref(value)
		rt.Decref(f.module)
		f.module = value
		return nil
	case "__defaults__":
		rt.DecrefAll(f.defaults)
		f.defaults = nil
		if t, ok := value.(*rt.Tuple); ok {
			f.defaults = append([]rt.Object(nil), t.Items...)
			rt.IncrefAll(f.defaults)
		}
		return nil
	case "__kwdefaults__":
		if d, ok := value.(*rt.Dict); ok {
			rt.Incref(d)
			f.kwdefaults = d
		} else {
			f.kwdefaults = nil
		}
		return nil
	case "__annotations__":
		if d, ok := value.(*rt.Dict); ok {
			rt.Incref(d)
			f.annotations = d
		}
		return nil
	}
	return rt.GenericSetAttr(ts, self, name, value)
}

func codeGetAttr(ts *rt.ThreadState, self rt.Object, name *rt.Str) (rt.Object, error) {
	c := self.(*Code)
	strs := func(ss []string) rt.Object {
		items := make([]rt.Object, len(ss))
		for i, s := range ss {
			items[i] = rt.NewStr(s)
		}
		return rt.NewTuple(items)
	}
	switch name.S {
	case "co_name":
		return rt.NewStr(c.Name), nil
	case "co_qualname":
		return rt.NewStr(c.QualName), nil
	case "co_filename":
		return rt.NewStr(c.Filename), nil
	case "co_firstlineno":
		return rt.NewInt(int64(c.FirstLine)), nil
	case "co_argcount":
		return rt.NewInt(int64(c.ArgCount)), nil
	case "co_posonlyargcount":
		return rt.NewInt(int64(c.PosOnlyArgCount)), nil
	case "co_kwonlyargcount":
		return rt.NewInt(int64(c.KwOnlyArgCount)), nil
	case "co_nlocals":
		return rt.NewInt(int64(len(c.VarNames))), nil
	case "co_varnames":
		return strs(c.VarNames), nil
	case "co_cellvars":
		return strs(c.CellVars), nil
	case "co_freevars":
		return strs(c.FreeVars), nil
	case "co_names":
		return strs(c.Names), nil
	case "co_flags":
		return rt.NewInt(int64(c.Flags)), nil
	case "co_consts":
		return rt.NewTupleCopy(c.consts), nil
	case "co_stacksize":
		return rt.NewInt(int64(c.StackSize)), nil
	case "co_positions":
		return rt.NewBuiltin("co_positions", func(ts *rt.ThreadState, args []rt.Object, kwnames []string) (rt.Object, error) {
			if err := rt.NoArgs("co_positions", args, kwnames); err != nil {
				return nil, err
			}
			return codePositions(ts, c)
		}), nil
	}
	return rt.GenericGetAttr(ts, self, name)
}

// codePositions is co_positions(): an iterator of (line, end_line, col,
// end_col) per instruction, None for an unknown column.
func codePositions(ts *rt.ThreadState, c *Code) (rt.Object, error) {
	ps := c.Positions()
	items := make([]rt.Object, len(ps))
	opt := func(v int) rt.Object {
		if v < 0 {
			return rt.None
		}
		return rt.NewInt(int64(v))
	}
	for i, p := range ps {
		col, endCol := opt(p.Col), opt(p.EndCol)
		endLine := opt(p.EndLine)
		if p.Col < 0 {
			rt.Decref(endLine)
			endLine = rt.None
		}
		items[i] = rt.NewTuple([]rt.Object{rt.NewInt(int64(p.Line)), endLine, col, endCol})
	}
	l := rt.NewList(items)
	defer rt.Decref(l)
	return rt.GetIter(ts, l)
}

// makeFunction builds a function from MAKE_FUNCTION's operands.
func (vm *VM) makeFunction(code *Code, globals *rt.Dict, builtins *rt.Dict) *Function {
	rt.Incref(globals)
	f := &Function{Header: rt.Header{}, code: code, globals: globals, builtins: builtins,
		name: code.Name, qualname: code.QualName, vm: vm}
	rt.Incref(f)
	rt.Track(f)
	f.doc = rt.None
	if code.Flags&compiler.CO_OPTIMIZED != 0 && len(code.consts) > 0 {
		if s, ok := code.consts[0].(*rt.Str); ok {
			f.doc = s
		}
	}
	if f.qualname == "" {
		f.qualname = f.name
	}
	f.module = rt.None
	if m := globals.GetStr("__name__"); m != nil {
		f.module = rt.Xref(m)
	}
	return f
}

// ---- argument binding ----

// bindArgs fills the frame's fast locals from a call's arguments, with
// CPython's error messages.
func bindArgs(ts *rt.ThreadState, fn *Function, fast []rt.Object, args []rt.Object, kwnames []string) error {
	co := fn.code
	npos := len(args) - len(kwnames)
	nparams := co.ArgCount
	nkwonly := co.KwOnlyArgCount
	n := npos
	if n > nparams {
		n = nparams
	}
	for i := 0; i < n; i++ {
		rt.Incref(args[i])
		fast[i] = args[i]
	}
	slot := nparams + nkwonly
	if co.Flags&compiler.CO_VARARGS != 0 {
		var rest []rt.Object
		if npos > nparams {
			rest = args[nparams:npos]
		}
		fast[slot] = rt.NewTupleCopy(rest)
		slot++
	} else if npos > nparams {
		return tooManyPositional(fn, npos, args, kwnames)
	}
	var kwargs *rt.Dict
	if co.Flags&compiler.CO_VARKEYWORDS != 0 {
		kwargs = rt.NewDict()
		fast[slot] = kwargs
	}
	if len(kwnames) > 0 {
		var posOnlyAsKw []string
		for k, name := range kwnames {
			val := args[npos+k]
			idx := -1
			for j := co.PosOnlyArgCount; j < nparams+nkwonly; j++ {
				if co.VarNames[j] == name {
					idx = j
					break
				}
			}
			if idx < 0 {
				if kwargs != nil {
					if err := kwargs.SetItem(ts, rt.NewStr(name), val); err != nil {
						return err
					}
					continue
				}
				for j := 0; j < co.PosOnlyArgCount; j++ {
					if co.VarNames[j] == name {
						posOnlyAsKw = append(posOnlyAsKw, name)
						idx = j
					}
				}
				if idx >= 0 {
					continue
				}
				return rt.NewTypeError("%s() got an unexpected keyword argument '%s'", fn.qualname, name)
			}
			if fast[idx] != nil {
				return rt.NewTypeError("%s() got multiple values for argument '%s'", fn.qualname, name)
			}
			rt.Incref(val)
			fast[idx] = val
		}
		if len(posOnlyAsKw) > 0 {
			return rt.NewTypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
				fn.qualname, strings.Join(posOnlyAsKw, ", "))
		}
	}
	// Defaults for missing positional parameters.
	if npos < nparams {
		ndef := len(fn.defaults)
		first := nparams - ndef
		var missing []string
		for i := npos; i < nparams; i++ {
			if fast[i] != nil {
				continue
			}
			if i >= first {
				d := fn.defaults[i-first]
				rt.Incref(d)
				fast[i] = d
			} else {
				missing = append(missing, co.VarNames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if nkwonly > 0 {
		var missing []string
		for i := nparams; i < nparams+nkwonly; i++ {
			if fast[i] != nil {
				continue
			}
			if fn.kwdefaults != nil {
				if d := fn.kwdefaults.GetStr(co.VarNames[i]); d != nil {
					rt.Incref(d)
					fast[i] = d
					continue
				}
			}
			missing = append(missing, co.VarNames[i])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	return rt.NewTypeError("%s() missing %d required %s %s: %s", fn.qualname, len(names), kind, plural, list)
}

func tooManyPositional(fn *Function, given int, args []rt.Object, kwnames []string) error {
	co := fn.code
	ndef := len(fn.defaults)
	nparams := co.ArgCount
	var takes string
	if ndef > 0 {
		takes = "from " + strconv.Itoa(nparams-ndef) + " to " + strconv.Itoa(nparams) + " positional arguments"
	} else {
		plural := "s"
		if nparams == 1 {
			plural = ""
		}
		takes = strconv.Itoa(nparams) + " positional argument" + plural
	}
	kwonlyGiven := 0
	for _, k := range kwnames {
		for j := nparams; j < nparams+co.KwOnlyArgCount; j++ {
			if co.VarNames[j] == k {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		kwPlural := "s"
		if kwonlyGiven == 1 {
			kwPlural = ""
		}
		posPlural := "s"
		if given == 1 {
			posPlural = ""
		}
		return rt.NewTypeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			fn.qualname, takes, given, posPlural, kwonlyGiven, kwPlural)
	}
	return rt.NewTypeError("%s() takes %s but %d %s given", fn.qualname, takes, given, was)
}
