# A daemon thread in an endless loop does not keep the process alive.
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


def busy():
    while True:
        pass


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=busy, daemon=True).start()
time.sleep(0.1)
print("main done")
