"""Handles, the event loop interface, and which loop is current.

Each thread has at most one running loop (set while run_forever runs) and a
current loop (set_event_loop, or created on demand in the main thread by
get_event_loop, as CPython 3.11 does)."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
    'set_event_loop', 'new_event_loop', '_set_running_loop',
    'get_running_loop', '_get_running_loop',
)

import contextvars
import threading


def _function_type():
    return type(_function_type)


def _short_repr(obj, limit=30):
    """A repr cut like reprlib's: long ones keep both ends."""
    text = repr(obj)
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = text[:keep] + '...' + text[len(text) - (limit - 3 - keep):]
    return text


def _format_args(args, kwargs=None):
    items = [_short_repr(a) for a in args or ()]
    if kwargs:
        items += [f'{k}={_short_repr(v)}' for k, v in kwargs.items()]
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs=None, suffix=''):
    inner = getattr(func, 'func', None)
    if inner is not None and hasattr(func, 'args') and hasattr(func, 'keywords'):
        # functools.partial
        suffix = _format_args(args, kwargs) + suffix
        return _format_callback(inner, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args(args, kwargs) + suffix


def _format_callback_source(func, args):
    """How handles and futures show a callback: 'f(1, 2) at x.py:3'."""
    text = _format_callback(func, args)
    if type(func) is _function_type():
        code = func.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


class Handle:
    """A callback scheduled by call_soon (cancel() drops it)."""

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Keep the callback's description for debugging.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None  # Do not keep the handle alive through a traceback.


class TimerHandle(Handle):
    """A callback scheduled for a time (call_later, call_at)."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop interface (BaseEventLoop implements it)."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Which loop get_event_loop returns, and how new loops are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; the main thread gets one on demand."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and not self._local._set_called
                and threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None
_policy_lock = threading.Lock()


class _RunningLoop(threading.local):
    loop = None


_running = _RunningLoop()


def get_running_loop():
    """The loop running in this thread; RuntimeError if there is none."""
    loop = _running.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running.loop


def _set_running_loop(loop):
    _running.loop = loop


def _init_policy():
    global _policy
    with _policy_lock:
        if _policy is None:
            from asyncio import DefaultEventLoopPolicy
            _policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    if _policy is None:
        _init_policy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop, else this thread's current loop (created in the
    main thread if none was ever set)."""
    loop = _running.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
