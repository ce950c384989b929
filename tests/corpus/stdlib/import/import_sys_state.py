# The import system's state in sys after start-up, as CPython sets it up.
import sys
print(sys.path[0] == __file__.rpartition('/')[0])
print(sys.path[1:4])
print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path[-3:]])
print(sys.meta_path[-1].__module__, sys.meta_path[-3].__module__)
print(sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix, sys.platlibdir, sys._stdlib_dir)
print(sys.pycache_prefix, sys.dont_write_bytecode, sys.flags.no_site, sys.flags.isolated, sys.flags.safe_path)
import __main__
print(__main__.__name__, type(__main__.__loader__).__name__, __main__.__spec__, __main__.__file__ == __file__, __main__.__cached__)
print(__loader__.name, __loader__.path == __file__, __annotations__)
import _frozen_importlib, _frozen_importlib_external, _imp
print(_frozen_importlib.__name__, _frozen_importlib.__spec__, hasattr(_frozen_importlib, '__file__'))
print(_frozen_importlib_external.__spec__, _frozen_importlib_external.__spec__.loader_state)
print(_imp.__spec__, _imp.is_builtin('sys'), _imp.is_builtin('_imp'), _imp.is_builtin('imptest_nothing'))
print(_imp.is_frozen('_frozen_importlib'), _imp.is_frozen('imptest_nothing'), _imp.find_frozen('imptest_nothing'))
print(_imp.find_frozen('_frozen_importlib'), _imp.find_frozen('os.path'), _imp.is_frozen_package('__phello__'))
print(type(_imp.extension_suffixes()).__name__, _imp.check_hash_based_pycs, _imp.lock_held())
_imp.acquire_lock(); _imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock(); _imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(type(e).__name__, e)
print(_imp.source_hash(key=12345, source=b'print(1)'), _imp.source_hash(key=0, source=b''))
print(_imp.get_frozen_object('_frozen_importlib').co_filename, _imp.get_frozen_object('os').co_filename)
print(sorted(n for n in dir(_imp) if not n.startswith('__')))
print(_frozen_importlib_external.MAGIC_NUMBER, _frozen_importlib_external.SOURCE_SUFFIXES, _frozen_importlib_external.BYTECODE_SUFFIXES)
print(list(sys.path_importer_cache)[:0], type(sys.path_importer_cache).__name__)
