"""Context variables (PEP 567).

Each thread has a current Context (a fresh empty one when the thread
starts, as in CPython 3.11). A Context is a mapping from ContextVar to
value; copy_context() snapshots the current one, Context.run() makes a
context current for one call, and ContextVar.set() changes the current
context only. Contexts are copied as plain dicts (CPython shares a HAMT),
so copying costs O(number of variables set).
"""
import _thread

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_tls = _thread._local()


def _current():
    ctx = getattr(_tls, "ctx", None)
    if ctx is None:
        ctx = _tls.ctx = Context()
    return ctx


class Context:
    """A mapping of ContextVars to values; run(callable) executes in it."""

    __slots__ = ("_data", "_prev", "_entered", "__weakref__")

    def __init__(self):
        self._data = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._prev = getattr(_tls, "ctx", None)
        self._entered = True
        _tls.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _tls.ctx = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'Context' is not an acceptable base type")


_MISSING = object()


class ContextVar:
    """ContextVar(name, *, default): a variable whose value depends on the
    current context."""

    __slots__ = ("_name", "_default", "__weakref__")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the given default, else the
        variable's default; LookupError if there is none."""
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; return a Token for reset()."""
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (type(token).__name__,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        d = ""
        if self._default is not _MISSING:
            d = " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, d, id(self))

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    """What ContextVar.set() returns: reset() takes it to undo the set."""

    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _Missing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        return cls


def copy_context():
    """A shallow copy of the current context."""
    return _current().copy()


Context.__module__ = ContextVar.__module__ = Token.__module__ = "_contextvars"
