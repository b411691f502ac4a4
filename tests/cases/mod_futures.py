# concurrent.futures: ThreadPoolExecutor, Future, wait, as_completed.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION
import concurrent.futures as cf
import time

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    futs = [ex.submit(square, i) for i in range(5)]
    print([f.result() for f in futs])
    print(sorted(f.result() for f in as_completed(futs)))
print(futs[0].done(), futs[0].running(), futs[0].cancelled(), futs[0].exception())
print(repr(futs[0]).endswith("state=finished returned int>"))
# ---
from concurrent.futures import ThreadPoolExecutor
def fail(x):
    if x == 3:
        raise ValueError("Bad number!")
    return x
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("re-raised:", e)
    print(type(f.exception()).__name__, repr(f).endswith("raised ValueError>"))
    it = ex.map(fail, [1, 2, 3, 4])
    print(next(it), next(it))
    try:
        next(it)
    except ValueError as e:
        print("map raised:", e)
# ---
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, TimeoutError
import time
with ThreadPoolExecutor(4) as ex:
    fast = ex.submit(time.sleep, 0.01)
    slow = ex.submit(time.sleep, 0.3)
    done, not_done = wait([fast, slow], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    done, not_done = wait([fast, slow])
    print(len(done), len(not_done))
    bad = ex.submit(lambda: 1 / 0)
    slow2 = ex.submit(time.sleep, 0.3)
    done, not_done = wait([bad, slow2], return_when=FIRST_EXCEPTION)
    print(bad in done, slow2 in not_done)
    r = wait([ex.submit(time.sleep, 0.3)], timeout=0.01)
    print(len(r.done), len(r.not_done), type(r).__name__)
    try:
        ex.submit(time.sleep, 0.3).result(timeout=0.01)
    except TimeoutError:
        print("TimeoutError", TimeoutError is __builtins__.TimeoutError if hasattr(__builtins__, "TimeoutError") else True)
# ---
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import time
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(time.sleep, 0.3) for _ in range(2)]
    try:
        for f in as_completed(fs, timeout=0.02):
            pass
    except TimeoutError as e:
        print("TimeoutError:", e)
# ---
from concurrent.futures import ThreadPoolExecutor, Future, CancelledError
import threading, time
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(gate.wait)
second = ex.submit(print, "never")
print(second.cancel(), second.cancelled(), second.done())
try:
    second.result()
except CancelledError:
    print("CancelledError")
gate.set()
print(first.result())
ex.shutdown()
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result(42)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls)
# ---
from concurrent.futures import ThreadPoolExecutor
import threading, os
names = set()
def record(_):
    names.add(threading.current_thread().name.split("_")[0])
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    list(ex.map(record, range(4)))
print(names)
ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, os.cpu_count() + 4))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
init = []
with ThreadPoolExecutor(1, initializer=init.append, initargs=("ready",)) as ex:
    ex.submit(print, "task").result()
print(init)
