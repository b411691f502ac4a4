"""iscoroutine and iscoroutinefunction."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro

# Marker set by decorators that make a function count as a coroutine function.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (also through bound methods and
    functools.partial objects)."""
    while True:
        inner = getattr(func, 'func', None)
        if inner is None or not hasattr(func, 'args'):
            break
        func = inner
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for a coroutine object, or any object implementing the
    coroutine protocol (send, throw, close and __await__)."""
    if type(obj) is _CoroutineType:
        return True
    t = type(obj)
    return all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    """coro's part of a Task repr: 'main() running at x.py:3'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        return repr(coro)
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
