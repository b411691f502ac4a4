// Package runtime is minipy's object model: every built-in type, reference
// counting, exceptions, the call protocol, and the per-interpreter and
// per-thread state (Interpreter, ThreadState, the GIL).
//
// # Objects
//
// Every Python object is a Go pointer to a struct that embeds Header, which
// carries the reference count. Object is the core interface: Type() gives the
// object's class. Behaviour lives in the *Type's slots (Repr, Hash, Call,
// GetAttr, ...), one Go function per protocol, like CPython's tp_* slots. User
// classes get slot functions that look the matching dunder up on the MRO, and
// every built-in slot is also visible to Python as a dunder method in the type's
// dict, so `super().__init__(...)` and `object.__repr__(x)` work.
//
// # Reference counting
//
// The count is a plain int32, changed only by the thread that holds the GIL.
// Functions that return an Object return a new reference; arguments are borrowed.
// When the count reaches zero the type's Dealloc slot runs at once: it drops the
// object's own references, runs __del__ for user classes, closes files. Memory is
// returned by Go's garbage collector; the gc module finds cycles. Singletons
// (None, True, False, small ints, types, interned names) are immortal: their
// count starts so high that it never reaches zero.
package runtime

import "unsafe"

// Object is any Python object.
type Object interface {
	Type() *Type
	header() *Header
}

// Header is embedded first in every object struct.
type Header struct {
	rc int32
	// gc is the cycle collector's word (gc.go): zero for objects it does
	// not track, else the generation, the finalised bit and the index in
	// the generation's list. It fills the padding after rc.
	gc uint32
}

func (h *Header) header() *Header { return h }

// hdr returns o's header without a dynamic method call: every object is a
// pointer to a struct whose first field is Header (TestHeaderIsFirst checks
// every struct in the module), so the interface's data word points at it.
// This keeps Incref and Decref small enough to inline.
func hdr(o Object) *Header {
	return (*Header)((*iface)(unsafe.Pointer(&o)).data)
}

// iface is the layout of a non-empty interface value.
type iface struct {
	tab, data unsafe.Pointer
}

// immortalRC is the starting count of objects that must never be freed.
const immortalRC = 1 << 29

// fresh is the header of a newly created object: one reference, owned by the
// creator.
func fresh() Header { return Header{rc: 1} }

func immortal() Header { return Header{rc: immortalRC} }

// Incref adds a reference to o (which may be nil).
func Incref(o Object) {
	if h := hdr(o); h != nil {
		h.rc++
	}
}

// Decref drops a reference to o (which may be nil), deallocating it at zero.
func Decref(o Object) {
	if h := hdr(o); h != nil {
		if h.rc--; h.rc == 0 {
			dealloc(o)
		}
	}
}

// DecrefShared is Decref for the eval loop's hot paths: it only decrements
// when o (non-nil) has other references, which the compiler can inline, and
// calls Decref otherwise.
func DecrefShared(o Object) {
	if h := hdr(o); h.rc > 1 {
		h.rc--
	} else {
		Decref(o)
	}
}

// Xref returns o after adding a reference: a shorthand for returning a borrowed
// object as a new reference.
func Xref(o Object) Object {
	if h := hdr(o); h != nil {
		h.rc++
	}
	return o
}

// RefCount reports o's reference count (sys.getrefcount adds its own).
func RefCount(o Object) int { return int(hdr(o).rc) }

// IsImmortal reports whether o can never be deallocated.
func IsImmortal(o Object) bool { return o.header().rc >= immortalRC/2 }

// DecrefAll drops a reference to each object in objs.
func DecrefAll(objs []Object) {
	for _, o := range objs {
		Decref(o)
	}
}

// IncrefAll adds a reference to each object in objs.
func IncrefAll(objs []Object) {
	for _, o := range objs {
		Incref(o)
	}
}

//go:noinline
func dealloc(o Object) {
	// Keep the object alive (count 1) while its finaliser runs, so that a
	// finaliser touching it does not re-enter dealloc.
	h := o.header()
	h.rc = 1
	if h.gc>>gcIndexShift != 0 {
		untrack(o, h)
	}
	if d := o.Type().Dealloc; d != nil {
		d(o)
	}
	if h.rc == 1 {
		h.rc = 0
		if weakCount.Load() != 0 {
			clearWeakRefs(o)
		}
	} else {
		// Resurrected by __del__: the extra references keep it alive.
		h.rc--
	}
}

// Is reports Python identity (`a is b`).
func Is(a, b Object) bool { return a == b }

// MakeImmortal marks o (a constant, a module-level singleton) as never freed.
func MakeImmortal(o Object) { o.header().rc = immortalRC }
