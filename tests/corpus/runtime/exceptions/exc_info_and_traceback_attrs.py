# exception attributes during handling: __traceback__ frames and line numbers, with_traceback, tb_next chain.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain, type(e.__traceback__).__name__)
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__)
print(sys.exc_info())
e2 = KeyError('k')
print(e2.__traceback__)
try:
    raise e2
except KeyError:
    pass
print(e2.__traceback__ is not None, e2.__traceback__.tb_lineno)
e3 = ValueError('with tb')
print(e3.with_traceback(None) is e3, e3.__traceback__)
try:
    e3.__traceback__ = 5
except TypeError as err:
    print('TypeError', err)
def reraise_keeps_tb():
    try:
        inner()
    except ValueError as ex:
        raise ex
try:
    reraise_keeps_tb()
except ValueError as ex:
    names = []
    tb = ex.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
