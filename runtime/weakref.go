package runtime

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Weak references. A WeakRef points at its referent without owning a
// reference. The referent's weakrefs are listed in a side table (objects
// carry no weakref slot): when the count of an object with weakrefs reaches
// zero, dealloc clears them after the type's Dealloc (so after __del__, as
// in CPython, and not at all when __del__ resurrects the object), then calls
// their callbacks with the dead weakref. Objects freed by the Go collector
// alone never had a count, so they never have weakrefs.

// WeakRef is weakref.ref (weakref.ReferenceType).
type WeakRef struct {
	Header
	referent Object // nil once the referent is gone
	callback Object // nil or a callable
	hash     int64
	hashed   bool
	// interp runs the callback: its GIL holder is the thread that freed
	// the referent.
	interp *Interpreter
}

func (w *WeakRef) Type() *Type { return WeakRefType }

// Referent returns the referent (borrowed) or nil when it is gone.
func (w *WeakRef) Referent() Object { return w.referent }

var (
	weakMu    sync.Mutex
	weakTable = map[Object][]*WeakRef{}
	// weakCount is len(weakTable), read without the lock by dealloc's fast
	// path (interpreters in one process do not share a GIL).
	weakCount atomic.Int64
)

// WeakRefType is the type of weak references.
var WeakRefType = NewBuiltinType("ReferenceType", nil)

// notWeakrefable lists the built-in types whose instances (and, for the
// variable-sized ones, whose subclasses' instances) refuse weak references.
func weakrefable(o Object) bool {
	t := o.Type()
	switch t.layout() {
	case IntType, BoolType, FloatType, ComplexType, StrType, BytesType, TupleType, NoneTypeType:
		return false
	case ListType, DictType:
		return t.Flags&FlagHeap != 0
	}
	if t.slotNames != nil && !t.slotNames["__weakref__"] {
		return false
	}
	return true
}

// NewWeakRef returns a weak reference to o with an optional callback (nil or
// None for none). Without a callback an existing plain reference is reused,
// as in CPython.
func NewWeakRef(ts *ThreadState, o, callback Object) (*WeakRef, error) {
	if !weakrefable(o) {
		return nil, NewTypeError("cannot create weak reference to '%s' object", TypeName(o))
	}
	if callback == None {
		callback = nil
	}
	weakMu.Lock()
	defer weakMu.Unlock()
	if callback == nil {
		for _, w := range weakTable[o] {
			if w.callback == nil {
				Incref(w)
				return w, nil
			}
		}
	}
	w := &WeakRef{Header: fresh(), referent: o, callback: callback, interp: ts.Interp}
	Incref(callback)
	if _, ok := weakTable[o]; !ok {
		weakCount.Add(1)
	}
	weakTable[o] = append(weakTable[o], w)
	return w, nil
}

// WeakRefs returns the live weak references to o (borrowed).
func WeakRefs(o Object) []*WeakRef {
	weakMu.Lock()
	defer weakMu.Unlock()
	return append([]*WeakRef(nil), weakTable[o]...)
}

// clearWeakRefs runs when o has been deallocated: its weakrefs go dead and
// their callbacks run, most recent first (CPython's order).
func clearWeakRefs(o Object) {
	weakMu.Lock()
	refs, ok := weakTable[o]
	if ok {
		delete(weakTable, o)
		weakCount.Add(-1)
	}
	weakMu.Unlock()
	if !ok {
		return
	}
	for _, w := range refs {
		w.referent = nil
		Incref(w) // keep each weakref alive until its callback has run
	}
	for i := len(refs) - 1; i >= 0; i-- {
		w := refs[i]
		if cb := w.callback; cb != nil {
			w.callback = nil
			if ts := w.interp.Holder(); ts != nil {
				r, err := Call(ts, cb, []Object{w}, nil)
				Decref(r)
				if err != nil {
					ts.Interp.WriteUnraisable(ts, err, "Exception ignored in: "+safeRepr(ts, cb))
				}
			}
			Decref(cb)
		}
	}
	for _, w := range refs {
		Decref(w)
	}
}

func weakRefDealloc(o Object) {
	w := o.(*WeakRef)
	if r := w.referent; r != nil {
		weakMu.Lock()
		list := weakTable[r]
		for i, x := range list {
			if x == w {
				list = append(list[:i:i], list[i+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(weakTable, r)
			weakCount.Add(-1)
		} else {
			weakTable[r] = list
		}
		weakMu.Unlock()
		w.referent = nil
	}
	if cb := w.callback; cb != nil {
		w.callback = nil
		Decref(cb)
	}
}

func init() {
	t := WeakRefType
	t.Module = "weakref"
	t.Base = ObjectType
	t.Bases = []*Type{ObjectType}
	t.Dealloc = weakRefDealloc
	t.New = func(ts *ThreadState, _ *Type, args []Object, kwnames []string) (Object, error) {
		if err := NoKeywords("ref", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("__new__", len(args), 1, 2); err != nil {
			return nil, err
		}
		var cb Object
		if len(args) == 2 {
			cb = args[1]
		}
		return NewWeakRef(ts, args[0], cb)
	}
	t.Init = func(*ThreadState, Object, []Object, []string) error { return nil }
	t.Call = func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoKeywords("weakref", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("weakref", len(args), 0, 0); err != nil {
			return nil, err
		}
		if r := self.(*WeakRef).referent; r != nil {
			return Xref(r), nil
		}
		return None, nil
	}
	t.Repr = func(ts *ThreadState, self Object) (string, error) {
		w := self.(*WeakRef)
		r := w.referent
		if r == nil {
			return fmt.Sprintf("<weakref at %s; dead>", addrOf(w)), nil
		}
		if n, err := GetAttrStr(ts, r, "__name__"); err == nil {
			defer Decref(n)
			if s, ok := n.(*Str); ok {
				return fmt.Sprintf("<weakref at %s; to '%s' at %s (%s)>", addrOf(w), r.Type().FullName(), addrOf(r), s.S), nil
			}
		} else if e, ok := err.(*Exception); ok {
			Decref(e)
		}
		return fmt.Sprintf("<weakref at %s; to '%s' at %s>", addrOf(w), r.Type().FullName(), addrOf(r)), nil
	}
	t.Hash = func(ts *ThreadState, self Object) (int64, error) {
		w := self.(*WeakRef)
		if w.hashed {
			return w.hash, nil
		}
		if w.referent == nil {
			return 0, NewTypeError("weak object has gone away")
		}
		h, err := Hash(ts, w.referent)
		if err != nil {
			return 0, err
		}
		w.hash, w.hashed = h, true
		return h, nil
	}
	t.Compare = func(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
		x, ok1 := a.(*WeakRef)
		y, ok2 := b.(*WeakRef)
		if !ok1 || !ok2 || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		if x.referent == nil || y.referent == nil {
			return NewBool((x == y) == (op == CmpEq)), nil
		}
		return RichCompare(ts, x.referent, y.referent, op)
	}
	addGetSet(t, "__callback__", func(ts *ThreadState, self Object) (Object, error) {
		if cb := self.(*WeakRef).callback; cb != nil {
			return Xref(cb), nil
		}
		return None, nil
	}, nil)
	t.Ready()
}
