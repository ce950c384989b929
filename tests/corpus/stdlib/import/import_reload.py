# importlib.reload, importlib.import_module, invalidate_caches, and module re-execution.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

import importlib
import importlib.util
import imptest_counter
print(imptest_counter.count)
again = importlib.reload(imptest_counter)
print(again is imptest_counter, imptest_counter.count)
m = importlib.import_module('imptest_pkg.sub')
print(m.__name__)
m = importlib.import_module('.mod_b', 'imptest_pkg')
print(m.__name__, m.B)
try:
    importlib.import_module('.mod_b')
except TypeError as e:
    print(type(e).__name__, e)
importlib.invalidate_caches()
try:
    importlib.reload('not a module')
except TypeError as e:
    print(type(e).__name__, e)
del sys.modules['imptest_counter']
try:
    importlib.reload(imptest_counter)
except ImportError as e:
    print(type(e).__name__, e, e.name)
import imptest_counter as fresh
print(fresh is imptest_counter, fresh.count)
print(importlib.util.find_spec('imptest_pkg').name, importlib.util.find_spec('imptest_nothing'))
print(importlib.util.resolve_name('.x', 'imptest_pkg'), importlib.util.MAGIC_NUMBER)
