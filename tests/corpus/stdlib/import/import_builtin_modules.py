# Builtin modules import by name, once: a second import gives the same module object.
import sys
import builtins

print(builtins.len is len, builtins.__name__)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
import sys as again
print(again is sys, sys.modules['sys'] is sys, sys.modules['builtins'] is builtins)
try:
    import no_such_module_at_all
except ImportError as e:
    print(type(e).__name__, e, e.name)
