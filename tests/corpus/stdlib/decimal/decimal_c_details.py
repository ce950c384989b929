# decimal: what the C implementation (_decimal) shows that the pure-Python one does differently: flag values,
# the Context repr's order of signals, and the exception classes' MROs.
import decimal
from decimal import Decimal as D, Context, DivisionByZero, InvalidOperation
c = Context(prec=3, traps=[])
c.divide(D(1), D(0)); c.sqrt(D(-1)); c.add(D('1.23'), D('4.567'))
print(c.flags[DivisionByZero], c.flags[InvalidOperation], c)
print(decimal.getcontext())
print([k.__name__ for k in decimal.DivisionByZero.__mro__], [k.__name__ for k in decimal.FloatOperation.__mro__])
print(type(D.__dict__['sqrt']).__name__, decimal.HAVE_CONTEXTVAR, decimal.MAX_PREC)
