"""Weak references: ref, WeakValueDictionary, WeakKeyDictionary, WeakSet,
WeakMethod, finalize.

ref is the runtime's weak reference (it goes dead, and its callback runs,
the moment the referent's reference count reaches zero); the containers here
are minipy's own, written on top of it.
"""

import _weakref
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "WeakValueDictionary", "WeakSet", "WeakMethod",
           "finalize"]


class WeakMethod:
    """A weak reference to a bound method: it keeps neither the instance nor
    the function alive, and dies with either."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type", "_alive", "__callback__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self._alive = True
        self.__callback__ = callback

        def _cb(arg):
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class WeakValueDictionary:
    """Mapping class that references values weakly: an entry disappears when
    nothing else refers to its value."""

    def __init__(self, other=(), /, **kw):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                key = wr.key
                if self.data.get(key) is wr:
                    del self.data[key]
        self._remove = remove
        self.update(other, **kw)

    def _ref(self, key, value):
        wr = _KeyedRef(value, self._remove, key)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = self._ref(key, o)
        for key, o in kwargs.items():
            self.data[key] = self._ref(key, o)

    def clear(self):
        self.data.clear()


class _KeyedRef:
    """A weak reference that remembers the dictionary key it belongs to."""

    def __init__(self, ob, callback, key):
        self.key = key
        me = ref(self)

        def cb(wr):
            s = me()
            if s is not None:
                callback(s)
        self._r = ref(ob, cb)

    def __call__(self):
        return self._r()


class WeakKeyDictionary:
    """Mapping class that references keys weakly: an entry disappears when
    nothing else refers to its key."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set that references its elements weakly."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return self.__class__(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return self.__class__(list(self) + list(other))

    __or__ = union

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == other.data

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object
    which will be called when obj is garbage collected (or at exit). The
    first call (explicit or at collection) calls func(*args, **kwargs) and
    returns its result; later calls return None.
    """

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = iter(range(1 << 62))
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    f()
        finally:
            finalize._shutdown = True


def proxy(obj, callback=None):
    """A proxy that forwards attribute access to obj while it is alive."""
    p = _Proxy(None)
    r = ref(obj, None if callback is None else (lambda wr: callback(p)))
    object.__setattr__(p, "_ref", r)
    return p


class _Proxy:
    __slots__ = ("_ref",)

    def __init__(self, r):
        object.__setattr__(self, "_ref", r)

    def _target(self):
        o = object.__getattribute__(self, "_ref")()
        if o is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return o

    def __getattr__(self, name):
        return getattr(_Proxy._target(self), name)

    def __setattr__(self, name, value):
        setattr(_Proxy._target(self), name, value)

    def __repr__(self):
        o = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))
