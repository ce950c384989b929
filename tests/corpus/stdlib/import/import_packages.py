# Packages, subpackages and relative imports: execution order, __name__/__package__/__spec__, attributes.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

import imptest_pkg
print(imptest_pkg.VALUE, imptest_pkg.__path__ == [DATA + '/imptest_pkg'], imptest_pkg.__file__ == DATA + '/imptest_pkg/__init__.py')
print(type(imptest_pkg.__spec__).__name__, imptest_pkg.__spec__.origin == imptest_pkg.__file__, imptest_pkg.__spec__.submodule_search_locations == imptest_pkg.__path__)
print(type(imptest_pkg.__loader__).__name__, imptest_pkg.__spec__.has_location, imptest_pkg.__spec__.cached is not None)
import imptest_pkg.mod_a
print(imptest_pkg.mod_a.A, imptest_pkg.mod_a.PKG_VALUE, imptest_pkg.mod_a.mod_b is imptest_pkg.mod_b)
print('mod_b' in dir(imptest_pkg), 'imptest_pkg.mod_b' in sys.modules)
from imptest_pkg.sub import deep
print(deep.DEEP, deep.__name__, deep.__package__, deep.__spec__.parent)
import imptest_pkg.sub.deep as d2
print(d2 is deep, sys.modules['imptest_pkg.sub.deep'] is deep)
from imptest_pkg import mod_b, sub
print(mod_b.B, sub.__name__, sub.deep is deep)
import imptest_pkg.mod_b, imptest_pkg.sub
print(imptest_pkg.sub is sub)
print(sorted(k for k in sys.modules if k.startswith('imptest')))
try:
    import imptest_pkg.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
try:
    from imptest_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(DATA, 'DATA'), e.name, e.path == DATA + '/imptest_pkg/__init__.py')
try:
    import imptest_pkg.missing_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import imptest_pkg.mod_b.not_a_package
except ImportError as e:
    print(type(e).__name__, e, e.name)
