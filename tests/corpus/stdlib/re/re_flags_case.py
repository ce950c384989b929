# re: flags (IGNORECASE with Unicode, ASCII and LOCALE on bytes, MULTILINE, DOTALL, VERBOSE), inline flags,
# character classes, pattern repr with flags.
import re
print(re.findall('(?i)straße', 'STRASSE Straße STRAẞE'), re.findall('(?i)[k]', 'Kk\u212a'))
print(re.findall('(?i)[a-z]+', 'HeLLo \u212a ſ'), re.findall('(?ai)[a-z]+', 'HeLLo \u212a ſ'))
print(re.match('(?i)(a)\\1', 'aA'), re.match(r'(?i)\u0130', 'i'), re.match('(?i)i', '\u0130'))
print(re.findall(rb'(?i)ab[c-e]', b'ABD aBe abf'), re.findall(rb'(?L)\w+', b'h\xe9llo w'))
print(re.findall(r'\w+', 'h\xe9llo w\xf6rld \u0663\u0664'), re.findall(r'(?a)\w+', 'h\xe9llo'))
print(re.findall(r'\d', '1\u0663x'), re.findall(r'(?a)\d', '1\u0663x'), re.findall(r'\s', 'a b\x1c\x85\u2028c'))
print(re.findall('^a', 'a\na', re.M), re.findall('a$', 'a\na\n', re.M), re.findall('a$', 'a\na\n'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall(r'\Aa|b\Z', 'ab\n'))
v = re.compile(r'''
    (\d+)   # number
    \s* ,   # comma
''', re.X)
print(v.findall('1 ,2, 3'), v.flags & re.X != 0)
for f in (0, re.I, re.I | re.M, re.A, re.S | re.X, re.DEBUG & 0, re.U):
    print(re.compile('x', f))
print(re.compile(b'x'), re.compile(b'x', re.I | re.L), re.compile('a' * 300))
print(re.compile('(?s)a.c').match('a\nc'), re.compile('(?i:A)b').findall('ab Ab aB'))
print(re.compile('[^\\W\\d]+').findall('ab1 c_2'), re.compile('[\\s\\S]').findall('a '))
print(re.compile('[\u0100-\uffff]+').findall('abc\u0101\u4e00z'), re.compile('[\U0001f600-\U0001f64f]+').findall('x\U0001f601\U0001f602y'))
for bad in ('(', '[a', 'a**', '(?P<1>a)', '\\', '(?<=a+)b', 'x{2,1}'):
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, e.pos)
