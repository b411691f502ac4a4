# 50 threads that each sleep 0.5 s finish in about 0.5 s: sleep releases
# the GIL. Prints the wall time.
import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(50)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("wall %.3f" % (time.perf_counter() - t0))
