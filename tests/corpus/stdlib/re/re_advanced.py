# re: lookarounds, conditionals, backreferences, lazy/possessive quantifiers, atomic groups (3.11),
# scanner objects, copy/pickle/equality/hash of patterns, bytes-likes, type errors.
import re, copy, pickle
print(re.findall(r'(?<=ab)c', 'abc xbc'), re.findall(r'(?<!ab)c', 'abc xbc'), re.findall(r'\w(?=\d)', 'a1b2c'))
print(re.findall(r'\w(?!\d)', 'a1bc'), re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?P<x>a)?(?(x)b|c)', 'ab'), re.match(r'(?P<x>a)?(?(x)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'b'))
print(re.search(r'(\w+)\s+\1', 'hello hello world'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"ab"c"'))
print(re.match('a+?', 'aaa'), re.match('a{2,4}?', 'aaaaa'), re.match('(a+)(a*)', 'aaaa').groups())
print(re.match('a++a', 'aaa'), re.match('(?>a+)b', 'aaab'), re.match('(?>a|ab)c', 'abc'), re.match('(?:ab)++c', 'ababc'))
print(re.match('x{2,3}+x', 'xxxx'), re.match('(a|b)?+c', 'bc'), re.match('a*+', 'aaab'))
print(re.match('(a*)*', 'b').groups(), re.match('(a*)+', 'b').groups(), re.match('(a|)*b', 'aab').groups())
print(re.match('(?:(a)|(b))*', 'abab').groups(), re.match('((a)|b)+', 'ab').groups())
sc = re.compile(r'\d').scanner('a1b22')
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.pattern)
sc = re.compile(r'\d').scanner('12a')
print(sc.match(), sc.match(), sc.match(), sc.match())
p = re.compile(r'(?P<a>x)y', re.I)
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p, p == re.compile(r'(?P<a>x)y', re.I))
print(p == re.compile(r'(?P<a>x)y'), p != re.compile('z'), hash(p) == hash(re.compile(r'(?P<a>x)y', re.I)))
m = p.match('XY')
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.Pattern[str], re.Match[bytes])
print(re.findall(rb'\d+', bytearray(b'a12b3')), re.findall(rb'\d+', memoryview(b'a12b3')), re.match(rb'a', bytearray(b'ab')))
for args in ((re.compile('a'), b'a'), (re.compile(b'a'), 'a'), (re.compile('a'), 5), (re.compile('a'), None)):
    try:
        args[0].match(args[1])
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile('a').match('a', 'x')
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a').match()
except Exception as e:
    print(type(e).__name__, e)
try:
    re.compile('a').match('a', pos=1, bogus=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    type(p)()
except Exception as e:
    print(type(e).__name__, e)
print(re.compile('a').match(string='ba', pos=1), re.compile('a').search('a', endpos=0))
print(repr(re.match('a' * 100, 'a' * 100)), re.compile('(a)(b)').match('ab').regs)
