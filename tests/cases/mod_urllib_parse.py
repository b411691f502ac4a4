# urlparse / urlsplit and the result attributes
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit
u = urlparse('https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(tuple(u), u[1], len(u), isinstance(u, tuple))
s = urlsplit('http://[::1]:80/x?y#z')
print(s, s.hostname, s.port)
print(urlsplit('//host/path'), urlsplit('path/only?x=1'), urlsplit('mailto:a@b.c'))
print(urlparse('HTTP://x.org'), urlparse('x.org/a', scheme='http'))
print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlsplit('  http://h/p\t\n'))
print(urlunparse(('http', 'h', '/p', 'a', 'q', 'f')), urlunsplit(('https', 'h:1', 'p', '', '')))
print(urlunsplit(('file', '', '/etc/hosts', '', '')), urlunsplit(('', '', 'rel', 'q', '')))
print(u._replace(scheme='ftp').geturl(), u._asdict()['netloc'])
for bad in ['http://[::1/x', 'http://h:99999/', 'http://h:xx/']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', e)
print(urlparse(b'http://h/p?q'))
print(urlsplit('http://h').port, urlsplit('http://@h').username, urlsplit('http://u@h').password)
# ---
# urljoin
from urllib.parse import urljoin
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g',
            'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://example.com/docs/', 'page.html'), urljoin('http://example.com', 'a/b'))
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('mailto:a@b', 'c'))
# ---
# quote / unquote / quote_plus / unquote_plus
from urllib.parse import quote, unquote, quote_plus, unquote_plus, quote_from_bytes, unquote_to_bytes
print(quote('a b/c?d=é&f~_.-'), quote('a b/c', safe=''), quote('/x y', safe='/ '))
print(quote(b'\x00\xff ab'), quote(''), quote('ü', encoding='latin-1'))
print(quote_plus('a b+c/d&e'), quote_plus('a b', safe='+'), quote_plus(b'x y'))
print(unquote('a%20b%2Fc%C3%A9'), unquote('%zz%4'), unquote('100%'), unquote('%E9', encoding='latin-1'))
print(unquote('%E9x'), unquote(b'a%20b'), unquote('no escapes'))
print(unquote_plus('a+b%2Bc'), quote_from_bytes(b'a b'), unquote_to_bytes('a%20b%zz'))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError', e)
# ---
# urlencode, parse_qs, parse_qsl
from urllib.parse import urlencode, parse_qs, parse_qsl
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'k': ['a', 'b']}, doseq=True), urlencode({'k': ['a', 'b']}))
print(urlencode({'k': 'a/b'}, safe='/'), urlencode({b'k': b'v w'}), urlencode({'t': (1, 2)}, doseq=True))
from urllib.parse import quote
print(urlencode({'a': 'b c'}, quote_via=quote))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=&d', keep_blank_values=True))
print(parse_qsl('x=a+b%20c&y=%E9&z'), parse_qsl('a=1;b=2', separator=';'))
try:
    parse_qsl('a&b', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
try:
    parse_qsl('a=1&b=2', max_num_fields=1)
except ValueError as e:
    print('ValueError', e)
print(parse_qs(b'a=1&a=2'))
# ---
# urldefrag and misc
from urllib.parse import urldefrag, unwrap
d = urldefrag('http://h/p?q#frag')
print(d, d.url, d.fragment, d.geturl())
print(urldefrag('http://h/p'), unwrap('<URL:http://x/>'))
