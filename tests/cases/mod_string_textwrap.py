# string constants and capwords
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"), string.capwords(" x "))
print("".join(c for c in "Hello, World!" if c not in string.punctuation))
# ---
# Template
from string import Template
t = Template("$who likes $what, ${who}s ok, cost $$10")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print(e)
print(Template("$a${b}c $").safe_substitute(a=1, b=2), Template("$x").template)
print(Template("$a $b $a").get_identifiers(), Template("$a $").is_valid())
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %age").substitute(name="Al", age=3))
# ---
# Formatter
import string
f = string.Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3), f.format("{name!r} {x[0]} {y.real}", name="n", x=[9], y=2))
print(list(f.parse("a{0}b{1:>3}c{x!r}")))
# ---
# textwrap.wrap and fill
import textwrap
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10, break_long_words=False))
print(textwrap.wrap("well-known long-term state-of-the-art", width=12))
print(textwrap.wrap("well-known long-term", width=12, break_on_hyphens=False))
print(textwrap.wrap("tab\there\nnew line", width=8))
print(textwrap.fill("one two three four five six", width=10, max_lines=2))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=15, drop_whitespace=False)
print(w.wrap("hello world  and  more words"))
# ---
# textwrap.shorten, dedent, indent
import textwrap
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
s = """\
    def f():
        return 1

      # comment
    x = 2
"""
print(textwrap.dedent(s))
print(repr(textwrap.dedent("  a\n \n  b\n")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  x\n    y")))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.indent("a\n\nb\n", "+", lambda line: True)))
def code():
    doc = """
        Usage:
            prog [options]
        """
    return textwrap.dedent(doc).strip()
print(code())
# ---
# __future__
from __future__ import annotations
import __future__
def f(x: UndefinedName) -> AlsoUndefined:
    return x
print(f(3), f.__annotations__)
class C:
    attr: NotDefinedEither = 1
    def m(self) -> C:
        return self
print(C.__annotations__, C.m.__annotations__)
print(__future__.annotations, __future__.division.mandatory, __future__.all_feature_names[:3])
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
