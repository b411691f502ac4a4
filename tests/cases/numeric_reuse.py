# Int and float objects are recycled through per-thread free lists once their
# count reaches zero; values that are still referenced must never change.
keep = []
total = 0
for i in range(5000, 5300):
    total += i
    if i % 37 == 0:
        keep.append(total)
        keep.append(i * 2.5)
print(keep)
print(total, sum(keep))
# ---
a = 10 ** 6
b = a + 1
c = b - 1
print(a == c, a is c, b)
x = 1.5
ys = [x * k for k in range(2000, 2005)]
zs = [y / 2 for y in ys]
print(ys, zs)
def acc(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += i * 0.5
        t -= i * 3
    return s, t
print(acc(3000), acc(10))
# ---
import sys
v = 123456789
w = v + 1
print(sys.getrefcount(w), sys.getrefcount(w + 1))
d = {}
for i in range(2000, 2100):
    d[i * 7] = i * 0.25
print(len(d), d[14000], d[2099 * 7], sum(d.values()))
n = 1000
for i in range(10):
    n = n * 3 + i
print(n, n // 7, n % 1000, -n // 3, -n % 7, n << 3, n >> 2, n & 0xffff, n | 1, n ^ 255)
print(2 ** 62 + 2 ** 62, 9223372036854775807 + 1, -9223372036854775807 - 2, 3037000500 * 3037000500)
print(7 // -2, 7 % -2, -7 // 2, -7 % 2, 7.5 // 2, 7.5 % -2, 1 / 3, 2 ** -1, 10 / 4)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(e)
print(True + 1, 1 + True, 2.5 * True, 3 - 1.5, 2 ** 0.5, 10 - 2 ** 53 * 1.0)
