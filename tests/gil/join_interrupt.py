# The main thread blocked in join() is interrupted by Ctrl-C (the test sends
# SIGINT once "waiting" is printed).
import threading

t = threading.Thread(target=threading.Event().wait, daemon=True)
t.start()
print("waiting", flush=True)
t.join()
