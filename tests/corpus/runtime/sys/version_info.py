# sys.version_info, version, implementation, hexversion and platform facts for CPython 3.11 compatibility.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, type(vi).__name__, len(vi), vi >= (3, 11), vi < (3, 12))
print(sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30b, sys.implementation.version[:2], type(sys.implementation.name).__name__)
print(sys.byteorder, sys.maxunicode, sys.platform)
t('version_info immutable', lambda: setattr(vi, 'major', 4))
