"""Tasks (coroutines driven by the loop) and the functions that combine
awaitables: sleep, gather, wait, wait_for, as_completed, shield.

A Task steps its coroutine with send()/throw(). When the coroutine awaits
a Future, the Future's __await__ yields the Future itself up to the Task,
which adds its wakeup as the Future's done-callback; the wakeup steps the
coroutine again, throwing in the Future's exception if it has one."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
    'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
)

import contextvars
import concurrent.futures

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _format_coroutine

_task_counter = 0


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f'Task-{_task_counter}'


def current_task(loop=None):
    """The Task running in loop (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return getattr(loop, '_current_task', None)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in getattr(loop, '_tasks', ()) if not t.done()}


class Task(futures.Future):
    """A coroutine scheduled on the loop, itself a Future of its result."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop.call_soon(self._step, context=self._context)
        tasks = getattr(self._loop, '_tasks', None)
        if tasks is not None:
            tasks.add(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._log_destroy_pending = False
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def print_stack(self, *, limit=None, file=None):
        import sys
        print(f'Stack for {self!r}:', file=file or sys.stderr)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is raised inside its
        coroutine at its next step. False if the task is done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The wakeup will throw CancelledError into the coroutine.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() was called while the coroutine finished.
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
        except exceptions.CancelledError as cancelled:
            _drop_own_frame(cancelled)
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            _drop_own_frame(fatal)
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _drop_own_frame(error)
            super().set_exception(error)
        else:
            self._wait_on(result)
        finally:
            loop._current_task = previous
            if self._state != futures._PENDING:
                loop._tasks.discard(self)
            self = None  # No cycle through an exception's traceback.

    def _wait_on(self, result):
        """The coroutine yielded result: wait for it if it is a future."""
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not loop:
                loop.call_soon(self._step, RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop'), context=self._context)
            elif not blocking:
                loop.call_soon(self._step, RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}'), context=self._context)
            elif result is self:
                loop.call_soon(self._step, RuntimeError(
                    f'Task cannot await on itself: {self!r}'), context=self._context)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            # A bare yield (sleep(0)): let the other callbacks run.
            loop.call_soon(self._step, context=self._context)
        else:
            loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'), context=self._context)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()
        self = None


def _drop_own_frame(exc):
    """Remove Task._step's own frame from exc's traceback, so tracebacks
    start at the coroutine, as with CPython's C tasks."""
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is Task._step.__code__:
        exc.__traceback__ = tb.tb_next


def create_task(coro, *, name=None, context=None):
    """Schedule coro on the running loop; returns its Task."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """A future for coro_or_future: itself if it is one, else a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        await_ = getattr(coro_or_future, '__await__', None)
        if await_ is None:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _Yield:
    """`await _Yield()` gives the loop one turn (sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Return result after delay seconds, letting other tasks run."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks of fs; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_done(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled()
                 and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut):
    """Cancel fut and wait until it is really done."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await fut for at most timeout seconds: on timeout it is cancelled
    and TimeoutError raised."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            # We were cancelled ourselves: cancel fut too.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timer.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results of fs in the order
    they finish; TimeoutError once timeout seconds have passed."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = events._get_running_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = []  # futures done, not handed out yet
    waiters = []   # futures of the awaitables waiting for one
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.append(None)  # None: time is up
        todo.clear()
        wake()

    def wake():
        while waiters and finished:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    def on_done(f):
        if f not in todo:
            return
        todo.remove(f)
        finished.append(f)
        wake()
        if not todo and timer is not None:
            timer.cancel()

    async def next_done():
        if not finished:
            w = events.get_running_loop().create_future()
            waiters.append(w)
            await w
        f = finished.pop(0)
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = (loop or events.get_event_loop()).call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


class _GatheringFuture(futures.Future):
    """gather()'s future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results of the awaitables, in the order
    given. The first exception is propagated unless return_exceptions is
    true, in which case exceptions are put in the list."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    by_arg = {}
    loop = None
    nfinished = 0
    outer = None

    def on_child_done(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # Mark it retrieved.
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == len(by_arg):
            results = []
            for child in children:
                if child.cancelled():
                    # As CPython 3.11: a new error, with the message or ''.
                    msg = child._cancel_message
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            by_arg[arg] = fut
            fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Await arg, protected from cancellation: cancelling the awaiting
    task does not cancel arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # Mark it retrieved.
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit coro to loop from another thread; returns a
    concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future
