# pathlib: pure paths (PurePosixPath / PureWindowsPath): parts, parents, suffixes, joining, relative_to, match, with_*.
from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath
p = P('/usr/local/lib/python3.11/site-packages/pkg.tar.gz')
print(p, repr(p), p.parts, p.parent, list(p.parents)[:3], p.name, p.suffix, p.suffixes, p.stem, p.anchor, p.root, p.drive)
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_stem('other'), p.relative_to('/usr'), p.is_relative_to('/opt'), p.is_absolute())
print(P('a') / 'b' / P('c'), P('/a') / '/b', P('a//b/./c/..'), P(''), P('.'), P('a', 'b', 'c'), 'x' / P('y'))
print(P('a/b.py').match('*.py'), P('/a/b/c.py').match('b/*.py'), P('/a/b/c.py').match('/*.py'), P('A.PY').match('*.py'))
print(P('a') == P('a/'), P('a') < P('b'), sorted([P('b'), P('a/c'), P('a')]), hash(P('a')) == hash(P('a')), P('/x').as_posix(), P('/x').as_uri())
for bad in [lambda: P('a').relative_to('b'), lambda: P('a').with_name(''), lambda: P('a').with_suffix('x'), lambda: P('/').with_name('x'),
            lambda: P('a').as_uri(), lambda: P('a') / 1, lambda: P('a') < W('a')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
w = W('C:\\Users\\Me\\file.TXT')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.parent, w.suffix, w.as_posix(), w.as_uri(), w.is_absolute())
print(W('c:/a') == W('C:\\A'), W('//server/share/x').drive, W('//server/share/x').parts, W('C:a').is_absolute(), W('a/b').match('A/*'))
print(W('C:\\a') / 'D:\\b', W('C:\\a') / '\\b', W('nul').is_reserved(), P('nul').is_reserved(), W('a').joinpath('b', 'c'))
print(PurePath('x/y'), type(PurePath('x')).__name__, P('/a/b').relative_to('/a/b'), str(P('/a/b').relative_to('/')))
print(P('x.tar.gz').with_suffix(''), P('.bashrc').suffix, P('.bashrc').stem, P('a.').suffix, P('a..b').suffixes, P('/').name, P('/').parent)
print(bytes(P('/é')), P('a').__fspath__(), P('/a/b/c').parents[1], len(P('/a/b/c').parents), P('/a/b/c').parents[-1])
try: P('a').parents[5]
except IndexError as e: print(type(e).__name__, e)
