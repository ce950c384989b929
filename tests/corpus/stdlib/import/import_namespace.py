# Namespace packages (directories without __init__.py).
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

import imptest_ns
print(type(imptest_ns.__path__).__name__, list(imptest_ns.__path__) == [DATA + '/imptest_ns'])
print(imptest_ns.__spec__.origin, imptest_ns.__spec__.loader is not None, getattr(imptest_ns, '__file__', 'no __file__'))
print(repr(imptest_ns.__path__).replace(DATA, 'DATA'))
print(repr(imptest_ns))
import imptest_ns.part.mod
print(imptest_ns.part.mod.X, imptest_ns.part.__name__, type(imptest_ns.part.__path__).__name__)
from imptest_ns2.part2 import Y
print(Y)
import imptest_ns2
print(type(imptest_ns2.__path__).__name__, imptest_ns2.__spec__.submodule_search_locations is imptest_ns2.__path__)
