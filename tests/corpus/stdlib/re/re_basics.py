# re: match/search/fullmatch, groups, spans, named groups, lastindex/lastgroup, Match.__getitem__, regs.
import re
p = re.compile(r'(?P<word>\w+)\s+(\d+)?')
for s in ['hello 42 x', 'abc  ', '  x', '']:
    m = p.search(s)
    print(repr(s), m)
    if m:
        print(' ', m.group(), m.group(1, 2), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
        print(' ', m.span(), m.span(2), m.start('word'), m.end(1), m.lastindex, m.lastgroup, m.regs)
        print(' ', m[0], m['word'], m[2], m.pos, m.endpos, m.re is p, m.string)
print(p.match('  x'), p.fullmatch('ab 12'), p.fullmatch('ab 12 '))
print(p.groups, p.groupindex, p.pattern, p.flags)
m = re.match(r'(a)(b)?', 'ac')
for g in (0, 1, 2):
    print(g, m.group(g), m.start(g), m.end(g), m.span(g))
for bad in (3, -1, 'nope', 1.5, None):
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.start(5)
except Exception as e:
    print(type(e).__name__, e)
print(re.search('x', 'axbx', 2), re.compile('x').search('axbx', 2, 3), re.compile('x').match('axbx', 1))
print(re.compile('^x').search('ax', 1), re.compile('x$').search('xa', 0, 1), re.compile(r'\bx').search('ax', 1))
print(re.compile('a').search('aaa', -5, 100), re.compile('a').search('aaa', 5))
print(bool(re.match('', '')), re.match('a|', 'b'))
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?P<n>a)|(?P<m>b)', 'b').lastgroup)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
