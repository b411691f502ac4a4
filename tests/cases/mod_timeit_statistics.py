# timeit: Timer, timeit, repeat, callables, globals, errors
import timeit
counter = [0]
def work():
    counter[0] += 1
t = timeit.Timer("work()", globals=globals())
r = t.timeit(number=50)
print(type(r).__name__, r >= 0, counter[0])
print(len(timeit.repeat("x = 1", repeat=3, number=10)), counter[0])
print(type(timeit.timeit(work, number=7)).__name__, counter[0])
timeit.timeit("work()", setup="counter[0] = 100", number=5, globals=globals()); print(counter[0])
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
print(timeit.Timer(lambda: None, setup=lambda: counter.append(1)).timeit(3) >= 0, len(counter))
ns = {"data": list(range(10))}
print(timeit.timeit("sum(data)", number=3, globals=ns) >= 0)
print(timeit.timeit("for i in range(3):\n    total = i\nelse:\n    pass", number=2) >= 0)
ticks = iter(range(0, 1000, 3))
print(timeit.Timer("pass", timer=lambda: next(ticks)).repeat(repeat=2, number=5))
n, secs = timeit.Timer("pass", timer=iter(range(0, 100000, 1)).__next__).autorange()
print(n, secs)
for bad in ("x = ", 5):
    try:
        timeit.Timer(bad)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
# ---
# statistics: means and medians
import statistics as st
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2.5]), st.mean([0.1] * 10), st.mean([True, False, True]))
print(st.mean(range(1, 101)), st.mean([1e308, 1e308, -1e308]), st.mean(iter([2, 4])), st.mean([0.1, 0.2, 0.3]))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1] * 10), st.fmean(iter([3.5])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median([1.5, 0.5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 2]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([1, float("nan")]), st.mean([1.0, float("inf")]), st.median([5]))
for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode):
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, "->", e)
print(issubclass(st.StatisticsError, ValueError))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
# ---
# statistics: mode, multimode, variance, stdev, quantiles
import statistics as st
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red"]), st.mode("aabbbc"), st.multimode("aabbbcccd"), st.multimode([]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.variance([1, 3, 5, 7]), st.pvariance([1, 3, 5]), st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]))
print(st.variance(data, st.mean(data)), st.pvariance([1, 2, 3, 4], 2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.1] * 7))
print(st.stdev([10 ** 20, 10 ** 20 + 2, 10 ** 20 + 4]), st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([1e-300, 3e-300]), st.variance([1, 1, 1]), st.pvariance([7]))
import random
r = random.Random(42)
xs = [r.random() * 100 for _ in range(500)]
print(st.mean(xs), st.stdev(xs), st.pstdev(xs), st.variance(xs), st.median(xs), st.fmean(xs))
for f, arg in ((st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.pstdev, [])):
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, "->", e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10), st.quantiles([1, 5], n=3))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1.5, 2.5, 4.0, 7.25], n=4, method="inclusive"), st.quantiles([3, 1], n=1))
for kw in ({"n": 0}, {"method": "bogus"}):
    try:
        st.quantiles([1, 2, 3], **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except st.StatisticsError as e:
    print(e)
# ---
# statistics: covariance, correlation, linear_regression, NormalDist
import statistics as st
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.covariance([1.5, 2.5], [0.5, 4.5]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(lr, lr.slope, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for f, a, b in ((st.covariance, [1], [2]), (st.correlation, [1, 2], [3]), (st.correlation, [1, 1], [1, 2]), (st.linear_regression, [1, 1], [1, 2])):
    try:
        f(a, b)
    except st.StatisticsError as e:
        print(f.__name__, "->", e)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 12), round(nd.pdf(100), 12), nd.zscore(130))
print(round(nd.inv_cdf(0.975), 9), [round(q, 6) for q in nd.quantiles()], round(st.NormalDist().inv_cdf(0.001), 9))
print(nd + 5, nd * 2, nd - st.NormalDist(10, 20), -nd, nd == st.NormalDist(100.0, 15.0))
fs = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]); print(fs)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print(e)
