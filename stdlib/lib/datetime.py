"""Dates and times: date, time, datetime, timedelta, tzinfo, timezone.

minipy's datetime keeps every value as a few integers that make the
arithmetic trivial:

  timedelta   one signed count of microseconds (_us)
  date        a day number (_ord, 1 is 0001-01-01) and its year/month/day
  time        microseconds since midnight (_us), a tzinfo and a fold
  datetime    a date plus the time fields; its instant is _ord * DAY + _us

Day numbers and civil dates convert through years that begin on 1 March,
grouped in 400-year eras of 146097 days: the leap day is then the last day
of its year, so no month table is needed for the conversion. Formatting
(strftime) and parsing (strptime, fromisoformat) are table driven: one
small function per directive.
"""

import math as _math
import time as _time
from operator import index as _index
from _minipy import c_type as _c_type

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_SEC = 1000000
_MINUTE = 60 * _SEC
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MAX_DAYS = 999999999
_MAX_ORD = 3652059          # 9999-12-31

_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')
_MONTH_FULL = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_LEN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


# ---- the calendar ----

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LEN[m]


def _civil_to_ord(y, m, d):
    """Day number of y-m-d (1 for 0001-01-01)."""
    if m > 2:
        shifted = m - 3
    else:
        shifted = m + 9
        y -= 1
    era, year_of_era = divmod(y, 400)
    day_of_year = (153 * shifted + 2) // 5 + d - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 305


def _ord_to_civil(n):
    """(year, month, day) of day number n."""
    era, day_of_era = divmod(n + 305, 146097)
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted = (5 * day_of_year + 2) // 153
    d = day_of_year - (153 * shifted + 2) // 5 + 1
    y = era * 400 + year_of_era
    if shifted < 10:
        return y, shifted + 3, d
    return y + 1, shifted - 9, d


def _weekday(n):
    """Monday is 0 (day 1 was a Monday)."""
    return (n + 6) % 7


def _iso_week1(y):
    """Day number of the Monday of ISO week 1 of year y (the week of 4 January)."""
    jan4 = _civil_to_ord(y, 1, 4)
    return jan4 - _weekday(jan4)


def _iso_calendar(n, y):
    if n >= _iso_week1(y + 1):
        y += 1
    elif n < _iso_week1(y):
        y -= 1
    return y, (n - _iso_week1(y)) // 7 + 1, _weekday(n) + 1


def _year_day(n, y):
    return n - _civil_to_ord(y, 1, 1) + 1


# ---- argument checking ----

_MISSING = object()


def _bind(fname, where, names, npos, required, args, kwargs, count_all=False):
    """Arguments by position and keyword, with CPython's C-function errors."""
    given = len(args) + len(kwargs) if count_all else len(args)
    limit = len(names) if count_all else npos
    if given > limit:
        kind = 'arguments' if count_all else 'positional arguments'
        raise TypeError('%s takes at most %d %s (%d given)' % (fname, limit, kind, given))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s" % (key, where))
        i = names.index(key)
        if i < len(args):
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (fname, key, i + 1))
        values[i] = value
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fname, names[i], i + 1))
    return values


def _checked_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_len(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


_TIME_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _checked_clock(hour, minute, second, microsecond, fold):
    """Microseconds since midnight, checking each field."""
    total = 0
    for (name, top), value, unit in zip(_TIME_LIMITS, (hour, minute, second, microsecond),
                                        (_HOUR, _MINUTE, _SEC, 1)):
        value = _index(value)
        if not 0 <= value <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
        total += value * unit
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return total


def _checked_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)
    return tz


def _checked_offset(what, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, type(offset).__name__))
    if not -_DAY < offset._us < _DAY:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24), not %r.' % (offset,))
    return offset


def _label(obj):
    """The class name CPython's C types print in reprs: 'datetime.date' for
    the module's own classes, the bare name for subclasses."""
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _round_div(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2):
        q += 1
    return q


def _split_clock(us):
    hh, us = divmod(us, _HOUR)
    mm, us = divmod(us, _MINUTE)
    ss, us = divmod(us, _SEC)
    return hh, mm, ss, us


def _clock_text(us, timespec):
    hh, mm, ss, frac = _split_clock(us)
    if timespec == 'auto':
        timespec = 'microseconds' if frac else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, frac // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, frac)
    raise ValueError('Unknown timespec value')


def _offset_text(offset, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if offset is None:
        return ''
    us = offset._us
    sign = '-' if us < 0 else '+'
    hh, mm, ss, frac = _split_clock(abs(us))
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or frac:
        text += '%s%02d' % (sep, ss)
        if frac:
            text += '.%06d' % frac
    return text


# ---- timedelta ----

_TD_UNITS = (('days', _DAY), ('seconds', _SEC), ('microseconds', 1), ('milliseconds', 1000),
             ('minutes', _MINUTE), ('hours', _HOUR), ('weeks', 7 * _DAY))
_TD_NAMES = tuple(name for name, _ in _TD_UNITS)


def _td(us, cls=None):
    """A timedelta of us microseconds, range checked."""
    days = us // _DAY
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DAYS))
    self = object.__new__(cls or timedelta)
    self._us = us
    return self


@_c_type
class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_us',)

    def __new__(cls, *args, **kwargs):
        values = _bind('__new__()', '__new__()', _TD_NAMES, 7, 0, args, kwargs, count_all=True)
        # Whole microseconds exactly, plus the fractions of float arguments
        # as one exact binary fraction (num / 2**shift), rounded once.
        whole = 0
        num, shift = 0, 0
        for (name, unit), value in zip(_TD_UNITS, values):
            if value is _MISSING:
                continue
            if isinstance(value, int):
                whole += value * unit
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert float infinity to integer')
                p, q = value.as_integer_ratio()
                s = q.bit_length() - 1
                if s > shift:
                    num <<= s - shift
                    shift = s
                num += (p * unit) << (shift - s)
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if num:
            whole += _round_div(num, 1 << shift)
        return _td(whole, cls)

    # -- fields

    @property
    def days(self):
        """Number of days."""
        return self._us // _DAY

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._us % _DAY // _SEC

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._us % _SEC

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us / _SEC

    # -- text

    def __repr__(self):
        parts = []
        for name, value in (('days', self.days), ('seconds', self.seconds),
                            ('microseconds', self.microseconds)):
            if value:
                parts.append('%s=%d' % (name, value))
        return '%s(%s)' % (_label(self), ', '.join(parts) or '0')

    def __str__(self):
        days, rest = divmod(self._us, _DAY)
        text = '%d:%02d:%02d' % _split_clock(rest)[:3]
        if rest % _SEC:
            text += '.%06d' % (rest % _SEC)
        if days:
            text = '%d day%s, %s' % (days, '' if abs(days) == 1 else 's', text)
        return text

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us + other._us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us - other._us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._us - self._us)
        return NotImplemented

    def __neg__(self):
        return _td(-self._us)

    def __pos__(self):
        return _td(self._us)

    def __abs__(self):
        return _td(abs(self._us))

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us * other)
        if isinstance(other, float):
            p, q = other.as_integer_ratio()
            return _td(_round_div(self._us * p, q))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us / other._us
        if isinstance(other, (int, float)):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            if isinstance(other, int):
                return _td(_round_div(self._us, other))
            p, q = other.as_integer_ratio()
            return _td(_round_div(self._us * q, p))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us // other._us
        if isinstance(other, int):
            return _td(self._us // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us % other._us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us, other._us)
            return q, _td(r)
        return NotImplemented

    # -- comparison

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us == other._us
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us != other._us
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us < other._us
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us <= other._us
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us > other._us
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us >= other._us
        return NotImplemented

    def __hash__(self):
        return hash(('timedelta', self._us))

    def __bool__(self):
        return self._us != 0

    def __reduce__(self):
        return type(self), (self.days, self.seconds, self.microseconds)


timedelta.min = _td(-_MAX_DAYS * _DAY)
timedelta.max = _td((_MAX_DAYS + 1) * _DAY - 1)
timedelta.resolution = _td(1)


# ---- date ----

def _new_date(cls, y, m, d, n=None):
    """A date of class cls; subclasses go through their own constructor."""
    if cls is not date:
        return cls(y, m, d)
    self = object.__new__(date)
    self._y, self._m, self._d = y, m, d
    self._ord = _civil_to_ord(y, m, d) if n is None else n
    return self


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError('date value out of range')
    y, m, d = _ord_to_civil(n)
    return _new_date(cls, y, m, d, n)


def _ctime(obj, us):
    hh, mm, ss, _ = _split_clock(us)
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_ABBR[_weekday(obj._ord)], _MONTH_ABBR[obj._m],
                                              obj._d, hh, mm, ss, obj._y)


def _struct_time(n, y, m, d, hh, mm, ss, dst):
    return _time.struct_time((y, m, d, hh, mm, ss, _weekday(n), _year_day(n, y), dst))


def _local_fields(seconds):
    """(y, m, d, hh, mm, ss) of local time at a whole POSIX second."""
    return tuple(_time.localtime(seconds)[:6])


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        seconds = int(whole)
        if us >= _SEC:
            seconds, us = seconds + 1, us - _SEC
        elif us < 0:
            seconds, us = seconds - 1, us + _SEC
        return seconds, us
    return _index(t), 0


@_c_type
class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_y', '_m', '_d', '_ord')

    def __new__(cls, *args, **kwargs):
        year, month, day = _bind('function', 'this function', ('year', 'month', 'day'), 3, 3,
                                 args, kwargs, count_all=True)
        y, m, d = _checked_date(year, month, day)
        self = object.__new__(cls)
        self._y, self._m, self._d = y, m, d
        self._ord = _civil_to_ord(y, m, d)
        return self

    # -- other constructors

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORD:
            raise ValueError('year %d is out of range' % _ord_to_civil(n)[0])
        return _new_date(cls, *_ord_to_civil(n))

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        seconds, _ = _split_timestamp(t)
        y, m, d = _local_fields(seconds)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> date for the ISO year, week number and weekday."""
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        start = _iso_week1(year)
        weeks = (_iso_week1(year + 1) - start) // 7
        if not 1 <= week <= weeks:
            raise ValueError('Invalid week: %d' % week)
        if not 1 <= day <= 7:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_ord_to_civil(start + (week - 1) * 7 + day - 1))

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _iso_date(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*fields)

    # -- fields

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return self._ord

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return _weekday(self._ord)

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return _weekday(self._ord) + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self._ord, self._y))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._ord, self._y, self._m, self._d, 0, 0, 0, -1)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        y, m, d = _bind('replace()', 'replace()', ('year', 'month', 'day'), 3, 0, args, kwargs)
        y = self._y if y is _MISSING else y
        m = self._m if m is _MISSING else m
        d = self._d if d is _MISSING else d
        return _new_date(type(self), *_checked_date(y, m, d))

    # -- text

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_label(self), self._y, self._m, self._d)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self, 0)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime_fields(self, _date_fields(self, 0), format)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    # -- arithmetic and comparison

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), self._ord + other._us // _DAY)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), self._ord - other._us // _DAY)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self._ord - other._ord) * _DAY)
        return NotImplemented

    def _key(self, other):
        """Other's day number when the two compare, else None."""
        if isinstance(other, date) and not isinstance(other, datetime):
            return other._ord
        return None

    def __eq__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord == k

    def __ne__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord != k

    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord < k

    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord <= k

    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord > k

    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self._ord >= k

    def __hash__(self):
        return hash(('date', self._ord))

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_date_type = date


class _IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    def __reduce__(self):
        return tuple, (tuple(self),)


_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'
_c_type(_IsoCalendarDate)


# ---- tzinfo and timezone ----

@_c_type
class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        # Standard time first, then the DST of that local time.
        local = dt + (offset - saving)
        saving = local.dst()
        if saving is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return local + saving

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, '__dict__', None) or None
        return type(self), args, state


def _dt_or_none(what, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                        % (what, type(dt).__name__))


_NO_NAME = object()


@_c_type
class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _NO_NAME:
            name = None
            if not offset._us:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -_DAY < offset._us < _DAY:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        return _new_timezone(offset, name)

    def utcoffset(self, dt):
        """Return fixed offset."""
        _dt_or_none('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        _dt_or_none('dst', dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        _dt_or_none('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset._us:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, ':')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_label(self), self._offset)
        return '%s(%r, %r)' % (_label(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


def _new_timezone(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


timezone.utc = _new_timezone(timedelta(0), None)
timezone.min = _new_timezone(timedelta(hours=-23, minutes=-59), None)
timezone.max = _new_timezone(timedelta(hours=23, minutes=59), None)
UTC = timezone.utc


# ---- time ----

_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


def _new_time(cls, us, tz, fold):
    if cls is not time:
        hh, mm, ss, frac = _split_clock(us)
        if fold:
            return cls(hh, mm, ss, frac, tz, fold=fold)
        return cls(hh, mm, ss, frac, tz)
    self = object.__new__(time)
    self._us, self._tz, self._fold = us, tz, fold
    return self


def _clock_repr(label, fields, tz, fold):
    text = '%s(%s)' % (label, ', '.join(str(f) for f in fields))
    if tz is not None:
        text = text[:-1] + ', tzinfo=%r)' % (tz,)
    if fold:
        text = text[:-1] + ', fold=1)'
    return text


@_c_type
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_us', '_tz', '_fold')

    def __new__(cls, *args, **kwargs):
        hh, mm, ss, us, tz, fold = _bind('function', 'this function', _TIME_NAMES, 5, 0,
                                         args, kwargs)
        fold = 0 if fold is _MISSING else fold
        self = object.__new__(cls)
        self._us = _checked_clock(0 if hh is _MISSING else hh, 0 if mm is _MISSING else mm,
                                  0 if ss is _MISSING else ss, 0 if us is _MISSING else us, fold)
        self._tz = _checked_tz(None if tz is _MISSING else tz)
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        fields = _iso_time(text)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (time_string,))
        return cls(*fields)

    # -- fields

    @property
    def hour(self):
        return self._us // _HOUR

    @property
    def minute(self):
        return self._us % _HOUR // _MINUTE

    @property
    def second(self):
        return self._us % _MINUTE // _SEC

    @property
    def microsecond(self):
        return self._us % _SEC

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tz is None:
            return None
        return _checked_offset('utcoffset', self._tz.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tz is None:
            return None
        return _checked_offset('dst', self._tz.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tz is None:
            return None
        return self._tz.tzname(None)

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        values = _bind('replace()', 'replace()', _TIME_NAMES, 5, 0, args, kwargs)
        current = _split_clock(self._us) + (self._tz, self._fold)
        hh, mm, ss, us, tz, fold = [c if v is _MISSING else v for v, c in zip(values, current)]
        clock = _checked_clock(hh, mm, ss, us, fold)
        return _new_time(type(self), clock, _checked_tz(tz), fold)

    # -- text

    def __repr__(self):
        hh, mm, ss, us = _split_clock(self._us)
        fields = [hh, mm] + ([ss, us] if us else [ss] if ss else [])
        return _clock_repr(_label(self), fields, self._tz, self._fold)

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return _clock_text(self._us, timespec) + _offset_text(self.utcoffset(), ':')

    __str__ = isoformat

    def strftime(self, format):
        """format -> strftime() style string."""
        fields = (1900, 1, 1) + _split_clock(self._us) + (0, 1)
        return _strftime_fields(self, fields, format)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    # -- comparison

    def _key(self, other, equality):
        """(mine, theirs) microseconds to compare, or None (not comparable)."""
        if not isinstance(other, time):
            return None
        if self._tz is other._tz:
            return self._us, other._us
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        if mine is None:
            return self._us, other._us
        return self._us - mine._us, other._us - theirs._us

    def __eq__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __ne__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        return k is False or k[0] != k[1]

    def __lt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, False)
        return NotImplemented if k is None else k[0] >= k[1]

    def __hash__(self):
        offset = self.utcoffset()
        return hash(('time', self._us - (offset._us if offset is not None else 0)))

    def __reduce__(self):
        return type(self), _split_clock(self._us) + (self._tz,)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
_time_type = time


# ---- datetime ----

_DT_NAMES = ('year', 'month', 'day') + _TIME_NAMES


def _new_datetime(cls, n, us, tz, fold=0):
    """A datetime of class cls from a day number and microseconds."""
    if not 1 <= n <= _MAX_ORD:
        raise OverflowError('date value out of range')
    y, m, d = _ord_to_civil(n)
    if cls is not datetime:
        hh, mm, ss, frac = _split_clock(us)
        if fold:
            return cls(y, m, d, hh, mm, ss, frac, tz, fold=fold)
        return cls(y, m, d, hh, mm, ss, frac, tz)
    self = object.__new__(datetime)
    self._y, self._m, self._d, self._ord = y, m, d, n
    self._us, self._tz, self._fold = us, tz, fold
    return self


def _dt_from_instant(cls, instant, tz, fold=0):
    n, us = divmod(instant, _DAY)
    return _new_datetime(cls, n, us, tz, fold)


def _local_offset(seconds):
    return _time.localtime(seconds).tm_gmtoff


# Local wall times and POSIX seconds (PEP 495). A wall time w is reached at
# the instants u with u + offset(u) == w: none in a gap when clocks jump
# forward, two when they are set back (fold 0 picks the first). The offsets
# in force a day before and a day after are the only candidates, as zones
# change offset at most once a day.

def _wall_to_posix(wall, fold):
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    hits = sorted({wall - off for off in (before, after) if _local_offset(wall - off) == off})
    if hits:
        return hits[-1] if fold else hits[0]
    # In a gap: fold 0 reads the wall time with the earlier offset.
    if fold:
        return wall - before if wall - before < wall - after else wall - after
    return max(wall - before, wall - after)


def _repeated_wall_time(seconds):
    """Whether the local wall time at seconds also occurred earlier (fold 1)."""
    off = _local_offset(seconds)
    earlier = _local_offset(seconds - 86400)
    if earlier == off:
        return False
    other = seconds + off - earlier
    return other < seconds and _local_offset(other) == earlier


_EPOCH_ORD = 719163         # 1970-01-01


@_c_type
class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_us', '_tz', '_fold')

    def __new__(cls, *args, **kwargs):
        y, m, d, hh, mm, ss, us, tz, fold = _bind('function', 'this function', _DT_NAMES, 8, 3,
                                                  args, kwargs)
        fold = 0 if fold is _MISSING else fold
        y, m, d = _checked_date(y, m, d)
        clock = _checked_clock(0 if hh is _MISSING else hh, 0 if mm is _MISSING else mm,
                               0 if ss is _MISSING else ss, 0 if us is _MISSING else us, fold)
        self = object.__new__(cls)
        self._y, self._m, self._d = y, m, d
        self._ord = _civil_to_ord(y, m, d)
        self._us = clock
        self._tz = _checked_tz(None if tz is _MISSING else tz)
        self._fold = fold
        return self

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _checked_tz(tz)
        seconds, us = _split_timestamp(t)
        if tz is None:
            y, m, d, hh, mm, ss = _local_fields(seconds)
            if _repeated_wall_time(seconds):
                return cls(y, m, d, hh, mm, ss, us, fold=1)
            return cls(y, m, d, hh, mm, ss, us)
        utc = _dt_from_instant(cls, (_EPOCH_ORD * 86400 + seconds) * _SEC + us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _split_timestamp(t)
        return _dt_from_instant(cls, (_EPOCH_ORD * 86400 + seconds) * _SEC + us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_type):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        tz = time._tz if tzinfo is True else _checked_tz(tzinfo)
        return _new_datetime(cls, date._ord, time._us, tz, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = _iso_datetime(date_string)
        if fields is None:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    # -- fields

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_type, self._y, self._m, self._d, self._ord)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(_time_type, self._us, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(_time_type, self._us, self._tz, self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tz is None:
            return None
        return _checked_offset('utcoffset', self._tz.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tz is None:
            return None
        return _checked_offset('dst', self._tz.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tz is None:
            return None
        return self._tz.tzname(self)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        values = _bind('replace()', 'replace()', _DT_NAMES, 8, 0, args, kwargs)
        current = (self._y, self._m, self._d) + _split_clock(self._us) + (self._tz, self._fold)
        y, m, d, hh, mm, ss, us, tz, fold = [c if v is _MISSING else v
                                             for v, c in zip(values, current)]
        y, m, d = _checked_date(y, m, d)
        clock = _checked_clock(hh, mm, ss, us, fold)
        return _new_datetime(type(self), _civil_to_ord(y, m, d), clock, _checked_tz(tz), fold)

    def _instant(self):
        return self._ord * _DAY + self._us

    def _utc_instant(self):
        """Microseconds of the UTC instant (local time for naive values)."""
        offset = self.utcoffset()
        return self._instant() - (offset._us if offset is not None else 0)

    def _local_posix(self):
        """POSIX seconds of this naive value read as local wall time."""
        return _wall_to_posix((self._ord - _EPOCH_ORD) * 86400 + self._us // _SEC, self._fold)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        hh, mm, ss, _ = _split_clock(self._us)
        return _struct_time(self._ord, self._y, self._m, self._d, hh, mm, ss, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        utc = _dt_from_instant(datetime, self._utc_instant(), None)
        hh, mm, ss, _ = _split_clock(utc._us)
        return _struct_time(utc._ord, utc._y, utc._m, utc._d, hh, mm, ss, 0)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self.utcoffset() is None:
            return self._local_posix() + self._us % _SEC / _SEC
        return (self._utc_instant() - _EPOCH_ORD * _DAY) / _SEC

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None:
            _checked_tz(tz)
        offset = self.utcoffset()
        if offset is None:
            posix = self._local_posix()
            offset = timedelta(seconds=_local_offset(posix))
        if tz is None:
            posix = (self._instant() - offset._us - _EPOCH_ORD * _DAY) // _SEC
            local = _time.localtime(posix)
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        elif tz is self._tz:
            return self
        utc = _dt_from_instant(type(self), self._instant() - offset._us, tz)
        return tz.fromutc(utc)

    # -- text

    def __repr__(self):
        hh, mm, ss, us = _split_clock(self._us)
        fields = [self._y, self._m, self._d, hh, mm] + ([ss, us] if us else [ss] if ss else [])
        return _clock_repr(_label(self), fields, self._tz, self._fold)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._y, self._m, self._d, sep)
                + _clock_text(self._us, timespec) + _offset_text(self.utcoffset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        """Return ctime() style string."""
        return _ctime(self, self._us)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime_fields(self, _date_fields(self, self._us), format)

    # -- arithmetic and comparison

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_instant(type(self), self._instant() + other._us, self._tz)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_instant(type(self), self._instant() - other._us, self._tz)
        if not isinstance(other, datetime):
            return NotImplemented
        base = self._instant() - other._instant()
        if self._tz is other._tz:
            return _td(base)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if mine is not None:
            base += theirs._us - mine._us
        return _td(base)

    def _key(self, other, equality):
        """(mine, theirs) instants to compare, False for 'unequal', or None
        (not comparable: NotImplemented)."""
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return False
                raise TypeError("can't compare %s to %s" % (_label(self), _label(other)))
            return None
        if self._tz is other._tz:
            return self._instant(), other._instant()
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if equality:
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if mine is None:
            return self._instant(), other._instant()
        return self._instant() - mine._us, other._instant() - theirs._us

    # time's comparison methods, over this class's _key.
    __eq__ = _time_type.__eq__
    __ne__ = _time_type.__ne__
    __lt__ = _time_type.__lt__
    __le__ = _time_type.__le__
    __gt__ = _time_type.__gt__
    __ge__ = _time_type.__ge__

    def __hash__(self):
        return hash(('datetime', self._utc_instant()))

    def __reduce__(self):
        return type(self), (self._y, self._m, self._d) + _split_clock(self._us) + (self._tz,)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_OWN_CLASSES = (date, datetime, time, timedelta, tzinfo, timezone)


# ---- strftime ----

def _date_fields(obj, us):
    """(year, month, day, hour, minute, second, microsecond, weekday, yday)."""
    return ((obj._y, obj._m, obj._d) + _split_clock(us)
            + (_weekday(obj._ord), _year_day(obj._ord, obj._y)))


def _iso_of(f):
    y, m, d = f[0], f[1], f[2]
    return _iso_calendar(_civil_to_ord(y, m, d), y)


def _tz_offset(obj):
    method = getattr(obj, 'utcoffset', None)
    return method() if method is not None else None


def _tz_name(obj):
    method = getattr(obj, 'tzname', None)
    name = method() if method is not None else None
    return name or ''


def _hour12(f):
    return f[3] % 12 or 12


def _ampm(f):
    return 'AM' if f[3] < 12 else 'PM'


# Each directive maps (object, fields) to its text. fields is
# (y, m, d, H, M, S, us, weekday Monday=0, day of year).
_STRFTIME = {
    'a': lambda o, f: _DAY_ABBR[f[7]],
    'A': lambda o, f: _DAY_FULL[f[7]],
    'b': lambda o, f: _MONTH_ABBR[f[1]],
    'h': lambda o, f: _MONTH_ABBR[f[1]],
    'B': lambda o, f: _MONTH_FULL[f[1]],
    'C': lambda o, f: '%02d' % (f[0] // 100),
    'd': lambda o, f: '%02d' % f[2],
    'e': lambda o, f: '%2d' % f[2],
    'm': lambda o, f: '%02d' % f[1],
    'y': lambda o, f: '%02d' % (f[0] % 100),
    'Y': lambda o, f: str(f[0]),
    'H': lambda o, f: '%02d' % f[3],
    'k': lambda o, f: '%2d' % f[3],
    'I': lambda o, f: '%02d' % _hour12(f),
    'l': lambda o, f: '%2d' % _hour12(f),
    'M': lambda o, f: '%02d' % f[4],
    'S': lambda o, f: '%02d' % f[5],
    'f': lambda o, f: '%06d' % f[6],
    'p': lambda o, f: _ampm(f),
    'P': lambda o, f: _ampm(f).lower(),
    'j': lambda o, f: '%03d' % f[8],
    'w': lambda o, f: str((f[7] + 1) % 7),
    'u': lambda o, f: str(f[7] + 1),
    'U': lambda o, f: '%02d' % ((f[8] + 6 - (f[7] + 1) % 7) // 7),
    'W': lambda o, f: '%02d' % ((f[8] + 6 - f[7]) // 7),
    'G': lambda o, f: str(_iso_of(f)[0]),
    'g': lambda o, f: '%02d' % (_iso_of(f)[0] % 100),
    'V': lambda o, f: '%02d' % _iso_of(f)[1],
    'c': lambda o, f: '%s %s %2d %02d:%02d:%02d %d' % (
        _DAY_ABBR[f[7]], _MONTH_ABBR[f[1]], f[2], f[3], f[4], f[5], f[0]),
    'x': lambda o, f: '%02d/%02d/%02d' % (f[1], f[2], f[0] % 100),
    'D': lambda o, f: '%02d/%02d/%02d' % (f[1], f[2], f[0] % 100),
    'X': lambda o, f: '%02d:%02d:%02d' % (f[3], f[4], f[5]),
    'T': lambda o, f: '%02d:%02d:%02d' % (f[3], f[4], f[5]),
    'F': lambda o, f: '%d-%02d-%02d' % (f[0], f[1], f[2]),
    'R': lambda o, f: '%02d:%02d' % (f[3], f[4]),
    'r': lambda o, f: '%02d:%02d:%02d %s' % (_hour12(f), f[4], f[5], _ampm(f)),
    'n': lambda o, f: '\n',
    't': lambda o, f: '\t',
    '%': lambda o, f: '%',
    'z': lambda o, f: _offset_text(_tz_offset(o), ''),
    'Z': lambda o, f: _tz_name(o),
}


def _strftime_fields(obj, fields, fmt):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    pieces = fmt.split('%')
    out.append(pieces[0])
    i = 1
    while i < len(pieces):
        piece = pieces[i]
        if piece == '' and i + 1 < len(pieces):
            # '%%': a literal percent sign, then the text after it.
            out.append('%' + pieces[i + 1])
            i += 2
            continue
        if piece == '':
            out.append('%')
        else:
            handler = _STRFTIME.get(piece[0])
            out.append(handler(obj, fields) if handler else '%' + piece[0])
            out.append(piece[1:])
        i += 1
    return ''.join(out)


# ---- strptime ----

def _digits_at(s, pos, widths):
    """Candidate (number, end) readings of 1..widths digits at pos, longest first."""
    end = pos
    while end < len(s) and end - pos < widths and '0' <= s[end] <= '9':
        end += 1
    return [(int(s[pos:e]), e) for e in range(end, pos, -1)]


def _number(width, lo, hi, exact=False):
    def parse(s, pos):
        out = []
        for value, end in _digits_at(s, pos, width):
            if exact and end - pos != width:
                continue
            if lo <= value <= hi:
                out.append((value, end))
        return out
    return parse


def _names(table):
    """Case-insensitive match of one of table's non-empty names (longest first)."""
    ranked = sorted(((name.lower(), i) for i, name in enumerate(table) if name),
                    key=lambda item: -len(item[0]))

    def parse(s, pos):
        low = s[pos:pos + 12].lower()
        return [(i, pos + len(name)) for name, i in ranked if low.startswith(name)]
    return parse


def _day_field(s, pos):
    if s[pos:pos + 1] == ' ':
        return [(v, e) for v, e in _number(1, 1, 9)(s, pos + 1)]
    return _number(2, 1, 31)(s, pos)


def _fraction(s, pos):
    return [(int(s[pos:e].ljust(6, '0')), e) for _, e in _digits_at(s, pos, 6)]


def _utc_offset(s, pos):
    """%z: Z, or +HH[:]MM[[:]SS[.ffffff]]; ((seconds, microseconds), end)."""
    if s[pos:pos + 1] == 'Z':
        return [((0, 0), pos + 1)]
    sign = s[pos:pos + 1]
    hh = _fixed_digits(s, pos + 1, 2)
    if sign not in ('+', '-') or hh is None:
        return []
    k = pos + 3
    first_colon = s[k:k + 1] == ':'
    k += first_colon
    mm = _fixed_digits(s, k, 2)
    if mm is None or mm > 59:
        return []
    k += 2
    ss = us = 0
    second_colon = s[k:k + 1] == ':'
    sec = _fixed_digits(s, k + second_colon, 2)
    if sec is not None and sec <= 59:
        if first_colon and not second_colon:
            raise ValueError('Inconsistent use of : in %s' % s[pos:k + 2])
        ss = sec
        k += second_colon + 2
        if s[k:k + 1] == '.':
            readings = _fraction(s, k + 1)
            if readings:
                us, k = readings[0]
    seconds = hh * 3600 + mm * 60 + ss
    if sign == '-':
        seconds, us = -seconds, -us
    return [((seconds, us), k)]


def _zone_name(s, pos):
    names = {'utc', 'gmt'}
    names.update(n.lower() for n in _time.tzname if n)
    low = s[pos:].lower()
    return [(s[pos:pos + len(n)], pos + len(n)) for n in sorted(names, key=len, reverse=True)
            if low.startswith(n)]


_STRPTIME = {
    'Y': ('year', _number(4, 0, 9999, exact=True)),
    'y': ('yy', _number(2, 0, 99, exact=True)),
    'm': ('month', _number(2, 1, 12)),
    'd': ('day', _day_field),
    'H': ('hour', _number(2, 0, 23)),
    'I': ('hour12', _number(2, 1, 12)),
    'M': ('minute', _number(2, 0, 59)),
    'S': ('second', _number(2, 0, 61)),
    'f': ('microsecond', _fraction),
    'j': ('yday', _number(3, 1, 366)),
    'w': ('wday_sun', _number(1, 0, 6)),
    'u': ('wday_mon1', _number(1, 1, 7)),
    'U': ('week_sun', _number(2, 0, 53)),
    'W': ('week_mon', _number(2, 0, 53)),
    'a': ('weekday', _names(_DAY_ABBR)),
    'A': ('weekday', _names(_DAY_FULL)),
    'b': ('month', _names(_MONTH_ABBR)),
    'B': ('month', _names(_MONTH_FULL)),
    'h': ('month', _names(_MONTH_ABBR)),
    'p': ('pm', _names(('AM', 'PM'))),
    'z': ('offset', _utc_offset),
    'Z': ('zone', _zone_name),
}


def _strptime_tokens(fmt):
    """The format as a list of ('lit', text), ('space', None) and (field, parser)."""
    tokens = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d == '%':
                tokens.append(('lit', '%'))
            elif d in _STRPTIME:
                tokens.append(_STRPTIME[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append(('space', None))
        else:
            tokens.append(('lit', c.lower()))
            i += 1
    return tokens


def _match(tokens, t, s, pos, found):
    """Backtracking match of tokens[t:] against s[pos:]; the fields, or None."""
    if t == len(tokens):
        return found, pos
    kind, parser = tokens[t]
    if kind == 'lit':
        if s[pos:pos + len(parser)].lower() == parser:
            return _match(tokens, t + 1, s, pos + len(parser), found)
        return None
    if kind == 'space':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        if end == pos:
            return None
        return _match(tokens, t + 1, s, end, found)
    for value, end in parser(s, pos):
        result = _match(tokens, t + 1, s, end, dict(found, **{kind: value}))
        if result is not None:
            return result
    return None


def _strptime(data, fmt):
    """((year, month, day, hour, minute, second, us), tzinfo) from data."""
    for n, arg in enumerate((data, fmt), 1):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (n, type(arg).__name__))
    tokens = _strptime_tokens(fmt)
    result = _match(tokens, 0, data, 0, {})
    if result is None:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    found, end = result
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = found.get('year')
    if year is None and 'yy' in found:
        yy = found['yy']
        year = yy + (1900 if yy >= 69 else 2000)
    if year is None:
        year = 1900
    month = found.get('month', 1)
    day = found.get('day', 1)
    hour = found.get('hour', 0)
    if 'hour12' in found:
        hour = found['hour12'] % 12 + (12 if found.get('pm') == 1 else 0)
    weekday = found.get('weekday')
    if 'wday_sun' in found:
        weekday = (found['wday_sun'] + 6) % 7
    elif 'wday_mon1' in found:
        weekday = found['wday_mon1'] - 1
    n = None
    if 'yday' in found and 'month' not in found and 'day' not in found:
        n = _civil_to_ord(year, 1, 1) + found['yday'] - 1
    elif weekday is not None and ('week_sun' in found or 'week_mon' in found):
        jan1 = _civil_to_ord(year, 1, 1)
        if 'week_mon' in found:
            first = jan1 + (7 - _weekday(jan1)) % 7           # first Monday
            n = first + (found['week_mon'] - 1) * 7 + weekday
        else:
            first = jan1 + (6 - _weekday(jan1)) % 7           # first Sunday
            n = first + (found['week_sun'] - 1) * 7 + (weekday + 1) % 7
        if n < jan1:
            n = None
    if n is not None:
        year, month, day = _ord_to_civil(n)
    tz = None
    if 'offset' in found:
        seconds, us = found['offset']
        offset = timedelta(seconds=seconds, microseconds=us)
        tz = timezone(offset, found['zone']) if 'zone' in found else timezone(offset)
    return (year, month, day, hour, found.get('minute', 0), found.get('second', 0),
            found.get('microsecond', 0)), tz


# ---- ISO 8601 parsing ----

def _fixed_digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _iso_date_len(s):
    """Length of the date at the start of an ISO datetime string."""
    if s[4:5] == '-':
        if s[5:6] == 'W':
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if s[7:8].isdigit() else 7
    return 8


def _iso_date(s):
    """[year, month, day] of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _fixed_digits(s, 0, 4)
    if year is None:
        return None
    dashed = s[4:5] == '-'
    rest = s[5:] if dashed else s[4:]
    if rest[:1] == 'W':
        week = _fixed_digits(rest, 1, 2)
        tail = rest[3:]
        if dashed and tail:
            if tail[0] != '-':
                return None
            tail = tail[1:]
        day = _fixed_digits(tail, 0, 1) if tail else 1
        if week is None or day is None or len(tail) > 1:
            return None
        d = date.fromisocalendar(year, week, day)
        return [d._y, d._m, d._d]
    if dashed:
        if len(rest) != 5 or rest[2] != '-':
            return None
        month, day = _fixed_digits(rest, 0, 2), _fixed_digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        month, day = _fixed_digits(rest, 0, 2), _fixed_digits(rest, 2, 2)
    if month is None or day is None:
        return None
    return [year, month, day]


def _iso_clock(s):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.f]]] or HH[MM[SS[.f]]]."""
    fields = [0, 0, 0, 0]
    colons = s[2:3] == ':'
    pos = 0
    for k in range(3):
        value = _fixed_digits(s, pos, 2)
        if value is None:
            return None
        fields[k] = value
        pos += 2
        if pos == len(s) or k == 2 or s[pos] in '.,':
            break
        if colons:
            if s[pos] != ':':
                return None
            pos += 1
    if pos < len(s):
        if s[pos] not in '.,' or k != 2:
            return None
        frac = s[pos + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            return None
        fields[3] = int(frac[:6].ljust(6, '0'))
    return fields


def _iso_time(s):
    """[hour, minute, second, microsecond, tzinfo] of an ISO time, or None."""
    cut = len(s)
    for mark in 'Z+-':
        k = s.find(mark)
        if 0 <= k < cut:
            cut = k
    fields = _iso_clock(s[:cut])
    if fields is None:
        return None
    tz = None
    suffix = s[cut:]
    if suffix == 'Z':
        tz = timezone.utc
    elif suffix:
        off = _iso_clock(suffix[1:])
        if off is None:
            return None
        us = ((off[0] * 60 + off[1]) * 60 + off[2]) * _SEC + off[3]
        if suffix[0] == '-':
            us = -us
        tz = timezone.utc if not us else timezone(timedelta(microseconds=us))
    return fields + [tz]


def _iso_datetime(s):
    if len(s) < 7:
        return None
    cut = _iso_date_len(s)
    day = _iso_date(s[:cut])
    if day is None:
        return None
    if len(s) == cut:
        return day + [0, 0, 0, 0, None]
    clock = _iso_time(s[cut + 1:]) if len(s) > cut + 1 else None
    if clock is None:
        return None
    return day + clock
