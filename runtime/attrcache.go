package runtime

// Inline caches for the eval loop's name and attribute instructions, in the
// style of CPython 3.11's specialisation: each instruction remembers what the
// last lookup found and the version tags that keep it valid.
//
//   - A GlobalCache (LOAD_GLOBAL) holds the entry index of the name in the
//     globals dict, or in builtins when globals lacks it, keyed on the dicts'
//     versions, which change on every insertion and deletion (not on a value
//     update, so the value is read from the entry each time).
//   - An AttrCache (LOAD_ATTR, STORE_ATTR, LOAD_METHOD) holds, for one type
//     and type version (bumped by Modified on any change to the class or a
//     base), the class attribute found on the MRO and what kind it is, plus a
//     hint: the index in the instance dict where the name was last found.
//     Instances of a class usually store their attributes in the same order,
//     so the hint mostly hits and costs one pointer comparison.
//
// Caches live in code objects and are only touched by the GIL holder.

// GlobalCache is the inline cache of one LOAD_GLOBAL name.
type GlobalCache struct {
	globals, builtins *Dict
	gver, bver        uint64
	// gidx is the entry index in globals, or -1 when the name is found in
	// builtins at bidx.
	gidx, bidx int32
}

// Cached is the cache's answer for these dicts, or nil when it must be
// refilled by LoadGlobal (small enough to inline at LOAD_GLOBAL).
func (c *GlobalCache) Cached(globals, builtins *Dict) Object {
	if c.globals != globals || c.gver != globals.version {
		return nil
	}
	if c.gidx >= 0 {
		return globals.entries[c.gidx].value
	}
	if c.builtins == builtins && c.bver == builtins.version {
		return builtins.entries[c.bidx].value
	}
	return nil
}

// LoadGlobal looks name up in globals, then builtins, through the cache. It
// returns a borrowed reference, or nil when the name is in neither.
func LoadGlobal(globals, builtins *Dict, name *Str, c *GlobalCache) Object {
	if c.globals == globals && c.gver == globals.version {
		if c.gidx >= 0 {
			return globals.entries[c.gidx].value
		}
		if c.builtins == builtins && c.bver == builtins.version {
			return builtins.entries[c.bidx].value
		}
	}
	h := name.Hash()
	if i := globals.lookupStr(name.S, h); i >= 0 {
		*c = GlobalCache{globals: globals, gver: globals.version, gidx: int32(i)}
		return globals.entries[i].value
	}
	if i := builtins.lookupStr(name.S, h); i >= 0 {
		*c = GlobalCache{globals: globals, gver: globals.version, gidx: -1,
			builtins: builtins, bver: builtins.version, bidx: int32(i)}
		return builtins.entries[i].value
	}
	*c = GlobalCache{}
	return nil
}

// AttrCache is the inline cache of one attribute instruction. It remembers
// two types, so a site that sees instances of a class and of a subclass in
// turn (a method shared through inheritance) keeps hitting.
type AttrCache struct {
	e [2]attrEntry
	// hint is where the name was last found in an instance dict.
	hint int32
}

type attrEntry struct {
	typ     *Type
	version uint64
	// descr is the class attribute found on the MRO (borrowed; the class
	// keeps it while the version holds), or nil.
	descr Object
	flags uint8
}

const (
	// acGenericGet: the class uses object.__getattribute__ and has no
	// __getattr__.
	acGenericGet uint8 = 1 << iota
	// acGenericSet: the class uses object.__setattr__.
	acGenericSet
	// acData: descr is a data descriptor (__set__ or __delete__).
	acData
	// acGet: descr has __get__.
	acGet
	// acMethod: descr is a plain function or method descriptor (LOAD_METHOD
	// may skip binding it).
	acMethod
	// acNoDict: instances of the type have no __dict__ (built-in types).
	acNoDict
)

func (c *attrEntry) fill(o Object, t *Type, name *Str) {
	c.typ, c.version, c.flags, c.descr = t, t.version, 0, nil
	if t.HasGenericGetAttr() {
		c.flags |= acGenericGet
	}
	if t.hasGenericSetAttr() && (t.slotNames == nil || t.slotNames[name.S]) {
		c.flags |= acGenericSet
	}
	switch o.(type) {
	case *Instance, *Exception, *Module, DictHolder:
	default:
		c.flags |= acNoDict
	}
	d := t.Lookup(name.S)
	if d == nil {
		return
	}
	c.descr = d
	dt := d.Type()
	if dt.DescrGet != nil {
		c.flags |= acGet
	}
	if dt.DescrSet != nil {
		c.flags |= acData
	}
	if dt.Flags&FlagMethodLike != 0 {
		c.flags |= acMethod
	}
}

// hasGenericSetAttr reports whether t uses object.__setattr__ and
// object.__delattr__ (cached until the type changes).
func (t *Type) hasGenericSetAttr() bool {
	if t.genericSA == 0 {
		t.genericSA = 2
		sa, ok1 := t.Lookup("__setattr__").(*MethodDescr)
		da, ok2 := t.Lookup("__delattr__").(*MethodDescr)
		if ok1 && ok2 && wrapsGeneric(sa, sa.Owner.SetAttr, GenericSetAttr) && wrapsGeneric(da, da.Owner.SetAttr, GenericSetAttr) {
			t.genericSA = 1
		}
	}
	return t.genericSA == 1
}

// miss finds or fills the entry for type t when the first entry is not it
// (the callers check that inline); the older entry is dropped.
func (c *AttrCache) miss(o Object, t *Type, name *Str) *attrEntry {
	if e := &c.e[1]; e.typ == t && e.version == t.version {
		return e
	}
	c.e[1] = c.e[0]
	c.e[0].fill(o, t, name)
	return &c.e[0]
}

// GetStrHint returns d[name] (borrowed, nil when absent), trying the entry at
// *hint first and updating the hint.
func (d *Dict) GetStrHint(name *Str, hint *int32) Object {
	if i := int(*hint); i < len(d.entries) {
		if e := &d.entries[i]; e.key == Object(name) {
			return e.value
		}
	}
	i := d.lookupStr(name.S, name.Hash())
	if i < 0 {
		return nil
	}
	*hint = int32(i)
	return d.entries[i].value
}

// GetAttrCached is GetAttr(o, name) through the instruction's cache.
func GetAttrCached(ts *ThreadState, o Object, name *Str, c *AttrCache) (Object, error) {
	in, ok := o.(*Instance)
	if !ok {
		if cls, isType := o.(*Type); isType && cls.Meta == nil {
			return c.classAttr(ts, cls, name)
		}
		return GetAttr(ts, o, name)
	}
	e := &c.e[0]
	if e.typ != in.cls || e.version != in.cls.version {
		e = c.miss(o, in.cls, name)
	}
	if e.flags&acGenericGet == 0 {
		return GetAttr(ts, o, name)
	}
	descr := e.descr
	if descr != nil && e.flags&(acGet|acData) == acGet|acData {
		return descr.Type().DescrGet(ts, descr, o, e.typ)
	}
	if d := in.Dict; d != nil {
		if i := int(c.hint); i < len(d.entries) && d.entries[i].key == Object(name) {
			return Xref(d.entries[i].value), nil
		}
		if v := d.GetStrHint(name, &c.hint); v != nil {
			return Xref(v), nil
		}
	}
	if descr != nil {
		if e.flags&acGet != 0 {
			return descr.Type().DescrGet(ts, descr, o, e.typ)
		}
		return Xref(descr), nil
	}
	return nil, attributeError(o, name.S)
}

// SetAttrCached is SetAttr(o, name, value) (value non-nil) through the
// instruction's cache.
func SetAttrCached(ts *ThreadState, o Object, name *Str, value Object, c *AttrCache) error {
	in, ok := o.(*Instance)
	if !ok || in.Dict == nil {
		return SetAttr(ts, o, name, value)
	}
	e := &c.e[0]
	if e.typ != in.cls || e.version != in.cls.version {
		e = c.miss(o, in.cls, name)
	}
	if e.flags&acGenericSet == 0 || e.flags&acData != 0 {
		return SetAttr(ts, o, name, value)
	}
	d := in.Dict
	if i := int(c.hint); i < len(d.entries) {
		if e := &d.entries[i]; e.key == Object(name) {
			Incref(value)
			old := e.value
			e.value = value
			d.maintainTracking(value)
			ts.Decref(old)
			return nil
		}
	}
	if err := d.SetItem(ts, name, value); err != nil {
		return err
	}
	if i := d.lookupStr(name.S, name.Hash()); i >= 0 {
		c.hint = int32(i)
	}
	return nil
}

// LoadMethodCached is the lookup of LOAD_METHOD: for a plain function found
// on the class (and not shadowed by the instance dict) it returns the
// function itself and isMethod, so the call can pass o as the first argument
// without making a bound method; otherwise it returns getattr(o, name).
func LoadMethodCached(ts *ThreadState, o Object, name *Str, c *AttrCache) (meth Object, isMethod bool, err error) {
	if cls, isType := o.(*Type); isType && cls.Meta == nil {
		v, err := c.classAttr(ts, cls, name)
		return v, false, err
	}
	in, isInstance := o.(*Instance)
	var t *Type
	if isInstance {
		t = in.cls
	} else {
		t = o.Type()
	}
	e := &c.e[0]
	if e.typ != t || e.version != t.version {
		e = c.miss(o, t, name)
	}
	if e.flags&(acGenericGet|acMethod) == acGenericGet|acMethod {
		shadowed := false
		if e.flags&acNoDict == 0 {
			if isInstance {
				shadowed = in.Dict != nil && in.Dict.GetStrHint(name, &c.hint) != nil
			} else if d := instanceDict(o); d != nil {
				shadowed = d.GetStrHint(name, &c.hint) != nil
			}
		}
		if !shadowed {
			return Xref(e.descr), true, nil
		}
	}
	v, err := GetAttr(ts, o, name)
	return v, false, err
}

// classTag marks the version of an entry that caches an attribute of a
// class itself (Class.method, Class.CONST) rather than of its instances, so
// the instance paths never match it.
const classTag = 1 << 63

// classAttr is getattr(cls, name) for a class whose metatype is type,
// through the cache: when the metatype has no attribute of that name and the
// class attribute is returned as itself (plain values, functions, properties;
// not classmethods), the entry keeps it until the class changes.
func (c *AttrCache) classAttr(ts *ThreadState, cls *Type, name *Str) (Object, error) {
	tag := cls.version | classTag
	if e := &c.e[0]; e.typ == cls && e.version == tag {
		return Xref(e.descr), nil
	}
	if e := &c.e[1]; e.typ == cls && e.version == tag {
		return Xref(e.descr), nil
	}
	v, err := GetAttr(ts, cls, name)
	if err != nil {
		return nil, err
	}
	if TypeType.Lookup(name.S) == nil && cls.Lookup(name.S) == v {
		c.e[1] = c.e[0]
		c.e[0] = attrEntry{typ: cls, version: tag, descr: v}
	}
	return v, nil
}
