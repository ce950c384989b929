# Import errors with CPython's messages and attributes.
import sys
sys.dont_write_bytecode = True
DATA = __file__.rpartition("/")[0] + "/data"
sys.path.insert(0, DATA)

try:
    import imptest_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg)
try:
    import imptest_no_such_module.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imptest_no_such_module import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import imptest_bad
except ValueError as e:
    print(type(e).__name__, e)
print('imptest_bad' in sys.modules)
try:
    import imptest_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename == DATA + '/imptest_syntax.py')
try:
    import imptest_circ_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(DATA, 'DATA'), e.name)
print(sorted(k for k in sys.modules if k.startswith('imptest_circ')))
import imptest_circ_c
print(imptest_circ_c.get(), imptest_circ_c.imptest_circ_d.imptest_circ_c is imptest_circ_c)
for bad in ['', '.', 'imptest_pkg..x']:
    try:
        __import__(bad)
    except (ValueError, ImportError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('x', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {}, level=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__name__': 'toplevel'}, level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 3}, level=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('x', 'not a dict', level=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.modules['imptest_none'] = None
try:
    import imptest_none
except ImportError as e:
    print(type(e).__name__, e, e.name)
