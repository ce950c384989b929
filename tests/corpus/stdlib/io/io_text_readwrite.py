# Text files: writing, reading back, iteration, readline limits, tell/seek round trips.
import os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
with open(p, 'w', encoding='utf-8') as f:
    print(f.write('héllo\n'), f.write('wörld\n'), f.write('€uro 😀\n'), f.write('last'))
    print(f.writelines(['a\n', 'b\n']))
with open(p, encoding='utf-8') as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    print([line for line in f])
with open(p, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p, encoding='utf-8') as f:
    positions = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        positions.append((pos, line))
    print(positions)
    for pos, line in reversed(positions):
        f.seek(pos)
        assert f.readline() == line
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.read(4)), f.tell())
    cookie = f.tell()
    rest = f.read()
    f.seek(cookie)
    print(f.read() == rest)
    print(f.seek(0, 2), repr(f.read()))
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 3)
    except Exception as e:
        print(type(e).__name__, e)
with open(p, encoding='utf-8') as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print('tell during iteration:', e)
with open(p, 'a', encoding='utf-8') as f:
    f.write('\nappended')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'r+', encoding='utf-8') as f:
    f.seek(0)
    f.write('H')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'w') as f:
    pass
with open(p) as f:
    print(repr(f.read()), repr(f.readline()), list(f))
os.remove(p)
os.rmdir(d)
