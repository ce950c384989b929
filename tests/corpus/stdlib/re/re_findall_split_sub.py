# re: findall (0, 1, n groups), finditer, split (groups, maxsplit, empty matches), sub/subn with templates,
# callables, counts, group references in templates and their errors.
import re
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)\d', 'a1 b2'))
print(re.findall(r'a*', 'baaac'), re.findall('', 'abc'), re.findall(r'(a)|b', 'ab'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')], [m.group() for m in re.finditer('x*', 'axxb')])
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.split('(a)|b', 'xaybz'), re.split('[,;]', 'a,b;c', maxsplit=1), re.split('z', ''))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, big day'))
print(re.sub(r'(?P<a>\w)', r'[\g<a>\g<0>\g<1>]', 'ab'), re.sub('a', r'\n\t\\', 'xa'))
print(re.sub('x*', '-', 'abxd'), re.subn('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaa', 0))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b5c9'), re.sub('a', lambda m: None if False else '', 'banana'))
print(re.sub('(b)?a', r'[\1]', 'ba a'), re.sub(b'a', b'\\\\x', b'cat'))
for repl in (r'\3', r'\g<x>', r'\g<1a>', '\\', r'\g<-1>'):
    try:
        print(re.sub('(a)', repl, 'a'))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except Exception as e:
    print(type(e).__name__, e)
p = re.compile(r'(\d+)')
print(p.sub(r'<\1>', 'a12b3'), p.subn(r'<\g<1>>', 'a12b3'), p.split('a12b3c'), p.findall('a12b3', 2))
m = p.search('ab123')
print(m.expand(r'[\1] \g<0>'), m.expand(b'x' if False else 'y'))
