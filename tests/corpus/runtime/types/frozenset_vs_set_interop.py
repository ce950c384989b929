# set/frozenset interoperation: result types of operators depend on the left operand; equality, hashing of frozenset results, copy semantics.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s, f = {1, 2}, frozenset({2, 3})
for op in ['|', '&', '-', '^']:
    print(op, type(eval('s ' + op + ' f')).__name__, type(eval('f ' + op + ' s')).__name__, sorted(eval('s ' + op + ' f')))
print(s == frozenset(s), hash(frozenset(s)) == hash(frozenset([2, 1])), frozenset(s) in {frozenset({1, 2})}, {frozenset(): 'empty'}[frozenset()])
print(type(f.copy()).__name__, f.copy() is f, type(s.copy()).__name__, type(frozenset.union(f, s)).__name__)
class FS(frozenset):
    pass
x = FS([1])
print(type(x | {2}).__name__, type(x.copy()).__name__, x.copy() is x, type(FS(x)).__name__)
