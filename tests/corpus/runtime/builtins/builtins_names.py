# the builtins module: every public name present, their types, and __build_class__/__import__ basics.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
names = sorted(n for n in b if not n.startswith('_'))
print(len(names))
print(names)
print(sorted(n for n in b if n.startswith('__') and n not in ('__loader__', '__spec__')))
print({n: type(b[n]).__name__ for n in ['len', 'int', 'print', 'Exception', 'None', 'True', 'Ellipsis', 'NotImplemented', '__build_class__', '__import__', 'copyright', 'exit', 'help']})
t('import sys', lambda: __import__('sys') is sys)
t('build class', lambda: __build_class__(lambda: None, 'Built').__name__)
t('build class bad', lambda: __build_class__(1, 'x'))
t('debug', lambda: __debug__)
t('builtins name', lambda: type(__builtins__).__name__)
