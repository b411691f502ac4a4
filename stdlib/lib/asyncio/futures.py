"""asyncio.Future: a result that is set later, awaited by coroutines.

Not thread-safe: a Future belongs to one loop, and its done-callbacks are
scheduled on that loop with call_soon. wrap_future bridges a
concurrent.futures.Future (set by a worker thread) into the loop with
call_soon_threadsafe."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import concurrent.futures
import sys

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio futures (and objects that behave as one)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        obj._asyncio_future_blocking is not None


def _format_callbacks(cbs):
    n = len(cbs)
    if n == 0:
        return ''
    fmt = lambda cb: events._format_callback_source(cb, ())
    if n == 1:
        text = fmt(cbs[0])
    elif n == 2:
        text = f'{fmt(cbs[0])}, {fmt(cbs[1])}'
    else:
        text = f'{fmt(cbs[0])}, <{n - 2} more>, {fmt(cbs[-1])}'
    return f'cb=[{text}]'


class Future:
    """A value a coroutine can `await` until someone sets it."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a Task is to wait for this future (set by __await__);
    # its presence (not None) also marks asyncio futures.
    _asyncio_future_blocking = False
    # An exception nobody looked at is reported when the future dies.
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={events._short_repr(self._result, 60)}')
        if self._callbacks:
            info.append(_format_callbacks([cb for cb, _ in self._callbacks]))
        return info

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def __del__(self):
        if not self._log_traceback:
            return
        self._log_traceback = False
        loop = self._loop
        if loop is None:
            return
        loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise: the one the coroutine raised, if
        any (so its traceback is kept), else a new one with the message."""
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if it was
        already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the future's exception, CancelledError, or
        InvalidStateError if it is not done."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once done (soon, if it already is), in context
        (a copy of the current one by default)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many there were."""
        kept = [(cb, ctx) for cb, ctx in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # The Task waits for us here.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    get_loop = getattr(fut, 'get_loop', None)
    if get_loop is not None:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _convert_exc(exc):
    """concurrent.futures' CancelledError and TimeoutError as asyncio's."""
    if type(exc) is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if type(exc) is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_into_asyncio(dest, source):
    """source is done: give dest (an asyncio future) its outcome."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_exc(exc))
    else:
        dest.set_result(source.result())


def _copy_into_concurrent(dest, source):
    """source is done: give dest (a concurrent.futures.Future) its outcome."""
    if source.cancelled():
        dest.cancel()
    if not dest.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def _chain_future(source, dest):
    """Make dest follow source; cancelling dest cancels source. Either may
    be an asyncio or a concurrent.futures future."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(dest) if isfuture(dest) else None

    def copy(dest, source):
        if isfuture(dest):
            _copy_into_asyncio(dest, source)
        else:
            _copy_into_concurrent(dest, source)

    def on_dest_done(d):
        if not d.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        elif not source_loop.is_closed():
            source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(s):
        if dest.cancelled() and dest_loop is not None:
            return
        if dest_loop is None or dest_loop is source_loop:
            copy(dest, s)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(copy, dest, s)

    dest.add_done_callback(on_dest_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
