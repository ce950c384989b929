# range(): one, two and three argument forms, negative steps, empty ranges, argument type errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('forms', lambda: (list(range(4)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0, 10, 4)), list(range(-2)), list(range(3, 3))))
t('float', lambda: range(0.5))
t('float stop', lambda: range(0, 2.5))
t('none', lambda: range(None))
t('step zero', lambda: range(0, 5, 0))
t('three args strs', lambda: range('a', 'b', 'c'))
t('too many', lambda: range(1, 2, 3, 4))
t('kwargs', lambda: range(start=1))
t('bool', lambda: list(range(True, 4, True)))
t('repr', lambda: [repr(r) for r in (range(0), range(1, 2), range(1, 2, 3), range(-1, -5, -1))])
