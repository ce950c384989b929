# sys.modules basics: __main__ and sys present, builtins module, module attributes of __main__.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print('sys' in sys.modules, '__main__' in sys.modules, 'builtins' in sys.modules, sys.modules['sys'] is sys)
main = sys.modules['__main__']
print(main.__name__, main.t is t, type(main).__name__)
print(isinstance(sys.path, list), type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(__name__, __doc__, __spec__ is None or 'spec', __file__.endswith('modules_path.py'))
