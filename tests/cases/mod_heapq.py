# heappush / heappop / heapify layouts
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(0, [1]), heapq.nlargest(5, [3, 1]), heapq.nsmallest(2, "zebra"))
# ---
# tuples, priority queues, keys
import heapq
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "write spec"))
heapq.heappush(tasks, (1, "write diagram"))
heapq.heappush(tasks, (3, "create tests"))
while tasks:
    print(heapq.heappop(tasks))
portfolio = [{"name": "IBM", "shares": 100, "price": 91.1}, {"name": "AAPL", "shares": 50, "price": 543.22},
             {"name": "FB", "shares": 200, "price": 21.09}, {"name": "HPQ", "shares": 35, "price": 31.75}]
print([s["name"] for s in heapq.nsmallest(2, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(2, portfolio, key=lambda s: s["price"])])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
# ---
# heapq errors
import heapq
for f in (lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify({}), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heappush([1], "a"), lambda: heapq.heappush([]), lambda: heapq.heappop()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappushpop([], 5))
class Job:
    def __init__(self, p):
        self.p = p
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "Job(%d)" % self.p
jobs = [Job(3), Job(1), Job(2)]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs), heapq.nsmallest(1, jobs))
# ---
# bisect
import bisect
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right((1, 2, 3), 2))
for f in (lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1, "a"], 2), lambda: bisect.bisect()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
