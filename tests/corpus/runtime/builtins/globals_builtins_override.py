# shadowing builtins: module-level names shadow builtins, deleting the shadow restores them, __builtins__ lookups.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def uses_print():
    return print.__name__
print(uses_print())
import sys
b = sys.modules['builtins'] if 'builtins' in sys.modules else None
print(b is not None and b.len('xy'), type(b).__name__)
def shadow_local():
    max = min
    return max(3, 1)
print(shadow_local(), max(3, 1))
