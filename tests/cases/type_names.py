# Classes that are C types in CPython carry their module in error messages
import datetime as dt
d, t, td = dt.date(2024, 2, 29), dt.time(12, 30), dt.timedelta(days=1)
now = dt.datetime(2024, 3, 1, 8, 0)
tests = [lambda: d + 1, lambda: 1 + d, lambda: d < 1, lambda: d - 'x', lambda: now - d, lambda: d - now,
         lambda: t + td, lambda: td * 'a', lambda: td + 1, lambda: td < 3, lambda: td / 'x', lambda: td // 1.5,
         lambda: now > 5, lambda: t < now, lambda: d[0], lambda: len(td), lambda: iter(now), lambda: d(),
         lambda: dt.timezone.utc + 1, lambda: d.zzz, lambda: dt.date.zzz, lambda: now.nope, lambda: td.x,
         lambda: hash(dt.datetime) and {d: 1}[[]], lambda: -d, lambda: abs(t), lambda: ~td]
for f in tests:
    try:
        r = f()
        print('ok', r)
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
class MyDate(dt.date):
    pass
try:
    MyDate(2020, 1, 1) + 1
except TypeError as e:
    print(e)
try:
    MyDate(2020, 1, 1).zzz
except AttributeError as e:
    print(e)
# ---
# collections, functools, itertools, operator and io types
import collections, functools, itertools, operator, io
objs = [collections.deque(), collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
        itertools.count(), itertools.chain(), itertools.cycle([]), itertools.repeat(1), itertools.islice([], 1),
        itertools.zip_longest(), itertools.accumulate([]), itertools.combinations([], 1),
        functools.partial(print), operator.itemgetter(1), operator.attrgetter('x'), operator.methodcaller('x'),
        io.StringIO(), io.BytesIO(), collections.namedtuple('P', 'x')(1)]
for o in objs:
    for f in (lambda: o - 1j, lambda: o.zzz, lambda: o < 1j, lambda: o[1j]):
        try:
            f()
        except (TypeError, AttributeError, KeyError) as e:
            print(type(e).__name__, e)
for t in (collections.deque, collections.OrderedDict, functools.partial, itertools.count, io.StringIO):
    try:
        t.zzz
    except AttributeError as e:
        print(e)
class D(collections.defaultdict):
    pass
try:
    D(int) - 1
except TypeError as e:
    print(e)
# ---
# Wrapper descriptors and method descriptors word the wrong-receiver error differently
for f in (lambda: int.__add__(1.5, 2), lambda: list.__len__(()), lambda: list.append((), 1),
          lambda: int.__repr__('x'), lambda: str.upper(3), lambda: float.__neg__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
