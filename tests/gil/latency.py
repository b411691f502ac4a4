# A thread waking from a short sleep while another thread spins must wait
# for the GIL: about one switch interval (the spinner drops the GIL when the
# waiter asks, after waiting one interval). Prints the median extra delay
# for the default interval and for a ten times larger one.
import sys
import threading
import time

stop = False


def spin():
    x = 0
    while not stop:
        x += 1


def median_delay(rounds):
    delays = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        time.sleep(0.002)
        delays.append(time.perf_counter() - t0 - 0.002)
    delays.sort()
    return delays[len(delays) // 2]


def measure():
    result = []
    t = threading.Thread(target=lambda: result.append(median_delay(15)))
    t.start()
    t.join()
    return result[0]


spinner = threading.Thread(target=spin)
spinner.start()
default = measure()
sys.setswitchinterval(0.05)
large = measure()
stop = True
spinner.join()
print("interval %.3f delay %.4f" % (0.005, default))
print("interval %.3f delay %.4f" % (0.05, large))
