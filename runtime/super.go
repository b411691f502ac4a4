package runtime

// Super is the object super() returns: attribute lookups start after ThisType
// on the MRO of Obj's type (or of Obj itself when it is a class).
type Super struct {
	Header
	ThisType *Type
	Obj      Object
	ObjType  *Type
}

func (s *Super) Type() *Type { return SuperType }

// SuperFrame is implemented by VM frames for zero-argument super().
type SuperFrame interface {
	SuperArgs() (*Type, Object, error)
}

func superNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, NewTypeError("super() takes no keyword arguments")
	}
	var this *Type
	var obj Object
	switch len(args) {
	case 0:
		f, ok := ts.Frame.(SuperFrame)
		if !ok {
			return nil, NewRuntimeError("super(): no current frame")
		}
		var err error
		this, obj, err = f.SuperArgs()
		if err != nil {
			return nil, err
		}
	case 1, 2:
		tt, ok := args[0].(*Type)
		if !ok {
			return nil, NewTypeError("super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		this = tt
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return nil, NewTypeError("super() takes at most 2 arguments (%d given)", len(args))
	}
	s := &Super{Header: fresh(), ThisType: this}
	Incref(this)
	if obj != nil && obj != None {
		var objType *Type
		if ot, ok := obj.(*Type); ok && ot.IsSubtype(this) {
			objType = ot
		} else if obj.Type().IsSubtype(this) {
			objType = obj.Type()
		} else {
			return nil, NewTypeError("super(type, obj): obj must be an instance or subtype of type")
		}
		Incref(obj)
		s.Obj = obj
		s.ObjType = objType
	}
	return s, nil
}

func superGetAttr(ts *ThreadState, self Object, name *Str) (Object, error) {
	s := self.(*Super)
	if s.ObjType != nil && name.S != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.ThisType {
			i++
		}
		for i++; i < len(mro); i++ {
			if v := mro[i].Dict.GetStr(name.S); v != nil {
				if g := v.Type().DescrGet; g != nil {
					var obj Object = s.Obj
					if obj == Object(s.ObjType) {
						obj = nil
					}
					if _, isCM := v.(*ClassMethod); isCM {
						return g(ts, v, nil, s.ObjType)
					}
					if md, ok := v.(*MethodDescr); ok && md.Static {
						return Xref(v), nil
					}
					if obj == nil {
						if md, ok := v.(*MethodDescr); ok && md.Class {
							return NewMethodObject(md, s.ObjType), nil
						}
					}
					return g(ts, v, obj, s.ObjType)
				}
				return Xref(v), nil
			}
		}
	}
	return GenericGetAttr(ts, self, name)
}

func superRepr(ts *ThreadState, self Object) (string, error) {
	s := self.(*Super)
	if s.ObjType != nil {
		return "<super: <class '" + s.ThisType.Name + "'>, <" + s.ObjType.Name + " object>>", nil
	}
	return "<super: <class '" + s.ThisType.Name + "'>, NULL>", nil
}

func superDealloc(o Object) {
	s := o.(*Super)
	Decref(s.ThisType)
	Decref(s.Obj)
	s.Obj = nil
}

func init() {
	SuperType.New = superNew
	SuperType.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	SuperType.GetAttr = superGetAttr
	SuperType.Repr = superRepr
	SuperType.Dealloc = superDealloc
}
