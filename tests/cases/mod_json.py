# dumps of basic values
import json
print(json.dumps(1), json.dumps(-5), json.dumps(10**30), json.dumps(1.5), json.dumps(0.1))
print(json.dumps(1e16), json.dumps(1e-7), json.dumps(-0.0), json.dumps(123456789.123456789))
print(json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps("hello"), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps([1, "two", 3.0, None, [True, False]]))
print(json.dumps((1, 2, (3, 4))))
print(json.dumps({"name": "Alice", "age": 30, "scores": [90, 85.5]}))
# ---
# string escapes and ensure_ascii
import json
s = 'quote" backslash\\ slash/ \n\r\t\b\f \x00\x1f \x7f é ü 中文 \U0001F600'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
# ---
# indent: int, zero, str; nested empties
import json
data = {"a": [1, 2, {"b": None}], "c": {}, "d": [], "e": {"f": [[]]}}
print(json.dumps(data, indent=4))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3]]], indent=" "))
print(repr(json.dumps([], indent=2)), repr(json.dumps({}, indent=2)))
# ---
# sort_keys and separators
import json
d = {"b": 1, "a": [1, 2], "c": {"z": 1, "y": 2}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=2, separators=(", ", " = "), sort_keys=True))
print(json.dumps([1, 2, 3], indent=2))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
# ---
# non-string keys and skipkeys
import json
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", False: 0}))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
print(json.dumps({float("nan"): 1, float("inf"): 2}))
# ---
# nan and infinity; allow_nan=False
import json
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for v in [float("nan"), float("inf"), [float("-inf")]]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.loads("[NaN, Infinity, -Infinity]"))
# ---
# default= and the TypeError for unknown types
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=vars, indent=1))
print(json.dumps({"s": {3}}, default=list))
try:
    json.dumps(b"bytes")
except TypeError as e:
    print("TypeError", e)
# ---
# JSONEncoder subclass with default()
import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"a": {3, 1, 2}, "c": 1 + 2j}, cls=SetEncoder))
print(SetEncoder(indent=2).encode([frozenset([5])]))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": 1, "a": 2}), enc.item_separator, enc.key_separator)
print("".join(enc.iterencode([1, {"x": None}])))
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
# ---
# circular references
import json
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared]))
# ---
# subclasses of built-in types encode as their base
import json
class MyDict(dict): pass
class MyList(list): pass
class MyStr(str): pass
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
print(json.dumps(MyDict(a=MyList([1, 2]))), json.dumps(MyStr("s")), json.dumps([MyInt(5), MyFloat(2.5)]))
# ---
# loads of basic documents
import json
print(json.loads('{"name": "Bob", "age": 25, "tags": ["a", "b"], "x": null, "t": true, "f": false}'))
print(json.loads("[1, -2, 3.5, -0.25, 1e3, 1E-2, 2.5e+2, 0, -0]"))
print(json.loads('"text"'), json.loads("  42  "), json.loads("\n[\n]\n"), json.loads("{}"))
print(json.loads('123456789012345678901234567890'))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')))
# ---
# string escapes when loading, surrogate pairs
import json
print(repr(json.loads(r'"\" \\ \/ \b \f \n \r \t"')))
print(json.loads(r'"\u00e9\u4e2d\ud83d\ude00"'), json.loads(r'"\u0041\u0062"'))
print(json.loads('"é 中"'), len(json.loads(r'"\ud83d\ude00"')))
print(json.loads(json.dumps("round trip \U0001F600 é\n")))
# ---
# round trips
import json
data = {"int": 1, "float": 3.14, "list": [1, [2, [3]]], "str": "s", "none": None,
        "nested": {"a": {"b": {"c": [True, False]}}}, "uni": "ünï"}
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps(data, indent=2, sort_keys=True)) == data)
print(json.loads(json.dumps([0.1, 1 / 3, 1e300, 5e-324])))
print(json.loads(json.dumps((1, 2))))
# ---
# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
import json
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('[1.5, 2, {"x": 3.25}]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -7]', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C:" + s))
class Obj:
    def __init__(self, d): self.__dict__.update(d)
    def __repr__(self): return "Obj(%r)" % sorted(self.__dict__.items())
print(json.loads('{"p": {"x": 1, "y": 2}, "q": [{"z": 0}]}', object_hook=Obj))
# ---
# JSONDecodeError messages and attributes
import json
docs = ['', '   ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a": 1,', '{"a": 1,}',
        '{"a" 1}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", 'nul', 'tru', '[1] x', '1 2', '"abc',
        '"a\\qb"', '"\\u12"', '"\\u12zz"', '"tab\there"', '-', '01', '1.', '.5', '[1, 2', 'True',
        '{"a": [1, {"b": }]}', '\ufeff[]', '[1,\n 2,\n 3,\n ]', '\n\n  {"x": @}']
for doc in docs:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
# ---
# JSONDecodeError is a ValueError; raising it yourself; strict=False
import json
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads("{bad}")
except ValueError as e:
    print(type(e).__name__, e.args)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(repr(json.loads('"a\tb"', strict=False)))
try:
    json.loads(42)
except TypeError as e:
    print("TypeError", e)
# ---
# JSONDecoder directly: decode and raw_decode
import json
dec = json.JSONDecoder()
print(dec.decode(' {"a": [1, 2]} '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx"s"yy', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
d2 = json.JSONDecoder(object_pairs_hook=lambda p: dict(reversed(p)))
print(d2.decode('{"a": 1, "b": 2}'))
# ---
# dump and load with files
import json, io
buf = io.StringIO()
json.dump({"k": [1, 2, 3]}, buf)
print(repr(buf.getvalue()))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
with open("data.json", "w") as f:
    json.dump({"users": [{"name": "A", "id": 1}]}, f, indent=4, sort_keys=True)
with open("data.json") as f:
    text = f.read()
print(text)
with open("data.json") as f:
    print(json.load(f))
# ---
# encode_basestring helpers and module attributes
import json
from json.encoder import encode_basestring_ascii, encode_basestring
print(encode_basestring_ascii('a"é\n'), encode_basestring('a"é\n'))
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
print(sorted(n for n in json.__all__))
# ---
# deep nesting and big documents
import json
deep = [[[[[[[[[[{"k": [1]}]]]]]]]]]]
print(json.dumps(deep))
print(json.loads(json.dumps(deep)) == deep)
big = {"item%d" % i: list(range(i % 5)) for i in range(200)}
s = json.dumps(big, sort_keys=True)
print(len(s), json.loads(s) == big)
