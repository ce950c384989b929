# urllib.parse: urlparse/urlsplit/urlunparse, urljoin (RFC 3986 examples), quoting/unquoting (safe, plus, bytes, errors), urlencode (doseq), parse_qs/parse_qsl (options, errors), defrag, results' attributes.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag, quote_from_bytes, unquote_to_bytes, ParseResult)
u = urlparse('https://user:pw@Example.COM:8443/a/b;p=1?q=1&r=2#frag')
print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment, u.geturl())
print(urlsplit('//host/path'), urlsplit('mailto:a@b.c'), urlsplit('/rel?x'), urlsplit('http://[::1]:80/').hostname, urlsplit('http://h:0/').port, urlparse(b'http://b/x').hostname)
print(urlunparse(('http', 'h', '/p', 'pa', 'q=1', 'f')), urlunsplit(('', '', 'p', '', '')), u._replace(fragment='').geturl(), isinstance(u, ParseResult), u.encode() if False else '')
for bad in [lambda: urlsplit('http://h:99999/').port, lambda: urlsplit('http://h:x/').port, lambda: urlsplit('http://[::1/'), lambda: urlparse('http://a', 'http', 5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', 'g.', '..g', 'g;x=1/../y', 'http:g']:
    print(repr(ref), urljoin(base, ref))
print(quote('a b&c/é'), quote('a b/c', safe=''), quote_plus('a b+c'), quote(b'\xff'), quote('~-._'), unquote('a%20b%2Fc%E9'), unquote('%E2%82%AC'), unquote_plus('a+b%2B'), unquote('%zz'), unquote('%C3', errors='strict') if False else unquote('%C3'))
print(quote_from_bytes(b'\x00 '), unquote_to_bytes('%00a%ff'), quote('é', encoding='latin-1'), unquote('%e9', encoding='latin-1'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'l': [1, 2]}, doseq=True), urlencode({'l': [1, 2]}), urlencode({'s': 'a/b'}, safe='/', quote_via=quote))
print(parse_qs('a=1&a=2&b=&c=3'), parse_qs('a=1&b=', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'), parse_qsl('a=%20b+c'), parse_qs(''), parse_qsl('k=v&&z=w'))
for bad in [lambda: parse_qsl('a', strict_parsing=True), lambda: parse_qs('a=1&b=2', max_num_fields=1), lambda: parse_qsl('a=1', separator=''), lambda: urlencode('notmapping'), lambda: quote(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urlparse('http://a/b#c').fragment, urlparse('http://a/b#c', allow_fragments=False).path)
