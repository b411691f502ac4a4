package runtime

import "cmp"

// list.sort and sorted(): a stable merge sort that compares with `<` only,
// as CPython's timsort does, and reports the first comparison error.

type sortPair struct {
	key, item Object
}

// SortList sorts l in place: key is None (or nil) or a callable, reverse
// sorts descending while keeping equal items in their original order. While
// sorting the list appears empty; if it is modified meanwhile, the sort
// raises ValueError("list modified during sort").
func SortList(ts *ThreadState, l *List, key Object, reverse bool) error {
	items := l.Items
	n := len(items)
	l.Items = []Object{}
	sc := takeSortScratch(ts)
	defer giveSortScratch(ts, sc)
	pairs := sc.pairsFor(n)
	hasKey := key != nil && key != None
	var arg [1]Object
	for i, x := range items {
		pairs[i] = sortPair{key: x, item: x}
		if hasKey {
			arg[0] = x
			k, err := Call(ts, key, arg[:], nil)
			if err != nil {
				for j := 0; j < i; j++ {
					Decref(pairs[j].key)
				}
				clear(pairs)
				restoreAfterSort(l, items)
				return err
			}
			pairs[i].key = k
		}
	}
	if reverse {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			pairs[a], pairs[b] = pairs[b], pairs[a]
		}
	}
	var firstErr error
	if !sortPrimitive(sc, pairs, items) {
		less := func(a, b Object) bool {
			if firstErr != nil {
				return false
			}
			lt, err := lessThan(ts, a, b)
			if err != nil {
				firstErr = err
				return false
			}
			return lt
		}
		mergeSortPairs(sc, pairs, less)
		for i := range pairs {
			items[i] = pairs[i].item
		}
	}
	if reverse {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			items[a], items[b] = items[b], items[a]
		}
	}
	if hasKey {
		for i := range pairs {
			Decref(pairs[i].key)
		}
	}
	clear(pairs)
	modified := restoreAfterSort(l, items)
	if firstErr != nil {
		return firstErr
	}
	if modified {
		return NewValueError("list modified during sort")
	}
	return nil
}

// sortScratch holds a sort's working buffers. Each thread keeps one for
// reuse (a sort inside a key function takes a fresh one), so sorting a list
// allocates nothing once the buffers have grown to its size.
type sortScratch struct {
	pairs, tmp []sortPair
	ints       []ordPair[int64]
	floats     []ordPair[float64]
	strs       []ordPair[string]
}

// maxSortScratch bounds the entries a thread keeps between sorts.
const maxSortScratch = 1 << 16

func takeSortScratch(ts *ThreadState) *sortScratch {
	if ts != nil && ts.sortScratch != nil {
		sc := ts.sortScratch
		ts.sortScratch = nil
		return sc
	}
	return &sortScratch{}
}

func giveSortScratch(ts *ThreadState, sc *sortScratch) {
	if ts == nil || cap(sc.pairs) > maxSortScratch {
		return
	}
	ts.sortScratch = sc
}

func (sc *sortScratch) pairsFor(n int) []sortPair {
	if cap(sc.pairs) < n {
		sc.pairs = make([]sortPair, n)
	}
	return sc.pairs[:n]
}

func (sc *sortScratch) tmpFor(n int) []sortPair {
	if cap(sc.tmp) < n {
		sc.tmp = make([]sortPair, n)
	}
	return sc.tmp[:n]
}

// scratchFor returns a buffer of 2n ordPairs from *buf, growing it.
func scratchFor[K cmp.Ordered](buf *[]ordPair[K], n int) []ordPair[K] {
	if cap(*buf) < 2*n {
		*buf = make([]ordPair[K], 2*n)
	}
	return (*buf)[:2*n]
}

// restoreAfterSort puts the sorted items back, dropping anything added to the
// list during the sort; it reports whether that happened.
func restoreAfterSort(l *List, items []Object) bool {
	added := l.Items
	l.Items = items
	if len(added) > 0 {
		DecrefAll(added)
		return true
	}
	return false
}

// lessThan is `a < b` as a Go bool, with fast paths for common types.
func lessThan(ts *ThreadState, a, b Object) (bool, error) {
	switch x := a.(type) {
	case *Int:
		if y, ok := b.(*Int); ok {
			return intCmp(x, y) < 0, nil
		}
	case *Float:
		if y, ok := b.(*Float); ok {
			return x.V < y.V, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S < y.S, nil
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return tupleLess(ts, x, y)
		}
	}
	return CompareBool(ts, a, b, CmpLt)
}

// tupleLess is `x < y` for two tuples, as tuple's comparison does it: the
// first items that are not equal decide, else the lengths.
func tupleLess(ts *ThreadState, x, y *Tuple) (bool, error) {
	n := min(len(x.Items), len(y.Items))
	for i := 0; i < n; i++ {
		p, q := x.Items[i], y.Items[i]
		if p == q {
			continue
		}
		eq, err := CompareBool(ts, p, q, CmpEq)
		if err != nil {
			return false, err
		}
		if !eq {
			return CompareBool(ts, p, q, CmpLt)
		}
	}
	return len(x.Items) < len(y.Items), nil
}

const minRun = 32

// mergeSortPairs sorts stably by key: binary insertion sort of short runs,
// then bottom-up merges.
func mergeSortPairs(sc *sortScratch, a []sortPair, less func(a, b Object) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	for lo := 0; lo < n; lo += minRun {
		hi := lo + minRun
		if hi > n {
			hi = n
		}
		binaryInsertionSort(a[lo:hi], less)
	}
	if n <= minRun {
		return
	}
	tmp := sc.tmpFor(n)
	defer clear(tmp)
	for width := minRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			mid := lo + width
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			if !less(a[mid].key, a[mid-1].key) {
				continue // already in order
			}
			mergeRuns(a[lo:mid], a[mid:hi], tmp[lo:hi], less)
			copy(a[lo:hi], tmp[lo:hi])
		}
	}
}

func binaryInsertionSort(a []sortPair, less func(a, b Object) bool) {
	for i := 1; i < len(a); i++ {
		pivot := a[i]
		lo, hi := 0, i
		for lo < hi {
			mid := (lo + hi) / 2
			if less(pivot.key, a[mid].key) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = pivot
	}
}

func mergeRuns(left, right, out []sortPair, less func(a, b Object) bool) {
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if less(right[j].key, left[i].key) {
			out[k] = right[j]
			j++
		} else {
			out[k] = left[i]
			i++
		}
		k++
	}
	k += copy(out[k:], left[i:])
	copy(out[k:], right[j:])
}

// Sorted is sorted(iterable, key=None, reverse=False): a new sorted list.
func Sorted(ts *ThreadState, iterable, key Object, reverse bool) (*List, error) {
	l, err := NewListFromIterable(ts, iterable)
	if err != nil {
		return nil, err
	}
	if err := SortList(ts, l, key, reverse); err != nil {
		Decref(l)
		return nil, err
	}
	return l, nil
}

// sortPrimitive sorts pairs whose keys are all small ints, all floats or all
// strs, comparing Go values directly (CPython's list.sort has the same
// pre-check), and writes the items in sorted order to out; it reports false,
// leaving pairs and out alone, for other keys. The comparisons are the ones
// lessThan makes for these types, so the order is the same.
func sortPrimitive(sc *sortScratch, pairs []sortPair, out []Object) bool {
	if len(pairs) < 2 {
		return false
	}
	n := len(pairs)
	switch pairs[0].key.(type) {
	case *Int:
		ps := scratchFor(&sc.ints, n)
		for i, p := range pairs {
			k, ok := p.key.(*Int)
			if !ok || k.Big != nil {
				return false
			}
			ps[i] = ordPair[int64]{k.V, i}
		}
		reorder(pairs, mergeSortOrdered(ps[:n], ps[n:]), out)
	case *Float:
		ps := scratchFor(&sc.floats, n)
		for i, p := range pairs {
			k, ok := p.key.(*Float)
			if !ok {
				return false
			}
			ps[i] = ordPair[float64]{k.V, i}
		}
		reorder(pairs, mergeSortOrdered(ps[:n], ps[n:]), out)
	case *Str:
		ps := scratchFor(&sc.strs, n)
		for i, p := range pairs {
			k, ok := p.key.(*Str)
			if !ok {
				return false
			}
			ps[i] = ordPair[string]{k.S, i}
		}
		reorder(pairs, mergeSortOrdered(ps[:n], ps[n:]), out)
		clear(ps) // drop the strings
	default:
		return false
	}
	return true
}

// ordPair is a primitive sort key and the index of its pair.
type ordPair[K cmp.Ordered] struct {
	key K
	idx int
}

// reorder writes the items of pairs to out in the order of the sorted
// ordPairs.
func reorder[K cmp.Ordered](pairs []sortPair, sorted []ordPair[K], out []Object) {
	for i, p := range sorted {
		out[i] = pairs[p.idx].item
	}
}

// mergeSortOrdered is mergeSortPairs for primitive keys.
func mergeSortOrdered[K cmp.Ordered](a, tmp []ordPair[K]) []ordPair[K] {
	n := len(a)
	for lo := 0; lo < n; lo += minRun {
		hi := min(lo+minRun, n)
		r := a[lo:hi]
		for i := 1; i < len(r); i++ {
			pivot := r[i]
			l, h := 0, i
			for l < h {
				mid := (l + h) / 2
				if pivot.key < r[mid].key {
					h = mid
				} else {
					l = mid + 1
				}
			}
			copy(r[l+1:i+1], r[l:i])
			r[l] = pivot
		}
	}
	if n <= minRun {
		return a
	}
	for width := minRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			mid := lo + width
			hi := min(lo+2*width, n)
			if !(a[mid].key < a[mid-1].key) {
				continue
			}
			left, right, out := a[lo:mid], a[mid:hi], tmp[lo:hi]
			i, j, k := 0, 0, 0
			for i < len(left) && j < len(right) {
				if right[j].key < left[i].key {
					out[k] = right[j]
					j++
				} else {
					out[k] = left[i]
					i++
				}
				k++
			}
			k += copy(out[k:], left[i:])
			copy(out[k:], right[j:])
			copy(a[lo:hi], tmp[lo:hi])
		}
	}
	return a
}
