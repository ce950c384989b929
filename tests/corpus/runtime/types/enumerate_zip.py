# enumerate and zip: start values, keyword args, strict zip errors, laziness, iterator exhaustion, lengths.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3)), list(enumerate('a', 2**70)))
e = enumerate('xyz')
print(next(e), iter(e) is e, list(e), type(e).__name__)
t('enumerate bad start', lambda: enumerate('a', 'b'))
t('enumerate non iter', lambda: enumerate(5))
t('enumerate kw', lambda: list(enumerate(iterable='ab')))
print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2], (True, False, None))), list(zip(range(3), range(10, 13))))
t('strict ok', lambda: list(zip('ab', 'cd', strict=True)))
t('strict short 2nd', lambda: list(zip('abc', 'de', strict=True)))
t('strict long 2nd', lambda: list(zip('ab', 'cde', strict=True)))
t('strict short 3rd', lambda: list(zip('ab', 'cd', 'e', strict=True)))
t('strict long 3rd', lambda: list(zip('ab', 'cd', 'efg', strict=True)))
t('zip non iter', lambda: zip(1))
t('zip bad kw', lambda: zip('a', bogus=True))
it = iter(range(10))
t('zip consumes', lambda: (list(zip(it, 'ab')), next(it)))
t('zip lazy', lambda: type(zip([1])).__name__)
calls = []
def gen(n):
    for i in range(n):
        calls.append(i)
        yield i
t('zip stops', lambda: (list(zip(gen(5), gen(2))), calls))
t('unzip', lambda: list(zip(*[(1, 'a'), (2, 'b')])))
