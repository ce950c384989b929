# sys's struct sequences and descriptions: flags, hash_info, float_info, int_info, version_info, set_int_max_str_digits, displayhook, getrefcount, intern, limits.
import sys
print(sys.hash_info)
print(sys.float_info)
print(sys.int_info)
print(sys.version_info, sys.version_info.__reduce__())
for t in (sys.flags, sys.version_info, sys.float_info, sys.int_info, sys.hash_info):
    try: print(type(t)(tuple([1]*len(t)) if False else tuple(1 for _ in t)))
    except TypeError as e: print('TE', e)
print(sys.float_info.n_fields if hasattr(sys.float_info,'n_fields') else '', type(sys.float_info).n_fields, type(sys.float_info).n_sequence_fields, type(sys.float_info).n_unnamed_fields)
print(type(sys.float_info).__match_args__)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
try: sys.set_int_max_str_digits()
except TypeError as e: print(e)
sys.set_int_max_str_digits(maxdigits=1000); print(sys.get_int_max_str_digits())
except TypeError as e: print(e)
class A: pass
try: sys.excepthook(1)
except TypeError as e: print(e)
except TypeError as e: print(e)
sys.displayhook(5); print(_)
sys.displayhook(None)
print(sys.getrefcount(A()), sys.getrefcount([]))
x = [1]
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.maxunicode, sys.maxsize, sys.byteorder, sys.platform, sys.api_version, sys.hexversion)
print(type(sys.path_hooks), type(sys.path_importer_cache))
v = sys.version_info
print(v[0], v >= (3, 11), v.major, v.releaselevel)
try: v.major = 4
except AttributeError as e: print(e)
print(sys.intern('abc'))
try: sys.intern(1)
except TypeError as e: print(e)
try: sys.setrecursionlimit(0)
except ValueError as e: print(e)
try: sys._getframe(100)
except ValueError as e: print(e)

print(sys.exc_info(), sys.exception())
try: raise KeyError(1)
except KeyError: print(sys.exc_info()[0], sys.exception())
print(sys.thread_info if hasattr(sys,'thread_info') else '')
print(repr(sys.copyright[:20]), sys.dont_write_bytecode, sys.orig_argv[:0], sys.pycache_prefix)
