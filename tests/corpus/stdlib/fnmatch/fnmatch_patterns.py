# fnmatch: fnmatch (case normalisation on posix), fnmatchcase, filter, translate's regex strings.
import fnmatch, re
names = ['a.py', 'B.PY', 'test_x.py', 'data.csv', '.rc', 'x[1]', 'a?b', 'abc', 'a-b']
for pat in ['*.py', '*.PY', '?.py', 'test_*', '[a-c]*', '[!a]*', 'x[[]1]', 'a[?]b', '*', '', '[]-]*', 'a[-]b', '[z-a]*', '**.csv', '.*']:
    print(repr(pat), fnmatch.filter(names, pat), [fnmatch.fnmatchcase(n, pat) for n in names[:3]], fnmatch.translate(pat))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.translate('a*b*c?[!x][^y]'))
try: fnmatch.fnmatch('a', b'a')
except TypeError as e: print(type(e).__name__, e)
print(re.match(fnmatch.translate('*.txt'), 'notes.txt') is not None, re.match(fnmatch.translate('*.txt'), 'notes.txt.bak'))
print(fnmatch.translate('[a-z'), fnmatch.translate('[\\]'), fnmatch.translate('***'), fnmatch.translate('[!]'), fnmatch.translate('a&&b||c~~d'))
