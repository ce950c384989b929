# str: find, rfind, index, rindex, count, startswith, endswith with ranges and tuples.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'hello world, hello python'
for sub in ['hello', 'o', '', 'xyz', 'python', 'd,']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.find(sub, 3, 12), s.rfind(sub, 0, 10),
          s.count(sub, 5, -3), sub in s)
t('find neg', lambda: (s.find('o', -5), s.find('o', -100, -10), s.find('', 100), s.find('', len(s))))
t('count empty', lambda: ('abc'.count(''), ''.count(''), 'abc'.count('', 10)))
t('index', lambda: s.index('world'))
t('index missing', lambda: s.index('zzz'))
t('rindex missing', lambda: s.rindex('zzz'))
t('find none args', lambda: s.find('o', None, None))
t('find type', lambda: s.find(1))
t('startswith', lambda: [s.startswith('hello'), s.startswith('world', 6), s.startswith(('x', 'he')), s.startswith('o', 4, 5), s.startswith('')])
t('endswith', lambda: [s.endswith('python'), s.endswith(('a', 'on')), s.endswith('hello', 0, 5), s.endswith('', 100)])
t('startswith bad', lambda: s.startswith(['h']))
t('endswith bad tuple', lambda: s.endswith(('a', 1)))
t('in type', lambda: 1 in 'abc')
t('long count', lambda: ('ab' * 1000).count('ba'))
