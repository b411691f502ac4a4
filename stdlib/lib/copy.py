"""Shallow and deep copy operations (minipy)."""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Objects of these types are their own copies.
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, str, bytes, type, range, _types.BuiltinFunctionType,
           _types.FunctionType, _types.CodeType, property, _types.ModuleType}

_missing = object()


def _user_method(cls, name):
    """cls's attribute name when some class other than object defines it."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            if klass is object:
                return None
            return klass.__dict__[name]
    return None


def _reduce(x, cls):
    """The (callable, args, state, listitems, dictitems) recipe for x, or None."""
    reductor = _user_method(cls, "__reduce_ex__")
    if reductor is not None:
        rv = x.__reduce_ex__(4)
    else:
        reductor = _user_method(cls, "__reduce__")
        if reductor is None:
            return None
        rv = x.__reduce__()
    if isinstance(rv, str):
        return x
    return rv


def _state_of(x, cls):
    getstate = _user_method(cls, "__getstate__")
    if getstate is not None:
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            value = getattr(x, name, _missing)
            if value is not _missing:
                slots[name] = value
    if slots:
        return (d or None, slots)
    return d or None


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for k, v in slots.items():
            setattr(y, k, v)


def _new_like(x, cls, deep, memo):
    """An empty instance of x's class (a user class, possibly deriving from a
    built-in type), filled with x's built-in contents."""
    if issubclass(cls, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
        y.args = args
        return y, None
    if issubclass(cls, tuple):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args), None
    for base in (int, float, str, bytes, frozenset, complex):
        if issubclass(cls, base):
            return cls.__new__(cls, base(x)), None
    y = cls.__new__(cls)
    if isinstance(x, list):
        return y, lambda: list.extend(y, deepcopy(list(x), memo) if deep else x)
    if isinstance(x, dict):
        return y, lambda: dict.update(y, deepcopy(dict(x), memo) if deep else x)
    if isinstance(x, set):
        return y, lambda: set.update(y, deepcopy(list(x), memo) if deep else x)
    if isinstance(x, bytearray):
        return y, lambda: bytearray.extend(y, x)
    return y, None


def _cannot(cls):
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is not None:
        if rv is x:
            return x
        return _reconstruct(x, None, *rv)
    if not _is_heap(cls):
        raise _cannot(cls)
    y, fill = _new_like(x, cls, False, None)
    if fill is not None:
        fill()
    state = _state_of(x, cls)
    if state is not None:
        if isinstance(state, dict):
            state = dict(state)
        _set_state(y, state)
    return y


def _is_heap(cls):
    # Classes made by a class statement can be copied field by field; the
    # built-in types not handled above (generators, files, ...) cannot.
    return "__module__" in cls.__dict__ and cls.__module__ != "builtins"


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        if all(a is b for a, b in zip(x, items)):
            y = x
        else:
            y = tuple(items)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is not None:
                y = x if rv is x else _reconstruct(x, memo, *rv)
            else:
                if not _is_heap(cls):
                    raise _cannot(cls)
                y, fill = _new_like(x, cls, True, memo)
                memo[d] = y
                if fill is not None:
                    fill()
                state = _state_of(x, cls)
                if state is not None:
                    _set_state(y, deepcopy(state, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *ignored):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


