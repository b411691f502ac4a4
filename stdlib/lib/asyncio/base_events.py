"""The event loop.

One iteration (_run_once): move the callbacks that other threads handed over
(call_soon_threadsafe) into the ready list; if nothing is ready, block until
the next timer is due or another thread hands something over; move the due
timers into the ready list; run every callback that was ready at that point.

The blocking wait is a get() on a queue.SimpleQueue with the next timer's
timeout: it releases the GIL (so worker threads run while the loop sleeps)
and Ctrl-C interrupts it. call_soon_threadsafe puts the handle itself in
that queue. Timers are a binary heap of TimerHandles ordered by time."""

__all__ = ('BaseEventLoop',)

import concurrent.futures
import socket
import sys
import threading
import time
from queue import SimpleQueue, Empty

from . import _heap
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from . import thread_sockets


def _run_until_complete_cb(fut):
    fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._handoff = SimpleQueue()
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._debug = False
        self._clock_resolution = 1e-06
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._task_factory = None
        # Tasks of this loop not yet done (all_tasks); a Task removes
        # itself when it finishes.
        self._tasks = set()
        self._current_task = None

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # Running and stopping.

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_hooks)

    # Async generators: one collected before it finished is closed by a
    # task of the loop (its finally blocks may await).

    def _asyncgen_firstiter_hook(self, agen):
        pass

    def _asyncgen_finalizer_hook(self, agen):
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done;
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception surfaces here: do not report it again.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks of the current iteration."""
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop pending callbacks and shut the default executor down
        (without waiting). The loop must not be running."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        # Pending tasks can never finish now. CPython reports each when the
        # cyclic GC destroys it (often at exit); minipy's reference cycles
        # (task -> coroutine -> awaited future -> task) are not collected
        # automatically, so report them here.
        pending, self._tasks = self._tasks, set()
        for task in pending:
            if not task.done() and task._log_destroy_pending:
                task._log_destroy_pending = False
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return time.monotonic()

    # Scheduling callbacks.

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if not callable(callback):
            raise TypeError(f'a callable object was expected by call_soon(), got {callback!r}')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if not callable(callback):
            raise TypeError(f'a callable object was expected by call_at(), got {callback!r}')
        timer = events.TimerHandle(when, callback, args, self, context)
        _heap.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon for other threads: wakes the loop up."""
        self._check_closed()
        if not callable(callback):
            raise TypeError(f'a callable object was expected by call_soon_threadsafe(), got {callback!r}')
        handle = events.Handle(callback, args, self, context)
        self._handoff.put(handle)
        return handle

    def _timer_handle_cancelled(self, handle):
        pass  # Cancelled timers are dropped when they reach the heap's top.

    def _run_once(self):
        ready = self._ready
        handoff = self._handoff
        while not handoff.empty():
            ready.append(handoff.get_nowait())
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            _heap.heappop(scheduled)
        if ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0.0, scheduled[0]._when - self.time())
        else:
            timeout = None
        if timeout != 0:
            try:
                ready.append(handoff.get(timeout=timeout))
            except Empty:
                pass
            while not handoff.empty():
                ready.append(handoff.get_nowait())
        end = self.time() + self._clock_resolution
        while scheduled:
            timer = scheduled[0]
            if not timer._cancelled and timer._when >= end:
                break
            _heap.heappop(scheduled)
            if not timer._cancelled:
                timer._scheduled = False
                ready.append(timer)
        # Run what is ready now; callbacks scheduled meanwhile wait for the
        # next iteration.
        self._ready = []
        for handle in ready:
            if not handle._cancelled:
                handle._run()
        handle = ready = None

    # Futures and tasks.

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine as a Task."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # Threads.

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (default: a ThreadPoolExecutor of
        this loop); returns an asyncio future of its result."""
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Wait, without blocking the loop, for the default executor to
        finish its work and stop its threads."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        done = self.create_future()

        def shut():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled, done, None)
            except BaseException as exc:
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_exception, exc)

        thread = threading.Thread(target=shut)
        thread.start()
        try:
            await done
        finally:
            thread.join()

    async def shutdown_asyncgens(self):
        pass

    # Errors.

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Print the context to stderr, as CPython's asyncio logger does
        with logging's default set-up."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        err = sys.stderr
        if err is None:
            return
        print('\n'.join(lines), file=err)
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=err)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass

    # Networking: TCP through threads (thread_sockets.py); no UDP, Unix
    # sockets, subprocesses or file descriptor watching.

    async def create_connection(self, protocol_factory, host=None, port=None, **kwds):
        return await thread_sockets.create_connection(self, protocol_factory, host, port, **kwds)

    async def create_server(self, protocol_factory, host=None, port=None, **kwds):
        return await thread_sockets.create_server(self, protocol_factory, host, port, **kwds)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                          proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def sock_recv(self, sock, n):
        return await self.run_in_executor(None, sock.recv, n)

    async def sock_sendall(self, sock, data):
        return await self.run_in_executor(None, sock.sendall, data)

    async def sock_connect(self, sock, address):
        return await self.run_in_executor(None, sock.connect, address)

    async def sock_accept(self, sock):
        return await self.run_in_executor(None, sock.accept)

    def _no_network(self, *args, **kwargs):
        raise NotImplementedError('minipy asyncio has no UDP, Unix sockets or subprocesses')

    create_datagram_endpoint = _no_network
    create_unix_connection = create_unix_server = _no_network
    subprocess_exec = subprocess_shell = _no_network
    add_reader = add_writer = remove_reader = remove_writer = _no_network

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('add_signal_handler is not supported by minipy asyncio')

    def remove_signal_handler(self, sig):
        return False


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's on Unix)."""


SelectorEventLoop = _UnixSelectorEventLoop


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop
