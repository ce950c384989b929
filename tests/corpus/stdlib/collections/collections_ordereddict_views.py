# collections.OrderedDict: the C implementation's view types and reprs, and its equality/size details.
from collections import OrderedDict
import sys
od = OrderedDict([(2, 'y'), (0, 'z'), (5, 'w')])
print(repr(od.keys()), repr(od.values()), repr(od.items()))
print(type(od.keys()).__name__, type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__)
print(OrderedDict.__module__, OrderedDict.__init__.__qualname__, type(OrderedDict.__dict__['move_to_end']).__name__)
try: OrderedDict(1, 2)
except TypeError as e: print(type(e).__name__, e)
it = iter(od); od[9] = 'q'
try: next(it)
except RuntimeError as e: print(type(e).__name__, e)
