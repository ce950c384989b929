# fileinput: iterating several temp files (filename, lineno, filelineno, isfirstline, nextfile), inplace editing with backup, hooks (encoding), empty files and errors.
import fileinput, os, tempfile
def put(path, text, encoding=None):
    with open(path, 'w', encoding=encoding) as f: f.write(text)
with tempfile.TemporaryDirectory() as d:
    paths = []
    for name, text in [('a.txt', 'a1\na2\n'), ('empty.txt', ''), ('b.txt', 'b1\nb2\nb3')]:
        p = os.path.join(d, name); put(p, text); paths.append(p)
    with fileinput.input(paths) as f:
        for line in f: print(repr(line), os.path.basename(f.filename()), f.lineno(), f.filelineno(), f.isfirstline())
    with fileinput.input(paths) as f:
        out = []
        for line in f:
            out.append(line.strip())
            if f.filelineno() == 1: f.nextfile()
        print(out)
    with fileinput.input(paths[2], inplace=True, backup='.bak') as f:
        for line in f: print(line.rstrip().upper() + '!')
    print(repr(open(paths[2]).read()), repr(open(paths[2] + '.bak').read()))
    u = os.path.join(d, 'u.txt'); put(u, 'caf\xe9\n', encoding='latin-1')
    with fileinput.input(u, encoding='latin-1') as f: print(list(f))
    with fileinput.input(u, openhook=fileinput.hook_encoded('latin-1')) as f: print(list(f))
    with fileinput.FileInput([u], mode='rb') as f: print(list(f))
    try:
        with fileinput.input([os.path.join(d, 'missing.txt')]) as f: list(f)
    except FileNotFoundError as e: print(type(e).__name__, e.strerror)
    for bad in [lambda: fileinput.FileInput(paths, mode='w'), lambda: fileinput.FileInput(paths, inplace=True, openhook=fileinput.hook_encoded('x'))]:
        try: print(bad())
        except ValueError as e: print(type(e).__name__, e)
    print(fileinput.input(paths[:1]).__class__.__name__); fileinput.close()
    try: fileinput.filename()
    except RuntimeError as e: print(type(e).__name__, e)
