# timedelta: float components round half to even, mixed signs, str/repr
from datetime import timedelta as td
for kw in [dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-0.5), dict(microseconds=2.5),
           dict(seconds=1e-6 / 2), dict(days=1.5, seconds=-0.25), dict(hours=-1.5), dict(minutes=1 / 3),
           dict(weeks=0.1), dict(milliseconds=-1), dict(days=-1, microseconds=1), dict(seconds=86399.9999996)]:
    d = td(**kw)
    print(kw, repr(d), str(d), d.days, d.seconds, d.microseconds)
print(td(1, 2, 3, 4, 5, 6, 7), td(-1, -2, -3), repr(td(days=-1, seconds=86399)), td(True))
print(str(td(days=2)), str(td(days=-2, hours=3)), str(td(microseconds=10)), str(td(days=10**6 - 1)))
for bad in [dict(days='1'), dict(seconds=None), dict(days=10**9), dict(microseconds=float('inf'))]:
    try:
        td(**bad)
    except Exception as e:
        print(type(e).__name__, e)
# ---
# timedelta arithmetic with ints, floats and other timedeltas
from datetime import timedelta as td
a = td(days=1, hours=3, microseconds=7)
print(a * 3, a * -1, a * 0.3, 0.3 * a, a * 1.5, a / 3, a / 0.7, a / td(hours=1), a // td(minutes=7), a // 4)
print(a % td(hours=5), divmod(a, td(hours=5)), divmod(-a, td(hours=5)), -a // td(hours=5), -a % td(hours=5))
print(td(microseconds=5) / 2, td(microseconds=7) / 2, td(microseconds=-7) / 2, td(microseconds=3) * 0.5)
print(td(seconds=10) // 3, td(seconds=-10) // 3, abs(td(-5)), +a, a - a, (a - a) == td(0), -td(0))
print(a == td(1, 10800, 7), a != td(1), a < td(2), a >= a, max(td(1), td(hours=30)), td(0) == 0, td(0) != 'x')
print(round(a.total_seconds(), 3), td(days=-1).total_seconds(), td.max.total_seconds(), td(microseconds=1) * 10**6)
for f in (lambda: a / 0, lambda: a // 0, lambda: a % td(0), lambda: a * 'x', lambda: a + 1, lambda: td.max + td(1),
          lambda: a < 1, lambda: a * float('nan'), lambda: a / td(0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(td(1)) == hash(td(hours=24)), len({td(1), td(hours=24), td(2)}), sorted({td(2), td(-1), td(0)}))
# ---
# date: constructors, replace, weekday, isocalendar, ordinal round trips
from datetime import date
import datetime
for y in (1, 4, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 9999):
    for m, d in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, m, d)
        o = x.toordinal()
        assert date.fromordinal(o) == x, x
        print(x, o, x.weekday(), x.isoweekday(), tuple(x.isocalendar()), x.timetuple().tm_yday, end=' | ')
    print()
print(date(2024, 2, 29).replace(year=2025, day=28), date(2020, 5, 17).replace(month=2, day=1))
for f in (lambda: date(2024, 2, 29).replace(year=2023), lambda: date(2020), lambda: date(2020, 1, 1, 1),
          lambda: date(10000, 1, 1), lambda: date('2020', 1, 1), lambda: date.fromordinal(0),
          lambda: date.fromordinal(3652060), lambda: date(2024, 0, 1), lambda: date(2024, 1, 32),
          lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2020, 1, 8),
          lambda: date(year=2020, month=1), lambda: date.min - datetime.timedelta(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(date(year=2021, month=3, day=4), date(2021, day=4, month=3), repr(date.fromisocalendar(2015, 53, 7)))
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, type(ic).__name__, ic == (2020, 53, 7), ic[0], len(ic))
print(date.fromtimestamp(0) <= date(1970, 1, 2), date(2000, 1, 1).ctime(), date(2000, 1, 1).timetuple())
# ---
# date and datetime comparisons, hashing, subclasses, copy
from datetime import date, datetime, time, timedelta, timezone
import copy
d1, d2 = date(2024, 5, 1), date(2024, 5, 2)
dt = datetime(2024, 5, 1)
print(d1 < d2, d1 == date(2024, 5, 1), d1 == dt, dt == d1, d1 != dt, hash(d1) == hash(date(2024, 5, 1)))
for f in (lambda: d1 < dt, lambda: dt < d1, lambda: d1 < 5, lambda: dt >= 'x', lambda: time(1) < dt):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class MyDate(date):
    def __repr__(self):
        return 'MyDate<%s>' % self.isoformat()
class Plain(date):
    pass
class MyDT(datetime):
    pass
m = MyDate(2024, 5, 1)
print(m, repr(m), m == d1, type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, repr(Plain(2020, 1, 2)))
print(type(m.replace(day=3)).__name__, type(MyDT.now()).__name__, type(MyDT(2020, 1, 1) + timedelta(1)).__name__)
print(repr(MyDT(2020, 1, 1, 5)), type(MyDT.fromisoformat('2020-01-01')).__name__, type(Plain.fromordinal(5)).__name__)
print(type(MyDT.strptime('2020', '%Y')).__name__, type(MyDT.combine(d1, time(1))).__name__, repr(Plain.today().__class__))
for x in (d1, dt, time(3, 4, tzinfo=timezone.utc), timedelta(3), timezone(timedelta(hours=1), 'X'), m):
    c, dc = copy.copy(x), copy.deepcopy(x)
    print(repr(c), c == x, dc == x, type(dc).__name__)
aware = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
same = datetime(2024, 5, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(aware == same, hash(aware) == hash(same), len({aware, same}), aware == datetime(2024, 5, 1, 12))
print(time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))), time(1) == time(1, tzinfo=timezone.utc))
print(sorted([datetime(2024, 1, 1, 10), datetime(2023, 12, 31, 23, 59), datetime(2024, 1, 1)]))
# ---
# isoformat and fromisoformat round trips
from datetime import date, datetime, time, timedelta, timezone
x = datetime(2024, 3, 4, 5, 6, 7, 8900, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(x.isoformat(timespec=spec), x.time().isoformat(spec), x.isoformat(' ', spec))
print(datetime(2024, 1, 1).isoformat(), datetime(2024, 1, 1, 0, 0, 0, 1).isoformat(), x.isoformat('x'))
for s in ['2024-03-04', '2024-03-04T05', '2024-03-04T05:06', '2024-03-04 05:06:07', '2024-03-04T05:06:07.5',
          '2024-03-04T05:06:07.123456789', '2024-03-04T05:06:07,25', '20240304T050607', '2024-03-04T05:06:07+05:30',
          '2024-03-04T05:06:07-0230', '2024-03-04T05:06:07+00:00', '2024-03-04T05:06:07.000001Z',
          '2024-W10-1T10:00', '2024W101', '2024-03-04T05:06:07+05:30:15.5', '2024-03-04T24:00']:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print('ValueError', e)
for s in ['05:06', '05:06:07.1', '050607', '05', '05:06:07+01:00', '05:06:07Z', '25:00', '5:06', '05:6']:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print('ValueError', e)
for s in ['2024-02-30', '2024-3-4', '2024-03-04T', '', '2024-03-04T05:06:07+', 'W']:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print('ValueError', e)
for bad in (20240304, None):
    try:
        date.fromisoformat(bad)
    except TypeError as e:
        print('TypeError', e)
print(date.fromisoformat(x.date().isoformat()) == x.date(), datetime.fromisoformat(x.isoformat()) == x)
# ---
# strftime: common codes on date, time and datetime
from datetime import date, datetime, time, timezone, timedelta
d = datetime(2021, 12, 31, 23, 59, 58, 7, tzinfo=timezone(timedelta(hours=5, minutes=45), 'NPT'))
codes = 'aAbBcdfHIjmMpSUwWxXyYzZGuV%'
print(' '.join('%s=%s' % (c, d.strftime('%' + c)) for c in codes))
print(' '.join('%s=%s' % (c, date(2021, 1, 3).strftime('%' + c)) for c in codes))
print(' '.join('%s=%s' % (c, time(7, 8, 9, 10).strftime('%' + c)) for c in 'HIMSpfzZ'))
print(date(5, 1, 1).strftime('%Y %y|%d.%m.%Y'), datetime(2024, 2, 29, 12).strftime('%I %p %H'), date(2024, 1, 1).strftime(''))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(seconds=-3661))).strftime('%z %Z'), datetime(2024, 1, 1).strftime('[%z][%Z]'))
print(format(date(2024, 1, 1), '%d %B'), '{:%Y}'.format(datetime(1999, 1, 1)), f'{time(4, 5):%H.%M}', format(d, ''), format(time(1), ''))
for f in (lambda: date(2024, 1, 1).strftime(5), lambda: format(date(2024, 1, 1), 5)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# ---
# strptime: common codes, defaults, errors
from datetime import datetime, date, time
cases = [('2024-03-04', '%Y-%m-%d'), ('04/03/24 17:05', '%d/%m/%y %H:%M'), ('Monday 4 March 2024', '%A %d %B %Y'),
         ('Mon, 04 Mar 2024 10:11:12', '%a, %d %b %Y %H:%M:%S'), ('7:05:09 pm', '%I:%M:%S %p'),
         ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('2024-366', '%Y-%j'), ('1.5', '%S.%f'), ('123', '%f'),
         ('2024-03-04T10:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'), ('2024-03-04 10:00 -02:00', '%Y-%m-%d %H:%M %z'),
         ('20240304', '%Y%m%d'), ('  2024', '%Y'), ('2024 %', '%Y %%'), ('10:00 UTC', '%H:%M %Z'),
         ('69', '%y'), ('1', '%m'), ('2024 MARCH', '%Y %B'), ('Jan 2', '%b %d')]
for s, f in cases:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), repr(r))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, f in [('2023-02-29', '%Y-%m-%d'), ('24:00', '%H:%M'), ('2024-01-01', '%Y-%m'), ('x', '%Q'), ('2024', '%Y %'),
             ('13 PM', '%I %p'), ('', '%Y'), ('2024-1-1', '%Y-%m-%d'), ('99999', '%Y')]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.strptime(2024, '%Y')
except TypeError as e:
    print('TypeError', e)
# ---
# time zones: utc, fixed offsets, astimezone, utcoffset/tzname/dst
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC
print(UTC is timezone.utc, repr(timezone(timedelta(0))), repr(timezone(timedelta(0), 'Z')), timezone(timedelta(0), 'Z') == UTC)
print(repr(timezone(timedelta(hours=-8), 'PST')), str(timezone(timedelta(minutes=-90))), str(timezone(timedelta(seconds=5))))
print(timezone(timedelta(microseconds=5)).tzname(None), repr(timezone.min), repr(timezone.max), hash(UTC) == hash(timezone(timedelta(0))))
t0 = datetime(2024, 1, 1, 23, 30, tzinfo=UTC)
for off in (5.5, -8, 14, -12, 0):
    tz = timezone(timedelta(hours=off))
    local = t0.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local == t0, local.astimezone(UTC) == t0)
print(t0.astimezone(UTC) is t0, datetime(2024, 1, 1, 12).replace(tzinfo=UTC).timestamp(), t0.timetz(), t0.time())
print(t0.utctimetuple()[:6], datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=3))).utctimetuple()[:6])
class Fixed(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def tzname(self, dt):
        return 'F%+d' % self.h
    def dst(self, dt):
        return timedelta(0)
f2 = Fixed(2)
x = datetime(2024, 6, 1, 12, tzinfo=f2)
print(x, x.tzname(), x.astimezone(UTC), x.astimezone(Fixed(-4)), UTC.fromutc(datetime(2024, 1, 1, tzinfo=UTC)))
print(x - datetime(2024, 6, 1, 12, tzinfo=UTC), x.strftime('%H %Z %z'), time(5, tzinfo=f2).utcoffset())
for fn in (lambda: timezone(3), lambda: timezone(timedelta(hours=1), 3), lambda: timezone(timedelta(days=1)),
           lambda: datetime(2024, 1, 1, tzinfo=3), lambda: tzinfo().utcoffset(None), lambda: UTC.utcoffset(5),
           lambda: t0.astimezone(5), lambda: UTC.fromutc(datetime(2024, 1, 1))):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
# ---
# today/now/utcnow/fromtimestamp: relations only
from datetime import date, datetime, timezone, timedelta
import time
a = datetime.now()
b = datetime.now(timezone.utc)
c = datetime.fromtimestamp(time.time())
print(abs(c - a) < timedelta(seconds=5), b.tzinfo is timezone.utc, a.tzinfo, date.today() in (a.date(), c.date()))
print(abs(b.timestamp() - time.time()) < 5, abs(a.timestamp() - time.time()) < 5, abs(datetime.utcnow() - b.replace(tzinfo=None)) < timedelta(seconds=5))
print(datetime.fromtimestamp(1e9, timezone.utc), datetime.fromtimestamp(-1.5, timezone.utc), datetime.utcfromtimestamp(1.0000005))
print(datetime.fromtimestamp(1e9).astimezone(timezone.utc), date.fromtimestamp(86400 * 366) > date(1970, 12, 31))
print(datetime.fromtimestamp(0.9999996, timezone.utc), repr(datetime.fromtimestamp(1234567890.123456, timezone.utc)))
# ---
# datetime arithmetic around month, year and leap boundaries; replace; combine
from datetime import datetime, timedelta, date, time, timezone
x = datetime(2024, 2, 28, 23, 59, 59, 999999)
print(x + timedelta(microseconds=1), x + timedelta(days=1, microseconds=1), x - timedelta(days=365), x - x.replace(year=2023))
print(datetime(1, 1, 1) + timedelta(microseconds=1), datetime.max - timedelta(microseconds=1), datetime(2000, 3, 1) - timedelta(1))
print(x.replace(hour=1, tzinfo=timezone.utc), x.replace(tzinfo=timezone.utc).replace(tzinfo=None) == x, x.replace(fold=1).fold)
print(repr(datetime(2024, 1, 1, fold=1)), repr(time(1, fold=1)), datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1))
print(datetime.combine(date(2024, 1, 1), time(5, 6, tzinfo=timezone.utc)), datetime.combine(date(2024, 1, 1), time(5), timezone.utc))
for f in (lambda: datetime.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1), lambda: x.replace(month=13),
          lambda: datetime.combine(5, time()), lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, fold=2),
          lambda: x - 1, lambda: timedelta(1) - x, lambda: datetime(2024, 1, 1, 1.0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime(2024, 3, 1, 12).weekday(), datetime(2024, 3, 1).isocalendar(), datetime(2024, 3, 1).toordinal(), datetime(2024, 3, 1, 1).date())
print(timedelta(days=1) + datetime(2024, 1, 31), (datetime(2024, 1, 1, 12) - datetime(2023, 1, 1)).days, date(2024, 3, 1) - timedelta(hours=25))
