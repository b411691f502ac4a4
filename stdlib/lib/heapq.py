"""Heap queue algorithm (a.k.a. priority queue) (minipy).

The primitives are written in Go (_heapq); merge, nlargest and nsmallest are
written here."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    # Each heap entry is [sort value, input number, item, next-function]; the
    # input number keeps the merge stable and avoids comparing items.
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        entries.append([value if key is None else key(value),
                        -order if reverse else order, value, nxt])
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while entries:
        entry = entries[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            pop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(entries, entry)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
