package runtime

// NoneType is the type of None.
type NoneType struct{ Header }

func (*NoneType) Type() *Type { return NoneTypeType }

// Bool is Python's bool; True and False are the only instances.
type Bool struct {
	Header
	V bool
}

func (*Bool) Type() *Type { return BoolType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{ Header }

func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of Ellipsis (`...`).
type EllipsisType struct{ Header }

func (*EllipsisType) Type() *Type { return EllipsisTypeType }

var (
	// None is the None singleton.
	None Object = &NoneType{immortal()}
	// True and False are the bool singletons.
	True  = &Bool{immortal(), true}
	False = &Bool{immortal(), false}
	// NotImplemented is returned by binary slots that do not handle an operand.
	NotImplemented Object = &NotImplementedType{immortal()}
	// Ellipsis is `...`.
	Ellipsis Object = &EllipsisType{immortal()}
)

// NewBool returns True or False (immortal, so no reference is needed).
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}
