# A cause chain ending uncaught; notes and carets under binary operators and subscripts.
def f(a, b):
    return a + b

def g(x):
    d = {}
    return d[x] * 2

def h():
    lst = [1, 2]
    y = lst[5]

try:
    f(1, 'x')
except TypeError as e:
    print('caught', e)

def chain():
    try:
        g('k')
    except KeyError as e:
        raise ValueError('bad') from e

def ctx():
    try:
        h()
    except IndexError:
        1 / 0

try:
    ctx()
except ZeroDivisionError as e:
    print(type(e.__context__))
e = ValueError('with note')
e.add_note('note 1')
e.add_note('multi\nline')
def top():
    chain()
top()
