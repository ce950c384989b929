# shutil: copyfile/copy/copy2, copytree (ignore patterns, dirs_exist_ok), move, rmtree (onerror), make_archive/unpack_archive, disk_usage shape, which.
import shutil, os, tempfile
def tree(root):
    out = []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for f in sorted(fns): out.append(os.path.relpath(os.path.join(dp, f), root))
    return out
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src'); os.makedirs(os.path.join(src, 'sub', 'deep'))
    for rel, txt in [('a.txt', 'A'), ('b.py', 'B'), ('sub/c.txt', 'C'), ('sub/deep/d.log', 'D'), ('sub/e.pyc', 'E')]:
        with open(os.path.join(src, rel), 'w') as f: f.write(txt)
    print(os.path.basename(shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(d, 'a2.txt'))), open(os.path.join(d, 'a2.txt')).read())
    os.chmod(os.path.join(src, 'b.py'), 0o751)
    print(os.path.basename(shutil.copy(os.path.join(src, 'b.py'), d)), oct(os.stat(os.path.join(d, 'b.py')).st_mode & 0o777))
    shutil.copy2(os.path.join(src, 'a.txt'), os.path.join(d, 'a3.txt')); print(os.stat(os.path.join(d, 'a3.txt')).st_mtime == os.stat(os.path.join(src, 'a.txt')).st_mtime)
    dst = os.path.join(d, 'dst'); shutil.copytree(src, dst, ignore=shutil.ignore_patterns('*.pyc', 'deep')); print(tree(dst))
    try: shutil.copytree(src, dst)
    except FileExistsError as e: print(type(e).__name__, e.strerror)
    shutil.copytree(src, dst, dirs_exist_ok=True); print(tree(dst))
    try: shutil.copyfile(os.path.join(src, 'a.txt'), os.path.join(src, 'a.txt'))
    except shutil.SameFileError as e: print(type(e).__name__, str(e).replace(d, 'D'))
    try: shutil.copyfile(os.path.join(src, 'missing'), os.path.join(d, 'x'))
    except FileNotFoundError as e: print(type(e).__name__, e.strerror)
    moved = shutil.move(os.path.join(dst, 'sub'), os.path.join(d, 'moved')); print(os.path.relpath(moved, d), tree(os.path.join(d, 'moved')), tree(dst))
    shutil.move(os.path.join(d, 'a2.txt'), os.path.join(d, 'moved')); print(tree(os.path.join(d, 'moved')))
    arch = shutil.make_archive(os.path.join(d, 'arch'), 'zip', root_dir=src); print(os.path.basename(arch))
    shutil.unpack_archive(arch, os.path.join(d, 'unz')); print(tree(os.path.join(d, 'unz')))
    arch2 = shutil.make_archive(os.path.join(d, 'arch'), 'gztar', root_dir=src, base_dir='sub'); shutil.unpack_archive(arch2, os.path.join(d, 'untar')); print(os.path.basename(arch2), tree(os.path.join(d, 'untar')))
    print(sorted(n for n, _ in shutil.get_archive_formats()), sorted(n for n, _, _ in shutil.get_unpack_formats()))
    errs = []
    shutil.rmtree(os.path.join(d, 'nonexistent'), onerror=lambda fn, p, ei: errs.append((fn.__name__, ei[0].__name__))); print(errs)
    shutil.rmtree(os.path.join(d, 'nonexistent'), ignore_errors=True)
    shutil.rmtree(dst); print(os.path.exists(dst))
    try: shutil.rmtree(os.path.join(d, 'a3.txt'))
    except NotADirectoryError as e: print(type(e).__name__, e.strerror)
    u = shutil.disk_usage(d); print(u._fields, u.total >= u.used >= 0)
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.get_terminal_size((80, 24)).__class__.__name__)
    try: shutil.unpack_archive(os.path.join(d, 'a3.txt'))
    except shutil.ReadError as e: print(type(e).__name__, str(e).replace(d, 'D'))
