package runtime

// Dict is Python's dict: an insertion-ordered hash table. Entries live in
// insertion order in entries (deleted ones have a nil key); small dicts are
// searched linearly, larger ones through an open-addressing index, like
// CPython's compact dict.
type Dict struct {
	Header
	entries []dictEntry
	indices []int32 // nil while the dict is small
	used    int     // live entries
	// version changes on every insertion or deletion, to detect mutation during
	// iteration.
	version uint64
	// keyBits has bit hash&63 set for the hash of every key inserted since
	// the dict was last emptied (deletions leave their bits): a clear bit
	// proves a key absent without a lookup (mayHave).
	keyBits uint64
}

// mayHave reports false when no key with this hash is in d.
func (d *Dict) mayHave(hash int64) bool { return d.keyBits&(1<<(uint64(hash)&63)) != 0 }

type dictEntry struct {
	hash  int64
	key   Object
	value Object
}

const (
	dictSmall    = 8
	slotEmpty    = -1
	slotDeleted  = -2
	perturbShift = 5
)

// NewDict returns an empty dict.
// Like CPython's, a dict is tracked by the cycle collector only once it holds
// something that could lead back to it (see maintainTracking).
func NewDict() *Dict { return &Dict{Header: fresh()} }

// newOwnedDict returns a dict for an instance's attributes: the instance
// traverses it as part of itself (see instanceTraverse).
func newOwnedDict() *Dict { return &Dict{Header: Header{rc: 1, gc: gcOwned}} }

// maintainTracking starts tracking d when it is given an object that could
// be part of a cycle.
func (d *Dict) maintainTracking(o Object) {
	if d.gc&^gcFinalized == 0 && mayBeTracked(o) {
		Track(d)
	}
}

func newDictImmortal() *Dict { return &Dict{Header: immortal()} }

// NewDictSized returns an empty dict with room for n entries.
func NewDictSized(n int) *Dict {
	return &Dict{Header: fresh(), entries: make([]dictEntry, 0, n)}
}

func (d *Dict) Type() *Type { return DictType }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// lookup finds key; it returns the entry index or -1, and the index slot (for
// large dicts) where the key is or would go.
func (d *Dict) lookup(ts *ThreadState, key Object, hash int64) (int, error) {
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == nil || e.hash != hash {
				continue
			}
			eq, err := keysEqual(ts, e.key, key)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.indices[i]
		if ix == slotEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == hash {
				eq, err := keysEqual(ts, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

func keysEqual(ts *ThreadState, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	if sa, ok := a.(*Str); ok {
		if sb, ok := b.(*Str); ok {
			return sa.S == sb.S, nil
		}
	}
	return Equal(ts, a, b)
}

// lookupStr is lookup for a Go string key (no Python code can run).
func (d *Dict) lookupStr(key string, hash int64) int {
	if !d.mayHave(hash) {
		return -1
	}
	if d.indices == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == hash && e.key != nil {
				if s, ok := e.key.(*Str); ok && s.S == key {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.indices[i]
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == hash {
				if s, ok := e.key.(*Str); ok && s.S == key {
					return int(ix)
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
}

// GetItem returns a borrowed reference to d[key], or nil when absent.
func (d *Dict) GetItem(ts *ThreadState, key Object) (Object, error) {
	if s, ok := key.(*Str); ok {
		if i := d.lookupStr(s.S, s.Hash()); i >= 0 {
			return d.entries[i].value, nil
		}
		return nil, nil
	}
	h, err := Hash(ts, key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookup(ts, key, h)
	if err != nil || i < 0 {
		return nil, err
	}
	return d.entries[i].value, nil
}

// GetStr returns a borrowed reference to d[key] for a str key, or nil.
func (d *Dict) GetStr(key string) Object {
	if i := d.lookupStr(key, strHash(key)); i >= 0 {
		return d.entries[i].value
	}
	return nil
}

// SetItem sets d[key] = value; d takes its own references.
func (d *Dict) SetItem(ts *ThreadState, key, value Object) error {
	var h int64
	if s, ok := key.(*Str); ok {
		h = s.Hash()
		if i := d.lookupStr(s.S, h); i >= 0 {
			Incref(value)
			old := d.entries[i].value
			d.entries[i].value = value
			d.maintainTracking(value)
			decrefOn(ts, old)
			return nil
		}
	} else {
		var err error
		h, err = Hash(ts, key)
		if err != nil {
			return err
		}
		i, err := d.lookup(ts, key, h)
		if err != nil {
			return err
		}
		if i >= 0 {
			Incref(value)
			old := d.entries[i].value
			d.entries[i].value = value
			d.maintainTracking(value)
			decrefOn(ts, old)
			return nil
		}
	}
	Incref(key)
	Incref(value)
	d.insertNew(key, value, h)
	return nil
}

// SetStr sets d[key] = value for a Go string key.
func (d *Dict) SetStr(key string, value Object) {
	h := strHash(key)
	if i := d.lookupStr(key, h); i >= 0 {
		Incref(value)
		old := d.entries[i].value
		d.entries[i].value = value
		d.maintainTracking(value)
		Decref(old)
		return
	}
	Incref(value)
	d.insertNew(NewStr(key), value, h)
}

// insertNew appends an entry whose key is known to be absent; it takes over the
// caller's references to key and value.
func (d *Dict) insertNew(key, value Object, h int64) {
	d.version++
	if d.indices == nil && len(d.entries) >= dictSmall {
		d.rebuild(len(d.entries) + 1)
	} else if d.indices != nil && (len(d.entries)+1)*3 >= len(d.indices)*2 {
		d.rebuild(d.used + 1)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.keyBits |= 1 << (uint64(h) & 63)
	d.used++
	if d.gc&^gcFinalized == 0 {
		d.maintainTracking(value)
		d.maintainTracking(key)
	}
	if d.indices != nil {
		d.place(h, int32(len(d.entries)-1))
	}
}

func (d *Dict) place(h int64, ix int32) {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.indices[i] != slotEmpty {
		perturb >>= perturbShift
		i = (i*5 + perturb + 1) & mask
	}
	d.indices[i] = ix
}

// rebuild compacts the entries and sizes the index for n live entries.
func (d *Dict) rebuild(n int) {
	if d.used != len(d.entries) {
		live := make([]dictEntry, 0, d.used+1)
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	if n < dictSmall && len(d.entries) < dictSmall {
		d.indices = nil
		return
	}
	// As CPython: an index of at least three slots per entry, and room in
	// entries for the two thirds of it that may fill before the next rebuild
	// (one allocation instead of append's many).
	size := 32
	for size < 3*n-2 {
		size <<= 1
	}
	if usable := size * 2 / 3; cap(d.entries) < usable {
		entries := make([]dictEntry, len(d.entries), usable)
		copy(entries, d.entries)
		d.entries = entries
	}
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = slotEmpty
	}
	for i, e := range d.entries {
		d.place(e.hash, int32(i))
	}
}

// DelItem removes key; it reports whether the key was present.
func (d *Dict) DelItem(ts *ThreadState, key Object) (bool, error) {
	var i int
	if s, ok := key.(*Str); ok {
		i = d.lookupStr(s.S, s.Hash())
	} else {
		h, err := Hash(ts, key)
		if err != nil {
			return false, err
		}
		i, err = d.lookup(ts, key, h)
		if err != nil {
			return false, err
		}
	}
	if i < 0 {
		return false, nil
	}
	d.removeAt(i)
	return true, nil
}

// DelStr removes a str key; it reports whether it was present.
func (d *Dict) DelStr(key string) bool {
	i := d.lookupStr(key, strHash(key))
	if i < 0 {
		return false
	}
	d.removeAt(i)
	return true
}

func (d *Dict) removeAt(i int) {
	e := d.entries[i]
	if d.indices != nil {
		mask := uint64(len(d.indices) - 1)
		perturb := uint64(e.hash)
		j := uint64(e.hash) & mask
		for d.indices[j] != int32(i) {
			perturb >>= perturbShift
			j = (j*5 + perturb + 1) & mask
		}
		d.indices[j] = slotDeleted
	}
	d.entries[i] = dictEntry{}
	d.used--
	d.version++
	// Trimming the last entry is only safe without an index: there its
	// slotDeleted mark stays, and the entry must still count towards the
	// resize check in insertNew, or set/del of one key in a loop would fill
	// the index with marks and lookups would never meet an empty slot.
	if i == len(d.entries)-1 && d.indices == nil {
		d.entries = d.entries[:i]
	}
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.indices = nil
		d.keyBits = 0
	}
	Decref(e.key)
	Decref(e.value)
}

// Clear removes every item.
func (d *Dict) Clear() {
	old := d.entries
	d.entries = nil
	d.indices = nil
	d.used = 0
	d.keyBits = 0
	d.version++
	for _, e := range old {
		if e.key != nil {
			Decref(e.key)
			Decref(e.value)
		}
	}
}

// Next iterates: it returns the entry at or after position pos and the
// position to continue from, or ok=false at the end. References are borrowed.
func (d *Dict) Next(pos int) (next int, key, value Object, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key != nil {
			return pos, e.key, e.value, true
		}
	}
	return pos, nil, nil, false
}

// Keys returns the live keys (borrowed).
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items returns the live key/value pairs (borrowed).
func (d *Dict) Items() (keys, values []Object) {
	keys = make([]Object, 0, d.used)
	values = make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	return
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{Header: fresh(), used: d.used, keyBits: d.keyBits}
	n.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			Incref(e.key)
			Incref(e.value)
			n.entries = append(n.entries, e)
		}
	}
	if n.used >= dictSmall {
		n.rebuild(n.used)
	}
	if IsTracked(d) || d.gc&gcOwned != 0 && dictMayHoldCycle(n) {
		Track(n)
	}
	return n
}

// Update merges other into d (d[k] = v for each item of other).
func (d *Dict) Update(ts *ThreadState, other *Dict) error {
	for _, e := range other.entries {
		if e.key != nil {
			if err := d.SetItem(ts, e.key, e.value); err != nil {
				return err
			}
		}
	}
	return nil
}

// Version is the mutation counter, for iterators.
func (d *Dict) Version() uint64 { return d.version }

func dictDealloc(o Object) {
	d := o.(*Dict)
	d.Clear()
}
