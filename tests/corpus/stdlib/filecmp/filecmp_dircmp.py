# filecmp: cmp (shallow and deep), cmpfiles, dircmp reports (left_only, right_only, diff_files, common_dirs, subdirs), clear_cache, ignore lists.
import filecmp, os, tempfile, io, contextlib
def put(path, text, encoding=None):
    with open(path, 'w', encoding=encoding) as f: f.write(text)
with tempfile.TemporaryDirectory() as d:
    L, R = os.path.join(d, 'L'), os.path.join(d, 'R')
    for root in (L, R): os.makedirs(os.path.join(root, 'sub'))
    def w(p, t, mtime=1000000):
        put(p, t); os.utime(p, (mtime, mtime))
    w(os.path.join(L, 'same.txt'), 'same'); w(os.path.join(R, 'same.txt'), 'same')
    w(os.path.join(L, 'diff.txt'), 'left'); w(os.path.join(R, 'diff.txt'), 'rite')
    w(os.path.join(L, 'only_l.txt'), 'l'); w(os.path.join(R, 'only_r.txt'), 'r')
    w(os.path.join(L, 'sub', 'deep.txt'), 'x'); w(os.path.join(R, 'sub', 'deep.txt'), 'y')
    w(os.path.join(L, 'sizediff'), 'short'); w(os.path.join(R, 'sizediff'), 'much longer')
    print(filecmp.cmp(os.path.join(L, 'same.txt'), os.path.join(R, 'same.txt')), filecmp.cmp(os.path.join(L, 'diff.txt'), os.path.join(R, 'diff.txt')),
          filecmp.cmp(os.path.join(L, 'diff.txt'), os.path.join(R, 'diff.txt'), shallow=False))
    print(filecmp.cmpfiles(L, R, ['same.txt', 'diff.txt', 'missing', 'sizediff'], shallow=False))
    dc = filecmp.dircmp(L, R, ignore=['sizediff'])
    print(dc.left_only, dc.right_only, dc.common_files, dc.same_files, dc.diff_files, dc.funny_files, dc.common_dirs, sorted(dc.subdirs), dc.subdirs['sub'].diff_files)
    out = io.StringIO()
    with contextlib.redirect_stdout(out): dc.report_full_closure()
    print(out.getvalue().replace(d, 'D'))
    filecmp.clear_cache(); print(filecmp.DEFAULT_IGNORES[:3], filecmp.BUFSIZE)
    try: filecmp.cmp(os.path.join(L, 'nope'), os.path.join(R, 'same.txt'))
    except FileNotFoundError as e: print(type(e).__name__, e.strerror)
    try: filecmp.dircmp(L, R).nonexistent_attr
    except AttributeError as e: print(type(e).__name__, e)
