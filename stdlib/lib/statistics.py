"""Basic statistics for int and float data.

Sums and sums of squares are exact: every value is turned into an integer
ratio and added with integer arithmetic, and the result is rounded to a float
once, so the results equal CPython's correctly rounded ones. (Fraction and
Decimal data are not supported: minipy has neither type.)
"""
import math
import random
from collections import Counter, namedtuple

__all__ = ["NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped", "median_high",
           "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


def _coerce(T, S):
    """The type of a sum of T and S values (bool < int < float < subclasses)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _ratio(x):
    """(numerator, denominator) of x exactly, or (x, None) for inf/nan."""
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


class _Exact:
    """An exact rational n/d (d > 0), or a non-finite float in .special."""
    __slots__ = ("n", "d", "special")

    def __init__(self, n, d=1, special=None):
        if special is None and d != 1:
            g = math.gcd(n, d)
            if g > 1:
                n //= g
                d //= g
        self.n, self.d, self.special = n, d, special

    def div(self, k):
        if self.special is not None:
            return _Exact(0, 1, self.special / k)
        if k < 0:
            return _Exact(-self.n, self.d * -k)
        return _Exact(self.n, self.d * k)

    def to(self, T):
        if self.special is not None:
            return T(self.special) if T is not int else self.special
        if T is int or T is bool:
            if self.d == 1:
                return int(self.n) if T is bool else T(self.n)
            return self.n / self.d
        if issubclass(T, float):
            return T(self.n / self.d)
        if issubclass(T, int):
            if self.d == 1:
                return T(self.n)
            return self.n / self.d
        return T(self.n / self.d)


def _sum(data):
    """(type, exact total, count) of the values."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        return T, _Exact(0, 1, special), count
    num, den = 0, 1
    for d, n in partials.items():
        num = num * d + n * den
        den *= d
        g = math.gcd(num, den)
        if g > 1:
            num //= g
            den //= g
    return T, _Exact(num, den), count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, exact mean, count).

    With c (a given mean), deviations are taken from c instead."""
    data = list(data)
    if c is not None:
        T = int
        for x in data:
            T = _coerce(T, type(x))
        T2, total, n = _sum((x - c) * (x - c) for x in data)
        return _coerce(T, T2), total, None, n
    T, s, n = _sum(data)
    if n == 0:
        return T, _Exact(0), _Exact(0), 0
    if s.special is not None:
        return T, s, s, n
    # sum of (x - mean)^2 = sum x^2 - (sum x)^2 / n, exactly.
    sq_num, sq_den = 0, 1
    parts = {}
    for x in data:
        a, b = _ratio(x)
        parts[b * b] = parts.get(b * b, 0) + a * a
    for d, v in parts.items():
        sq_num = sq_num * d + v * sq_den
        sq_den *= d
        g = math.gcd(sq_num, sq_den)
        if g > 1:
            sq_num //= g
            sq_den //= g
    # ssd = sq - s^2/n  with s = s.n/s.d
    num = sq_num * s.d * s.d * n - s.n * s.n * sq_den
    den = sq_den * s.d * s.d * n
    return T, _Exact(num, den), s.div(n), n


def _fail_if_negative(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def mean(data):
    """Arithmetic mean, computed exactly and rounded once."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return total.div(n).to(T)


def fmean(data, weights=None):
    """Fast float mean (math.fsum of the values / count)."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if n == 0:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    data = list(data)
    if len(data) != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / den


def geometric_mean(data):
    """Geometric mean of positive numbers (exp of the mean log)."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean: n / sum(1/x) (0 if any value is 0)."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sw, _ = _sum(w for w in _fail_if_negative(weights, errmsg))
        sum_weights = sw
    try:
        data = list(_fail_if_negative(data, errmsg))
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total.special is None and total.n <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if isinstance(sum_weights, _Exact):
        q = _Exact(sum_weights.n * total.d, sum_weights.d * total.n)
    else:
        q = _Exact(sum_weights * total.d, total.n)
    return q.to(T)


def median(data):
    """Middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data (the 50th percentile, interpolated)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError("expected number but got %r" % (obj,))
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    lo = 0
    hi = n
    while lo < hi:  # first index of x
        mid = (lo + hi) // 2
        if data[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    hi = n
    while lo < hi:  # one past the last index of x
        mid = (lo + hi) // 2
        if x < data[mid]:
            hi = mid
        else:
            lo = mid + 1
    last = lo
    cf = first
    f = last - first
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one seen on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """All the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    out = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            out.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return out
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            out.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return out
    raise ValueError(f"Unknown method: {method!r}")


def _sqrt_ratio(num, den):
    """The square root of num/den (>= 0) as a correctly rounded float."""
    if num == 0:
        return 0.0
    # Scale so the integer root has about 2*53+3 bits, round it to odd (the
    # last bit records whether anything was lost), then one division
    # rounds correctly.
    shift = (num.bit_length() - den.bit_length() - 109) // 2
    if shift >= 0:
        q, r = divmod(num, den << (2 * shift))
        root = math.isqrt(q)
        root |= (root * root != q or r != 0)
        return float(root << shift)
    scaled = num << (-2 * shift)
    q, r = divmod(scaled, den)
    root = math.isqrt(q)
    root |= (root * root != q or r != 0)
    return root / (1 << -shift)


def _variance(data, xbar, ddof, name):
    T, ss, c, n = _ss(data, xbar)
    if n < 1 + ddof:
        raise StatisticsError("%s requires at least %s data point%s"
                              % (name, "two" if ddof else "one", "s" if ddof else ""))
    return T, ss, n - ddof


def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    T, ss, k = _variance(data, xbar, 1, "variance")
    return ss.div(k).to(T)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    T, ss, k = _variance(data, mu, 0, "pvariance")
    return ss.div(k).to(T)


def _stdev(ss, k):
    if ss.special is not None:
        return math.sqrt(ss.special / k)
    q = ss.div(k)
    return _sqrt_ratio(q.n, q.d)


def stdev(data, xbar=None):
    """Sample standard deviation (square root of the sample variance)."""
    T, ss, k = _variance(data, xbar, 1, "stdev")
    return _stdev(ss, k)


def pstdev(data, mu=None):
    """Population standard deviation."""
    T, ss, k = _variance(data, mu, 0, "pstdev")
    return _stdev(ss, k)


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))
LinearRegression.__module__ = "statistics"


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """A normal distribution N(mu, sigma)."""

    __slots__ = ("_mu", "_sigma")

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return float(xbar.to(float)), _stdev(ss, n - 1)


def _normal_quantile(p, mu, sigma):
    """Inverse normal CDF by Newton's method on math.erfc from Acklam's
    rational starting point; accurate to the last few ulps."""
    # Acklam's approximation as the starting point.
    a = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
         1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00)
    b = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
         6.680131188771972e+01, -1.328068155288572e+01)
    c = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
         -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00)
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
    lo = 0.02425
    if p < lo:
        q = math.sqrt(-2 * math.log(p))
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    elif p <= 1 - lo:
        q = p - 0.5
        r = q * q
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    else:
        q = math.sqrt(-2 * math.log(1 - p))
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    for _ in range(3):
        e = 0.5 * math.erfc(-x / math.sqrt(2)) - p
        u = e * math.sqrt(2 * math.pi) * math.exp(x * x / 2)
        x = x - u / (1 + x * u / 2)
    return mu + x * sigma
