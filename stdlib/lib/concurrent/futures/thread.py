"""ThreadPoolExecutor: a pool of worker threads fed by a queue."""

import os
import threading
from queue import SimpleQueue, Empty
from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool cannot be used."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Drop the reference cycle exc -> traceback -> frame -> self.
            self = None
        else:
            self.future.set_result(result)


# Every pool still open at exit is told to stop, then waited for, before
# the interpreter waits for the remaining threads (threading._shutdown).
_pools = set()
_exiting = False


def _stop_pools_at_exit():
    global _exiting
    _exiting = True
    pools = list(_pools)
    for pool in pools:
        pool._work_queue.put(None)
    for pool in pools:
        for t in list(pool._threads):
            t.join()


threading._register_atexit(_stop_pools_at_exit)


def _worker(pool, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import sys
            import traceback
            print('Exception in initializer:', file=sys.stderr)
            traceback.print_exc()
            pool._initializer_failed()
            return
    queue = pool._work_queue
    while True:
        item = queue.get()
        if item is not None:
            item.run()
            del item
            pool._idle.release()
            continue
        # None is the stop signal: pass it on to the next worker.
        queue.put(None)
        return


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers threads, started on demand."""

    _pool_count = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # As in CPython: at least 5 threads for I/O-bound work, and no
            # more than 32 so big machines do not start hundreds.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._pool_count
            ThreadPoolExecutor._pool_count += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._start_worker_if_needed()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker_if_needed(self):
        # An idle worker will pick the item up.
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=_worker,
                                 args=(self, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _pools.add(self)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        _pools.discard(self)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
