# Levels and level names
import logging
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.FATAL, logging.WARN)
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName('INFO'), logging.getLevelName('NOPE'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))
# ---
# Root logger and hierarchy
import logging
root = logging.getLogger()
print(root, root.name, logging.getLogger('root') is root, logging.getLogger(None) is root)
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
print(abc.parent is a, a.parent is root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a)
print(a, ab, abc)
print(logging.getLogger('a.b') is ab, a.getChild('b') is ab, root.getChild('z').name)
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
print(repr(abc))
a.setLevel('DEBUG')
print(abc.getEffectiveLevel())
try:
    a.setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    a.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(3)
except TypeError as e:
    print('TypeError', e)
# ---
# basicConfig to a stream, format fields
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s|%(levelno)d|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(threadName)s|%(processName)s')
def f():
    logging.info('hello %s %d', 'world', 3)
f()
logging.debug('not shown')
logging.warning('warn %(x)s', {'x': 42})
log = logging.getLogger('app.db')
log.error('db %r', [1, 2])
log.critical('crit')
log.log(25, 'level 25')
logging.log(logging.INFO, 'module log')
print(len(logging.getLogger().handlers), type(logging.getLogger().handlers[0]).__name__)
logging.basicConfig(level=logging.DEBUG)
print(logging.getLogger().level)
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='again %(message)s', force=True)
logging.debug('forced')
# ---
# Default format BASIC_FORMAT, propagation and several handlers
import logging, sys
logging.basicConfig(stream=sys.stdout)
lg = logging.getLogger('x.y')
lg.warning('one')
lg.info('hidden')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('H: %(name)s %(message)s'))
lg.addHandler(h)
lg.warning('two')
lg.propagate = False
lg.warning('three')
lg.removeHandler(h)
lg.warning('four (last resort)')
print(lg.hasHandlers())
# ---
# Formatter: asctime with datefmt and created, msecs
import logging, time
fmt = logging.Formatter('%(asctime)s %(msecs)03d %(message)s', datefmt='%Y')
r = logging.makeLogRecord({'msg': 'm %d', 'args': (5,), 'created': 86400 * 365.25 * 30 + 0.25, 'msecs': 250.0})
s = fmt.format(r)
print(s.split()[1:], len(s.split()[0]))
f2 = logging.Formatter()
print(f2.format(r))
print(f2.formatTime(r)[-4:])
print(logging.Formatter('%(created)f').format(r))
print(r.getMessage(), r.message)
# ---
# Styles
import logging
r = logging.makeLogRecord({'msg': 'hi', 'name': 'n', 'levelname': 'INFO'})
print(logging.Formatter('{levelname}:{name}:{message}', style='{').format(r))
print(logging.Formatter('$levelname ${name} $$ $message', style='$').format(r))
print(logging.Formatter('<%(message)10s>').format(r))
for bad in [('nofields', '%'), ('nofields', '{'), ('nofields', '$')]:
    try:
        logging.Formatter(*bad[:1], style=bad[1])
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('x', style='?')
except ValueError as e:
    print('ValueError', e)
f = logging.Formatter('%(nofield)s')
try:
    f.format(r)
except ValueError as e:
    print('ValueError', e)
print(logging.Formatter('%(message)s', defaults={'a': 1})._fmt)
# ---
# Filters and Handler subclasses
import logging
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
h = ListHandler()
h.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.DEBUG)
h.addFilter(logging.Filter('a.b'))
for n in ['a', 'a.b', 'a.bc', 'a.b.c', 'x']:
    logging.getLogger(n).info('from %s', n)
print(h.records)
h.filters.clear()
h.addFilter(lambda r: r.levelno >= logging.WARNING)
logging.getLogger('q').info('no')
logging.getLogger('q').warning('yes')
print(h.records[-1], len(h.records))
h.setLevel(logging.ERROR)
logging.getLogger('q').warning('below handler level')
print(len(h.records), h)
lg = logging.getLogger('flt')
lg.addFilter(logging.Filter('other'))
lg.error('filtered at logger')
print(len(h.records))
print(logging.Filter('').filter(logging.makeLogRecord({'name': 'z'})))
# ---
# exc_info and exception()
import logging, sys, os
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(os.getcwd() + os.sep, ''))
logging.basicConfig(stream=Out(), format='%(levelname)s %(message)s')
try:
    raise KeyError('k')
except KeyError:
    logging.exception('failed %d', 1)
try:
    raise ZeroDivisionError('division by zero')
except ZeroDivisionError as e:
    logging.getLogger('z').error('with exc', exc_info=e)
    logging.getLogger('z').warning('with tuple', exc_info=sys.exc_info())
logging.error('no exception', exc_info=True)
# ---
# lastResort: no configuration prints just the message on stderr
import logging, sys
logging.getLogger('lib').warning('to stderr %d', 1)
logging.getLogger('lib').info('dropped')
print(logging.lastResort, logging.getLogger().handlers)
logging.lastResort = None
logging.getLogger('lib').warning('nothing')
# ---
# NullHandler, FileHandler, disable, extra
import logging, os
lg = logging.getLogger('quiet')
lg.addHandler(logging.NullHandler())
lg.warning('swallowed')
fh = logging.FileHandler('log.txt', mode='w')
fh.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s'))
lg2 = logging.getLogger('file')
lg2.addHandler(fh)
lg2.warning('to file', extra={'user': 'bob'})
lg2.error('second', extra={'user': 'ann'})
fh.close()
print(open('log.txt').read(), end='')
print(repr(fh).startswith('<FileHandler /'), repr(fh).endswith('log.txt (NOTSET)>'))
try:
    lg2.warning('bad', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)
logging.disable(logging.WARNING)
print(lg2.isEnabledFor(logging.WARNING), lg2.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(lg2.isEnabledFor(logging.WARNING))
print(repr(logging.StreamHandler()), repr(logging.NullHandler()))
# ---
# basicConfig(filename=...) and errors
import logging
logging.basicConfig(filename='app.log', filemode='w', level=logging.DEBUG, format='%(name)s - %(message)s')
logging.getLogger('m').debug('d %s', 'x')
logging.info('i')
logging.shutdown()
print(open('app.log').read(), end='')
import sys
try:
    logging.basicConfig(stream=sys.stdout, filename='x', force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(handlers=[logging.NullHandler()], stream=sys.stdout, force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print('ValueError', e)
# ---
# LoggerAdapter and LogRecord repr, handler errors go to stderr
import logging, sys
logging.basicConfig(stream=sys.stdout, format='%(message)s %(ip)s')
ad = logging.LoggerAdapter(logging.getLogger('ad'), {'ip': '1.2.3.4'})
ad.warning('adapted')
print(ad)
r = logging.LogRecord('n', 20, '/p/f.py', 7, 'msg %s', ('a',), None)
print(repr(r), r.getMessage(), r.filename, r.module, r.levelname)
logging.getLogger('bad').warning('%d', 'x', extra={'ip': 0})
print('after')
# ---
# Thread names and thread-safe handler
import logging, threading, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='[%(threadName)s] %(message)s')
def work(i):
    for k in range(3):
        logging.debug('w%d step %d', i, k)
ts = [threading.Thread(target=work, args=(i,), name='T%d' % i) for i in range(3)]
for t in ts:
    t.start()
    t.join()
logging.info('main')
