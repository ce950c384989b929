# the except ... as name target is deleted after the handler; it shadows and then unbinds outer names; nested same names.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

e = 'outer value'
try:
    raise ValueError('inner')
except ValueError as e:
    print('in handler', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    x = 1
    try:
        raise KeyError
    except KeyError as x:
        pass
    return 'x' in locals()
print(f())
try:
    raise TypeError('a')
except TypeError as first:
    try:
        raise IndexError('b')
    except IndexError as second:
        print(repr(first), repr(second))
    print('first still bound:', repr(first))
