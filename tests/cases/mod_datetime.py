# timedelta: normalisation, repr, str
from datetime import timedelta
print(repr(timedelta(days=1, seconds=3600)), timedelta(days=1, seconds=3600))
print(repr(timedelta(0)), timedelta(0), repr(timedelta(hours=-1)), timedelta(hours=-1))
print(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
print(repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)), timedelta(days=-2, seconds=5))
print(timedelta(hours=1.5), timedelta(seconds=0.5), timedelta(days=0.1), repr(timedelta(minutes=2.25)))
print(timedelta(days=3).days, timedelta(hours=25).seconds, timedelta(milliseconds=1.5).microseconds)
print(timedelta(days=1, hours=2).total_seconds(), timedelta(microseconds=1).total_seconds())
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError", e)
# ---
# timedelta arithmetic and comparisons
from datetime import timedelta
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 0.5, a / 2, a / b, a // b, a % b)
print(divmod(a, b), a // 7, timedelta(seconds=10) / 3, timedelta(seconds=1) * 1.1)
print(a > b, a == timedelta(seconds=18000), a != b, sorted([a, b, timedelta(0)]))
print(bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(minutes=300)), a == 5)
try:
    a + 1
except TypeError as e:
    print("TypeError")
# ---
# date basics
from datetime import date
d = date(2024, 1, 5)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isoformat(), d.toordinal(), date.fromordinal(738890), d.ctime())
print(d.isocalendar(), d.isocalendar()[1], d.isocalendar().week)
print(date.min, date.max, date.resolution, d.replace(day=31), d.replace(year=2023, month=2))
print(d.timetuple()[:8], date(2024, 12, 31).timetuple().tm_yday)
for args in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    date(2024, 1.5, 1)
except TypeError as e:
    print("TypeError", e)
# ---
# date arithmetic, comparison, leap years, ISO weeks
from datetime import date, timedelta
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59), date(2024, 3, 1) - d)
print(date(2025, 1, 1) - date(2024, 1, 1), date(2023, 12, 25) < date(2024, 1, 1), d == date(2024, 2, 28))
print(max(date(2020, 5, 1), date(2019, 12, 31)), {d: 1}[date(2024, 2, 28)])
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1), (2000, 1, 1)]:
    print(date(y, m, dd).isocalendar(), date(y, m, dd).weekday())
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date.fromordinal(1))
# ---
# date.fromisoformat, strftime, format
from datetime import date
print(date.fromisoformat("2023-07-15"), date.fromisoformat("20230715"), date.fromisoformat("2023-W28-6"))
try:
    date.fromisoformat("2023/07/15")
except ValueError as e:
    print("ValueError", e)
d = date(2023, 7, 4)
print(d.strftime("%Y-%m-%d %A %a %B %b %j %U %W %w %y %%"))
print(f"{d:%d/%m/%Y}", format(d, ""), "{:%B %d, %Y}".format(d))
# ---
# time objects
from datetime import time, timezone, timedelta
t = time(13, 5, 9, 123456)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(time(), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), time(7, 30).isoformat())
print(t.isoformat(timespec="minutes"), t.isoformat(timespec="milliseconds"), t.isoformat("hours"))
print(t.strftime("%I:%M:%S %p %f"), time(0, 0).strftime("%I %p"), time(12, 0).strftime("%I %p"))
print(time(9, 30) < time(10, 0), time(9, 30) == time(9, 30, 0), t.replace(hour=1))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23"), time.fromisoformat("04:23:01+04:00"))
tz = time(10, 0, tzinfo=timezone(timedelta(hours=2)))
print(tz, repr(tz), tz.utcoffset(), tz.tzname())
for args in [(24, 0), (0, 60), (0, 0, 60), (0, 0, 0, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError", e)
# ---
# datetime construction, repr, str, attributes
from datetime import datetime, date, time
dt = datetime(2024, 3, 15, 14, 30, 45, 123000)
print(dt, repr(dt), dt.year, dt.hour, dt.microsecond)
print(repr(datetime(2024, 3, 15)), repr(datetime(2024, 3, 15, 1)), repr(datetime(2024, 3, 15, 1, 2, 3)))
print(datetime(2024, 3, 15), dt.date(), dt.time(), repr(dt.time()), dt.weekday())
print(datetime.combine(date(2020, 1, 2), time(3, 4)), isinstance(dt, date), issubclass(datetime, date))
print(dt.replace(year=2000, microsecond=0), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"))
print(dt.ctime(), dt.timetuple()[:7], dt.toordinal(), datetime.min, datetime.max)
try:
    datetime(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
# ---
# datetime arithmetic and comparison
from datetime import datetime, timedelta, date
a = datetime(2024, 1, 31, 23, 0)
b = a + timedelta(hours=2)
print(b, b - a, a - b, a - timedelta(days=31), (b - a).total_seconds())
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 1), a < b, a == datetime(2024, 1, 31, 23), sorted([b, a])[0])
print(a + timedelta(microseconds=1), datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(a == date(2024, 1, 31), a != date(2024, 1, 31))
try:
    a < date(2024, 1, 31)
except TypeError as e:
    print("TypeError", e)
print(hash(a) == hash(datetime(2024, 1, 31, 23)), len({a, datetime(2024, 1, 31, 23)}))
# ---
# strftime directives on datetime
from datetime import datetime
dt = datetime(2023, 1, 9, 8, 5, 3, 42)
for fmt in ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%A %a %B %b", "%j %U %W %w %u",
            "%f", "%%Y", "%c", "%x %X", "%H:%M:%S.%f", "%G-W%V", "%Y%m%dT%H%M%S", "%z|%Z|"]:
    print(repr(fmt), dt.strftime(fmt))
print(datetime(2023, 7, 4, 20, 0).strftime("%I %p"), datetime(2023, 7, 4, 0, 0).strftime("%I %p"))
print(f"{dt:%Y-%m-%d}", "{:%H:%M}".format(dt), format(dt, ""))
# ---
# strptime
from datetime import datetime
print(datetime.strptime("2023-07-15 13:45:30", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("15/07/23", "%d/%m/%y"), datetime.strptime("1/2/2020", "%d/%m/%Y"))
print(datetime.strptime("July 4 2021", "%B %d %Y"), datetime.strptime("Mon Jan  9 08:05:03 2023", "%a %b %d %H:%M:%S %Y"))
print(datetime.strptime("08:05 PM", "%I:%M %p"), datetime.strptime("12:30 am", "%I:%M %p"))
print(datetime.strptime("2023-01-01T10:00:00.5", "%Y-%m-%dT%H:%M:%S.%f"))
print(repr(datetime.strptime("2023-06-01 12:00 +0200", "%Y-%m-%d %H:%M %z")))
print(datetime.strptime("2024 060", "%Y %j"), datetime.strptime("99", "%y"), datetime.strptime("68", "%y"))
for s, f in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
# ---
# timezone and aware datetimes
from datetime import datetime, timezone, timedelta
utc = timezone.utc
print(repr(utc), str(utc), utc.utcoffset(None), utc.tzname(None), timezone.utc is timezone(timedelta(0)))
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
print(repr(ist), str(ist), repr(est), str(est), ist == timezone(timedelta(minutes=330)))
dt = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(dt, repr(dt), dt.isoformat(), dt.utcoffset(), dt.tzname())
print(dt.astimezone(ist), dt.astimezone(est), dt.astimezone(est).strftime("%H:%M %Z %z"))
print(dt == datetime(2024, 6, 1, 17, 30, tzinfo=ist), dt - datetime(2024, 6, 1, 12, 0, tzinfo=est))
print(datetime(2024, 6, 1, 12, 0) == dt)
try:
    datetime(2024, 6, 1, 12, 0) < dt
except TypeError as e:
    print("TypeError", e)
try:
    datetime(2024, 6, 1) - dt
except TypeError as e:
    print("TypeError", e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print("ValueError", e)
print(timezone(timedelta(seconds=-1)), timezone.min, timezone.max)
# ---
# timestamps and fromisoformat with offsets
from datetime import datetime, timezone, timedelta
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc))
print(datetime.utcfromtimestamp(86400 * 365), datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
print(datetime(1970, 1, 2, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(repr(datetime.fromisoformat("2011-11-04T00:05:23+04:00")), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23Z")), datetime.fromisoformat("2011-11-04"))
try:
    datetime.fromisoformat("not a date")
except ValueError as e:
    print("ValueError", e)
# ---
# now/today/utcnow: types and relations only
from datetime import datetime, date, timezone, timedelta
import time
n = datetime.now()
u = datetime.now(timezone.utc)
print(type(n).__name__, n.tzinfo, u.tzinfo, type(date.today()).__name__)
print(abs(datetime.utcnow() - u.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(n.timestamp() - time.time()) < 5, date.today() == n.date() or "midnight")
print(len(datetime.now().strftime("%Y-%m-%d %H:%M:%S")), datetime.now() >= n)
# ---
# a small tutorial program: ages, countdowns, schedules
from datetime import date, datetime, timedelta
birth = date(1990, 7, 15)
today = date(2024, 3, 1)
age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
print("age", age, (today - birth).days)
deadline = datetime(2024, 12, 25, 18, 0)
now = datetime(2024, 12, 20, 9, 30, 15)
left = deadline - now
print(left, left.days, left.seconds // 3600, (left.seconds // 60) % 60)
start = datetime(2024, 1, 1, 9)
print([str(start + i * timedelta(days=7, hours=1)) for i in range(3)])
dates = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 365, 60)]
print([d.strftime("%b %d (%a)") for d in dates])
