# re: match, search, fullmatch and the Match object.
import re
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(re.match('b', 'abc'), re.search('b', 'abc'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('ab', 'abc'), re.fullmatch('a|ab', 'ab'))
print(bool(re.match('', '')), re.match('', 'x'))
# ---
# Named groups, groupdict, defaults, lastindex and lastgroup.
import re
m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds')
print(m.group('first_name'), m['last_name'], m.groupdict())
print(m.span('last_name'), m.start('first_name'))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0), m.lastgroup)
print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex)
print(re.match('(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex, re.match('a', 'a').lastgroup)
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.regs)
# ---
# Pattern objects and their attributes; pos and endpos.
import re
p = re.compile(r'(?P<word>\w+)\s*(\d+)?', re.I)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile('a'), re.compile(b'a'), re.compile('a', re.A), re.compile('a', re.S | re.M | re.X))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags)
q = re.compile('d')
print(q.search('dog', 1), q.match('dog', 0), q.search('xxdogdd', 0, 3), q.search('dog', 0, 0))
print(q.match('dog', -5).pos, q.search('dodd', 1, 100).endpos, q.fullmatch('ddd', 1, 2))
print(re.compile('^x').search('ax', 1), re.compile('x$').search('xa', 0, 1))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1))
print(p == re.compile(r'(?P<word>\w+)\s*(\d+)?', re.I), p == re.compile('x'), hash(p) == hash(re.compile(p.pattern, re.I)))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
# ---
# findall and finditer, with and without groups.
import re
print(re.findall(r'\bf[a-z]*', 'which foot or hand fell fastest'))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'))
print(re.findall(r'(a)|b', 'abab'))
print(re.findall(r'', 'abc'), re.findall(r'a*', 'baaac'))
print([m.span() for m in re.finditer(r'\w+', 'He was carefully disguised')])
print([m.group() for m in re.finditer('x*', 'axxb')])
it = re.finditer(r'\d', 'a1b2')
print(next(it), next(it))
print(re.compile(r'\d').findall('12345', 1, 3))
print(re.findall(b'[a-c]+', b'xxabcyycb'))
# ---
# sub and subn: templates, callables, counts, empty matches.
import re
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
print(re.sub('x*', '-', 'abxd'), re.sub('a', 'b', 'aaa', count=2), re.subn('a', 'b', 'aaa'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<1>|\g<0>>', 'a12b3'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'(\w)(\w)?', r'[\2]', 'abc'))
print(re.sub('a', r'\n\t\\', 'xa') == 'x\n\t\\', re.sub('a', r'\x', 'a') if False else '')
print(re.sub('', '-', 'abc'), re.sub('$', '!', 'ab\n'), re.subn(r'\b', '|', 'hi there'))
print(re.sub(b'(a)', rb'<\1>', b'banana'))
print(re.sub('(?i)B', 'x', 'abcB'), repr(re.sub('a', '\\0', 'a')), repr(re.sub('a', r'\08', 'a')))
print(re.sub('a', lambda m: '', 'banana'), re.subn('z', 'y', 'abc'))
# ---
# split with groups and maxsplit, and the empty-match rules.
import re
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split('x*', 'axbc'), re.split('(a)|b', 'xaybz'), re.split('a', 'bab', maxsplit=-1))
# ---
# Character classes, escapes and categories.
import re
print(re.findall(r'[a-c]', 'abcd'), re.findall(r'[^a-c]', 'abcd'), re.findall(r'[]a]', 'a]b'))
print(re.findall(r'[a\-z]', 'a-bz'), re.findall(r'[-a]', '-ab'), re.findall(r'[a-]', '-ab'))
print(re.findall(r'\d+', 'a12 b345'), re.findall(r'\D+', 'a12 b345'), re.findall(r'\s', 'a b\tc\n'))
print(re.findall(r'\S+', 'a b\tc\n'), re.findall(r'\w+', 'héllo wörld_1'), re.findall(r'\W', 'a-b c'))
print(re.findall(r'[\d\s]+', 'a1 2b'), re.findall(r'[\w.]+', 'x.y z'), re.findall(r'[^\W\d]+', 'ab12cd'))
print(re.findall(r'\x41\u00e9\U0001F600', 'A\u00e9\U0001F600'), re.findall(r'\101\0', 'A\x00'), re.findall(r'[\x00-\x1f]', 'a\tb\n'))
print(re.match(r'\t\n\r\f\v\a', '\t\n\r\f\v\a'), re.match(r'[\b]', '\b'), re.match(r'\\', '\\'))
print(re.findall(r'\d', '٣4'), re.findall(r'(?a)\d', '٣4'), re.findall(r'(?a)\w+', 'héllo'), re.findall(b'\\w+', b'h\xe9llo'))
print(re.findall(r'[.]', 'a.b'), re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'))
print(re.findall('[\u0400-\u04ff]+', 'abc привет x'))
# ---
# Anchors: ^ $ \A \Z \b \B with and without MULTILINE.
import re
s = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', s), re.findall(r'(?m)^\w+', s))
print(re.findall(r'\w+$', s), re.findall(r'(?m)\w+$', s))
print(re.search(r'\Aone', s), re.search(r'\Atwo', s), re.search(r'three\Z', s), re.search(r'three\n\Z', s))
print(re.search('$', 'ab\n').span(), re.findall('$', 'ab\n'), re.findall('(?m)$', 'a\nb\n'))
print(re.findall(r'\bfoo\b', 'foo.bar (foo) foobar'), re.findall(r'\Bo\B', 'foo boo o'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'^$', ''), re.findall(r'\b\w', 'a bc déf'))
# ---
# Quantifiers: greedy, lazy, possessive, counted.
import re
print(re.match('a*', 'aaa'), re.match('a*?', 'aaa'), re.match('a+?', 'aaa'), re.match('a??', 'a'))
print(re.match('<.*>', '<a> b <c>'), re.match('<.*?>', '<a> b <c>'))
print(re.match('a{2}', 'aaaa'), re.match('a{2,3}', 'aaaa'), re.match('a{2,}', 'aaaaa'), re.match('a{,2}', 'aaa'))
print(re.match('a{2,3}?', 'aaaa'), re.match('a{3}', 'aa'), re.match('(ab){2,3}', 'abababab'))
print(re.match('x{', 'x{'), re.match('x{1', 'x{1'), re.match('x{a}', 'x{a}'), re.match('x{}', 'x{}'), re.match('{', '{'))
print(re.match('a*+a', 'aaa'), re.match('a++b', 'aab'), re.match('(?:ab)*+ab', 'ababab'), re.match('a?+a', 'a'))
print(re.match('(?>a+)b', 'aab'), re.match('(?>a|ab)c', 'abc'), re.match('(?:a|ab)c', 'abc'))
print(re.match('(a|b)*c', 'abbac').groups(), re.match('(a|bc)+?c', 'abcbcc').group(), re.match(r'(\w+?)(\d*)$', 'abc123').groups())
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a*)+', 'b').groups())
print(re.match('(a*)*b', 'aab').groups(), re.match('(a?)*?b', 'aab').groups(), re.match('(?:a{0,2}){3}c', 'aaaaac'))
# ---
# Groups, alternation, backreferences and conditionals.
import re
print(re.match(r'(a|b|c)+', 'abcx').group(1), re.match('a|b', 'b'), re.match('(?:x|y)(z)', 'yz').groups())
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)|\1', 'x'), re.findall(r'(\w+) \1', 'the the cat cat sat'))
print(re.match(r'(\()?\d+(?(1)\))$', '(12)'), re.match(r'(\()?\d+(?(1)\))$', '12'), re.match(r'(\()?\d+(?(1)\))$', '(12'))
print(re.match(r'(?P<a>x)?(?(a)y|z)', 'z'), re.match(r'(a)?(?(1)b)', 'c'))
print(re.match(r'(?P<n>a)(?P=n)', 'aa').groupdict(), re.match('()', '').groups(), re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11', 'abcdefghijkk'))
print(re.match(r'(a)(?:b)(c)', 'abc').groups(), re.match(r'(?#comment)a', 'a'))
# ---
# Lookahead and lookbehind.
import re
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=-)\w+', 'spam-egg-ham'), re.findall(r'(?<!-)\b\w+', 'spam-egg ham'))
print(re.search(r'(?<=abc)def', 'abcdef'), re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?!a)\w', 'b'), re.match(r'(?!a)\w', 'a'), re.match(r'(?=a)', 'a').span())
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?<!(a))b', 'cb').groups(), re.search(r'(a)(?<=\1)', 'a'))
print(re.search(r'(?<=a|b)c', 'bc'), re.search(r'(?<=\bx)y', ' xy'), re.findall(r'(?<=\d{3})x', '12x123x'))
# ---
# Inline and scoped flags; VERBOSE.
import re
print(re.match('(?i)abc', 'ABC'), re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('a(?i:b)', 'aB'))
print(re.match('(?-i:a)b', 'aB', re.I), re.match('(?-i:a)b', 'AB', re.I), re.match('(?s:.)', '\n'), re.match('(?m:^x)', 'x'))
p = re.compile(r'''
    (\d+)   # the integer part
    \.      # a dot
    (\d*)   # fractional part
    [ ]x \# # space in a class, escaped hash
''', re.VERBOSE)
print(p.match('3.14 x#').groups(), re.match('(?x) a b # c', 'ab'), re.match('(?x: a b ) c', 'ab c'))
print(re.findall('(?i)[a-c]+', 'xAbCx'), re.findall('[^a]', 'Aa', re.I), re.match('(?i)\u00e9', '\u00c9'), re.match('(?ai)\u00e9', '\u00c9'))
print(re.match('(?i)ǅ', 'ǆ'), re.match('(?i)ſ', 's'), re.match('(?i)[k]', '\u212a'), re.match(b'(?i)\xe9', b'\xc9'))
print(re.compile('(?x)a', re.I).flags, re.compile('(?a)x').flags, re.compile('x', re.U).flags)
# ---
# Module flags and their reprs.
import re
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), int(re.I | re.S), re.I | re.M == 10, re.I & re.I, isinstance(re.I, int))
print(re.compile('a', re.I | re.M | re.S | re.X), re.compile(b'a', re.L), re.compile('a', 1 << 16))
print(re.compile('a' * 300))
# ---
# escape and purge.
import re
print(re.escape('http://www.python.org'), re.escape('a-b c\td'), re.escape(b'a.b\xff'))
print(re.escape('!"%\',/:;<=>@_`'), re.escape('äö'))
print(re.match(re.escape('1+1=2'), '1+1=2'), re.purge())
operators = ['+', '-', '*', '/', '**']
print(re.findall('|'.join(map(re.escape, sorted(operators, reverse=True))), '1**2+3-4'))
# ---
# Match.expand and template errors.
import re
m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(m.expand(r'[\1|\g<a>|\2|\g<2>|\n]'), m.expand(b'x' if False else 'y'))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: m.expand(r'\3'))
show(lambda: m.expand(r'\g<b>'))
show(lambda: m.expand(r'\g<1'))
show(lambda: m.expand(r'\g'))
show(lambda: m.expand(r'\g<>'))
show(lambda: m.expand(r'\g<-1>'))
show(lambda: m.expand(r'\q'))
show(lambda: m.expand('a\\'))
show(lambda: m.expand(r'\777'))
show(lambda: re.sub('a', r'\1', 'a'))
show(lambda: re.sub('a', r'x\g<0', 'a'))
show(lambda: re.sub('(a)', r'\g<1a>', 'a'))
show(lambda: m.expand(r'\%\&'))
# ---
# Parse errors: messages and positions.
import re
def err(p, flags=0):
    try:
        re.compile(p, flags)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), '->', type(e).__name__, e)
for p in ['(', 'a)', '*', 'a**', 'a{2}{3}', '+a', '^*', r'\b+', 'a{3,1}', '[a', '[z-a]', r'[\d-z]',
          r'\q', '\\', r'\x4', r'\u12', r'\U0011ffff', r'\400', r'\2', r'(a)\2', r'(a\1)', '(?P<1>a)',
          '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P', '(?Px)', '(?', '(?<x)', '(?q)', '(?#abc', '(?i', '(?-i)',
          'a(?i)b', '(?z:a)', '(?(2)a|b)', '(?(a)b)', '(?(0)a)', '(a)(?(1)x|y|z)', '(?<=a*)b', '(?<=a|bc)d',
          '(?<!(a)\\1)', '(?i-i:a)', '(?a:(?u:x))', '(?u)x', 'x{99999999999}', '[]', r'(?x)\ ', '\n(\n']:
    err(p)
err(b'(?u)x')
err(b'\\u1234')
err('a', re.L)
err('a', re.A | re.U)
err(b'a', re.U)
err('(?L)a')
err(r'[\8]')
err('a{1,2}{3}')
# ---
# str and bytes do not mix; argument errors.
import re
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: re.match('a', b'a'))
show(lambda: re.match(b'a', 'a'))
show(lambda: re.match('a', 1))
show(lambda: re.compile(1))
show(lambda: re.sub('a', b'x', 'a'))
show(lambda: re.sub(b'a', 'x', b'a'))
show(lambda: re.match(b'a+', bytearray(b'aab')))
show(lambda: re.findall(b'a', bytearray(b'banana')))
show(lambda: re.sub(b'a', b'o', bytearray(b'banana')))
show(lambda: re.split(b',', b'a,b'))
# ---
# Tokenizer-style scanning with named alternatives (the docs' example).
import re
def tokenize(code):
    spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
            ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
    tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in spec)
    line = 1
    for mo in re.finditer(tok_regex, code):
        kind = mo.lastgroup
        value = mo.group()
        if kind == 'SKIP':
            continue
        if kind == 'NEWLINE':
            line += 1
            continue
        print(kind, repr(value), line, mo.start())
tokenize('total := price * 1.5;\nx := y + 2')
# ---
# Pathological patterns finish (sizes CPython handles quickly).
import re
print(re.match(r'(a*)*b', 'a' * 18))
print(re.match(r'(a|aa)*c', 'a' * 22))
print(re.match(r'(x+x+)+y', 'x' * 16))
print(re.search(r'(\w+\s?)*$', 'a' * 20 + '!'))
print(len(re.findall(r'a', 'a' * 100000)), re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').end())
print(re.match(r'(a+)+$', 'a' * 5000).span(), re.fullmatch('(?:x{1,3})*', 'x' * 3000).end())
print(re.match('(' * 200 + 'a' + ')' * 200, 'a').span(), len(re.match('((((a)*)*)*)*', 'a' * 1000).group()))
print(re.search(r'(.*?,){11}P', '1,2,3,4,5,6,7,8,9,10,11,12'))
# ---
# Unicode strings: positions are code points.
import re
s = 'naïve café — über'
print([m.span() for m in re.finditer(r'\w+', s)], re.findall(r'[^\x00-\x7f]', s))
print(re.sub(r'(?i)É', 'E', 'CAFÉ café'), re.split(r'\s*—\s*', s), re.search('ü', s).start())
print(re.match('.', '😀').group(), re.findall('[😀-😂]', 'a😁b'), re.sub('(?<=é)', '!', s))
# ---
# Patterns are cached; types; copy.
import re, copy
p = re.compile('cached')
print(re.compile('cached') is p, re.compile('cached', re.I) is p)
re.purge()
print(type(p).__name__, type(re.match('a', 'a')).__name__, re.Pattern, re.Match, type(p) is re.Pattern)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = re.match('a', 'a')
print(copy.copy(m) is m, isinstance(m, re.Match), re.error.__name__, re.error.__module__)
print(issubclass(re.error, Exception))
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
# ---
# Scanner, subclasses, bytearray subjects, group indexes, generic aliases.
import re
print(re.Pattern, re.Match, type(re.finditer('a', 'a')).__name__)
s = re.compile(r'\d').scanner('a1b22')
print(s.search(), s.search(), s.match(), s.search(), s.search(), s.pattern)
s = re.compile(r'\d').scanner('12a')
print(s.match(), s.match(), s.match(), s.search())
class S(str): pass
m = re.search('b+', S('abbc'))
print(type(m.string).__name__, type(m.group()).__name__, re.findall('b', S('abc')), type(re.sub('b', 'x', S('abc'))).__name__)
m = re.search(b'b+', bytearray(b'abbc'))
print(m, m.string, m.group(), re.split(b'b', bytearray(b'abc')))
m = re.match(r'(a)(b)', 'ab')
print(m[True], m.group(False), m.span(True))
try: m.group(1.0)
except IndexError as e: print('IndexError', e)
try: m['zz']
except IndexError as e: print('IndexError', e)
print(m.groups(default='x'), re.match('(a)?', '').groups(default='x'), re.match('(?P<a>a)?', '').groupdict(default='x'))
print(re.Match[str], re.Pattern[bytes])
gi = re.compile('(?P<a>x)(?P<b>y)').groupindex
print(gi, gi['b'], len(gi), list(gi))
try: gi['c'] = 3
except TypeError as e: print('TypeError', e)
print([m.span() for m in re.compile('a').finditer('aaaa', 1, 3)], [m.pos for m in re.compile('a').finditer('aaaa', 1, 3)])
print(re.compile('a').sub('b', 'aaa', 2), re.compile('a').subn(lambda m: m.group().upper(), 'banana'))
print(re.sub('(?P<x>a)', lambda m: m.expand(r'[\g<x>]'), 'cat'))
print(re.compile(r'(?m)^\s*#.*$\n?').sub('', '# c\nx = 1\n  # d\ny\n'))
print(re.sub(r'\s+', ' ', '  a \t b\n\nc  ').strip(), re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.findall(r'(?i)\b[aeiou]\w*', 'An apple and Orange under Ice'))
print(re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.]+', 'john.doe+x@mail.example.org') is not None)
print(re.sub(r'(\d+)', lambda m: '%05d' % int(m[1]), 'v1.22.333'))
print(re.match(r'^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$', '2023-07-14').groupdict())
m = re.search(r'(?P<key>\w+)\s*=\s*(?P<value>[^;]+)', 'x; name = Bob Smith; y')
print(m.group('key', 'value'), m.start('value'), m.lastgroup, m.regs)
print(re.compile('abc').search('xxabc', pos=2), re.compile('abc').match(string='abc'))
print(re.split(r'\s+', '  a b  '), re.split(r'(?=b)', 'abab'), re.split('', 'ab'))
print(re.sub('(?=b)', '-', 'abab'), re.sub('b|', '-', 'abc'), re.subn('', '', ''))
print(re.findall(r'\d+|[a-z]+', '12ab34'), re.findall(r'((a)|b)', 'ab'))
print(repr(re.escape('')), repr(re.escape('\x00')), re.escape(b'\x00'))
# ---
# Odd arguments, template expansion, capture semantics in loops.
import re
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: re.sub('a', 1, 'a'))
show(lambda: re.sub('a', lambda m: 1, 'xay'))
show(lambda: re.sub(b'a', lambda m: 'x', b'xay'))
show(lambda: re.sub('a', lambda m: None, 'xay'))
show(lambda: re.compile('a').match('a', 'x'))
show(lambda: re.compile('a').match('a', None))
show(lambda: re.split('a', 'bab', 'x'))
show(lambda: re.findall(None, 'a'))
show(lambda: re.compile('(a)').match('a').group(2))
show(lambda: re.compile('(a)').match('a').start(5))
show(lambda: re.compile('(a)').match('a').expand(r'\g<0>\g<1>'))
show(lambda: re.compile(b'(a)').match(b'a').expand(rb'<\1>'))
show(lambda: re.compile('(a)').match('a').expand(b'x'))
show(lambda: re.compile('x').match('x', endpos=-1))
show(lambda: re.match('(?P<a>.)(?P<b>.)', 'xy').lastgroup)
show(lambda: re.match(r'(?x) a  \  b', 'a b'))
show(lambda: re.match(r'(?x)[ a]+', ' a'))
show(lambda: re.match(r'(?x)a{2, 3}', 'aa'))
show(lambda: re.compile(r'(?x)a # comment', re.X).pattern)
show(lambda: re.compile('a', flags=re.I).flags)
show(lambda: re.sub('(a)|b', r'[\1]', 'ab'))
show(lambda: re.sub('a', r'\g<0>\g<0>', 'aa', 0, re.I))
show(lambda: re.subn('A', 'b', 'aA', flags=re.I))
show(lambda: re.split('A', 'aAb', flags=re.I))
show(lambda: re.split('(A)|(B)', 'xAyBz', 1))
show(lambda: [m.group() for m in re.finditer(r'\w+', 'x y', re.I)])
show(lambda: re.compile(r'\d+').match('a123', 1).group())
show(lambda: str(re.compile('.').match('\U0001F600').span()))
show(lambda: re.search(r'[^\x00-\x7f]+', 'abc déf').group())
show(lambda: re.match(r'\u00e9', 'é'))
show(lambda: re.match(r'(?u)\w', 'é'))
show(lambda: re.match(b'\\xe9', b'\xe9'))
show(lambda: re.match(br'[\xe0-\xff]+', b'\xe9\xff'))
show(lambda: re.match(r'(?i)[\u00c0-\u00de]+', 'éàü'))
show(lambda: re.findall(r'(?i)ss', 'SS ß ss'))
show(lambda: re.match(r'(?i)\w', 'İ'))
show(lambda: re.match(r'a(?=b)*', 'ab'))
show(lambda: re.match(r'(?:)*', 'a'))
show(lambda: re.match(r'(a?)+?b', 'aab').groups())
show(lambda: re.match(r'(?:a|(b))+', 'ab').groups())
show(lambda: re.match(r'(?:(a)|b)*?c', 'abc').groups())
show(lambda: re.match(r'(a)*?b', 'aab').groups())
show(lambda: re.match(r'((a)|(b))*', 'ab').groups())
show(lambda: re.match(r'(?:x(a)|x(b))*', 'xaxb').groups())
show(lambda: re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
# ---
# A signal handler that raises stops a long match (CPython polls signals while matching).
import re, signal
def handler(signum, frame):
    raise TimeoutError('too slow')
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    re.match(r'(a*)*b', 'a' * 40)
except TimeoutError as e:
    print('TimeoutError', e)
signal.setitimer(signal.ITIMER_REAL, 0)
print(re.match('(a*)*b', 'aab').span())
# ---
# Loops: an optional iteration that matches nothing ends the loop; required ones do not.
import re
print(re.match(r'(?:((?(1)a|)))+', 'aa'))
print(re.match(r'(?:((?(1)a|))){1,3}', 'aa'))
print(re.match(r'(?:((?(1)a|))){2,3}', 'aaa'))
print(re.match(r'(?:((?(1)a|)))*', 'aa'))
print(re.match(r'(?:((?(1)a|)))+?$', 'aa'))
print(re.match(r'(?:(?(1)a|(b)?)){1,3}', 'aa'))
# ---
# Ignoring case: simple case folding plus the characters CPython treats as equal (i/ı, s/ſ, ß/ẞ, ...).
import re
bmp = ''.join(chr(i) for i in range(0x20, 0x10000) if not 0xd800 <= i < 0xe000)
pats = ['k', 's', 'i', 'I', '\u00df', '\u00b5', '\u03c3', '\u03c2', '\u03b8', '\u03d1', '\u01c5', '\ufb00', '\u1fc3', '\u0130', '\u0131', '\u017f', '\u212a', '\u00c5', '\u00e5', '\u2126', '\u03c9', '\u1e9e', '\u0345', '\u03b9', 'a', '\u0390']
for p in pats:
    print(ascii(p), ascii(''.join(re.findall('(?i)' + p, bmp))), ascii(''.join(re.findall('(?i)[' + p + ']', bmp))))
print(ascii(''.join(re.findall(r'(?i)[a-z]', bmp))))
print(ascii(''.join(re.findall(r'(?i)[^\W\d_a-zA-Z]', bmp[:1000]))))
print(len(re.findall(r'\w', bmp)), len(re.findall(r'\d', bmp)), len(re.findall(r'\s', bmp)), len(re.findall(r'(?i)\w', bmp)))
print(ascii(''.join(re.findall(r'\s', bmp))))
w1 = set(re.findall(r'\w', bmp))
# ---
# Flags, errors and Pattern comparisons.
import re
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: re.compile(bytearray(b'a')))
show(lambda: re.compile('a', 'x'))
show(lambda: re.compile('a', 1.5))
show(lambda: re.escape(bytearray(b'a.b')))
show(lambda: re.escape(5))
show(lambda: list(re.RegexFlag))
show(lambda: re.RegexFlag(10))
show(lambda: re.I.value)
show(lambda: re.I.name)
show(lambda: ~re.I)
show(lambda: re.compile('a').match('a').re.pattern)
show(lambda: re.compile(r'(?P<a>.)(?P<b>.)').groupindex['a'])
show(lambda: re.match('a', 'a', re.I|re.M).re.flags)
show(lambda: re.search('(?i)a', 'A').re)
show(lambda: re.sub('a', 'b', 'aaa', 1, re.I))
show(lambda: re.split(' ', 'a b c', 1, re.I))
show(lambda: str(re.error('msg')))
show(lambda: str(re.error('msg', 'pat', 1)))
show(lambda: str(re.error('msg', 'p\nat', 3)))
show(lambda: re.error('msg', b'p\nat', 3).colno)
show(lambda: re.compile('[a-z]+').fullmatch('abc', 0, 2))
show(lambda: hash(re.compile('a')) == hash(re.compile('a', 0)))
show(lambda: re.compile('a') != re.compile(b'a'))
# ---
# Differential cases: random patterns (generated once, checked against CPython).
import re
cases = [('(?:\\d(?!a)){1,3}|(^)A(?m:^)(?:(?P<n>((?<=b))))*+', 'a', 0), ('\\b', 'a1\ns\nKBÉB', 256), ('a', 'b\nK éÉbß s', 258), ('[^a]', '', 0), ('K|(?:b){2}', 'aBBa\néßééb', 10), ('((?:(?m:$)ßK)+?)', '', 0), ('((?!a))sa(?(1)a|b)\\s(?>ab|a)(.)', '\n a', 258), ('((?:K){2})', 'KKB', 0), ('((?:s){1,3}(?:[a-cé])?(?:\\d){2,}?)', 'ßK', 10), ('(?s:.)', 'Kbéabba', 10), ('(?:(?P<n>(?=a)\\W(?:\\Z)+))*?', 'KKKb BBß', 0), ('(?m:$)', 'BaaA sÉ', 10), ('(?:(?:((?(1)a|b)))??(?:b){2,}?)+', 'sß aaKK', 0), ('(?P<n>(?:(?-i:b))+(?P<n>s))(?:((?m:$))(?:(?P=n))*)??', '', 10), ('(Éß)', 'éßsé', 256), ('((?!a)|(?>ab|a)bß)', '1KK\n as', 8), ('x*+', 'ÉA1', 8), ('((?:$\\d)??(?:[^\\w]){2})', 'AA\n', 8), ('(?:(?P<n>(?:(?:[ab])+)+?))*', 'ééK', 10), ('(?:A(?>ab|a)){2,}?[ab](?:(?m:^))*[ab].|(?:K)*+', 'ÉKK1sbKBB\n', 8), ('a', '\nÉßaAB 1sÉßÉ', 10), ('((?:(?:(?:(?s:.))+)++){2})', '\n\n', 2), ('((?:([\\s\\d])|\\sß){2})', 'Béb', 8), ('(?:b)??|^bÉ(?<!a)s', 'AÉßÉKß\n', 16), ('((?:\\1|(?<=b)){1,3})|(?:x*+.)+?|(?:(?=a)){,2}', 'éÉb', 10), ('(?s:.)', '', 10), ('(?:(?:(?:K){2,}?){,2}){,2}', 'AbÉ\né1é B\n\n', 2), ('(?:(?m:$)|(s)){1,3}(?P<n>(?:\\S)*)', '', 256), ('(?i:a)', 'K\nb', 16), ('(?P<n>(?!a))', ' ßBßÉéaéK', 16), ('(?:\\s){2,}?', 'ÉKBÉBÉKKAB', 256), ('((?>ab|a)(?:\\d)*?(?:s)?)', 'b ébééÉ1ßAB', 16), ('((?:(?i:a))+)', 'bßÉK1', 8), ('(É)|\\1((?:\\W){1,3})', 'B', 2), ('(?:(?:\\A|K)+)+?', 'é\néÉs', 16), ('(?-i:b)', '', 256), ('(?P<n>(?:\\dKK|(?m:^))?)', 'KBÉKs11  ', 0), ('(?P<n>(?:[\\s\\d]){2})', 'ßs1é1AéB', 256), ('[\\s\\d]', '\nbas', 256), ('(?:[a-cé])*', 'BKéKA', 10), ('(?!a)', 'KBßb1éK', 0), ('K', 'B \néÉa1BKéa', 0), ('[ab]', 'ÉÉÉéÉ', 10), ('(?:((?:A|\\w)+))+', '\nA\nÉKK', 0), ('(?m:^)[ab][^a]|(b)\\b', 'aKAé1Kéas', 256), ('(?P<n>\\S\\Z)|\\bK', 'ß\nABKßbaKé\nb', 2), ('(?:^|(?m:$))??', 'K KKKés', 258), ('(?P<n>(?:(?:\\Z)++)?)', 'É', 8), ('(?:(?:(?P=n))+?){2,}?', 'KBK 1BBBÉKB', 256), ('é', '', 8), ('b', 'abBÉ b1bK', 2), ('([\\s\\d]s(?:^)+)|(?:(?:$){0,4}){2,}?', ' é1AsAKKs É', 258), ('(?P<n>(?:([^\\w]|K)){2})', 'KK\nK\n ', 258), ('(?:(?:[a-cé]){2,}?(?:.)??[^\\w])+', 'bsß\nK', 10), ('(?:(?:(?:(?m:^)){1,3}|(?:\\b)++){1,3})*+', 's', 258), ('(?P=n)(?s:.)(?P=n)|K(?:(?:(?<!a))*?)+?[^a]', '', 256), ('(?:(?<!a)){2}', '1Ébs', 0), ('K', 'baKKA', 0), ('(?P<n>(\\S))', '1És1\nés', 8), ('(?:(x*+|(?m:$)(?:a)*+))??', 'éb\nÉKaÉsßa1b', 16), ('(?:\\w)?', 'éKAsBééÉ  ', 0), ('(?P<n>\\W(?:(?(1)a|b)){0,4})(?:\\W)??\\Z|\\S(?m:^)[a-cé]', 'ÉÉ\n \nésKÉ1', 0), ('és', '1éÉ1É1 1aKBa', 258), ('(?:(?m:$)[^\\w])++(?<=b)x*+', 'ÉÉaA', 10), ('(?:.)*', 'bs', 8), ('((?:(?(1)a|b)(?!a))++|(?:K){2}(?:(?<!a)){1,3})', 'É\nA s ', 16), ('[a-cé]', 'KßbsbKA', 0), ('(((?P<n>(?:a)+)))', 'ßß\nB K', 0), ('\\s(?:(?s:.))?', 'ß s1éÉKb', 8), ('(?s:.)', 'bs  K\nßKs\né', 0), ('x*+', 'A', 256), ('(\\d)', 'a\nKßbb', 2), ('ß', 'é1bséÉ', 2), ('((?:ax*+(\\b))++)', 'KÉa sBs K\n', 0), ('[\\s\\d]|(?:((?<!a)))+', 'ÉBsK', 10), ('(?<=b)|(?:(?:b)*?)++|(K)', 'B\n', 10), ('(?-i:b)ß(?P<n>(?P=n))\\B|[\\s\\d]|(a)', 'KsB1', 10), ('(?>ab|a)A|(?:(?s:.))*+(b)', 'Bé', 16), ('(?<=b)', 'bKéAsÉ', 2), ('(?P=n)', 'aK1aß', 256), ('(?:(?:(?i:a)){2,}?){2}', 'KßK1é1', 8), ('(?:(?<=b)(?<=b)[^\\w][^a])++(?P<n>(?:[a-cé]É)++)', 'b\nB', 10), ('(?:\\b(É)|(?:(?-i:b))++)*', 'éK1ABKßé', 10), ('É', 'É', 258), ('(?<!a)', '\na Bß asA', 0), ('(?(1)a|b)|[a-cé][^\\w](?:\\s){0,4}é(?i:a)', 'aAKßÉBÉ', 256), ('é', 'b ßs éßAsß', 258), ('\\S(?:(?P<n>\\W))+', 'BÉK 1 s1KÉb', 10), ('(?:(K))?|(?<=b)A', '', 10), ('\\d|[ab](?P<n>.)|(?:((?(1)a|b)))*|(?:É){1,3}(\\Z)|(?:(?<=b)){,2}', 'ÉAK11AbKéBK', 16), ('\\b|(?<!a)', 'KK\n', 8), ('(?>ab|a)', 'aK\nAsAKaK\n1', 16), ('(?P<n>(?:\\W)*)|(?:é)*?|[^\\w](?<=b)|(?:(?!a)|\\B){0,4}', 'A\nß', 256), ('(?:A(?>ab|a)(?:(?<=b))?(?P<n>\\b)){0,4}', 'ÉAbéÉ ', 16), ('A((?P<n>(?:\\B){2,}?))', 'É', 258), ('\\A', 'B', 8), ('(?:\\w){2,}?([\\s\\d])(?:\\W){2,}?|\\sé', 'ésB', 2), ('(?:\\s){0,4}', 'BK\n1 \n', 16), ('((?=a))(?s:.)', 'baß s ', 10), ('\\W', ' ÉéKKßB bsa', 2), ('(?P<n>(?:(?:(?:[^\\w])+)++)?)', '\nbés 1', 10), ('(((?!a)A)(?m:$))', '\nÉßAÉß', 10), ('^', 'éAB Éß\néAé', 10), ('(?:(?-i:b))*?', 'KBAaa', 256), ('((?:É)++|(?:ß|(?-i:b))*?)', '1K ', 0), ('(?:(?s:.)(?:\\w\\d)+?)+', '1AsKßBÉ', 0), ('(?P<n>(?:(?(1)a|b)){0,4})', 'ßÉ ß', 0), ('(?:(?m:^)(?s:.))+', 'K \nßs b', 0), ('[^\\w]', 'K  KA', 256), ('((?:\\s)??)(?:(?<!a))*+', 'Kéb b\n', 16), ('(?:(?:(?-i:b)|b)*+)*\\d', 'B KB', 2), ('(?:\\1){2}|(\\1|[\\s\\d])K', '', 8), ('(?:(((?:x*+)?)))*?', '\n1K sé sßKÉ', 16), ('\\b', 'sßAÉß', 2), ('(?:(?:(?:\\Z){,2}x*+)++)+', '\nas éÉ', 256), ('(?:\\B){2}', 'ßKsAs', 258), ('(?:(?:(?:(?P<n>[ab]))*+){2,}?){2,}?', 'AABéKK BKAa\n', 10), ('((?:[ab])?)', ' KKééK', 2), ('ß', '', 2), ('(?<!a)', 'bésaÉ\nAsb \n1', 258), ('(?:x*+)+?', '1AKéKß', 2), ('(?:(?:\\B){,2}(?:[^\\w]){2})?|(?:(?m:^)|\\S)+?', '\n', 2), ('éa', ' KbaAs\nA1Bé\n', 0), ('(?:x*+|([ab])){2}[^a]', '1\nK', 258), ('(?:b)*', 'Éb', 256), ('(?i:a)', '', 258), ('\\A|\\s', 's', 0), ('(?:(?:(?:K\\Z){1,3}){0,4})+?', 'ßé Kaa', 10), ('[^\\w]', 'ßsÉK 1', 8), ('([^\\w]\\s|\\ss)', ' KBAsbAA', 8), ('(?!a)K(?:\\W)*?|K[^\\w](?:\\W)*?(?:[^\\w])+', '1s', 10), ('(?:(?P<n>((?:x*+)*)))?', '\nßKéÉ', 10), ('(?:(?:(?P<n>(?s:.)(?s:.)))++)+', 'ÉKaÉaÉK\n\n', 8), ('(?:\\B|[^\\w])?|\\Z|(?:s){2}', '\nbBAK1Ab1bÉ ', 8), ('A', 's É1s\nBÉaéB', 16), ('\\b', 'b', 10), ('(?:(?=a))*?(?:(?:(?:\\W)?)+){0,4}', 's', 0), ('(?:(?:(x*+)K\\s)+)*?', 'KsßBÉKéé', 0), ('(?:((?>ab|a))\\s)++', '1A', 2), ('(ß(?i:a))', 'Ks BabßBß', 256), ('[ab](?m:$)s(?:(?m:$))??|(?(1)a|b)ß', 'bKK\n', 2), ('(?:(?m:$)){2}', 'B\nKbsés K', 16), ('(a)', 'KBaésAK éé', 8), ('(?:\\s|(?-i:b)|b){0,4}(?P<n>(b.))', 'bsA\nÉs\n', 256), ('(\\S)', '', 258), ('(?:é|\\A)*+((?:(?=a)|.)*?)', 'ébß1baAK', 256), ('((?P<n>\\Z))', 'bé\nAassabséÉ', 10), ('K|(?P=n)|K\\b(?m:$)|(?(1)a|b)\\1', '\n', 2), ('(?:(?:(?P=n)){,2})+', 'AéKKßbéa', 2), ('ß', 'ßßéA ÉKaéb\n', 8)]
for p, s, f in cases:
    try:
        c = re.compile(p, f)
    except Exception as e:
        print(ascii(p), 'ERR', type(e).__name__, e)
        continue
    m = c.search(s)
    print(ascii(p), m and m.span(), m and m.groups(), ascii(c.findall(s)), ascii(c.sub('<\\g<0>>', s)), ascii(c.split(s)))
# ---
# re.Scanner (undocumented, but in CPython) and alternations of single characters.
import re
def s_ident(scanner, token): return ('IDENT', token)
def s_number(scanner, token): return ('NUMBER', float(token))
def s_op(scanner, token): return ('OP', token)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+(\.\d+)?", s_number),
    (r"=|\+|-|\*|/", s_op),
    (r"\s+", None),
])
print(scanner.scan("sum = x + 3.5 * 42 $ rest"))
print(re.Scanner([(r'a', 'A'), (r'b', lambda s, t: t.upper() * 2)]).scan('abba!'))
print(re.match(r'(?:a|b)*c', 'ab' * 50000 + 'c').end(), re.findall(r'x|y|[z0-9]', 'axy3z'))
print(re.match(r'(?i)(?:k|s)+', 'K\u212a\u017fS').group(), re.match(r'(a|b)*', 'abab').groups(), re.match(r'(?:a|b)?c', 'bc'))
# ---
# pos beyond endpos: match still tries at pos (as CPython does); searches find nothing.
import re
p = re.compile(r'(?!a)')
print(p.match('abc', 2, 1), p.search('abc', 2, 1), p.fullmatch('abc', 2, 1), p.findall('abc', 2, 1), list(p.finditer('abc', 2, 1)))
q = re.compile(r'\b')
print(q.match('ab cd', 2, 1), q.match('ab cd', 3, 1), re.compile(r'(?<=b)').match('ab cd', 2, 1), re.compile(r'(?m)^').match('a\nb', 2, 1))
print(re.compile('$').match('ab', 2, 1), re.compile(r'\Z').match('ab', 2, 1), re.compile(r'(?=b)').match('ab', 1, 0), re.compile(r'').match('ab', 2, 1).span())
print(re.compile(r'x*').match('ab', 2, 1), re.compile(r'(?:x)*').match('ab', 2, 1), re.compile(r'x*').search('ab', 2, 2), re.compile('(?m)$').match('a\nb', 1, 0))
print(re.match(r'(?:(((?(2)a)))(?:b)+){,2}', 'bbabbaba').regs)
# ---
# Argument handling of Pattern and Match methods.
import re
p = re.compile('(a)')
m = p.match('a')
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: p.match())
show(lambda: p.match('a', 0, 1, 2))
show(lambda: p.match('a', foo=1))
show(lambda: p.search(string='a', pos=0))
show(lambda: p.sub('x'))
show(lambda: p.sub('x', 'a', count=1))
show(lambda: p.split('a', maxsplit=1))
show(lambda: p.findall('a', endpos=1))
show(lambda: m.start(group=1))
show(lambda: m.span(1, 2))
show(lambda: m.groups(1, 2))
show(lambda: m.groupdict(default=1))
show(lambda: m.expand())
show(lambda: m.group(0, 'x'))
show(lambda: re.match())
show(lambda: re.sub('a', 'b'))
show(lambda: p.match('a', 'b'))
show(lambda: p.match('a', 2**70))
show(lambda: p.sub('x', 'a', 'z'))
# ---
# Examples in the style of the Regular Expression HOWTO and the re docs.
import re
p = re.compile('[a-z]+')
print(p.match(""), p.match('tempo'), p.search('::: message'))
m = p.match('tempo'); print(m.group(), m.start(), m.end(), m.span())
p = re.compile(r'\d+'); print(p.findall('12 drummers drumming, 11 pipers piping, 10 lords a-leaping'))
print([m.span() for m in p.finditer('12 drummers drumming, 11 ... 10 ...')])
print(re.match(r'From\s+', 'Fromage amk'), re.match(r'From\s+', 'From amk Thu May 14 19:12:10 1998'))
charref = re.compile(r"""
 &[#]                # Start of a numeric entity reference
 (
     0[0-7]+         # Octal form
   | [0-9]+          # Decimal form
   | x[0-9a-fA-F]+   # Hexadecimal form
 )
 ;                   # Trailing semicolon
""", re.VERBOSE)
print(charref.findall('&#x41; &#65; &#0101;'))
print(re.search(r'\bclass\b', 'no class at all'), re.search(r'\bclass\b', 'the declassified algorithm'), re.search('\bclass\b', 'no class at all'))
p = re.compile('(a(b)c)d'); m = p.match('abcd'); print(m.group(0), m.group(1), m.group(2), m.group(2, 1, 2), m.groups())
p = re.compile(r'\b(\w+)\s+\1\b'); print(p.search('Paris in the the spring').group())
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'); print(m.groupdict())
InternalDate = re.compile(r'INTERNALDATE "'
        r'(?P<day>[ 123][0-9])-(?P<mon>[A-Z][a-z][a-z])-'
        r'(?P<year>[0-9][0-9][0-9][0-9])'
        r' (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])'
        r' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])'
        r'"')
print(InternalDate.match('INTERNALDATE " 1-Jan-2023 12:34:56 +0100"').groupdict())
print(re.match(r'.*[.](?!bat$|exe$)[^.]*$', 'sendmail.cf'), re.match(r'.*[.](?!bat$|exe$)[^.]*$', 'autoexec.bat'))
p = re.compile(r'\W+'); print(p.split('This is a test, short and sweet, of split().'), p.split('This is a test, short and sweet, of split().', 3))
p2 = re.compile(r'(\W+)'); print(p2.split('This... is a test.'))
print(re.split(r'[\W]+', 'Words, words, words.'), re.split(r'([\W]+)', 'Words, words, words.'), re.split(r'[\W]+', 'Words, words, words.', 1))
p = re.compile('(blue|white|red)'); print(p.sub('colour', 'blue socks and red shoes'), p.sub('colour', 'blue socks and red shoes', count=1), p.subn('colour', 'no colours at all'))
p = re.compile('x*'); print(p.sub('-', 'abxd'))
p = re.compile(r'section{ ( [^}]* ) }', re.VERBOSE); print(p.sub(r'subsection{\1}', 'section{First} section{second}'))
p = re.compile('section{ (?P<name> [^}]* ) }', re.VERBOSE); print(p.sub(r'subsection{\1}', 'section{First}'), p.sub(r'subsection{\g<1>}', 'section{First}'), p.sub(r'subsection{\g<name>}', 'section{First}'))
def hexrepl(match):
    value = int(match.group())
    return hex(value)
p = re.compile(r'\d+'); print(p.sub(hexrepl, 'Call 65490 for printing, 49152 for user code.'))
print(re.sub('(?i)b+', 'x', 'bbbb BBBB'))
s = '<html><head><title>Title</title>'; print(len(s), re.match('<.*>', s).span(), re.match('<.*>', s).group(), re.match('<.*?>', s).group())
print(re.findall(r'(?=(\w\w))', 'abcd'))
def dashrepl(matchobj):
    if matchobj.group(0) == '-': return ' '
    else: return '-'
print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'), re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text), ["%02d-%02d: %s" % (m.start(), m.end(), m.group(0)) for m in re.finditer(r"\w+ly\b", text)])
print(re.match(r"(\d+)\.(\d+)", "24.1632").groups(), re.match(r"(\d+)\.?(\d+)?", "24").groups(), re.match(r"(\d+)\.?(\d+)?", "24").groups('0'))
valid = re.compile(r"^[a2-9tjqk]{5}$"); print(valid.match("akt5q"), valid.match("akt5e"), valid.match("akt"), valid.match("727ak"))
pair = re.compile(r".*(.).*\1"); print(pair.match("717ak").group(1), pair.match("718ak"), pair.match("354aa").group(1))
print(re.match("c", "abcdef"), re.search("c", "abcdef"), re.search("^c", "abcdef"), re.search("^a", "abcdef"), re.search('^X', 'A\nB\nX', re.MULTILINE))
