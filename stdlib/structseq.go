package stdlib

import (
	"strings"

	"github.com/minipy/minipy/runtime"
)

// Struct sequences (CPython's structseq): the named-tuple-like records of
// sys.version_info, sys.float_info, time.struct_time, os.stat_result... Each
// is a subclass of tuple made with runtime.NewClass, so indexing, slicing,
// len, iteration, hashing and comparison with plain tuples are tuple's own
// (`sys.version_info >= (3, 8)`); the fields are read-only attributes, and
// fields beyond the sequence part (struct_time.tm_zone) are attributes only.

type structSeqDesc struct {
	module, name string
	fields       []string
	// nSeq is the number of fields that are part of the tuple.
	nSeq int
}

// fullName is how repr and errors name the type: without the module for a
// builtins one (sys.get_asyncgen_hooks()'s asyncgen_hooks).
func (d *structSeqDesc) fullName() string {
	if d.module == "builtins" {
		return d.name
	}
	return d.module + "." + d.name
}

// newStructSeqType creates the class for desc in the current interpreter.
func newStructSeqType(ts *runtime.ThreadState, d *structSeqDesc) (*runtime.Type, error) {
	if d.nSeq == 0 {
		d.nSeq = len(d.fields)
	}
	ns := runtime.NewDict()
	defer runtime.Decref(ns)
	setStr(ns, "__module__", d.module)
	ns.SetStr("__doc__", runtime.None)
	ints := map[string]int{"n_fields": len(d.fields), "n_sequence_fields": d.nSeq, "n_unnamed_fields": 0}
	for _, k := range []string{"n_fields", "n_sequence_fields", "n_unnamed_fields"} {
		v := runtime.NewInt(int64(ints[k]))
		ns.SetStr(k, v)
		runtime.Decref(v)
	}
	match := tupleOfStrings(d.fields[:d.nSeq])
	ns.SetStr("__match_args__", match)
	runtime.Decref(match)
	t, err := runtime.NewClass(ts, runtime.TypeType, d.name, []*runtime.Type{runtime.TupleType}, ns)
	if err != nil {
		return nil, err
	}
	for i, f := range d.fields {
		i, f := i, f
		g := &runtime.GetSetDescr{Name: f, Owner: t, Get: func(ts *runtime.ThreadState, self runtime.Object) (runtime.Object, error) {
			in, ok := self.(*runtime.Instance)
			if !ok {
				return nil, runtime.NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f, t.FullName(), runtime.TypeName(self))
			}
			// The instance dict holds the fields beyond the sequence, and
			// overrides a sequence item when the attribute differs from it
			// (os.stat_result.st_mtime is a float, item 8 an int).
			if in.Dict != nil {
				if v := in.Dict.GetStr(f); v != nil {
					return runtime.Xref(v), nil
				}
			}
			if i < d.nSeq {
				if tup, ok := in.Base.(*runtime.Tuple); ok && i < len(tup.Items) {
					return runtime.Xref(tup.Items[i]), nil
				}
			}
			return runtime.None, nil
		}}
		runtime.Incref(g)
		t.Dict.SetStr(f, g)
		runtime.Decref(g)
	}
	t.Modified()
	t.Repr = func(ts *runtime.ThreadState, self runtime.Object) (string, error) {
		in := self.(*runtime.Instance)
		tup, _ := in.Base.(*runtime.Tuple)
		var b strings.Builder
		b.WriteString(d.fullName() + "(")
		for i := 0; i < d.nSeq && tup != nil && i < len(tup.Items); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := runtime.Repr(ts, tup.Items[i])
			if err != nil {
				return "", err
			}
			b.WriteString(d.fields[i] + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	t.SetAttr = func(ts *runtime.ThreadState, self runtime.Object, name *runtime.Str, value runtime.Object) error {
		for _, f := range d.fields {
			if f == name.S {
				return runtime.NewAttributeError("readonly attribute")
			}
		}
		return runtime.NewAttributeError("'%s' object has no attribute '%s'", t.FullName(), name.S)
	}
	t.New = func(ts *runtime.ThreadState, cls *runtime.Type, args []runtime.Object, kwnames []string) (runtime.Object, error) {
		var seq, dict runtime.Object
		if err := runtime.UnpackArgs(ts, d.name, args, kwnames, "sequence", &seq, "dict?", &dict); err != nil {
			return nil, err
		}
		items, err := runtime.ToSlice(ts, seq)
		if err != nil {
			return nil, err
		}
		full := d.fullName()
		if len(items) < d.nSeq {
			runtime.DecrefAll(items)
			if d.nSeq == len(d.fields) {
				return nil, runtime.NewTypeError("%s() takes a %d-sequence (%d-sequence given)", full, d.nSeq, len(items))
			}
			return nil, runtime.NewTypeError("%s() takes an at least %d-sequence (%d-sequence given)", full, d.nSeq, len(items))
		}
		if len(items) > len(d.fields) {
			runtime.DecrefAll(items)
			if d.nSeq == len(d.fields) {
				return nil, runtime.NewTypeError("%s() takes a %d-sequence (%d-sequence given)", full, d.nSeq, len(items))
			}
			return nil, runtime.NewTypeError("%s() takes an at most %d-sequence (%d-sequence given)", full, len(d.fields), len(items))
		}
		for len(items) < len(d.fields) {
			items = append(items, runtime.None)
		}
		return newStructSeq(t, d, items), nil
	}
	t.Init = func(*runtime.ThreadState, runtime.Object, []runtime.Object, []string) error { return nil }
	return t, nil
}

// newStructSeq builds an instance from len(d.fields) values (taking over the
// references).
func newStructSeq(t *runtime.Type, d *structSeqDesc, values []runtime.Object) runtime.Object {
	in := runtime.NewInstance(t)
	in.Base = runtime.NewTuple(values[:d.nSeq:d.nSeq])
	for i := d.nSeq; i < len(values); i++ {
		in.Dict.SetStr(d.fields[i], values[i])
		runtime.Decref(values[i])
	}
	return in
}

func setStr(d *runtime.Dict, key, value string) {
	v := runtime.NewStr(value)
	d.SetStr(key, v)
	runtime.Decref(v)
}
