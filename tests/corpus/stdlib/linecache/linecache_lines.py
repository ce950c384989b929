# linecache: getline/getlines on temp files and this file, missing files, cache updates (checkcache after edits), lazycache and module globals loader.
import linecache, os, tempfile
def put(path, text, encoding=None):
    with open(path, 'w', encoding=encoding) as f: f.write(text)
print(repr(linecache.getline(__file__, 1)[:12]), repr(linecache.getline(__file__, 10**6)), repr(linecache.getline('/nonexistent/file.py', 1)), linecache.getlines('/nonexistent.py'))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'm.py'); put(p, 'one\ntwo\nthree')
    print(linecache.getlines(p), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 0)), repr(linecache.getline(p, -1)))
    put(p, 'changed\n'); os.utime(p, (1, 1))
    print(repr(linecache.getline(p, 1))); linecache.checkcache(p); print(repr(linecache.getline(p, 1)))
    linecache.clearcache(); print(p in linecache.cache)
    linecache.getline(p, 1); print(p in linecache.cache, len(linecache.cache[p]), linecache.cache[p][2])
print(linecache.lazycache('fake_module.py', {'__name__': 'json', '__loader__': __import__('json').__spec__.loader}), linecache.getline('fake_module.py', 1)[:10] != '')
print(linecache.lazycache('<string>', {}), linecache.lazycache('', {}), repr(linecache.getline('<stdin>', 1)))
linecache.cache['<virtual>'] = (5, None, ['v1\n', 'v2\n'], '<virtual>'); print(linecache.getline('<virtual>', 2), end='')
