"""Futures, the Executor interface, wait() and as_completed().

Design: a Future guards its state with one threading.Condition. Code that
watches many futures at once (wait, as_completed) registers a watcher, a
queue.SimpleQueue, on each of them; a future that finishes puts itself into
every watcher's queue, so the watcher just reads its queue, with a timeout.
"""

import sys
import threading
import time
from queue import SimpleQueue, Empty

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# The states of a future, and how repr() names them.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_STATE_NAMES = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


# Since Python 3.11 this is the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor has become non-functional."""


def _report_callback_error(future):
    # What CPython's logger prints (through logging's last-resort handler)
    # when a done-callback raises.
    import traceback
    print('exception calling callback for %r' % (future,), file=sys.stderr)
    traceback.print_exc()


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watchers = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            text = '<%s at %#x state=%s' % (type(self).__name__, id(self), _STATE_NAMES[self._state])
            if self._state == FINISHED:
                if self._exception:
                    text += ' raised ' + type(self._exception).__name__
                else:
                    text += ' returned ' + type(self._result).__name__
            return text + '>'

    def cancel(self):
        """Cancel the call if it has not started; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (at once if it is)."""
        with self._condition:
            if self._state not in _DONE:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _report_callback_error(self)

    def _wait_done(self, timeout):
        """Wait until done; raises CancelledError or TimeoutError."""
        with self._condition:
            if self._state not in _DONE:
                self._condition.wait(timeout)
            if self._state in _CANCELLED:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value; re-raises the exception it raised."""
        self._wait_done(timeout)
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Do not keep this frame (and so the future) alive through
                # the exception's traceback.
                self = None
        return self._result

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        self._wait_done(timeout)
        return self._exception

    # What executors call.

    def set_running_or_notify_cancel(self):
        """Mark the future running; False if it was cancelled instead."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                self._notify_watchers()
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE:
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            self._notify_watchers()
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _notify_watchers(self):
        for queue in self._watchers:
            queue.put(self)


class _Watch:
    """Watches a set of futures: finished() gives those already done, then
    next_done(timeout) each one as it finishes."""

    def __init__(self, futures):
        self.futures = futures
        self.queue = SimpleQueue()
        self.done = set()
        for f in futures:
            with f._condition:
                if f._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                    self.done.add(f)
                else:
                    f._watchers.append(self.queue)

    def next_done(self, deadline):
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            f = self.queue.get(timeout=timeout)
        except Empty:
            return None
        self.done.add(f)
        return f

    def close(self):
        for f in self.futures:
            with f._condition:
                if self.queue in f._watchers:
                    f._watchers.remove(self.queue)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they finish (those already finished
    first). Raises TimeoutError if they are not all done within timeout
    seconds of the call."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    watch = _Watch(fs)
    try:
        yield from list(watch.done)
        while len(watch.done) < len(fs):
            f = watch.next_done(deadline)
            if f is None:
                raise TimeoutError('%d (of %d) futures unfinished' % (
                    len(fs) - len(watch.done), len(fs)))
            yield f
    finally:
        watch.close()


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: the named pair (done, not_done)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % tuple(self)


def _failed(f):
    return not f.cancelled() and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs. Returns the named pair of sets
    (done, not_done) once return_when holds or the timeout passes."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    watch = _Watch(fs)

    def satisfied():
        if len(watch.done) == len(fs):
            return True
        if return_when == FIRST_COMPLETED:
            return bool(watch.done)
        if return_when == FIRST_EXCEPTION:
            return any(_failed(f) for f in watch.done)
        return False

    try:
        while not satisfied():
            if watch.next_done(deadline) is None:
                break
    finally:
        watch.close()
    return DoneAndNotDoneFutures(set(watch.done), fs - watch.done)


class Executor:
    """Runs calls asynchronously; subclasses provide submit()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently. Every
        call is submitted at once; the results come back in order, and one
        not ready within timeout seconds of the map() call raises
        TimeoutError."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                for i, f in enumerate(futures):
                    left = None if deadline is None else deadline - time.monotonic()
                    yield f.result(left)
                    futures[i] = None
            finally:
                for f in futures:
                    if f is not None:
                        f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
