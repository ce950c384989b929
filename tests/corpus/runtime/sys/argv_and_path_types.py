# sys attribute types: argv elements, path, modules, executable string, platform, byteorder, and immutability of tuples.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print(all(isinstance(a, str) for a in sys.argv), isinstance(sys.path, list), isinstance(sys.modules, dict), isinstance(sys.executable, str))
print(type(sys.version_info).__name__, type(sys.flags).__name__, type(sys.float_info).__name__, type(sys.int_info).__name__, type(sys.hash_info).__name__)
print(sys.maxunicode, sys.byteorder, isinstance(sys.maxsize, int), sys.float_info.max_exp, sys.int_info.bits_per_digit)
t('float_info setattr', lambda: setattr(sys.float_info, 'max', 1.0))
t('flags setattr', lambda: setattr(sys.flags, 'optimize', 1))
t('int_info index', lambda: sys.int_info[0])
t('version_info fields', lambda: (sys.version_info.micro >= 0, sys.version_info.serial, sys.version_info[3]))
