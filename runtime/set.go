package runtime

// set and frozenset. The hash table follows CPython 3.11's
// Objects/setobject.c exactly (linear probing over LINEAR_PROBES slots, then
// perturbed probing; tables start at 8 slots and grow when fill*5 >=
// mask*3; deleted slots hold a dummy), so iteration order - and therefore
// what print({3, 1, 2}) shows - matches CPython for keys whose hashes match
// (ints, floats, tuples of those, None, bools).

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

type setEntry struct {
	key  Object
	hash int64
}

type dummyObject struct{ Header }

func (*dummyObject) Type() *Type { return ObjectType }

// setDummy marks deleted slots.
var setDummy Object = &dummyObject{immortal()}

// setCore is the table shared by set and frozenset.
type setCore struct {
	Header
	table  []setEntry // len(table) == mask+1
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() starts searching
	hash   int64      // cached frozenset hash; -1 when unknown
}

// Set is Python's set.
type Set struct{ setCore }

// FrozenSet is Python's frozenset.
type FrozenSet struct{ setCore }

func (s *Set) Type() *Type       { return SetType }
func (f *FrozenSet) Type() *Type { return FrozenSetType }

func (s *setCore) core() *setCore { return s }

type anySet interface {
	Object
	core() *setCore
}

func (s *setCore) init() {
	s.table = make([]setEntry, setMinSize)
	s.hash = -1
}

// NewSet returns an empty set.
func NewSet() *Set {
	s := &Set{}
	s.Header = fresh()
	s.init()
	Track(s)
	return s
}

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *FrozenSet {
	f := &FrozenSet{}
	f.Header = fresh()
	f.init()
	Track(f)
	return f
}

// NewSetFromIterable is set(iterable).
func NewSetFromIterable(ts *ThreadState, iterable Object) (*Set, error) {
	s := NewSet()
	if err := s.updateInternal(ts, iterable); err != nil {
		Decref(s)
		return nil, err
	}
	return s, nil
}

// NewFrozenSetFromIterable is frozenset(iterable).
func NewFrozenSetFromIterable(ts *ThreadState, iterable Object) (*FrozenSet, error) {
	if f, ok := iterable.(*FrozenSet); ok {
		return Xref(f).(*FrozenSet), nil
	}
	f := NewFrozenSet()
	if err := f.updateInternal(ts, iterable); err != nil {
		Decref(f)
		return nil, err
	}
	return f, nil
}

// asAnySet views a set, frozenset or an instance of a subclass.
func asAnySet(o Object) (*setCore, bool) {
	switch v := o.(type) {
	case *Set:
		return &v.setCore, true
	case *FrozenSet:
		return &v.setCore, true
	case *Instance:
		return asAnySet(v.Base)
	}
	return nil, false
}

func isFrozen(o Object) bool {
	_, ok := Unwrap(o).(*FrozenSet)
	return ok
}

// newLike makes an empty set of the base type of o (set or frozenset).
func newLike(o Object) anySet {
	if isFrozen(o) {
		return NewFrozenSet()
	}
	return NewSet()
}

// Len is the number of members.
func (s *setCore) Len() int { return s.used }

// Items returns the members in iteration order (borrowed references).
func (s *setCore) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

func setHashKey(ts *ThreadState, key Object) (int64, error) {
	if s, ok := key.(*Str); ok {
		return s.Hash(), nil
	}
	return Hash(ts, key)
}

// lookkey finds key: it returns the slot index of the key, or of the unused
// slot that ends the probe sequence (found false).
func (s *setCore) lookkey(ts *ThreadState, key Object, hash int64) (int, bool, error) {
restart:
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.hash == 0 && e.key == nil {
				return int(j), false, nil
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					return int(j), true, nil
				}
				if a, ok := start.(*Str); ok {
					if b, ok := key.(*Str); ok {
						if a.S == b.S {
							return int(j), true, nil
						}
						goto nextSlot
					}
				}
				table := s.table
				Incref(start)
				eq, err := CompareBool(ts, start, key, CmpEq)
				Decref(start)
				if err != nil {
					return 0, false, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || s.table[j].key != start {
					goto restart
				}
				if eq {
					return int(j), true, nil
				}
				mask = uint64(len(s.table) - 1)
			}
		nextSlot:
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry; the set takes its own reference to key.
func (s *setCore) addEntry(ts *ThreadState, key Object, hash int64) error {
	Incref(key)
restart:
	mask := uint64(len(s.table) - 1)
	i := uint64(hash) & mask
	freeslot := -1
	perturb := uint64(hash)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.hash == 0 && e.key == nil {
				if freeslot >= 0 {
					s.used++
					s.table[freeslot] = setEntry{key: key, hash: hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash {
				start := e.key
				if start == key {
					Decref(key)
					return nil
				}
				if a, ok := start.(*Str); ok {
					if b, ok := key.(*Str); ok {
						if a.S == b.S {
							Decref(key)
							return nil
						}
						goto nextSlot
					}
				}
				table := s.table
				Incref(start)
				eq, err := CompareBool(ts, start, key, CmpEq)
				Decref(start)
				if err != nil {
					Decref(key)
					return err
				}
				if eq {
					Decref(key)
					return nil
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || s.table[j].key != start {
					goto restart
				}
				mask = uint64(len(s.table) - 1)
			} else if e.hash == -1 {
				freeslot = int(j)
			}
		nextSlot:
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean is set_insert_clean: key is known to be absent.
func insertClean(table []setEntry, key Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := uint64(1); j <= setLinearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{key: key, hash: hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize.
func (s *setCore) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	if newsize == setMinSize && len(old) == setMinSize && s.fill == s.used {
		return
	}
	nt := make([]setEntry, newsize)
	if s.fill == s.used {
		for _, e := range old {
			if e.key != nil {
				insertClean(nt, e.key, e.hash)
			}
		}
	} else {
		s.fill = s.used
		for _, e := range old {
			if e.key != nil && e.key != setDummy {
				insertClean(nt, e.key, e.hash)
			}
		}
	}
	s.table = nt
}

func (s *setCore) contains(ts *ThreadState, key Object, hash int64) (bool, error) {
	_, found, err := s.lookkey(ts, key, hash)
	return found, err
}

func (s *setCore) containsKey(ts *ThreadState, key Object) (bool, error) {
	h, err := setHashKey(ts, key)
	if err != nil {
		return false, err
	}
	return s.contains(ts, key, h)
}

func (s *setCore) addKey(ts *ThreadState, key Object) error {
	h, err := setHashKey(ts, key)
	if err != nil {
		return err
	}
	return s.addEntry(ts, key, h)
}

// discardEntry removes key; it reports whether it was present.
func (s *setCore) discardEntry(ts *ThreadState, key Object, hash int64) (bool, error) {
	j, found, err := s.lookkey(ts, key, hash)
	if err != nil || !found {
		return false, err
	}
	old := s.table[j].key
	s.table[j] = setEntry{key: setDummy, hash: -1}
	s.used--
	Decref(old)
	return true, nil
}

func (s *setCore) discardKey(ts *ThreadState, key Object) (bool, error) {
	h, err := setHashKey(ts, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(ts, key, h)
}

// clear empties the set (set_clear_internal).
func (s *setCore) clear() {
	old := s.table
	used := s.used
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
	s.hash = -1
	for _, e := range old {
		if used == 0 {
			break
		}
		if e.key != nil && e.key != setDummy {
			used--
			Decref(e.key)
		}
	}
}

// next iterates the table: it returns the entry at or after pos and the
// position to continue from.
func (s *setCore) next(pos int) (int, *setEntry) {
	for pos < len(s.table) {
		e := &s.table[pos]
		pos++
		if e.key != nil && e.key != setDummy {
			return pos, e
		}
	}
	return pos, nil
}

// entries snapshots the active entries with new references to the keys.
func (s *setCore) entries() []setEntry {
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			Incref(e.key)
			out = append(out, e)
		}
	}
	return out
}

func releaseEntries(es []setEntry) {
	for _, e := range es {
		Decref(e.key)
	}
}

// merge is set_merge.
func (s *setCore) merge(ts *ThreadState, other *setCore) error {
	if other == s || other.used == 0 {
		return nil
	}
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		for i, e := range other.table {
			if e.key != nil {
				Incref(e.key)
				s.table[i] = e
			}
		}
		s.fill = other.fill
		s.used = other.used
		return nil
	}
	if s.fill == 0 {
		s.fill = other.used
		s.used = other.used
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				Incref(e.key)
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	es := other.entries()
	defer releaseEntries(es)
	for _, e := range es {
		if err := s.addEntry(ts, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// updateInternal is set_update_internal: add every item of other.
func (s *setCore) updateInternal(ts *ThreadState, other Object) error {
	if o, ok := asAnySet(other); ok {
		return s.merge(ts, o)
	}
	if d, ok := other.(*Dict); ok {
		n := d.Len()
		if (s.fill+n)*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + n) * 2)
		}
		keys := copyRefs(d.Keys())
		defer DecrefAll(keys)
		for _, k := range keys {
			if err := s.addKey(ts, k); err != nil {
				return err
			}
		}
		return nil
	}
	return Iterate(ts, other, func(x Object) (bool, error) {
		return true, s.addKey(ts, x)
	})
}

// SetAdd adds x to a set (the VM's SET_ADD and BUILD_SET).
func SetAdd(ts *ThreadState, set Object, x Object) error {
	s, ok := asAnySet(set)
	if !ok {
		return NewTypeError("expected set, got %s", TypeName(set))
	}
	return s.addKey(ts, x)
}

// SetUpdate adds every item of iterable to a set (the VM's SET_UPDATE).
func SetUpdate(ts *ThreadState, set Object, iterable Object) error {
	s, ok := asAnySet(set)
	if !ok {
		return NewTypeError("expected set, got %s", TypeName(set))
	}
	return s.updateInternal(ts, iterable)
}

// SetContains is `x in s` for a set or frozenset.
func SetContains(ts *ThreadState, set Object, x Object) (bool, error) {
	s, ok := asAnySet(set)
	if !ok {
		return false, NewTypeError("expected set, got %s", TypeName(set))
	}
	return s.containsWithFrozen(ts, x)
}

// containsWithFrozen is set_contains: an unhashable set key is looked up as
// a frozenset.
func (s *setCore) containsWithFrozen(ts *ThreadState, key Object) (bool, error) {
	found, err := s.containsKey(ts, key)
	if err != nil {
		if _, isSet := Unwrap(key).(*Set); isSet && ErrorMatches(err, TypeErrorType) {
			Decref(err.(*Exception))
			tmp, err2 := NewFrozenSetFromIterable(ts, key)
			if err2 != nil {
				return false, err2
			}
			defer Decref(tmp)
			return s.containsKey(ts, tmp)
		}
		return false, err
	}
	return found, nil
}

func setCopy(ts *ThreadState, so Object) (anySet, error) {
	r := newLike(so)
	c, _ := asAnySet(so)
	if err := r.core().merge(ts, c); err != nil {
		Decref(r)
		return nil, err
	}
	return r, nil
}

// intersection is set_intersection.
func setIntersection(ts *ThreadState, so Object, other Object) (anySet, error) {
	if so == other {
		return setCopy(ts, so)
	}
	s, _ := asAnySet(so)
	result := newLike(so)
	rc := result.core()
	if o, ok := asAnySet(other); ok {
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		es := b.entries()
		defer releaseEntries(es)
		for _, e := range es {
			found, err := a.contains(ts, e.key, e.hash)
			if err != nil {
				Decref(result)
				return nil, err
			}
			if found {
				if err := rc.addEntry(ts, e.key, e.hash); err != nil {
					Decref(result)
					return nil, err
				}
			}
		}
		return result, nil
	}
	err := Iterate(ts, other, func(x Object) (bool, error) {
		h, err := setHashKey(ts, x)
		if err != nil {
			return false, err
		}
		found, err := s.contains(ts, x, h)
		if err != nil {
			return false, err
		}
		if found {
			if err := rc.addEntry(ts, x, h); err != nil {
				return false, err
			}
			if rc.used >= s.used {
				return false, nil
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

// swapBodies exchanges the contents of two sets (set_swap_bodies).
func swapBodies(a, b *setCore) {
	a.table, b.table = b.table, a.table
	a.fill, b.fill = b.fill, a.fill
	a.used, b.used = b.used, a.used
	a.hash, b.hash = -1, -1
}

// differenceUpdate is set_difference_update_internal.
func setDifferenceUpdate(ts *ThreadState, so Object, other Object) error {
	s, _ := asAnySet(so)
	if so == other {
		s.clear()
		return nil
	}
	if o, ok := asAnySet(other); ok {
		var es []setEntry
		if o.used>>3 > s.used {
			inter, err := setIntersection(ts, so, other)
			if err != nil {
				return err
			}
			es = inter.core().entries()
			Decref(inter)
		} else {
			es = o.entries()
		}
		defer releaseEntries(es)
		for _, e := range es {
			if _, err := s.discardEntry(ts, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		err := Iterate(ts, other, func(x Object) (bool, error) {
			_, err := s.discardKey(ts, x)
			return err == nil, err
		})
		if err != nil {
			return err
		}
	}
	if s.fill-s.used <= (len(s.table)-1)/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

func setCopyAndDifference(ts *ThreadState, so Object, other Object) (anySet, error) {
	r, err := setCopy(ts, so)
	if err != nil {
		return nil, err
	}
	if err := setDifferenceUpdate(ts, r, other); err != nil {
		Decref(r)
		return nil, err
	}
	return r, nil
}

// setDifference is set_difference.
func setDifference(ts *ThreadState, so Object, other Object) (anySet, error) {
	s, _ := asAnySet(so)
	var otherSize int
	o, otherIsSet := asAnySet(other)
	d, otherIsDict := other.(*Dict)
	switch {
	case otherIsSet:
		otherSize = o.used
	case otherIsDict:
		otherSize = d.Len()
	default:
		return setCopyAndDifference(ts, so, other)
	}
	if s.used>>2 > otherSize {
		return setCopyAndDifference(ts, so, other)
	}
	result := newLike(so)
	rc := result.core()
	es := s.entries()
	defer releaseEntries(es)
	for _, e := range es {
		var found bool
		var err error
		if otherIsDict {
			var v Object
			v, err = d.GetItem(ts, e.key)
			found = v != nil
		} else {
			found, err = o.contains(ts, e.key, e.hash)
		}
		if err != nil {
			Decref(result)
			return nil, err
		}
		if !found {
			if err := rc.addEntry(ts, e.key, e.hash); err != nil {
				Decref(result)
				return nil, err
			}
		}
	}
	return result, nil
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update.
func setSymmetricDifferenceUpdate(ts *ThreadState, so Object, other Object) error {
	s, _ := asAnySet(so)
	if so == other {
		s.clear()
		return nil
	}
	var es []setEntry
	if d, ok := other.(*Dict); ok {
		for _, k := range d.Keys() {
			h, err := setHashKey(ts, k)
			if err != nil {
				return err
			}
			Incref(k)
			es = append(es, setEntry{key: k, hash: h})
		}
	} else if o, ok := asAnySet(other); ok {
		es = o.entries()
	} else {
		tmp := newLike(so)
		if err := tmp.core().updateInternal(ts, other); err != nil {
			Decref(tmp)
			return err
		}
		es = tmp.core().entries()
		Decref(tmp)
	}
	defer releaseEntries(es)
	for _, e := range es {
		found, err := s.discardEntry(ts, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(ts, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

func setSymmetricDifference(ts *ThreadState, so Object, other Object) (anySet, error) {
	r := newLike(so)
	if err := r.core().updateInternal(ts, other); err != nil {
		Decref(r)
		return nil, err
	}
	if err := setSymmetricDifferenceUpdate(ts, r, so); err != nil {
		Decref(r)
		return nil, err
	}
	return r, nil
}

func setIsSubset(ts *ThreadState, so Object, other Object) (bool, error) {
	s, _ := asAnySet(so)
	o, ok := asAnySet(other)
	if !ok {
		tmp, err := NewSetFromIterable(ts, other)
		if err != nil {
			return false, err
		}
		defer Decref(tmp)
		o = &tmp.setCore
	}
	if s.used > o.used {
		return false, nil
	}
	es := s.entries()
	defer releaseEntries(es)
	for _, e := range es {
		found, err := o.contains(ts, e.key, e.hash)
		if err != nil || !found {
			return false, err
		}
	}
	return true, nil
}

func setIsSuperset(ts *ThreadState, so Object, other Object) (bool, error) {
	if _, ok := asAnySet(other); ok {
		return setIsSubset(ts, other, so)
	}
	s, _ := asAnySet(so)
	result := true
	err := Iterate(ts, other, func(x Object) (bool, error) {
		found, err := s.containsKey(ts, x)
		if err != nil {
			return false, err
		}
		if !found {
			result = false
			return false, nil
		}
		return true, nil
	})
	return result && err == nil, err
}

func setIsDisjoint(ts *ThreadState, so Object, other Object) (bool, error) {
	s, _ := asAnySet(so)
	if so == other {
		return s.used == 0, nil
	}
	if o, ok := asAnySet(other); ok {
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		es := b.entries()
		defer releaseEntries(es)
		for _, e := range es {
			found, err := a.contains(ts, e.key, e.hash)
			if err != nil {
				return false, err
			}
			if found {
				return false, nil
			}
		}
		return true, nil
	}
	disjoint := true
	err := Iterate(ts, other, func(x Object) (bool, error) {
		found, err := s.containsKey(ts, x)
		if err != nil {
			return false, err
		}
		if found {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	return disjoint && err == nil, err
}

// frozensetHash is CPython's frozenset_hash.
func (s *setCore) frozenHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			hash ^= shuffle(uint64(e.hash))
		}
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash = int64(hash)
	return s.hash
}

func setRepr(ts *ThreadState, o Object) (string, error) {
	s, _ := asAnySet(o)
	name := TypeName(o)
	if !ReprEnter(ts, o) {
		return name + "(...)", nil
	}
	defer ReprLeave(ts, o)
	if s.used == 0 {
		return name + "()", nil
	}
	es := s.entries()
	defer releaseEntries(es)
	keys := make([]Object, len(es))
	for i, e := range es {
		keys[i] = e.key
	}
	body, err := seqRepr(ts, "{", "}", func() []Object { return keys })
	if err != nil {
		return "", err
	}
	if _, exact := o.(*Set); exact {
		return body, nil
	}
	return name + "(" + body + ")", nil
}

func setCompare(ts *ThreadState, a, b Object, op CmpOp) (Object, error) {
	v, _ := asAnySet(a)
	w, ok := asAnySet(b)
	if !ok {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case CmpEq, CmpNe:
		if v.used != w.used {
			r = false
		} else if v.hash != -1 && w.hash != -1 && v.hash != w.hash {
			r = false
		} else {
			r, err = setIsSubset(ts, a, b)
		}
		if op == CmpNe {
			r = !r
		}
	case CmpLe:
		r, err = setIsSubset(ts, a, b)
	case CmpGe:
		r, err = setIsSuperset(ts, a, b)
	case CmpLt:
		if v.used < w.used {
			r, err = setIsSubset(ts, a, b)
		}
	case CmpGt:
		if v.used > w.used {
			r, err = setIsSuperset(ts, a, b)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setBinary(ts *ThreadState, op BinOp, a, b Object, reflected bool) (Object, error) {
	_, ok1 := asAnySet(a)
	_, ok2 := asAnySet(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpOr:
		r, err := setCopy(ts, a)
		if err != nil {
			return nil, err
		}
		if a == b {
			return r, nil
		}
		if err := r.core().updateInternal(ts, b); err != nil {
			Decref(r)
			return nil, err
		}
		return r, nil
	case OpAnd:
		return setIntersection(ts, a, b)
	case OpSub:
		return setDifference(ts, a, b)
	case OpXor:
		return setSymmetricDifference(ts, a, b)
	}
	return NotImplemented, nil
}

func setInplace(ts *ThreadState, op BinOp, a, b Object) (Object, error) {
	s, _ := asAnySet(a)
	if _, ok := asAnySet(b); !ok {
		return NotImplemented, nil
	}
	switch op {
	case OpOr:
		if err := s.updateInternal(ts, b); err != nil {
			return nil, err
		}
	case OpAnd:
		tmp, err := setIntersection(ts, a, b)
		if err != nil {
			return nil, err
		}
		swapBodies(s, tmp.core())
		Decref(tmp)
	case OpSub:
		if err := setDifferenceUpdate(ts, a, b); err != nil {
			return nil, err
		}
	case OpXor:
		if err := setSymmetricDifferenceUpdate(ts, a, b); err != nil {
			return nil, err
		}
	default:
		return NotImplemented, nil
	}
	return Xref(a), nil
}

func setDealloc(o Object) {
	s, _ := asAnySet(o)
	s.clear()
}

func setNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	return NewSet(), nil
}

func setInit(ts *ThreadState, self Object, args []Object, kwnames []string) error {
	if err := NoKeywords("set", kwnames); err != nil {
		return err
	}
	if err := CheckPositional("set", len(args), 0, 1); err != nil {
		return err
	}
	s, _ := asAnySet(self)
	if s.fill > 0 {
		s.clear()
	}
	s.hash = -1
	if len(args) == 1 {
		return s.updateInternal(ts, args[0])
	}
	return nil
}

func frozensetNew(ts *ThreadState, t *Type, args []Object, kwnames []string) (Object, error) {
	if err := NoKeywords("frozenset", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("frozenset", len(args), 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewFrozenSet(), nil
	}
	return NewFrozenSetFromIterable(ts, args[0])
}

func setVarargs(name string, fn func(ts *ThreadState, self Object, others []Object) (Object, error)) MethodFn {
	return func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoKeywords(name, kwnames); err != nil {
			return nil, err
		}
		return fn(ts, self, args)
	}
}

func setupSet(set, frozenset *Type) {
	for _, t := range []*Type{set, frozenset} {
		t.Repr = setRepr
		t.Compare = setCompare
		t.Binary = setBinary
		t.Iter = func(ts *ThreadState, o Object) (Object, error) { return newSetIterator(o), nil }
		t.Len = func(ts *ThreadState, o Object) (int, error) { s, _ := asAnySet(o); return s.used, nil }
		t.Contains = func(ts *ThreadState, o, x Object) (bool, error) {
			s, _ := asAnySet(o)
			return s.containsWithFrozen(ts, x)
		}
		t.Dealloc = setDealloc
		tn := t.Name
		addMethod(t, "union", setVarargs(tn+".union", func(ts *ThreadState, self Object, others []Object) (Object, error) {
			r, err := setCopy(ts, self)
			if err != nil {
				return nil, err
			}
			for _, o := range others {
				if o == self {
					continue
				}
				if err := r.core().updateInternal(ts, o); err != nil {
					Decref(r)
					return nil, err
				}
			}
			return r, nil
		}))
		addMethod(t, "intersection", setVarargs(tn+".intersection", func(ts *ThreadState, self Object, others []Object) (Object, error) {
			if len(others) == 0 {
				return setCopy(ts, self)
			}
			var result Object = Xref(self)
			for _, o := range others {
				nr, err := setIntersection(ts, result, o)
				Decref(result)
				if err != nil {
					return nil, err
				}
				result = nr
			}
			return result, nil
		}))
		addMethod(t, "difference", setVarargs(tn+".difference", func(ts *ThreadState, self Object, others []Object) (Object, error) {
			if len(others) == 0 {
				return setCopy(ts, self)
			}
			r, err := setDifference(ts, self, others[0])
			if err != nil {
				return nil, err
			}
			for _, o := range others[1:] {
				if err := setDifferenceUpdate(ts, r, o); err != nil {
					Decref(r)
					return nil, err
				}
			}
			return r, nil
		}))
		addMethod(t, "symmetric_difference", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			o, err := OneArg(tn+".symmetric_difference", args, kwnames)
			if err != nil {
				return nil, err
			}
			return setSymmetricDifference(ts, self, o)
		})
		for _, name := range []string{"issubset", "issuperset", "isdisjoint"} {
			name := name
			addMethod(t, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
				o, err := OneArg(tn+"."+name, args, kwnames)
				if err != nil {
					return nil, err
				}
				var r bool
				switch name {
				case "issubset":
					r, err = setIsSubset(ts, self, o)
				case "issuperset":
					r, err = setIsSuperset(ts, self, o)
				default:
					r, err = setIsDisjoint(ts, self, o)
				}
				if err != nil {
					return nil, err
				}
				return NewBool(r), nil
			})
		}
		addMethod(t, "copy", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			if err := NoArgs(tn+".copy", args, kwnames); err != nil {
				return nil, err
			}
			return setCopy(ts, self)
		})
		addMethod(t, "__sizeof__", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			s, _ := asAnySet(self)
			n := 200
			if len(s.table) > setMinSize {
				n += 16 * len(s.table)
			}
			return NewInt(int64(n)), nil
		})
		addClassGetItem(t)
	}
	set.New = setNew
	set.Init = setInit
	set.Inplace = setInplace
	addInplaceWrappers(set, OpOr, OpAnd, OpSub, OpXor)
	set.Dict.SetStr("__hash__", None)
	set.Doc = "set() -> new empty set object\nset(iterable) -> new set object"
	frozenset.New = frozensetNew
	frozenset.Init = noInit
	frozenset.Hash = func(ts *ThreadState, o Object) (int64, error) { s, _ := asAnySet(o); return s.frozenHash(), nil }
	frozenset.Doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"

	addMethod(set, "add", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		x, err := OneArg("set.add", args, kwnames)
		if err != nil {
			return nil, err
		}
		s, _ := asAnySet(self)
		return None, s.addKey(ts, x)
	})
	for _, name := range []string{"remove", "discard"} {
		name := name
		addMethod(set, name, func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
			x, err := OneArg("set."+name, args, kwnames)
			if err != nil {
				return nil, err
			}
			s, _ := asAnySet(self)
			found, err := s.discardKey(ts, x)
			if err != nil {
				if _, isSet := Unwrap(x).(*Set); !isSet || !ErrorMatches(err, TypeErrorType) {
					return nil, err
				}
				Decref(err.(*Exception))
				tmp, err := NewFrozenSetFromIterable(ts, x)
				if err != nil {
					return nil, err
				}
				found, err = s.discardKey(ts, tmp)
				Decref(tmp)
				if err != nil {
					return nil, err
				}
			}
			if !found && name == "remove" {
				return nil, NewKeyError(x)
			}
			return None, nil
		})
	}
	addMethod(set, "pop", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("set.pop", args, kwnames); err != nil {
			return nil, err
		}
		s, _ := asAnySet(self)
		if s.used == 0 {
			return nil, NewExceptionf(KeyErrorType, "pop from an empty set")
		}
		mask := len(s.table) - 1
		i := s.finger & mask
		for s.table[i].key == nil || s.table[i].key == setDummy {
			i++
			if i > mask {
				i = 0
			}
		}
		key := s.table[i].key
		s.table[i] = setEntry{key: setDummy, hash: -1}
		s.used--
		s.finger = i + 1
		return key, nil
	})
	addMethod(set, "clear", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		if err := NoArgs("set.clear", args, kwnames); err != nil {
			return nil, err
		}
		s, _ := asAnySet(self)
		s.clear()
		return None, nil
	})
	addMethod(set, "update", setVarargs("set.update", func(ts *ThreadState, self Object, others []Object) (Object, error) {
		s, _ := asAnySet(self)
		for _, o := range others {
			if err := s.updateInternal(ts, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	}))
	addMethod(set, "intersection_update", setVarargs("set.intersection_update", func(ts *ThreadState, self Object, others []Object) (Object, error) {
		s, _ := asAnySet(self)
		var result Object = Xref(self)
		if len(others) == 0 {
			Decref(result)
			r, err := setCopy(ts, self)
			if err != nil {
				return nil, err
			}
			result = r
		}
		for _, o := range others {
			nr, err := setIntersection(ts, result, o)
			Decref(result)
			if err != nil {
				return nil, err
			}
			result = nr
		}
		if result != self {
			rc, _ := asAnySet(result)
			swapBodies(s, rc)
		}
		Decref(result)
		return None, nil
	}))
	addMethod(set, "difference_update", setVarargs("set.difference_update", func(ts *ThreadState, self Object, others []Object) (Object, error) {
		for _, o := range others {
			if err := setDifferenceUpdate(ts, self, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	}))
	addMethod(set, "symmetric_difference_update", func(ts *ThreadState, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := OneArg("set.symmetric_difference_update", args, kwnames)
		if err != nil {
			return nil, err
		}
		return None, setSymmetricDifferenceUpdate(ts, self, o)
	})
}

// NewConstFrozenSet builds the frozenset constant CPython's compiler makes
// for a set display of three or more constants ({1, 2, 3}, x in {1, 2, 3}):
// a frozenset of the items, rebuilt from its own iteration order when the
// compiler merges constants. The VM creates {c1, c2, ...} as an empty set
// updated from this frozenset (BUILD_SET 0; LOAD_CONST; SET_UPDATE 1), which
// is what gives such literals CPython's iteration order.
func NewConstFrozenSet(ts *ThreadState, items []Object) (*FrozenSet, error) {
	t := NewTupleCopy(items)
	first, err := NewFrozenSetFromIterable(ts, t)
	Decref(t)
	if err != nil {
		return nil, err
	}
	if first.used == 0 {
		return first, nil
	}
	again := NewTupleCopy(first.Items())
	Decref(first)
	defer Decref(again)
	f := NewFrozenSet()
	if err := f.updateInternal(ts, again); err != nil {
		Decref(f)
		return nil, err
	}
	return f, nil
}
