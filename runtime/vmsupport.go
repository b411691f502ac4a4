package runtime

import (
	"reflect"
	"strings"
)

// HasGenericGetAttr reports whether attribute lookup on instances of t is
// object.__getattribute__ (so the VM may look methods up on the type
// directly).
func (t *Type) HasGenericGetAttr() bool {
	if t.genericGA == 0 {
		t.genericGA = 2
		ga := t.Lookup("__getattribute__")
		if md, ok := ga.(*MethodDescr); ok && wrapsGeneric(md, md.Owner.GetAttr, GenericGetAttr) && t.Lookup("__getattr__") == nil {
			t.genericGA = 1
		}
	}
	return t.genericGA == 1
}

// wrapsGeneric reports whether md is object's slot wrapper, or a built-in
// type's wrapper of a slot that is the generic function itself (every
// built-in type lists __getattribute__ and __setattr__, mostly inherited
// from object).
func wrapsGeneric(md *MethodDescr, slot, generic any) bool {
	if md.Owner == ObjectType {
		return true
	}
	return md.slotWrapper && slot != nil && reflect.ValueOf(slot).Pointer() == reflect.ValueOf(generic).Pointer()
}

// ASCIIEscape is ascii()'s escaping of a repr: non-ASCII characters become
// \x, \u or \U escapes.
func ASCIIEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			writeEscapedRune(&b, r)
		}
	}
	return b.String()
}
