# sys.maxsize, sys.intern, sys.getdefaultencoding, sys.getfilesystemencoding, sys.dont_write_bytecode type.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
s = sys.intern('some string ' + str(1))
print(s is sys.intern('some string 1'), type(s).__name__)
t('intern non-str', lambda: sys.intern(b'x'))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
t('list index at maxsize', lambda: [1][sys.maxsize])
t('range maxsize', lambda: len(range(sys.maxsize)))
t('range over maxsize', lambda: len(range(sys.maxsize + 1)))
t('str mul maxsize', lambda: 'a' * sys.maxsize)
