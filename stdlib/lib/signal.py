"""Signal handlers, over the built-in _signal module: the constants come as
members of the IntEnum-like classes Signals, Handlers and Sigmasks, as in
CPython (`<Signals.SIGINT: 2>`)."""

import _signal
from _signal import *


# The body of each enum class, made from this text so that each class has its
# own containers. (A real enum would have a metaclass for `list(Signals)` and
# `Signals['SIGINT']`; minipy's int subclasses cannot have one yet.)
_ENUM_BODY = """
class %s(int):
    _member_list_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __new__(cls, value):
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        raise ValueError("%%r is not a valid %%s" %% (value, cls.__qualname__))

    def __repr__(self):
        return "<%%s.%%s: %%r>" %% (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __reduce__(self):
        return self.__class__, (int(self),)

    def __hash__(self):
        return int.__hash__(self)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)
"""


def _convert(clsname, names):
    """An enum class of (name, value) pairs; aliases (the same value twice)
    share the member of the alphabetically first name."""
    exec(_ENUM_BODY % clsname, globals())
    cls = globals()[clsname]
    for name, value in sorted(names, key=lambda t: (t[1], t[0])):
        member = cls._value2member_map_.get(value)
        if member is None:
            member = int.__new__(cls, value)
            member._name_ = name
            cls._value2member_map_[value] = member
            cls._member_list_.append(member)
        cls._member_map_[name] = member
        setattr(cls, name, member)
        globals()[name] = member
    return cls


_convert('Signals', [
    (name, value) for name, value in vars(_signal).items()
    if name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')])
_convert('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)])
_convert('Sigmasks', [('SIG_BLOCK', _signal.SIG_BLOCK), ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                      ('SIG_SETMASK', _signal.SIG_SETMASK)])


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an enum member (or leave it)."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


