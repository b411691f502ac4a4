# Constants and enums
import signal
print(repr(signal.SIGINT), str(signal.SIGINT), f'{signal.SIGTERM}', signal.SIGINT + 0, signal.SIGINT == 2)
print(signal.SIGINT.name, signal.SIGINT.value, type(signal.SIGINT).__name__, isinstance(signal.SIGINT, int))
print(repr(signal.SIGIOT), repr(signal.SIGPOLL), repr(signal.SIGCLD), repr(signal.SIGRTMIN), signal.SIGRTMAX)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), signal.NSIG)
print(signal.Signals(15), repr(signal.Signals(15)), repr(signal.Signals.SIGUSR1), repr(signal.Handlers.SIG_IGN))
try:
    signal.Signals(99)
except ValueError as e:
    print('ValueError', e)
print({signal.SIGUSR1: 'x'}[10], signal.Signals(signal.SIGINT) is signal.SIGINT)
# ---
# getsignal at start-up, strsignal, valid_signals
import signal
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGUSR1)))
print([signal.strsignal(i) for i in (1, 2, 9, 10, 14, 15, 17, 31, 32, 33, 34, 40, 64)])
v = signal.valid_signals()
print(len(v), min(v), max(v), 32 in v, repr(sorted(v)[0]), type(v).__name__)
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print('ValueError', e)
# ---
# Installing handlers: errors and return values
import signal
def h(signum, frame):
    pass
print(repr(signal.signal(signal.SIGUSR1, h)))
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
for args, exc in [((99, h), ValueError), ((0, h), ValueError), ((signal.SIGINT, 5), TypeError),
                  ((signal.SIGINT, 'x'), TypeError), ((signal.SIGKILL, signal.SIG_IGN), OSError),
                  ((signal.SIGSTOP, h), OSError)]:
    try:
        signal.signal(*args)
    except exc as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(100)
except ValueError as e:
    print('ValueError', e)
# ---
# A Python handler runs in the main thread with the signal number and frame
import signal, os, threading
seen = []
def handler(signum, frame):
    seen.append((signum, type(signum).__name__, frame.f_code.co_name, threading.current_thread().name))
signal.signal(signal.SIGUSR1, handler)
def f():
    os.kill(os.getpid(), signal.SIGUSR1)
    x = 1
    return x
f()
print(seen)
signal.raise_signal(signal.SIGUSR2 - 2)
print(len(seen))
signal.signal(signal.SIGUSR2, lambda s, fr: seen.append(s))
signal.raise_signal(signal.SIGUSR2)
print(seen[-1])
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(len(seen))
# ---
# A handler that raises interrupts the code; KeyboardInterrupt from default_int_handler
import signal, os, time
class Stop(Exception):
    pass
def handler(signum, frame):
    raise Stop(signum)
signal.signal(signal.SIGALRM, handler)
try:
    os.kill(os.getpid(), signal.SIGALRM)
    for i in range(10**6):
        pass
    print('not reached')
except Stop as e:
    print('Stop', e.args)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises')
# ---
# Signals interrupt blocking waits in the main thread; handlers in other threads fail
import signal, threading, time
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
time.sleep(0.3)
print(hits, time.monotonic() - t0 >= 0.29)
def bad():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print('ValueError', e)
t = threading.Thread(target=bad)
t.start(); t.join()
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
signal.alarm(5)
print(signal.alarm(0))
# ---
# pause() returns after a handler ran; an alarm raises
import signal
class Timeout(Exception):
    pass
def on_alarm(signum, frame):
    raise Timeout('too slow')
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    signal.pause()
except Timeout as e:
    print('Timeout', e)
signal.signal(signal.SIGALRM, lambda s, f: print('alarm handler', s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.pause())
