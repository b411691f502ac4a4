# asyncio: completed versions of the executor listings, then the API.
# Output never depends on timing: results are sorted or gathered in order.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

# executor_04: the blocking save runs in a worker thread through
# run_in_executor; the "database" is a list guarded by a lock.
DB = []
DB_LOCK = threading.Lock()

def save_to_db_sync(session_id, message, db_path):
    with DB_LOCK:
        DB.append((db_path, session_id, message, threading.current_thread().name != 'MainThread'))

_db_executor = ThreadPoolExecutor(max_workers=2)

async def save_message(session_id, message):
    loop = asyncio.get_event_loop()
    await loop.run_in_executor(_db_executor, save_to_db_sync, session_id, message, "app.db")

async def main():
    await asyncio.gather(*(save_message("session-%d" % (i % 2), "msg %d" % i) for i in range(5)))
    return len(DB)

print(asyncio.run(main()))
for row in sorted(DB):
    print(row)
_db_executor.shutdown()
# ---
# executor_05: fire and forget: the request returns at once, the save runs
# as a task that keeps running until the loop ends.
import asyncio
from concurrent.futures import ThreadPoolExecutor

saved = []
_db_executor = ThreadPoolExecutor(max_workers=2)

class FakeLLM:
    async def generate(self, question):
        await asyncio.sleep(0.01)
        return question.upper()

llm = FakeLLM()

async def save_message(session_id, message):
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(_db_executor, saved.append, (session_id, message))

async def handle_request(question):
    answer = await llm.generate(question)
    # Don't wait for the DB write: fire and forget
    asyncio.create_task(save_message("session-1", answer))
    return answer

async def main():
    answers = [await handle_request(q) for q in ("hello", "how are you", "bye")]
    print(answers)
    print("saved before waiting:", len(saved) <= 3)
    pending = asyncio.all_tasks() - {asyncio.current_task()}
    await asyncio.gather(*pending)
    print(sorted(saved))

asyncio.run(main())
_db_executor.shutdown()
# ---
# executor_09: the memory agent saves its state in a worker thread named
# after the executor's prefix, from a fire-and-forget task.
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

_db_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="memory-agent")
STORE = {}

class Message:
    def __init__(self, role, content):
        self.role, self.content = role, content

class State:
    def __init__(self, session_id, summary, messages):
        self.session_id, self.summary, self.messages = session_id, summary, messages

def _save_state_sync(state, db_path):
    """Pure sync: runs in a worker thread, never on the event loop."""
    STORE[state.session_id] = (db_path, state.summary,
                               [(m.role, m.content) for m in state.messages],
                               threading.current_thread().name.startswith("memory-agent"))

async def save_state(state):
    loop = asyncio.get_event_loop()

    async def _do():
        await loop.run_in_executor(_db_executor, _save_state_sync, state, "agent_memory.db")

    asyncio.create_task(_do())

async def main():
    for i in range(3):
        await save_state(State("s%d" % i, "summary %d" % i,
                               [Message("user", "q%d" % i), Message("assistant", "a%d" % i)]))
    while len(asyncio.all_tasks()) > 1:
        await asyncio.sleep(0.01)
    for key in sorted(STORE):
        print(key, STORE[key])

asyncio.run(main())
# ---
# Timing: three sleeping tasks overlap, and so do three run_in_executor
# calls of time.sleep (the loop releases the GIL while it waits).
import asyncio
import time

async def nap():
    await asyncio.sleep(0.3)

async def blocking_nap():
    await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.3)

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(nap(), nap(), nap())
    t1 = time.perf_counter()
    await asyncio.gather(blocking_nap(), blocking_nap(), blocking_nap())
    t2 = time.perf_counter()
    print("sleeps overlap:", 0.29 < t1 - t0 < 0.65)
    print("executor calls overlap:", 0.29 < t2 - t1 < 0.65)
    t0 = time.perf_counter()
    await asyncio.gather(*(asyncio.to_thread(time.sleep, 0.3) for _ in range(3)))
    print("to_thread overlaps:", time.perf_counter() - t0 < 0.65)

asyncio.run(main())
# ---
# Leftover tasks are cancelled when asyncio.run() ends.
import asyncio

async def forever(log):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append("cancelled at shutdown")
        raise
    finally:
        log.append("finally ran")

log = []

async def main():
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0.03)
    print(t.done(), t.get_name())
    return "main result"

print(asyncio.run(main()))
print(log)
# ---
# An exception nobody retrieved is reported to the loop's exception handler.
import asyncio
import gc

reports = []

def handler(loop, context):
    reports.append((context["message"], repr(context["exception"])))

async def boom():
    raise ValueError("lost")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print(t.done(), t.cancelled())
    del t
    gc.collect()
    await asyncio.sleep(0)

asyncio.run(main())
gc.collect()
print(reports)
# ---
# The default handler prints the report on stderr.
import asyncio
import gc
import io
import sys

async def boom():
    raise KeyError("never retrieved")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del t
    gc.collect()

err = io.StringIO()
sys.stderr = err
asyncio.run(main())
gc.collect()
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1].startswith("future: <Task finished name='Task-2' coro=<boom() done, defined at "))
print(lines[1].endswith(" exception=KeyError('never retrieved')>"))
print(lines[2])
print(lines[-1])
# ---
# Queues: workers, task_done/join, maxsize, QueueEmpty/QueueFull,
# PriorityQueue and LifoQueue.
import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * (item % 3))
        results.append((item, item * item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker("w%d" % i, q, results)) for i in range(3)]
    for i in range(10):
        await q.put(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(results))
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    for i in range(3):
        q.put_nowait(i)
    try:
        q.put_nowait(99)
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q.qsize())
    print([q.get_nowait() for _ in range(3)])
    try:
        q.task_done()
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for p in (5, 1, 4, 2, 3):
        await pq.put((p, "job %d" % p))
    print([(await pq.get())[1] for _ in range(5)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    # get() waits for a put
    q2 = asyncio.Queue()
    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    print(getter.done())
    await q2.put("late")
    print(await getter)

asyncio.run(main())
# ---
# Lock, Semaphore, BoundedSemaphore, Event and Condition.
import asyncio

async def main():
    lock = asyncio.Lock()
    log = []

    async def critical(name):
        async with lock:
            log.append(name + " in")
            await asyncio.sleep(0.001)
            log.append(name + " out")

    await asyncio.gather(*(critical(n) for n in "abc"))
    print(log)
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return i

    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        return i

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            return (n, items.pop(0))

    consumers = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("x", "y"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    print(sorted(await asyncio.gather(*consumers)))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
# ---
# Async generators, async for, async comprehensions, aclose and athrow.
import asyncio

async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker closed")

async def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = "caught " + str(e)

async def main():
    async for i in ticker(3):
        print("tick", i)
    print([i * 10 async for i in ticker(4)])
    print({i async for i in ticker(2)})
    g = ticker(10)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    e = echo()
    print(await e.asend(None), await e.asend("hi"), await e.athrow(ValueError("oops")))
    await e.aclose()
    print(type(e).__name__, type(e.__anext__()).__name__)
    async for i in ticker(5):
        if i == 1:
            break
    print("after break")

asyncio.run(main())
# ---
# Cancellation: CancelledError reaches nested coroutines, can be swallowed,
# and works before the task starts; gather and shield.
import asyncio

async def inner(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append("inner cancelled %r" % (e.args,))
        raise
    finally:
        log.append("inner finally")

async def outer(log):
    try:
        await inner(log)
    finally:
        log.append("outer finally")

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"

async def main():
    log = []
    t = asyncio.create_task(outer(log))
    await asyncio.sleep(0.01)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", type(e).__name__, e.args)
    print(log, t.cancelled(), t.cancel())
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    log = []
    t = asyncio.create_task(outer(log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", log)
    g = asyncio.gather(asyncio.sleep(5), asyncio.sleep(5))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    inner_task = asyncio.create_task(asyncio.sleep(0.02, "inner result"))

    async def waits():
        return await asyncio.shield(inner_task)

    w = asyncio.create_task(waits())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; inner done:", inner_task.done())
    print(await inner_task)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    r = await asyncio.gather(swallow(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print(r)

asyncio.run(main())
# ---
# gather, wait, wait_for, as_completed, sleep, timeout.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    print(await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02)))
    print(await asyncio.gather(work("x", 0, True), work("y", 0), return_exceptions=True))
    try:
        await asyncio.gather(work("x", 0, True), work("y", 0.01))
    except ValueError as e:
        print("gather raised", repr(e))
    print(await asyncio.gather())
    coro = work("same", 0)
    print(await asyncio.gather(coro, coro))
    print(await asyncio.sleep(0.001, "slept"))
    try:
        await asyncio.wait_for(work("slow", 1), 0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, TimeoutError is asyncio.TimeoutError,
              type(e.__cause__).__name__)
    print(await asyncio.wait_for(work("fast", 0), 1))
    print(await asyncio.wait_for(work("none", 0), None))
    tasks = [asyncio.create_task(work(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(work("e", 0, True)), asyncio.create_task(work("f", 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(done.pop().exception()))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    c = work("c", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()
    out = []
    for f in asyncio.as_completed([work(i, 0.01 * (3 - i)) for i in range(3)]):
        out.append(await f)
    print(sorted(out))
    try:
        for f in asyncio.as_completed([work("slow", 1)], timeout=0.01):
            await f
    except TimeoutError:
        print("as_completed timeout")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())

asyncio.run(main())
# ---
# The loop API.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
print(repr(loop).startswith("<_UnixSelectorEventLoop running=False closed=False"))

async def double(x):
    await asyncio.sleep(0.001)
    return x * 2

print(loop.run_until_complete(double(21)))
order = []
loop.call_later(0.02, order.append, "later 0.02")
loop.call_later(0.01, order.append, "later 0.01")
loop.call_at(loop.time() + 0.015, order.append, "at 0.015")
loop.call_soon(order.append, "soon 1")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
loop.call_soon(order.append, "soon 2")
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(order, h.cancelled())
t0 = loop.time()
print(loop.time() >= t0)
f = loop.create_future()
loop.call_soon(f.set_result, "future result")
print(loop.run_until_complete(f))
task = loop.create_task(double(5), name="doubler")
print(task.get_name(), loop.run_until_complete(task))

async def nested():
    c = double(1)
    try:
        loop.run_until_complete(c)
    finally:
        c.close()

try:
    loop.run_until_complete(nested())
except RuntimeError as e:
    print(e)
loop.close()
print(loop.is_closed())
loop.close()
c = double(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
# ---
# asyncio.run() errors and the exceptions it passes through.
import asyncio

async def inner():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    finally:
        c.close()

c = inner()
try:
    asyncio.run(c)
except RuntimeError as e:
    print(e)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
print(asyncio.run(asyncio.sleep(0, "value")))

async def fails():
    await asyncio.sleep(0)
    raise KeyError("k")

try:
    asyncio.run(fails())
except KeyError as e:
    print("run raised", repr(e))
asyncio.run(fails())
# ---
# Futures, tasks, introspection.
import asyncio
import os

def clean(text):
    return text.replace(os.getcwd() + os.sep, "")

async def sub():
    await asyncio.sleep(0)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print(e)
    f.add_done_callback(lambda fut: print("callback got", fut.result()))
    f.set_result([1, 2])
    print(f, f.done())
    await asyncio.sleep(0)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print(e)
    f = loop.create_future()
    f.cancel()
    print(f, f.cancelled())
    f = loop.create_future()
    f.set_exception(ValueError("v"))
    print(f, repr(f.exception()))
    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print(e)
    f = loop.create_future()
    cb = lambda fut: None
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    print(f.remove_done_callback(cb), f.remove_done_callback(cb))
    t = asyncio.create_task(sub())
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)
    t = asyncio.ensure_future(sub())
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)
    cur = asyncio.current_task()
    print(cur.get_name(), cur.done(), cur in asyncio.all_tasks(), len(asyncio.all_tasks()))
    t = asyncio.create_task(sub(), name="named")
    t.set_name("renamed")
    print(t.get_name())
    await t
    print(asyncio.iscoroutinefunction(sub), asyncio.iscoroutinefunction(print),
          asyncio.iscoroutinefunction(lambda: 0))
    c = sub()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(sub), asyncio.isfuture(t), asyncio.isfuture(c))
    print(await c)
    print(asyncio.Future is type(loop.create_future()), issubclass(asyncio.Task, asyncio.Future))

asyncio.run(main())
print(asyncio.current_task is not None, asyncio.TimeoutError is TimeoutError)
# ---
# Threads: call_soon_threadsafe, run_coroutine_threadsafe, wrap_future,
# to_thread with keyword arguments, a custom executor's thread names.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, threading.current_thread().name)

    threading.Thread(target=from_thread, name="helper").start()
    print("threadsafe:", await fut)

    def blocking_client():
        cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "from the loop"), loop)
        return cf.result(timeout=5)

    print(await loop.run_in_executor(None, blocking_client))
    print(await asyncio.to_thread(lambda a, b=0: a + b, 1, b=2))
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
        names = await asyncio.gather(*(loop.run_in_executor(ex, lambda: threading.current_thread().name[:4])
                                       for _ in range(4)))
        print(names)
        cf = ex.submit(pow, 2, 10)
        print(await asyncio.wrap_future(cf))

    def fails():
        raise OSError("disk full")

    try:
        await loop.run_in_executor(None, fails)
    except OSError as e:
        print("executor raised", repr(e))

asyncio.run(main())
# ---
# Reprs and messages of handles, queues, primitives and timeouts; the loop
# stays responsive while executor calls block.
import asyncio
import time

async def main():
    q = asyncio.Queue(3)
    q.put_nowait(1)
    print(str(q))
    ev = asyncio.Event()
    print(repr(ev).split(" object at ")[0], repr(ev)[-7:])
    print(repr(asyncio.Semaphore(2))[-20:], repr(asyncio.Lock())[-10:])
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, 1, "a")
    print(h)
    h.cancel()
    print(h)
    f = loop.create_future()
    for _ in range(3):
        f.add_done_callback(print)
    print(f)
    f.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("wait_for 0")
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), 0.5))
    async with asyncio.timeout(10) as t:
        print(repr(t).startswith("<Timeout [active]when="))
    print(repr(t))
    try:
        asyncio.timeout(1).reschedule(3)
    except RuntimeError as e:
        print(e)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print(e)

    async def slow():
        await asyncio.sleep(1)

    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(r)
    stop = asyncio.Event()

    async def ticker():
        n = 0
        while not stop.is_set():
            await asyncio.sleep(0.02)
            n += 1
        return n

    tick = asyncio.create_task(ticker())
    await asyncio.gather(*(loop.run_in_executor(None, time.sleep, 0.3) for _ in range(2)))
    stop.set()
    print("ticks while blocked >= 5:", await tick >= 5)

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
print(loop)
