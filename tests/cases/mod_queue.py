# queue: FIFO, LIFO, priority and simple queues; blocking, timeouts, tasks.
import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty after timeout", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
# ---
import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put_nowait(2)
print(q.full(), q.maxsize)
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nonblocking")
# ---
import queue
l = queue.LifoQueue()
p = queue.PriorityQueue()
for x in [(2, "b"), (0, "high"), (5, "low"), (1, "a")]:
    l.put(x); p.put(x)
print([l.get() for _ in range(4)])
print([p.get() for _ in range(4)])
print(isinstance(l, queue.Queue), isinstance(p, queue.Queue), issubclass(queue.Empty, Exception))
p.put({})
try:
    p.put({})
except TypeError as e:
    print("TypeError:", e)
# ---
import queue, threading
q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker); t.start()
for i in range(5):
    q.put(i)
q.join()
print(sorted(results), q.unfinished_tasks)
q.put(None); t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
# ---
import queue, threading, time
q = queue.Queue(maxsize=1)
log = []
def slow_consumer():
    for _ in range(3):
        time.sleep(0.02)
        log.append(("got", q.get()))
t = threading.Thread(target=slow_consumer); t.start()
for i in range(3):
    q.put(i)
    log.append(("put", i))
t.join()
print(sorted(x for x in log if x[0] == "got"))
# ---
import queue
s = queue.SimpleQueue()
s.put(1); s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("Empty")
print(hasattr(s, "task_done"), type(s).__module__, queue.Empty.__module__, queue.Full.__module__)
