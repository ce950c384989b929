# bool in int contexts: indexing, arithmetic results type, dict keys equal to 0/1, sum and sorted with bools.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print([True * 3, False + 0.5, True ** 10, True << 4, -False, abs(True), divmod(True, True)])
print(type(True + False).__name__, type(True & True).__name__, type(True | 0).__name__, type(~False).__name__)
d = {0: 'zero', 1: 'one'}
print(d[False], d[True], {True: 'x', 1: 'y'}, {False, 0, 0.0})
print(sorted([True, False, 2, -1, 0.5]), sum([True] * 10), max(False, 0), min(0, False), 'abc'[True:])
print(True == 1.0, isinstance(False, int), int.__add__(True, True), bool.__and__(True, 1), bool.__or__(False, False))
t('bool xor int', lambda: (True ^ 2, type(True ^ 2).__name__, True ^ True))
t('str', lambda: (str(True + 0), repr(True), '%r' % True, '%d' % True, format(False, '^7')))
