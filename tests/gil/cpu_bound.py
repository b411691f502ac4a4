# 4 CPU-bound threads take at least ~4x the wall time of one: the GIL lets
# only one of them run at a time. Prints the ratio t4/t1.
import threading
import time


def work():
    total = 0
    for i in range(300_000):
        total += i
    return total


def timed(n):
    threads = [threading.Thread(target=work) for _ in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


timed(1)  # warm up
t1 = min(timed(1) for _ in range(3))
t4 = timed(4)
print("ratio %.2f" % (t4 / t1))
