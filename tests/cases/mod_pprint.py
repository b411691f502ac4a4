# pprint: short values, nested containers, widths
import pprint
data = {"name": "minipy", "versions": [3.9, 3.10, 3.11], "deps": {"go": "1.22", "participle": "v2"},
        "threads": list(range(30)), "empty": [], "t": (1,), "s": {3, 1, 2}, "none": None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=200)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(i)) for i in range(12)], width=35)
pprint.pprint([list(range(i)) for i in range(12)], width=35, compact=True)
print(pprint.pformat({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"b": 1, "a": [1, 2] * 30})
pprint.pprint((("a" * 30, "b" * 30), ["c" * 40]), indent=4)
pprint.pprint({"k" * 10: {"inner" * 5: list(range(15))}}, indent=2, width=50)
# ---
# pprint: strings and bytes are split into adjacent literals
import pprint
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text, "short"], width=50)
pprint.pprint({"doc": "line one\nline two is a little bit longer than the first\n" * 2}, width=40)
pprint.pprint(b"\x00\x01binary data that goes on and on and on and on and on and on and on", width=30)
pprint.pprint(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3), width=40)
pprint.pprint("x" * 100)
pprint.pprint(["nospaceatallinthisverylongwordthatcannotbesplitanywhereatall" * 2], width=40)
# ---
# pprint: collections, dataclasses, namespaces, recursion, depth
import pprint, collections, types, dataclasses
pprint.pprint(collections.OrderedDict((str(i) * 8, i) for i in range(10)))
pprint.pprint(collections.Counter("abracadabra simsalabim hokus pokus" * 3), width=40)
dd = collections.defaultdict(list, {"alpha" * 3: [1, 2, 3], "beta" * 4: list(range(20))})
pprint.pprint(dd)
pprint.pprint(collections.deque(range(40)), width=40)
pprint.pprint(collections.deque(range(40), maxlen=50), width=40)
pprint.pprint(types.SimpleNamespace(first="x" * 30, second=list(range(20)), third={"a": 1}))
@dataclasses.dataclass
class Point:
    x: float
    y: float
    label: str = "origin"
    tags: list = dataclasses.field(default_factory=list)
pprint.pprint(Point(1.5, 2.5, "a fairly long label for a point", list(range(25))))
pprint.pprint(Point(0, 0))
r = [1, 2]; r.append(r)
d = {"self": None}; d["self"] = d
print(pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, "a", (2,)]), pprint.isreadable(object()))
print(pprint.pformat([[[[["deep"]]]], {"a": {"b": {"c": 1}}}], depth=2), pprint.pformat([1, [2, [3]]], depth=1))
pprint.pprint({frozenset({1, 2}): set(range(30)), 2.5: (1, "two", None)}, width=60)
pprint.pprint({1: "a", "b": 2, None: 3, (1,): 4}, width=10)
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
pp = pprint.PrettyPrinter(width=20, underscore_numbers=True)
print(pp.pformat([10 ** 9, 12345678, 3]), pp.isreadable({"a": 1}))
import io
s = io.StringIO(); pprint.pprint({"x": [1] * 5}, stream=s, width=10); print(repr(s.getvalue()))
