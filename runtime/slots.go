package runtime

// This file connects Go slots and Python dunder methods in both directions:
//
//   - addSlotWrappers publishes a built-in type's slots as dunder methods
//     (int.__add__, list.__len__, object.__init__ ...);
//   - slotTable's dispatchers give a user class Go slots that call its Python
//     dunders; where the dunder is a built-in's own wrapper, the class gets the
//     built-in slot itself (no Python-level call), unwrapping the built-in value
//     of subclass instances when needed.

type slotDef struct {
	names []string
	// clear removes the slot from a heap type that has none of the names.
	clear func(t *Type)
	// copyFrom installs owner's Go slot on t; unwrap means instances keep the
	// built-in value in Instance.Base.
	copyFrom func(t, owner *Type, unwrap bool)
	// dispatch installs the generic Python-calling slot.
	dispatch func(t *Type)
}

// dunderCall calls type(self).name(self, args...) and reports whether it exists.
func dunderCall(ts *ThreadState, self Object, name string, args ...Object) (Object, bool, error) {
	return CallDunder(ts, self, name, args...)
}

func resultString(ts *ThreadState, r Object, what string) (string, error) {
	defer Decref(r)
	s, ok := r.(*Str)
	if !ok {
		if in, ok := r.(*Instance); ok {
			if bs, ok := in.Base.(*Str); ok {
				return bs.S, nil
			}
		}
		return "", NewTypeError("%s returned non-string (type %s)", what, TypeName(r))
	}
	return s.S, nil
}

var slotTable = []*slotDef{
	{
		names: []string{"__repr__"},
		clear: func(t *Type) { t.Repr = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Repr
			t.Repr = f
			if u {
				t.Repr = func(ts *ThreadState, s Object) (string, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Repr = func(ts *ThreadState, s Object) (string, error) {
				r, _, err := dunderCall(ts, s, "__repr__")
				if err != nil {
					return "", err
				}
				return resultString(ts, r, "__repr__")
			}
		},
	},
	{
		names: []string{"__str__"},
		clear: func(t *Type) { t.Str = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Str
			if f == nil {
				t.Str = nil
				return
			}
			t.Str = f
			if u {
				t.Str = func(ts *ThreadState, s Object) (string, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Str = func(ts *ThreadState, s Object) (string, error) {
				r, _, err := dunderCall(ts, s, "__str__")
				if err != nil {
					return "", err
				}
				return resultString(ts, r, "__str__")
			}
		},
	},
	{
		names: []string{"__hash__"},
		clear: func(t *Type) { t.Hash = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Hash
			t.Hash = f
			if u && f != nil {
				t.Hash = func(ts *ThreadState, s Object) (int64, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			if t.Lookup("__hash__") == None {
				t.Hash = nil
				return
			}
			t.Hash = func(ts *ThreadState, s Object) (int64, error) {
				r, _, err := dunderCall(ts, s, "__hash__")
				if err != nil {
					return 0, err
				}
				defer Decref(r)
				i, ok := asInt(r)
				if !ok {
					return 0, NewTypeError("__hash__ method should return an integer")
				}
				// As CPython: a value that fits is the hash itself (-1 is
				// reserved), a larger one is hashed like an int.
				if v, small := i.Int64(); small {
					if v == -1 {
						v = -2
					}
					return v, nil
				}
				return intHash(i), nil
			}
		},
	},
	{
		names: []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"},
		clear: func(t *Type) { t.Compare = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Compare
			t.Compare = f
			if u && f != nil {
				t.Compare = func(ts *ThreadState, a, b Object, op CmpOp) (Object, error) { return f(ts, Unwrap(a), Unwrap(b), op) }
			}
		},
		dispatch: func(t *Type) {
			t.Compare = func(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
				r, found, err := dunderCall(ts, a, cmpDunders[op], b)
				if err != nil {
					return nil, err
				}
				if !found {
					if op == CmpNe {
						// __ne__ defaults to the negation of __eq__.
						eq, err := RichCompareNoReflect(ts, a, b, CmpEq)
						if err != nil || eq == NotImplemented {
							return eq, err
						}
						tv, err := Truth(ts, eq)
						Decref(eq)
						return NewBool(!tv), err
					}
					return NotImplemented, nil
				}
				return r, nil
			}
		},
	},
	{
		names: []string{"__bool__"},
		clear: func(t *Type) { t.Bool = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Bool
			t.Bool = f
			if u && f != nil {
				t.Bool = func(ts *ThreadState, s Object) (bool, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Bool = func(ts *ThreadState, s Object) (bool, error) {
				r, _, err := dunderCall(ts, s, "__bool__")
				if err != nil {
					return false, err
				}
				defer Decref(r)
				b, ok := r.(*Bool)
				if !ok {
					return false, NewTypeError("__bool__ should return bool, returned %s", TypeName(r))
				}
				return b.V, nil
			}
		},
	},
	{
		names: []string{"__len__"},
		clear: func(t *Type) { t.Len = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Len
			t.Len = f
			if u && f != nil {
				t.Len = func(ts *ThreadState, s Object) (int, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Len = func(ts *ThreadState, s Object) (int, error) {
				r, _, err := dunderCall(ts, s, "__len__")
				if err != nil {
					return 0, err
				}
				defer Decref(r)
				i, ok := asInt(r)
				if !ok {
					return 0, NewTypeError("'%s' object cannot be interpreted as an integer", TypeName(r))
				}
				if i.Sign() < 0 {
					return 0, NewValueError("__len__() should return >= 0")
				}
				if i.Big != nil {
					return 0, NewOverflowError("cannot fit 'int' into an index-sized integer")
				}
				return int(i.V), nil
			}
		},
	},
	objSlot("__iter__", func(t *Type) *func(*ThreadState, Object) (Object, error) { return &t.Iter }),
	{
		names: []string{"__next__"},
		clear: func(t *Type) { t.Next = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Next
			t.Next = f
			if u && f != nil {
				t.Next = func(ts *ThreadState, s Object) (Object, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Next = func(ts *ThreadState, s Object) (Object, error) {
				r, _, err := dunderCall(ts, s, "__next__")
				if err != nil {
					if e, ok := err.(*Exception); ok && e.cls.IsSubtype(StopIterationType) {
						Decref(e)
						return nil, nil
					}
					return nil, err
				}
				return r, nil
			}
		},
	},
	{
		names: []string{"__getattribute__", "__getattr__"},
		clear: func(t *Type) { t.GetAttr = nil },
		copyFrom: func(t, o *Type, u bool) {
			t.GetAttr = o.GetAttr
		},
		dispatch: func(t *Type) {
			ga := t.Lookup("__getattribute__")
			if md, ok := ga.(*MethodDescr); ok && md.slotWrapper {
				base := md.Owner.GetAttr
				if base == nil {
					base = GenericGetAttr
				}
				// Only __getattr__ is Python code: try the normal lookup first.
				t.GetAttr = func(ts *ThreadState, s Object, name *Str) (Object, error) {
					v, err := base(ts, s, name)
					if err == nil || !ErrorMatches(err, AttributeErrorType) {
						return v, err
					}
					hook := s.Type().Lookup("__getattr__")
					if hook == nil {
						return nil, err
					}
					Decref(err.(*Exception))
					return callUnbound(ts, hook, s, name)
				}
				return
			}
			t.GetAttr = func(ts *ThreadState, s Object, name *Str) (Object, error) {
				v, _, err := dunderCall(ts, s, "__getattribute__", name)
				if err == nil || !ErrorMatches(err, AttributeErrorType) {
					return v, err
				}
				hook := s.Type().Lookup("__getattr__")
				if hook == nil {
					return nil, err
				}
				Decref(err.(*Exception))
				return callUnbound(ts, hook, s, name)
			}
		},
	},
	{
		names: []string{"__setattr__", "__delattr__"},
		clear: func(t *Type) { t.SetAttr = nil },
		copyFrom: func(t, o *Type, u bool) {
			t.SetAttr = o.SetAttr
		},
		dispatch: func(t *Type) {
			t.SetAttr = func(ts *ThreadState, s Object, name *Str, v Object) error {
				var r Object
				var err error
				if v == nil {
					r, _, err = dunderCall(ts, s, "__delattr__", name)
				} else {
					r, _, err = dunderCall(ts, s, "__setattr__", name, v)
				}
				Decref(r)
				return err
			}
		},
	},
	{
		names: []string{"__getitem__"},
		clear: func(t *Type) { t.GetItem = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.GetItem
			t.GetItem = f
			if u && o == DictType {
				// d[k] on a dict subclass consults __missing__, which needs
				// the instance itself.
				t.GetItem = dictSubscript
				return
			}
			if u && f != nil {
				t.GetItem = func(ts *ThreadState, s, k Object) (Object, error) { return f(ts, Unwrap(s), k) }
			}
		},
		dispatch: func(t *Type) {
			t.GetItem = func(ts *ThreadState, s, k Object) (Object, error) {
				r, _, err := dunderCall(ts, s, "__getitem__", k)
				return r, err
			}
		},
	},
	{
		names: []string{"__setitem__", "__delitem__"},
		clear: func(t *Type) { t.SetItem = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.SetItem
			t.SetItem = f
			if u && f != nil {
				t.SetItem = func(ts *ThreadState, s, k, v Object) error { return f(ts, Unwrap(s), k, v) }
			}
		},
		dispatch: func(t *Type) {
			t.SetItem = func(ts *ThreadState, s, k, v Object) error {
				var r Object
				var found bool
				var err error
				if v == nil {
					r, found, err = dunderCall(ts, s, "__delitem__", k)
					if !found && err == nil {
						return NewAttributeError("__delitem__")
					}
				} else {
					r, found, err = dunderCall(ts, s, "__setitem__", k, v)
					if !found && err == nil {
						return NewTypeError("'%s' object does not support item assignment", TypeName(s))
					}
				}
				Decref(r)
				return err
			}
		},
	},
	{
		names: []string{"__contains__"},
		clear: func(t *Type) { t.Contains = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Contains
			t.Contains = f
			if u && f != nil {
				t.Contains = func(ts *ThreadState, s, x Object) (bool, error) { return f(ts, Unwrap(s), x) }
			}
		},
		dispatch: func(t *Type) {
			t.Contains = func(ts *ThreadState, s, x Object) (bool, error) {
				r, _, err := dunderCall(ts, s, "__contains__", x)
				if err != nil {
					return false, err
				}
				defer Decref(r)
				return Truth(ts, r)
			}
		},
	},
	{
		names: []string{"__call__"},
		clear: func(t *Type) { t.Call = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Call
			t.Call = f
			if u && f != nil {
				t.Call = func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) { return f(ts, Unwrap(s), a, k) }
			}
		},
		dispatch: func(t *Type) {
			t.Call = func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
				descr := s.Type().Lookup("__call__")
				if descr == nil {
					return nil, NewTypeError("'%s' object is not callable", TypeName(s))
				}
				if descr.Type().Flags&FlagMethodLike != 0 {
					full := make([]Object, len(a)+1)
					full[0] = s
					copy(full[1:], a)
					return Call(ts, descr, full, k)
				}
				bound, err := bindDescr(ts, descr, s, s.Type())
				if err != nil {
					return nil, err
				}
				defer Decref(bound)
				return Call(ts, bound, a, k)
			}
		},
	},
	{
		names: []string{"__init__"},
		clear: func(t *Type) { t.Init = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Init
			t.Init = f
			if u && f != nil {
				t.Init = func(ts *ThreadState, s Object, a []Object, k []string) error { return f(ts, Unwrap(s), a, k) }
			}
		},
		dispatch: func(t *Type) {
			t.Init = func(ts *ThreadState, s Object, a []Object, k []string) error {
				descr := s.Type().Lookup("__init__")
				full := make([]Object, len(a)+1)
				full[0] = s
				copy(full[1:], a)
				r, err := Call(ts, descr, full, k)
				if err != nil {
					return err
				}
				defer Decref(r)
				if r != None {
					return NewTypeError("__init__() should return None, not '%s'", TypeName(r))
				}
				return nil
			}
		},
	},
	{
		names: []string{"__new__"},
		clear: func(t *Type) {},
		copyFrom: func(t, o *Type, u bool) {
			// Metaclasses (layout type) make *Type values, not wrapped instances.
			if u && t.layout() != TypeType {
				t.New = builtinSubclassNew
			} else {
				t.New = o.New
			}
		},
		dispatch: func(t *Type) {
			t.New = func(ts *ThreadState, cls *Type, a []Object, k []string) (Object, error) {
				descr := cls.Lookup("__new__")
				fn := descr
				if sm, ok := descr.(*StaticMethod); ok {
					fn = sm.Func
				}
				full := make([]Object, len(a)+1)
				full[0] = cls
				copy(full[1:], a)
				return Call(ts, fn, full, k)
			}
		},
	},
	{
		names: binaryDunderNames(),
		clear: func(t *Type) { t.Binary = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Binary
			t.Binary = f
			if u && f != nil {
				t.Binary = func(ts *ThreadState, op BinOp, a, b Object, r bool) (Object, error) {
					return f(ts, op, Unwrap(a), Unwrap(b), r)
				}
			}
		},
		dispatch: func(t *Type) {
			t.Binary = func(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
				self, other, name := a, b, "__"+binOpDunders[op]+"__"
				if reflected {
					self, other, name = b, a, "__r"+binOpDunders[op]+"__"
				}
				r, found, err := dunderCall(ts, self, name, other)
				if !found && err == nil {
					return NotImplemented, nil
				}
				return r, err
			}
		},
	},
	{
		names: inplaceDunderNames(),
		clear: func(t *Type) { t.Inplace = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Inplace
			t.Inplace = f
			if u && f != nil {
				t.Inplace = func(ts *ThreadState, op BinOp, a, b Object) (Object, error) { return f(ts, op, Unwrap(a), b) }
			}
		},
		dispatch: func(t *Type) {
			t.Inplace = func(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
				r, found, err := dunderCall(ts, a, "__i"+binOpDunders[op]+"__", b)
				if !found && err == nil {
					return NotImplemented, nil
				}
				return r, err
			}
		},
	},
	{
		names: unaryDunders[:],
		clear: func(t *Type) { t.Unary = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Unary
			t.Unary = f
			if u && f != nil {
				t.Unary = func(ts *ThreadState, op UnaryOp, s Object) (Object, error) { return f(ts, op, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Unary = func(ts *ThreadState, op UnaryOp, s Object) (Object, error) {
				r, found, err := dunderCall(ts, s, unaryDunders[op])
				if !found && err == nil {
					return NotImplemented, nil
				}
				return r, err
			}
		},
	},
	{
		names: []string{"__index__"},
		clear: func(t *Type) { t.Index = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Index
			t.Index = f
			if u && f != nil {
				t.Index = func(ts *ThreadState, s Object) (*Int, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			t.Index = func(ts *ThreadState, s Object) (*Int, error) {
				r, _, err := dunderCall(ts, s, "__index__")
				if err != nil {
					return nil, err
				}
				i, ok := r.(*Int)
				if !ok {
					Decref(r)
					return nil, NewTypeError("__index__ returned non-int (type %s)", TypeName(r))
				}
				return i, nil
			}
		},
	},
	{
		names:    []string{"__get__"},
		clear:    func(t *Type) { t.DescrGet = nil },
		copyFrom: func(t, o *Type, u bool) { t.DescrGet = o.DescrGet },
		dispatch: func(t *Type) {
			t.DescrGet = func(ts *ThreadState, s, obj Object, owner *Type) (Object, error) {
				var o Object = None
				if obj != nil {
					o = obj
				}
				var ow Object = None
				if owner != nil {
					ow = owner
				}
				r, _, err := dunderCall(ts, s, "__get__", o, ow)
				return r, err
			}
		},
	},
	{
		names:    []string{"__set__", "__delete__"},
		clear:    func(t *Type) { t.DescrSet = nil },
		copyFrom: func(t, o *Type, u bool) { t.DescrSet = o.DescrSet },
		dispatch: func(t *Type) {
			t.DescrSet = func(ts *ThreadState, s, obj, v Object) error {
				var r Object
				var err error
				if v == nil {
					r, _, err = dunderCall(ts, s, "__delete__", obj)
				} else {
					r, _, err = dunderCall(ts, s, "__set__", obj, v)
				}
				Decref(r)
				return err
			}
		},
	},
	{
		names: []string{"__format__"},
		clear: func(t *Type) { t.Format = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := o.Format
			t.Format = f
			if u && f != nil {
				t.Format = func(ts *ThreadState, s Object, spec string) (Object, error) { return f(ts, Unwrap(s), spec) }
			}
		},
		dispatch: func(t *Type) {
			t.Format = func(ts *ThreadState, s Object, spec string) (Object, error) {
				r, _, err := dunderCall(ts, s, "__format__", NewStr(spec))
				return r, err
			}
		},
	},
}

// objSlot builds the slotDef of a one-argument slot returning an object.
func objSlot(name string, field func(*Type) *func(*ThreadState, Object) (Object, error)) *slotDef {
	return &slotDef{
		names: []string{name},
		clear: func(t *Type) { *field(t) = nil },
		copyFrom: func(t, o *Type, u bool) {
			f := *field(o)
			*field(t) = f
			if u && f != nil {
				*field(t) = func(ts *ThreadState, s Object) (Object, error) { return f(ts, Unwrap(s)) }
			}
		},
		dispatch: func(t *Type) {
			*field(t) = func(ts *ThreadState, s Object) (Object, error) {
				r, _, err := dunderCall(ts, s, name)
				return r, err
			}
		},
	}
}

func binaryDunderNames() []string {
	var out []string
	for _, n := range binOpDunders {
		out = append(out, "__"+n+"__", "__r"+n+"__")
	}
	return out
}

func inplaceDunderNames() []string {
	var out []string
	for _, n := range binOpDunders {
		out = append(out, "__i"+n+"__")
	}
	return out
}

// RichCompareNoReflect calls only a's comparison slot.
func RichCompareNoReflect(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	if f := a.Type().Compare; f != nil {
		return f(ts, a, b, op)
	}
	return NotImplemented, nil
}

// addSlotWrappers publishes t's own Go slots as dunder methods in its dict.
func addSlotWrappers(t *Type) {
	add := func(name string, fn MethodFn) {
		if t.Dict.GetStr(name) != nil {
			return
		}
		m := NewMethod(t, name, fn)
		m.slotWrapper = true
		t.Dict.SetStr(name, m)
	}
	if f := t.Repr; f != nil {
		add("__repr__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := noArgs("__repr__", a, k); err != nil {
				return nil, err
			}
			r, err := f(ts, Unwrap(s))
			if err != nil {
				return nil, err
			}
			return NewStr(r), nil
		})
	}
	if f := t.Str; f != nil {
		add("__str__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			r, err := f(ts, Unwrap(s))
			if err != nil {
				return nil, err
			}
			return NewStr(r), nil
		})
	}
	if f := t.Hash; f != nil {
		add("__hash__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			h, err := f(ts, Unwrap(s))
			if err != nil {
				return nil, err
			}
			return NewInt(h), nil
		})
	}
	if f := t.Compare; f != nil {
		for op := CmpEq; op <= CmpGe; op++ {
			op := op
			add(cmpDunders[op], func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
				if err := exactArgs(cmpDunders[op], 1, a, k); err != nil {
					return nil, err
				}
				return f(ts, Unwrap(s), Unwrap(a[0]), op)
			})
		}
	}
	if f := t.Bool; f != nil {
		add("__bool__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			b, err := f(ts, Unwrap(s))
			if err != nil {
				return nil, err
			}
			return NewBool(b), nil
		})
	}
	if f := t.Len; f != nil {
		add("__len__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			n, err := f(ts, Unwrap(s))
			if err != nil {
				return nil, err
			}
			return NewInt(int64(n)), nil
		})
	}
	if f := t.Iter; f != nil {
		add("__iter__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			return f(ts, Unwrap(s))
		})
	}
	if f := t.Next; f != nil {
		add("__next__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			r, err := f(ts, Unwrap(s))
			if err == nil && r == nil {
				return nil, NewException(StopIterationType)
			}
			return r, err
		})
	}
	if f := t.GetItem; f != nil {
		add("__getitem__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__getitem__", 1, a, k); err != nil {
				return nil, err
			}
			return f(ts, Unwrap(s), a[0])
		})
	}
	if f := t.SetItem; f != nil {
		add("__setitem__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__setitem__", 2, a, k); err != nil {
				return nil, err
			}
			return None, f(ts, Unwrap(s), a[0], a[1])
		})
		add("__delitem__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__delitem__", 1, a, k); err != nil {
				return nil, err
			}
			return None, f(ts, Unwrap(s), a[0], nil)
		})
	}
	if f := t.Contains; f != nil {
		add("__contains__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__contains__", 1, a, k); err != nil {
				return nil, err
			}
			b, err := f(ts, Unwrap(s), a[0])
			return NewBool(b), err
		})
	}
	if f := t.Call; f != nil {
		add("__call__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			return f(ts, Unwrap(s), a, k)
		})
	}
	if f := t.Init; f != nil {
		add("__init__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			return None, f(ts, Unwrap(s), a, k)
		})
	}
	if f := t.New; f != nil {
		m := &MethodDescr{Header: immortal(), Name: "__new__", Owner: t, Static: true, slotWrapper: true}
		m.Fn = func(ts *ThreadState, _ Object, a []Object, k []string) (Object, error) {
			if len(a)-len(k) < 1 {
				return nil, NewTypeError("%s.__new__(): not enough arguments", t.Name)
			}
			cls, ok := a[0].(*Type)
			if !ok {
				return nil, NewTypeError("%s.__new__(X): X is not a type object (%s)", t.Name, TypeName(a[0]))
			}
			if !cls.IsSubtype(t) {
				return nil, NewTypeError("%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)
			}
			if cls.layout() == TypeType {
				return f(ts, cls, a[1:], k) // type.__new__(metaclass, ...)
			}
			if cls.layout() != t.layout() && cls.layout() != ObjectType && t == cls.layout() {
				return builtinSubclassNew(ts, cls, a[1:], k)
			}
			if t == ObjectType {
				return objectNewFromDunder(ts, cls, a[1:], k)
			}
			if cls.Flags&FlagHeap != 0 && cls.layout() != ObjectType && cls.layout().Flags&FlagException == 0 {
				return builtinSubclassNew(ts, cls, a[1:], k)
			}
			return f(ts, cls, a[1:], k)
		}
		if t.Dict.GetStr("__new__") == nil {
			t.Dict.SetStr("__new__", m)
		}
	}
	if f := t.Binary; f != nil {
		for op := OpAdd; op <= OpFloorDiv; op++ {
			op := op
			add("__"+binOpDunders[op]+"__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
				if err := exactArgs("__"+binOpDunders[op]+"__", 1, a, k); err != nil {
					return nil, err
				}
				return f(ts, op, Unwrap(s), Unwrap(a[0]), false)
			})
			add("__r"+binOpDunders[op]+"__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
				if err := exactArgs("__r"+binOpDunders[op]+"__", 1, a, k); err != nil {
					return nil, err
				}
				return f(ts, op, Unwrap(a[0]), Unwrap(s), true)
			})
		}
	}
	if f := t.Unary; f != nil {
		for op := OpNeg; op <= OpAbs; op++ {
			op := op
			add(unaryDunders[op], func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
				return f(ts, op, Unwrap(s))
			})
		}
	}
	if f := t.Index; f != nil {
		add("__index__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			return f(ts, Unwrap(s))
		})
	}
	if f := t.GetAttr; f != nil {
		add("__getattribute__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__getattribute__", 1, a, k); err != nil {
				return nil, err
			}
			name, ok := a[0].(*Str)
			if !ok {
				return nil, NewTypeError("attribute name must be string, not '%s'", TypeName(a[0]))
			}
			return f(ts, s, name)
		})
	}
	if f := t.SetAttr; f != nil {
		add("__setattr__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__setattr__", 2, a, k); err != nil {
				return nil, err
			}
			name, ok := a[0].(*Str)
			if !ok {
				return nil, NewTypeError("attribute name must be string, not '%s'", TypeName(a[0]))
			}
			return None, f(ts, s, name, a[1])
		})
		add("__delattr__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__delattr__", 1, a, k); err != nil {
				return nil, err
			}
			name, ok := a[0].(*Str)
			if !ok {
				return nil, NewTypeError("attribute name must be string, not '%s'", TypeName(a[0]))
			}
			return None, f(ts, s, name, nil)
		})
	}
	if f := t.DescrGet; f != nil {
		add("__get__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if len(a) < 1 {
				return nil, NewTypeError("expected at least 1 argument, got 0")
			}
			obj := a[0]
			if obj == None {
				obj = nil
			}
			var owner *Type
			if len(a) > 1 {
				owner, _ = a[1].(*Type)
			}
			return f(ts, s, obj, owner)
		})
	}
	if f := t.DescrSet; f != nil {
		add("__set__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__set__", 2, a, k); err != nil {
				return nil, err
			}
			return None, f(ts, s, a[0], a[1])
		})
	}
	if f := t.Format; f != nil {
		add("__format__", func(ts *ThreadState, s Object, a []Object, k []string) (Object, error) {
			if err := exactArgs("__format__", 1, a, k); err != nil {
				return nil, err
			}
			spec, ok := a[0].(*Str)
			if !ok {
				return nil, NewTypeError("__format__() argument must be str, not %s", TypeName(a[0]))
			}
			return f(ts, Unwrap(s), spec.S)
		})
	}
}

// objectNewFromDunder is object.__new__(cls, ...) called explicitly (from a
// user __new__ via super().__new__(cls)).
func objectNewFromDunder(ts *ThreadState, cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls.Flags&FlagAbstract != 0 {
		return nil, abstractError(cls)
	}
	if cls.layout() != ObjectType {
		if cls.layout().Flags&FlagException != 0 {
			return cls.layout().New(ts, cls, args, kwnames)
		}
		return builtinSubclassNew(ts, cls, args, kwnames)
	}
	if len(args) > 0 && cls.Lookup("__init__") == ObjectType.Dict.GetStr("__init__") {
		return nil, NewTypeError("%s() takes no arguments", cls.Name)
	}
	return NewInstance(cls), nil
}

func noArgs(name string, a []Object, k []string) error {
	if len(a) > 0 {
		return NewTypeError("expected 0 arguments, got %d", len(a))
	}
	return nil
}

func exactArgs(name string, n int, a []Object, k []string) error {
	if len(k) > 0 {
		return NewTypeError("%s() takes no keyword arguments", name)
	}
	if len(a) != n {
		if n == 1 {
			return NewTypeError("expected 1 argument, got %d", len(a))
		}
		return NewTypeError("expected %d arguments, got %d", n, len(a))
	}
	return nil
}
