# errors inside __str__/__repr__ of exceptions, inside __del__-free cleanup paths and inside except clauses do not crash the interpreter.
class BadStr(Exception):
    def __str__(self):
        raise ValueError('str broken')
try:
    raise BadStr()
except BadStr as e:
    try:
        str(e)
    except ValueError as inner:
        print('str failed as expected:', inner)
class BadRepr:
    def __repr__(self):
        raise TypeError('repr broken')
try:
    print([BadRepr()])
except TypeError as e:
    print('list repr propagated', e)
class BadHash:
    def __hash__(self):
        raise RuntimeError('hash broken')
try:
    {BadHash(): 1}
except RuntimeError as e:
    print('dict insert propagated', e)
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError('eq broken')
d = {BadEq(): 1}
try:
    d[BadEq()]
except RuntimeError as e:
    print('dict lookup propagated', e)
class BadLen:
    def __len__(self):
        raise OverflowError('len broken')
try:
    list(BadLen()) if False else len(BadLen())
except OverflowError as e:
    print('len propagated', e)
print('done')
