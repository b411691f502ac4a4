# seeded random() matches CPython's Mersenne Twister
import random
random.seed(1)
print(random.random())
print([random.random() for _ in range(3)])
random.seed(42)
print(random.random(), random.random())
random.seed(0)
print(random.random())
# ---
# seeding with big, negative, zero ints
import random
for s in [0, 1, -1, 2**32, 2**32 - 1, 2**64 + 5, -(2**100), 12345678901234567890123]:
    random.seed(s)
    print(s, random.random())
# ---
# seeding with str, bytes, bytearray, float, bool
import random
for s in ["hello", "", "héllo", b"hello", bytearray(b"abc"), 1.5, -2.25, 0.0, True]:
    random.seed(s)
    print(repr(s), random.random())
# ---
# seed version 1 and unsupported seed types
import random
random.seed("abc", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
# ---
# getrandbits
import random
random.seed(7)
print([random.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 100, 0)])
print(random.getrandbits(1000) % 1000003)
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
# ---
# randint / randrange
import random
random.seed(123)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(50, 5, -7) for _ in range(10)])
print(random.randrange(10**30), random.randint(-10**20, 10**20))
# ---
# randrange errors
import random
for args in [(0,), (5, 2), (1, 10, 0), (3, 1, 1), (10, 1, 2)]:
    try:
        print(random.randrange(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    random.randrange(1, step=2)
except TypeError as e:
    print("TypeError", e)
# ---
# choice / shuffle
import random
random.seed(2024)
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1,)), random.choice(range(100)))
lst = list(range(20))
random.shuffle(lst)
print(lst)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
# ---
# sample: small and large populations, counts, errors
import random
random.seed(5)
print(random.sample(range(10), 4))
print(random.sample(range(1000), 10))
print(random.sample("abcdefghij", 10))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(sorted(random.sample(range(100), 100)) == list(range(100)))
for pop, k in [(range(3), 4), (range(3), -1)]:
    try:
        random.sample(pop, k)
    except ValueError as e:
        print("ValueError", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
# ---
# choices with weights, cum_weights, k
import random
random.seed(99)
print(random.choices("abc", k=8))
print(random.choices(["x", "y", "z"], weights=[10, 1, 1], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=8))
print(random.choices([1, 2]))
for kw in [dict(weights=[1, 2], cum_weights=[1, 2]), dict(weights=[1]), dict(weights=[0, 0])]:
    try:
        random.choices("ab", **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.choices("ab", 3)
except TypeError as e:
    print(e)
# ---
# uniform, triangular, gauss, normalvariate, expovariate and friends
import random
random.seed(314)
print(random.uniform(1, 10), random.uniform(-5.5, 5.5))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(3, 3))
print(random.gauss(), random.gauss(), random.gauss(10, 2))
print(random.normalvariate(), random.normalvariate(100, 15))
print(random.expovariate(1.5), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1, 3))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5))
# ---
# getstate / setstate reproduce a sequence, gauss_next included
import random
random.seed(11)
random.gauss()
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], type(st[2]).__name__)
a = [random.random() for _ in range(5)] + [random.gauss()]
random.setstate(st)
b = [random.random() for _ in range(5)] + [random.gauss()]
print(a == b)
try:
    random.setstate((9, (), None))
except ValueError as e:
    print(e)
# ---
# Random instances are independent; seeding an instance in the constructor
import random
r1 = random.Random(8)
r2 = random.Random(8)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random("seed")
print(r3.random(), r3.choice("xyz"))
print(isinstance(r1, random.Random), type(r1).__name__)
random.seed(8)
print(random.random() == random.Random(8).random())
# ---
# subclassing Random: overriding random() switches _randbelow
import random
class Counter(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def random(self):
        self.n += 1
        return (self.n * 0.137) % 1.0
c = Counter()
print([c.randrange(10) for _ in range(5)])
print(c.choice("abcdef"))
class MyRandom(random.Random):
    pass
m = MyRandom(3)
print(m.random() == random.Random(3).random())
print(m.randint(1, 10) == random.Random(3).randint(1, 10) or "differs")
# ---
# randbytes
import random
random.seed(17)
print(random.randbytes(10))
print(len(random.randbytes(0)))
# ---
# SystemRandom: ranges only, no state
import random
s = random.SystemRandom()
x = s.random()
print(0.0 <= x < 1.0, 1 <= s.randint(1, 6) <= 6, s.choice("ab") in "ab")
print(0 <= s.getrandbits(20) < 2**20, len(s.randbytes(5)))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(s.seed(5))
# ---
# unseeded generator gives values in range; seed(None) reseeds from entropy
import random
random.seed()
x = random.random()
print(0.0 <= x < 1.0)
r = random.Random()
print(0 <= r.randrange(100) < 100)
# ---
# a small Monte Carlo with a seed (tutorial style)
import random
random.seed(2023)
inside = 0
N = 2000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / N)
dice = [random.randint(1, 6) + random.randint(1, 6) for _ in range(500)]
print([dice.count(i) for i in range(2, 13)])
