package runtime

// BinOp is a binary arithmetic operator, numbered as ast.Operator.
type BinOp int

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}
var binOpDunders = [...]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// Symbol is the operator's spelling in error messages.
func (op BinOp) Symbol() string { return binOpSymbols[op] }

// UnaryOp is a unary operator.
type UnaryOp int

const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
	OpAbs
)

var unaryDunders = [...]string{"__neg__", "__pos__", "__invert__", "__abs__"}
var unarySymbols = [...]string{"unary -", "unary +", "unary ~", "abs()"}

// BinaryOp computes a op b with Python's dispatch: the left operand's slot,
// then the right one's reflected slot (the right one first when its type is a
// subclass of the left's that overrides the operator).
func BinaryOp(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	// Fast paths for the hot numeric cases.
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok {
			return IntArith(op, x, y)
		}
	} else if x, ok := a.(*Float); ok {
		if y, ok := b.(*Float); ok {
			return FloatArith(op, x.V, y.V)
		}
	}
	r, err := binaryOp1(ts, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if r, err, ok := seqFallback(ts, op, a, b, false); ok {
		return r, err
	}
	return nil, binaryTypeError(op, a, b, "")
}

func binaryTypeError(op BinOp, a, b Object, suffix string) error {
	if op == OpPow && suffix == "" {
		return NewTypeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", TypeName(a), TypeName(b))
	}
	sym := binOpSymbols[op]
	if op == OpPow {
		sym = "**"
	}
	return NewTypeError("unsupported operand type(s) for %s%s: '%s' and '%s'", sym, suffix, TypeName(a), TypeName(b))
}

func binaryOp1(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	slotA, slotB := ta.Binary, tb.Binary
	if tb == ta {
		slotB = nil
	}
	if slotB != nil && tb != ta && tb.IsSubtype(ta) {
		r, err := slotB(ts, op, a, b, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
		slotB = nil
	}
	if slotA != nil {
		r, err := slotA(ts, op, a, b, false)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotB != nil {
		return slotB(ts, op, a, b, true)
	}
	return NotImplemented, nil
}

// InplaceOp computes `a op= b`: the in-place slot when a has one, else BinaryOp.
func InplaceOp(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	if x, ok := a.(*Int); ok {
		if y, ok := b.(*Int); ok {
			return IntArith(op, x, y)
		}
	} else if x, ok := a.(*Float); ok {
		if y, ok := b.(*Float); ok {
			return FloatArith(op, x.V, y.V)
		}
	}
	if f := a.Type().Inplace; f != nil {
		r, err := f(ts, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryOp1(ts, op, a, b)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if r, err, ok := seqFallback(ts, op, a, b, true); ok {
		return r, err
	}
	return nil, binaryTypeError(op, a, b, "=")
}

// UnaryOperation computes -x, +x, ~x or abs(x).
func UnaryOperation(ts *ThreadState, op UnaryOp, x Object) (Object, error) {
	if f := x.Type().Unary; f != nil {
		r, err := f(ts, op, x)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if op == OpAbs {
		return nil, NewTypeError("bad operand type for abs(): '%s'", TypeName(x))
	}
	return nil, NewTypeError("bad operand type for %s: '%s'", unarySymbols[op], TypeName(x))
}

// RichCompare computes a op b, returning the result object.
func RichCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	switch x := a.(type) {
	case *Int:
		if y, ok := b.(*Int); ok {
			return NewBool(cmpResult(intCmp(x, y), op)), nil
		}
	case *Float:
		if y, ok := b.(*Float); ok {
			return NewBool(cmpFloats(x.V, y.V, op)), nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return NewBool(strCmp(x.S, y.S, op)), nil
		}
	}
	if err := ts.EnterRecursive(" in comparison"); err != nil {
		return nil, err
	}
	r, err := richCompare(ts, a, b, op)
	ts.LeaveRecursive()
	return r, err
}

// strCmp compares two strs by code point (UTF-8 byte order is code point
// order).
func strCmp(x, y string, op CmpOp) bool {
	switch op {
	case CmpEq:
		return x == y
	case CmpNe:
		return x != y
	case CmpLt:
		return x < y
	case CmpLe:
		return x <= y
	case CmpGt:
		return x > y
	}
	return x >= y
}

func richCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.Compare != nil {
		checkedReverse = true
		r, err := tb.Compare(ts, b, a, op.swapped())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(ts, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && tb.Compare != nil {
		r, err := tb.Compare(ts, b, a, op.swapped())
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return NewBool(a == b), nil
	case CmpNe:
		return NewBool(a != b), nil
	}
	return nil, NewTypeError("'%s' not supported between instances of '%s' and '%s'",
		cmpSymbols[op], TypeName(a), TypeName(b))
}

// CompareBool is RichCompare followed by truth testing.
func CompareBool(ts *ThreadState, a, b Object, op CmpOp) (bool, error) {
	r, err := RichCompare(ts, a, b, op)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(*Bool); ok {
		return bv.V, nil
	}
	t, err := Truth(ts, r)
	Decref(r)
	return t, err
}

// Equal is `a == b` as a Go bool, with the identity shortcut containers use.
func Equal(ts *ThreadState, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	return CompareBool(ts, a, b, CmpEq)
}

// Truth is bool(x).
func Truth(ts *ThreadState, x Object) (bool, error) {
	switch v := x.(type) {
	case *Bool:
		return v.V, nil
	case *Int:
		return v.Sign() != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		return len(v.S) != 0, nil
	case *List:
		return len(v.Items) != 0, nil
	case *Tuple:
		return len(v.Items) != 0, nil
	case *Dict:
		return v.used != 0, nil
	case *Float:
		return v.V != 0, nil
	}
	t := x.Type()
	if t.Bool != nil {
		return t.Bool(ts, x)
	}
	if t.Len != nil {
		n, err := t.Len(ts, x)
		return n != 0, err
	}
	return true, nil
}

// Repr is repr(x).
func Repr(ts *ThreadState, x Object) (string, error) {
	switch v := x.(type) {
	case *Str:
		return StrRepr(v.S), nil
	case *Int:
		return v.String(), nil
	}
	f := x.Type().Repr
	if f == nil {
		return objectRepr(ts, x)
	}
	if err := ts.EnterRecursive(" while getting the repr of an object"); err != nil {
		return "", err
	}
	r, err := f(ts, x)
	ts.LeaveRecursive()
	return r, err
}

// StrOf is str(x) as a Go string.
func StrOf(ts *ThreadState, x Object) (string, error) {
	switch v := x.(type) {
	case *Str:
		return v.S, nil
	case *Int:
		return v.String(), nil
	}
	if f := x.Type().Str; f != nil {
		return f(ts, x)
	}
	return Repr(ts, x)
}

// Hash is hash(x).
func Hash(ts *ThreadState, x Object) (int64, error) {
	switch v := x.(type) {
	case *Str:
		return v.Hash(), nil
	case *Int:
		return intHash(v), nil
	}
	f := x.Type().Hash
	if f == nil {
		return 0, NewTypeError("unhashable type: '%s'", TypeName(x))
	}
	return f(ts, x)
}

// Len is len(x).
func Len(ts *ThreadState, x Object) (int, error) {
	switch v := x.(type) {
	case *List:
		return len(v.Items), nil
	case *Tuple:
		return len(v.Items), nil
	case *Str:
		return v.Len(), nil
	case *Dict:
		return v.used, nil
	}
	f := x.Type().Len
	if f == nil {
		return 0, NewTypeError("object of type '%s' has no len()", TypeName(x))
	}
	return f(ts, x)
}

// GetItem is x[key].
func GetItem(ts *ThreadState, x, key Object) (Object, error) {
	if l, ok := x.(*List); ok {
		if i, ok := key.(*Int); ok && i.Big == nil {
			n := int64(len(l.Items))
			idx := i.V
			if idx < 0 {
				idx += n
			}
			if idx < 0 || idx >= n {
				return nil, NewIndexError("list index out of range")
			}
			return Xref(l.Items[idx]), nil
		}
	}
	t := x.Type()
	if t.GetItem == nil {
		if xt, ok := x.(*Type); ok {
			if cg := xt.Lookup("__class_getitem__"); cg != nil {
				m, err := bindDescr(ts, cg, nil, xt)
				if err != nil {
					return nil, err
				}
				defer Decref(m)
				return Call(ts, m, []Object{key}, nil)
			}
			// typing-style subscripts of built-in classes (list[int]) are
			// accepted and return the class itself.
			return Xref(xt), nil
		}
		return nil, NewTypeError("'%s' object is not subscriptable", TypeName(x))
	}
	return t.GetItem(ts, x, key)
}

// SetItem is x[key] = value.
func SetItem(ts *ThreadState, x, key, value Object) error {
	t := x.Type()
	if t.SetItem == nil {
		return NewTypeError("'%s' object does not support item assignment", TypeName(x))
	}
	return t.SetItem(ts, x, key, value)
}

// DelItem is del x[key].
func DelItem(ts *ThreadState, x, key Object) error {
	t := x.Type()
	if t.SetItem == nil {
		return NewTypeError("'%s' object doesn't support item deletion", TypeName(x))
	}
	return t.SetItem(ts, x, key, nil)
}

// GetIter is iter(x).
func GetIter(ts *ThreadState, x Object) (Object, error) {
	t := x.Type()
	if t.Iter != nil {
		return t.Iter(ts, x)
	}
	if t.GetItem != nil {
		return newSeqIter(x), nil
	}
	return nil, NewTypeError("'%s' object is not iterable", TypeName(x))
}

// Next advances an iterator: it returns the next item, or (nil, nil) when the
// iterator is exhausted (a StopIteration raised by the slot counts as
// exhaustion; builtins.next calls the slot itself to keep its value).
func Next(ts *ThreadState, it Object) (Object, error) {
	// The loop iterators first, without the indirect call.
	switch i := it.(type) {
	case *rangeIterator:
		if i.remaining <= 0 {
			return nil, nil
		}
		v := i.next
		i.remaining--
		i.next += i.step
		return ts.NewInt(v), nil
	case *listIterator:
		if l := i.l; l != nil && !i.rev && i.i < len(l.Items) {
			x := l.Items[i.i]
			i.i++
			return Xref(x), nil
		}
		return listIterNext(ts, it)
	}
	f := it.Type().Next
	if f == nil {
		return nil, NewTypeError("'%s' object is not an iterator", TypeName(it))
	}
	x, err := f(ts, it)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.cls.IsSubtype(StopIterationType) {
			Decref(e)
			return nil, nil
		}
	}
	return x, err
}

// Contains is `item in container`.
func Contains(ts *ThreadState, container, item Object) (bool, error) {
	t := container.Type()
	if t.Contains != nil {
		return t.Contains(ts, container, item)
	}
	if t.Iter == nil && t.GetItem == nil {
		return false, NewTypeError("argument of type '%s' is not iterable", TypeName(container))
	}
	it, err := GetIter(ts, container)
	if err != nil {
		return false, err
	}
	defer Decref(it)
	for {
		x, err := Next(ts, it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := Equal(ts, x, item)
		Decref(x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Iterate calls fn for each item of iterable (borrowed references); fn returns
// false to stop early.
func Iterate(ts *ThreadState, iterable Object, fn func(Object) (bool, error)) error {
	switch v := iterable.(type) {
	case *List:
		for i := 0; i < len(v.Items); i++ {
			more, err := fn(v.Items[i])
			if err != nil || !more {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range v.Items {
			more, err := fn(x)
			if err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(ts, iterable)
	if err != nil {
		return err
	}
	defer Decref(it)
	for {
		x, err := Next(ts, it)
		if err != nil || x == nil {
			return err
		}
		more, err := fn(x)
		Decref(x)
		if err != nil || !more {
			return err
		}
	}
}

// ToSlice collects an iterable into new references.
func ToSlice(ts *ThreadState, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *List:
		return copyRefs(v.Items), nil
	case *Tuple:
		return copyRefs(v.Items), nil
	}
	var out []Object
	switch v := iterable.(type) {
	case *Dict:
		out = make([]Object, 0, v.Len())
	case *Set:
		out = make([]Object, 0, v.used)
	case *FrozenSet:
		out = make([]Object, 0, v.used)
	}
	err := Iterate(ts, iterable, func(x Object) (bool, error) {
		Incref(x)
		out = append(out, x)
		return true, nil
	})
	if err != nil {
		DecrefAll(out)
		return nil, err
	}
	return out, nil
}

func copyRefs(items []Object) []Object {
	out := make([]Object, len(items))
	for i, x := range items {
		Incref(x)
		out[i] = x
	}
	return out
}

// Call calls callable with positional arguments followed by keyword argument
// values named by kwnames.
func Call(ts *ThreadState, callable Object, args []Object, kwnames []string) (Object, error) {
	f := callable.Type().Call
	if f == nil {
		return nil, NewTypeError("'%s' object is not callable", TypeName(callable))
	}
	return f(ts, callable, args, kwnames)
}

// CallMethod calls obj.name(*args).
func CallMethod(ts *ThreadState, obj Object, name string, args ...Object) (Object, error) {
	m, err := GetAttr(ts, obj, Intern(name))
	if err != nil {
		return nil, err
	}
	defer Decref(m)
	return Call(ts, m, args, nil)
}

// Index converts x to an int through __index__ (for indexing and slicing).
func Index(ts *ThreadState, x Object) (*Int, error) {
	switch v := x.(type) {
	case *Int:
		return Xref(v).(*Int), nil
	case *Bool:
		i, _ := asInt(v)
		return i, nil
	}
	if f := x.Type().Index; f != nil {
		return f(ts, x)
	}
	return nil, NewTypeError("'%s' object cannot be interpreted as an integer", TypeName(x))
}

// IndexInt converts x to a Go int through __index__.
func IndexInt(ts *ThreadState, x Object) (int, error) {
	i, err := Index(ts, x)
	if err != nil {
		return 0, err
	}
	if i.Big != nil {
		return 0, NewIndexError("cannot fit 'int' into an index-sized integer")
	}
	return int(i.V), nil
}

// IsInstance is isinstance(x, cls) for a single class.
func IsInstance(x Object, cls *Type) bool { return x.Type().IsSubtype(cls) }
