# RotatingFileHandler: size-based rollover keeps backupCount files
import logging, logging.handlers, os
log = logging.getLogger('rot')
log.setLevel(logging.INFO)
h = logging.handlers.RotatingFileHandler('app.log', maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(h)
for i in range(10):
    log.info('message number %d', i)
h.close()
for name in sorted(os.listdir('.')):
    if name.startswith('app.log'):
        print(name, repr(open(name).read()))
print(h.maxBytes, h.backupCount, h.mode, os.path.basename(h.baseFilename), repr(h).replace(os.getcwd() + '/', ''))
# namer and rotator
h2 = logging.handlers.RotatingFileHandler('b.log', maxBytes=20, backupCount=3, delay=True)
h2.namer = lambda name: name + '.old'
moves = []
def rotator(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h2.rotator = rotator
lg = logging.getLogger('rot2')
lg.addHandler(h2)
lg.propagate = False
for i in range(5):
    lg.warning('line %d', i)
h2.close()
print(moves, sorted(n for n in os.listdir('.') if n.startswith('b.log')))
# no rollover without maxBytes
h3 = logging.handlers.RotatingFileHandler('c.log', backupCount=5)
print(h3.shouldRollover(logging.makeLogRecord({'msg': 'x' * 1000})))
h3.close()
# ---
# QueueHandler and QueueListener: records cross to the listener's thread
import logging, logging.handlers, queue, threading, io
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log = logging.getLogger('queued')
log.setLevel(logging.DEBUG)
log.addHandler(qh)
log.propagate = False
out_all, out_warn = io.StringIO(), io.StringIO()
h_all = logging.StreamHandler(out_all)
h_all.setFormatter(logging.Formatter('%(threadName)s %(levelname)s %(message)s'))
h_warn = logging.StreamHandler(out_warn)
h_warn.setLevel(logging.WARNING)
listener = logging.handlers.QueueListener(q, h_all, h_warn, respect_handler_level=True)
listener.start()
log.debug('debug %s', 'one')
log.warning('warn %d%%', 50)
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
def worker(n):
    log.info('from worker %d', n)
threads = [threading.Thread(target=worker, args=(i,), name='W%d' % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
listener.stop()
lines = out_all.getvalue().splitlines()
print(lines[:3])
print(any('Traceback' in l for l in lines), any('ZeroDivisionError' in l for l in lines))
print(sorted(l for l in lines if 'worker' in l))
print(out_warn.getvalue().splitlines()[:2])
rec = logging.makeLogRecord({'msg': 'x=%d', 'args': (5,), 'levelno': 20})
p = qh.prepare(rec)
print(p.msg, p.args, p.exc_info, p.message, rec.msg, rec.args)
sq = queue.SimpleQueue()
l2 = logging.handlers.QueueListener(sq, h_all)
l2.start()
logging.handlers.QueueHandler(sq).handle(logging.makeLogRecord({'msg': 'simple queue'}))
l2.stop()
print(out_all.getvalue().splitlines()[-1])
# ---
# MemoryHandler and BufferingHandler
import logging, logging.handlers, io
out = io.StringIO()
target = logging.StreamHandler(out)
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log = logging.getLogger('mem')
log.addHandler(mh)
log.propagate = False
log.setLevel(logging.DEBUG)
log.info('a')
log.info('b')
print(repr(out.getvalue()), len(mh.buffer))
log.info('c')
print(repr(out.getvalue()), len(mh.buffer))
log.info('d')
log.error('e')
print(repr(out.getvalue()))
log.info('f')
mh.close()
print(repr(out.getvalue()), mh.target)
bh = logging.handlers.BufferingHandler(2)
bh.handle(logging.makeLogRecord({'msg': '1'}))
print(len(bh.buffer))
bh.handle(logging.makeLogRecord({'msg': '2'}))
print(len(bh.buffer))
# ---
# TimedRotatingFileHandler: intervals, suffixes and rollover times (UTC)
import logging.handlers, datetime
H = logging.handlers.TimedRotatingFileHandler
base = 1700000000         # 2023-11-14 22:13:20 UTC, a Tuesday
for when, interval in [('S', 5), ('M', 1), ('H', 2), ('D', 1), ('midnight', 1), ('W0', 1), ('W1', 1), ('W6', 1)]:
    h = H('t.log', when=when, interval=interval, utc=True, delay=True)
    print(when, h.when, h.interval, h.suffix, h.computeRollover(base) - base)
    h.close()
h = H('t.log', when='midnight', utc=True, atTime=datetime.time(23, 0), delay=True)
print(h.computeRollover(base) - base, h.computeRollover(base + 3600) - base)
h.close()
for when in ('X', 'W', 'W7'):
    try:
        H('t.log', when=when, delay=True)
    except ValueError as e:
        print('ValueError', e)
