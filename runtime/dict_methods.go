package runtime

// This file gives dict its slots, methods and views (CPython's
// Objects/dictobject.c).

// asDict views a dict or an instance of a dict subclass as *Dict.
func asDict(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case *Instance:
		if d, ok := v.Base.(*Dict); ok {
			return d, true
		}
	}
	return nil, false
}

func dictNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	return NewDict(), nil
}

func dictInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	d := self.(*Dict)
	npos := len(args) - len(kwnames)
	if err := CheckPositional("dict", npos, 0, 1); err != nil {
		return err
	}
	if npos == 1 {
		if err := DictUpdateFrom(ts, d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// DictUpdateFrom is dict.update(arg): arg is a mapping (anything with a
// keys() method) or an iterable of key/value pairs.
func DictUpdateFrom(ts *ThreadState, d *Dict, arg Object) error {
	if other, ok := arg.(*Dict); ok {
		return dictMerge(ts, d, other)
	}
	if other, ok := asDict(arg); ok && arg.Type().Lookup("keys") == DictType.Dict.GetStr("keys") {
		return dictMerge(ts, d, other)
	}
	keysFn, err := LookupAttr(ts, arg, "keys")
	if err != nil {
		return err
	}
	if keysFn != nil {
		defer Decref(keysFn)
		keys, err := Call(ts, keysFn, nil, nil)
		if err != nil {
			return err
		}
		defer Decref(keys)
		return Iterate(ts, keys, func(k Object) (bool, error) {
			v, err := GetItem(ts, arg, k)
			if err != nil {
				return false, err
			}
			err = d.SetItem(ts, k, v)
			Decref(v)
			return err == nil, err
		})
	}
	return dictMergeFromSeq2(ts, d, arg)
}

// dictMerge copies other's items into d (other may be d).
func dictMerge(ts *ThreadState, d, other *Dict) error {
	if d == other {
		return nil
	}
	keys, values := other.Items()
	keys, values = copyRefs(keys), copyRefs(values)
	defer DecrefAll(keys)
	defer DecrefAll(values)
	for i, k := range keys {
		if err := d.SetItem(ts, k, values[i]); err != nil {
			return err
		}
	}
	return nil
}

func dictMergeFromSeq2(ts *ThreadState, d *Dict, seq Object) error {
	i := 0
	return Iterate(ts, seq, func(item Object) (bool, error) {
		var pair []Object
		switch p := Unwrap(item).(type) {
		case *Tuple:
			pair = p.Items
		case *List:
			pair = append([]Object(nil), p.Items...)
		default:
			if item.Type().Iter == nil && item.Type().GetItem == nil {
				return false, NewTypeError("cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			items, err := ToSlice(ts, item)
			if err != nil {
				return false, err
			}
			defer DecrefAll(items)
			pair = items
		}
		if len(pair) != 2 {
			return false, NewValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		k, v := pair[0], pair[1]
		Incref(k)
		Incref(v)
		err := d.SetItem(ts, k, v)
		Decref(k)
		Decref(v)
		i++
		return err == nil, err
	})
}

func dictRepr(ts *ThreadState, o Object) (string, error) {
	d, _ := asDict(o)
	if d.Len() == 0 {
		return "{}", nil
	}
	if !ReprEnter(ts, d) {
		return "{...}", nil
	}
	defer ReprLeave(ts, d)
	buf := []byte{'{'}
	first := true
	for pos := 0; ; {
		var k, v Object
		var ok bool
		pos, k, v, ok = d.Next(pos)
		if !ok {
			break
		}
		if !first {
			buf = append(buf, ", "...)
		}
		first = false
		Incref(k)
		Incref(v)
		kr, err := Repr(ts, k)
		if err == nil {
			var vr string
			vr, err = Repr(ts, v)
			buf = append(append(append(buf, kr...), ": "...), vr...)
		}
		Decref(k)
		Decref(v)
		if err != nil {
			return "", err
		}
	}
	buf = append(buf, '}')
	return string(buf), nil
}

// dictSubscript is d[key]; for instances of dict subclasses a missing key
// goes to __missing__. self may be the dict or the subclass instance.
func dictSubscript(ts *ThreadState, self, key Object) (Object, error) {
	d, _ := asDict(self)
	v, err := d.GetItem(ts, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return Xref(v), nil
	}
	if _, exact := self.(*Dict); !exact {
		if m := self.Type().Lookup("__missing__"); m != nil {
			return callUnbound(ts, m, self, key)
		}
	}
	return nil, NewKeyError(key)
}

func dictSetItem(ts *ThreadState, self, key, value Object) error {
	d := self.(*Dict)
	if value == nil {
		found, err := d.DelItem(ts, key)
		if err != nil {
			return err
		}
		if !found {
			return NewKeyError(key)
		}
		return nil
	}
	return d.SetItem(ts, key, value)
}

func dictContains(ts *ThreadState, self, key Object) (bool, error) {
	v, err := self.(*Dict).GetItem(ts, key)
	return v != nil, err
}

// DictEqual compares two dicts' items.
func DictEqual(ts *ThreadState, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.Len() != b.Len() {
		return false, nil
	}
	keys, values := a.Items()
	keys, values = copyRefs(keys), copyRefs(values)
	defer DecrefAll(keys)
	defer DecrefAll(values)
	for i, k := range keys {
		bv, err := b.GetItem(ts, k)
		if err != nil {
			return false, err
		}
		if bv == nil {
			return false, nil
		}
		Incref(bv)
		eq, err := Equal(ts, values[i], bv)
		Decref(bv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	x, ok1 := asDict(a)
	y, ok2 := asDict(b)
	if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
		return NotImplemented, nil
	}
	eq, err := DictEqual(ts, x, y)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == CmpEq)), nil
}

func dictBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	if op != OpOr {
		return NotImplemented, nil
	}
	x, ok1 := asDict(a)
	y, ok2 := asDict(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r := x.Copy()
	if err := dictMerge(ts, r, y); err != nil {
		Decref(r)
		return nil, err
	}
	return r, nil
}

func dictInplace(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	if op != OpOr {
		return NotImplemented, nil
	}
	if err := DictUpdateFrom(ts, a.(*Dict), b); err != nil {
		return nil, err
	}
	return Xref(a), nil
}

// ---- views ----

type dictViewKind int

const (
	viewKeys dictViewKind = iota
	viewValues
	viewItems
)

// DictView is a dict_keys, dict_values or dict_items object.
type DictView struct {
	Header
	D    *Dict
	kind dictViewKind
}

var (
	DictKeysType   = NewBuiltinType("dict_keys", nil)
	DictValuesType = NewBuiltinType("dict_values", nil)
	DictItemsType  = NewBuiltinType("dict_items", nil)
)

func (v *DictView) Type() *Type {
	switch v.kind {
	case viewKeys:
		return DictKeysType
	case viewValues:
		return DictValuesType
	}
	return DictItemsType
}

func newDictView(d *Dict, kind dictViewKind) *DictView {
	Incref(d)
	return &DictView{Header: fresh(), D: d, kind: kind}
}

func dictViewDealloc(o Object) {
	v := o.(*DictView)
	Decref(v.D)
	v.D = nil
}

func dictViewRepr(ts *ThreadState, o Object) (string, error) {
	v := o.(*DictView)
	name := v.Type().Name
	if !ReprEnter(ts, v) {
		return "...", nil
	}
	defer ReprLeave(ts, v)
	items, err := ToSlice(ts, v)
	if err != nil {
		return "", err
	}
	defer DecrefAll(items)
	body, err := seqRepr(ts, "[", "]", func() []Object { return items })
	if err != nil {
		return "", err
	}
	return name + "(" + body + ")", nil
}

func dictViewContains(ts *ThreadState, o, x Object) (bool, error) {
	v := o.(*DictView)
	switch v.kind {
	case viewKeys:
		val, err := v.D.GetItem(ts, x)
		return val != nil, err
	case viewItems:
		t, ok := x.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false, nil
		}
		val, err := v.D.GetItem(ts, t.Items[0])
		if err != nil || val == nil {
			return false, err
		}
		Incref(val)
		defer Decref(val)
		return Equal(ts, val, t.Items[1])
	}
	found := false
	err := Iterate(ts, v, func(y Object) (bool, error) {
		eq, err := Equal(ts, y, x)
		found = eq
		return !eq && err == nil, err
	})
	return found, err
}

func isSetView(o Object) bool {
	v, ok := o.(*DictView)
	return ok && v.kind != viewValues
}

// dictViewToSet is dictviews_to_set: set(self).
func dictViewToSet(ts *ThreadState, self Object) (*Set, error) {
	if v, ok := self.(*DictView); ok && v.kind == viewKeys {
		return NewSetFromIterable(ts, v.D)
	}
	return NewSetFromIterable(ts, self)
}

func dictViewIntersect(ts *ThreadState, self, other Object) (Object, error) {
	if !isSetView(self) {
		self, other = other, self
	}
	v := self.(*DictView)
	lenSelf := v.D.Len()
	if s, ok := other.(*Set); ok && lenSelf <= s.used {
		return setIntersection(ts, s, self)
	}
	if ov, ok := other.(*DictView); ok && ov.kind != viewValues && ov.D.Len() > lenSelf {
		self, other = other, self
		v = ov
	}
	result := NewSet()
	err := Iterate(ts, other, func(k Object) (bool, error) {
		found, err := dictViewContains(ts, v, k)
		if err != nil {
			return false, err
		}
		if found {
			if err := result.addKey(ts, k); err != nil {
				return false, err
			}
		}
		return true, nil
	})
	if err != nil {
		Decref(result)
		return nil, err
	}
	return result, nil
}

func dictItemsXor(ts *ThreadState, self, other *DictView) (Object, error) {
	temp := self.D.Copy()
	defer Decref(temp)
	result := NewSet()
	keys, values := other.D.Items()
	keys, values = copyRefs(keys), copyRefs(values)
	defer DecrefAll(keys)
	defer DecrefAll(values)
	for i, k := range keys {
		v1, err := temp.GetItem(ts, k)
		if err != nil {
			Decref(result)
			return nil, err
		}
		del := false
		if v1 != nil {
			Incref(v1)
			del, err = Equal(ts, v1, values[i])
			Decref(v1)
			if err != nil {
				Decref(result)
				return nil, err
			}
		}
		if del {
			if _, err := temp.DelItem(ts, k); err != nil {
				Decref(result)
				return nil, err
			}
		} else {
			pair := NewTupleCopy([]Object{k, values[i]})
			err := result.addKey(ts, pair)
			Decref(pair)
			if err != nil {
				Decref(result)
				return nil, err
			}
		}
	}
	rest := newDictView(temp, viewItems)
	defer Decref(rest)
	if err := result.updateInternal(ts, rest); err != nil {
		Decref(result)
		return nil, err
	}
	return result, nil
}

func dictViewBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	if !isSetView(a) && !isSetView(b) {
		return NotImplemented, nil
	}
	switch op {
	case OpAnd:
		return dictViewIntersect(ts, a, b)
	case OpOr:
		r, err := dictViewToSet(ts, a)
		if err != nil {
			return nil, err
		}
		if err := r.updateInternal(ts, b); err != nil {
			Decref(r)
			return nil, err
		}
		return r, nil
	case OpSub:
		r, err := dictViewToSet(ts, a)
		if err != nil {
			return nil, err
		}
		if err := setDifferenceUpdate(ts, r, b); err != nil {
			Decref(r)
			return nil, err
		}
		return r, nil
	case OpXor:
		if x, ok := a.(*DictView); ok && x.kind == viewItems {
			if y, ok := b.(*DictView); ok && y.kind == viewItems {
				return dictItemsXor(ts, x, y)
			}
		}
		r, err := dictViewToSet(ts, a)
		if err != nil {
			return nil, err
		}
		if err := setSymmetricDifferenceUpdate(ts, r, b); err != nil {
			Decref(r)
			return nil, err
		}
		return r, nil
	}
	return NotImplemented, nil
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(ts *ThreadState, a, b Object) (bool, error) {
	ok := true
	err := Iterate(ts, a, func(x Object) (bool, error) {
		found, err := Contains(ts, b, x)
		if err != nil {
			return false, err
		}
		if !found {
			ok = false
			return false, nil
		}
		return true, nil
	})
	return ok && err == nil, err
}

func dictViewCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	if !isSetView(a) {
		return NotImplemented, nil
	}
	if !isSetView(b) {
		if _, ok := asAnySet(b); !ok {
			return NotImplemented, nil
		}
	}
	la, err := Len(ts, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(ts, b)
	if err != nil {
		return nil, err
	}
	r := false
	switch op {
	case CmpEq, CmpNe:
		if la == lb {
			r, err = allContainedIn(ts, a, b)
		}
		if op == CmpNe && err == nil {
			r = !r
		}
	case CmpLt:
		if la < lb {
			r, err = allContainedIn(ts, a, b)
		}
	case CmpLe:
		if la <= lb {
			r, err = allContainedIn(ts, a, b)
		}
	case CmpGt:
		if la > lb {
			r, err = allContainedIn(ts, b, a)
		}
	case CmpGe:
		if la >= lb {
			r, err = allContainedIn(ts, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setupDictViews() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.Base = ObjectType
		t.Bases = []*Type{ObjectType}
		t.Repr = dictViewRepr
		t.Dealloc = dictViewDealloc
		t.Len = func(ts *ThreadState, o Object) (int, error) { return o.(*DictView).D.Len(), nil }
		t.Iter = func(ts *ThreadState, o Object) (Object, error) {
			v := o.(*DictView)
			return newDictIterator(v.D, v.kind, false), nil
		}
		t.Contains = dictViewContains
		addMethod(t, "__reversed__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			v := self.(*DictView)
			return newDictIterator(v.D, v.kind, true), nil
		})
		addGetSet(t, "mapping", func(ts *ThreadState, o Object) (Object, error) {
			return NewMappingProxy(o.(*DictView).D), nil
		}, nil)
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		t.Binary = dictViewBinary
		t.Compare = dictViewCompare
		t.Dict.SetStr("__hash__", None)
		addMethod(t, "isdisjoint", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			other, err := OneArg(TypeName(self)+".isdisjoint", args, kwnames)
			if err != nil {
				return nil, err
			}
			disjoint := true
			err = Iterate(ts, other, func(x Object) (bool, error) {
				found, err := dictViewContains(ts, self, x)
				if err != nil {
					return false, err
				}
				if found {
					disjoint = false
					return false, nil
				}
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			return NewBool(disjoint), nil
		})
	}
}

// ---- setup ----

type dictMethodFn func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error)

func addDictMethod(t *Type, name string, fn dictMethodFn) {
	addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		return fn(ts, self.(*Dict), args, kwnames)
	})
}

func setupDict(t *Type) {
	t.New = dictNew
	t.Init = dictInit
	t.Repr = dictRepr
	t.GetItem = dictSubscript
	t.SetItem = dictSetItem
	t.Contains = dictContains
	t.Compare = dictCompare
	t.Binary = dictBinary
	t.Inplace = dictInplace
	addInplaceWrappers(t, OpOr)
	t.Len = func(ts *ThreadState, o Object) (int, error) { return o.(*Dict).Len(), nil }
	t.Bool = func(ts *ThreadState, o Object) (bool, error) { return o.(*Dict).Len() != 0, nil }
	t.Iter = func(ts *ThreadState, o Object) (Object, error) {
		return newDictIterator(o.(*Dict), viewKeys, false), nil
	}
	t.Dict.SetStr("__hash__", None)
	t.Doc = "dict() -> new empty dictionary"

	// __getitem__ receives subclass instances unwrapped only after
	// consulting __missing__.
	gi := NewMethod(t, "__getitem__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		key, err := OneArg("dict.__getitem__", args, kwnames)
		if err != nil {
			return nil, err
		}
		return dictSubscript(ts, self, key)
	})
	gi.RawSelf = true
	gi.slotWrapper = true
	t.Dict.SetStr("__getitem__", gi)

	viewMethod := func(name string, kind dictViewKind) {
		addDictMethod(t, name, func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs("dict."+name, args, kwnames); err != nil {
				return nil, err
			}
			return newDictView(d, kind), nil
		})
	}
	viewMethod("keys", viewKeys)
	viewMethod("values", viewValues)
	viewMethod("items", viewItems)
	addDictMethod(t, "get", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) == 0 && (len(args) == 1 || len(args) == 2) {
			v, err := d.GetItem(ts, args[0])
			if err != nil || v != nil {
				return Xref(v), err
			}
			if len(args) == 2 {
				return Xref(args[1]), nil
			}
			return None, nil
		}
		return dictGetArgs(ts, d, args, kwnames)
	})
	addDictMethod(t, "setdefault", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		var key Object
		var dflt Object = None
		if err := UnpackPositional(ts, "dict.setdefault", args, kwnames, 1, &key, &dflt); err != nil {
			return nil, err
		}
		v, err := d.GetItem(ts, key)
		if err != nil {
			return nil, err
		}
		if v != nil {
			return Xref(v), nil
		}
		if err := d.SetItem(ts, key, dflt); err != nil {
			return nil, err
		}
		return Xref(dflt), nil
	})
	addDictMethod(t, "pop", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		var key, dflt Object
		if err := UnpackPositional(ts, "dict.pop", args, kwnames, 1, &key, &dflt); err != nil {
			return nil, err
		}
		v, err := d.GetItem(ts, key)
		if err != nil {
			return nil, err
		}
		if v == nil {
			if dflt != nil {
				return Xref(dflt), nil
			}
			return nil, NewKeyError(key)
		}
		Incref(v)
		if _, err := d.DelItem(ts, key); err != nil {
			Decref(v)
			return nil, err
		}
		return v, nil
	})
	addDictMethod(t, "popitem", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("dict.popitem", args, kwnames); err != nil {
			return nil, err
		}
		if d.Len() == 0 {
			return nil, NewExceptionf(KeyErrorType, "popitem(): dictionary is empty")
		}
		keys, values := d.Items()
		k, v := keys[len(keys)-1], values[len(values)-1]
		Incref(k)
		Incref(v)
		if _, err := d.DelItem(ts, k); err != nil {
			Decref(k)
			Decref(v)
			return nil, err
		}
		return Tuple2(k, v), nil
	})
	addDictMethod(t, "update", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		return None, dictInitLike(ts, d, args, kwnames, "update")
	})
	addDictMethod(t, "clear", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("dict.clear", args, kwnames); err != nil {
			return nil, err
		}
		d.Clear()
		return None, nil
	})
	addDictMethod(t, "copy", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("dict.copy", args, kwnames); err != nil {
			return nil, err
		}
		return d.Copy(), nil
	})
	addDictMethod(t, "__reversed__", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		return newDictIterator(d, viewKeys, true), nil
	})
	addDictMethod(t, "__sizeof__", func(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
		return NewInt(int64(64 + 24*cap(d.entries))), nil
	})
	addClassMethod(t, "fromkeys", func(ts *ThreadState, cls Object, args []Object, kwnames []string) (Object, error) {
		var it Object
		var value Object = None
		if err := UnpackPositional(ts, "dict.fromkeys", args, kwnames, 1, &it, &value); err != nil {
			return nil, err
		}
		r, err := Call(ts, cls, nil, nil)
		if err != nil {
			return nil, err
		}
		err = Iterate(ts, it, func(k Object) (bool, error) {
			if d, ok := r.(*Dict); ok {
				return true, d.SetItem(ts, k, value)
			}
			return true, SetItem(ts, r, k, value)
		})
		if err != nil {
			Decref(r)
			return nil, err
		}
		return r, nil
	})
	addClassGetItem(t)
}

func dictInitLike(ts *ThreadState, d *Dict, args []Object, kwnames []string, name string) error {
	npos := len(args) - len(kwnames)
	if err := CheckPositional(name, npos, 0, 1); err != nil {
		return err
	}
	if npos == 1 {
		if err := DictUpdateFrom(ts, d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// ---- mappingproxy ----

// MappingProxy is a read-only view of a mapping (type.__dict__).
type MappingProxy struct {
	Header
	M Object
}

var MappingProxyType = NewBuiltinType("mappingproxy", nil)

func (m *MappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy wraps a mapping read-only.
func NewMappingProxy(m Object) *MappingProxy {
	Incref(m)
	return &MappingProxy{Header: fresh(), M: m}
}

func setupMappingProxy() {
	t := MappingProxyType
	t.Base = ObjectType
	t.Bases = []*Type{ObjectType}
	t.Dealloc = func(o Object) { Decref(o.(*MappingProxy).M) }
	t.New = func(ts *ThreadState, _ *Type, args []Object, kwnames []string) (Object, error) {
		var m Object
		if err := UnpackArgs(ts, "mappingproxy", args, kwnames, "mapping", &m); err != nil {
			return nil, err
		}
		switch Unwrap(m).(type) {
		case *List, *Tuple:
			return nil, NewTypeError("mappingproxy() argument must be a mapping, not %s", TypeName(m))
		}
		if m.Type().GetItem == nil {
			return nil, NewTypeError("mappingproxy() argument must be a mapping, not %s", TypeName(m))
		}
		return NewMappingProxy(m), nil
	}
	t.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	t.Repr = func(ts *ThreadState, o Object) (string, error) {
		r, err := Repr(ts, o.(*MappingProxy).M)
		if err != nil {
			return "", err
		}
		return "mappingproxy(" + r + ")", nil
	}
	t.Str = func(ts *ThreadState, o Object) (string, error) { return StrOf(ts, o.(*MappingProxy).M) }
	t.GetItem = func(ts *ThreadState, o, k Object) (Object, error) { return GetItem(ts, o.(*MappingProxy).M, k) }
	t.Len = func(ts *ThreadState, o Object) (int, error) { return Len(ts, o.(*MappingProxy).M) }
	t.Iter = func(ts *ThreadState, o Object) (Object, error) { return GetIter(ts, o.(*MappingProxy).M) }
	t.Contains = func(ts *ThreadState, o, k Object) (bool, error) { return Contains(ts, o.(*MappingProxy).M, k) }
	t.Compare = func(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
		if mb, ok := b.(*MappingProxy); ok {
			b = mb.M
		}
		return RichCompare(ts, a.(*MappingProxy).M, b, op)
	}
	t.Binary = func(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
		if op != OpOr {
			return NotImplemented, nil
		}
		if ma, ok := a.(*MappingProxy); ok {
			a = ma.M
		}
		if mb, ok := b.(*MappingProxy); ok {
			b = mb.M
		}
		return BinaryOp(ts, op, a, b)
	}
	for _, name := range []string{"keys", "values", "items", "copy"} {
		name := name
		addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs("mappingproxy."+name, args, kwnames); err != nil {
				return nil, err
			}
			return CallMethod(ts, self.(*MappingProxy).M, name)
		})
	}
	addMethod(t, "get", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		m, err := GetAttrStr(ts, self.(*MappingProxy).M, "get")
		if err != nil {
			return nil, err
		}
		defer Decref(m)
		return Call(ts, m, args, kwnames)
	})
	t.Ready()
}

// dictGetArgs is dict.get with its arguments checked in full (the method's
// fast path handles the usual one or two positional arguments).
func dictGetArgs(ts *ThreadState, d *Dict, args []Object, kwnames []string) (Object, error) {
	var key Object
	var dflt Object = None
	if err := UnpackPositional(ts, "dict.get", args, kwnames, 1, &key, &dflt); err != nil {
		return nil, err
	}
	v, err := d.GetItem(ts, key)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return Xref(dflt), nil
	}
	return Xref(v), nil
}
