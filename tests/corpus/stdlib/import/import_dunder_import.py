# __import__ and importlib.import_module: return values, fromlist, level, overriding builtins.__import__.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

import builtins
m = __import__('imptest_pkg.sub.deep')
print(m.__name__)
m = __import__('imptest_pkg.sub.deep', fromlist=['DEEP'])
print(m.__name__)
m = __import__('imptest_pkg', fromlist=['mod_b', 'sub'])
print(m.__name__, m.mod_b.__name__)
m = __import__('imptest_pkg', globals(), locals(), ['*'], 0)
print(m.__name__)
m = __import__('mod_b', {'__package__': 'imptest_pkg'}, None, [], 1)
print(m.__name__)
m = __import__('', {'__package__': 'imptest_pkg.sub'}, None, ['deep'], 1)
print(m.__name__)
m = __import__('sub.deep', {'__package__': 'imptest_pkg'}, None, [], 1)
print(m.__name__)
m = __import__('sub', {'__name__': 'imptest_pkg.mod_a'}, None, [], 1)
print(m.__name__)
print(__import__('sys') is sys, __import__('builtins') is builtins)
print(__import__.__name__, __import__.__module__, type(__import__).__name__)
seen = []
original = builtins.__import__
def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing
import imptest_pkg.mod_b
from imptest_pkg import sub
from imptest_pkg.sub import deep
builtins.__import__ = original
print(seen)
from imptest_star import *
print(public, also, 'other' in dir(), '_private' in dir())
from imptest_star_noall import *
print('_private' in dir())
