# glob: glob/iglob with *, ?, [], ** (recursive), hidden files, root_dir, escape, magic checks; results sorted.
import glob, os, tempfile
with tempfile.TemporaryDirectory() as d:
    for rel in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/x.py', 'sub/deep/y.py', 'sub/.h/z.py', 'f[1].txt', 'q?.md', 'data1.csv', 'data22.csv']:
        p = os.path.join(d, rel); os.makedirs(os.path.dirname(p), exist_ok=True); open(p, 'w').close()
    g = lambda pat, **kw: sorted(os.path.relpath(p, d) if os.path.isabs(p) else p for p in glob.glob(os.path.join(d, pat) if 'root_dir' not in kw else pat, **kw))
    print(g('*.py'), g('?.py'), g('[ab].py'), g('[!a].py'), g('data?.csv'), g('data*.csv'), g('*'))
    print(g('**/*.py'), g('**/*.py', recursive=True), g('**', recursive=True), g('sub/**/', recursive=True))
    print(g('*.py', root_dir=d), g('**/*.py', root_dir=d, recursive=True), g('sub/*', root_dir=d))
    print(g(glob.escape('f[1].txt')), g('f[1].txt'), g(glob.escape('q?.md')), glob.escape('a*b?[c]'), glob.escape('//?/c:/x*'))
    print(g('.*'), g('*.nothing'), g('nosuchdir/*'), sorted(os.path.basename(p) for p in glob.iglob(os.path.join(d, 'sub', '*'))))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'), type(glob.iglob('x')).__name__)
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, '*.py').encode())))
    os.chdir(d); print(sorted(glob.glob('*.csv')), sorted(glob.glob('sub/**/*.py', recursive=True))); os.chdir('/')
print(glob.glob(''), glob.glob('/nonexistent-dir-xyz/*'))
