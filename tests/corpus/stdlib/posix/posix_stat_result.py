# os.stat_result as a struct sequence: fields, unnamed integer times, repr, reduce, construction errors.
import posix

st = posix.stat_result(tuple(range(10)))
print(st)
print(len(st), st[7], st.st_atime, st.st_mtime, st.st_ctime, st.st_atime_ns, st.st_blksize, st.st_rdev)
print(type(st).__name__, type(st).__module__, st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(sorted(a for a in dir(st) if a.startswith("st_")))
st2 = posix.stat_result(tuple(range(10)), {"st_atime": 1.5, "st_blksize": 4096})
print(st2.st_atime, st2[7], st2.st_blksize, st2.st_blocks)
r = st2.__reduce__()
print(r[0] is posix.stat_result, r[1][0], sorted(r[1][1].items()))
print(posix.stat_result(*r[1]) == st2)
for bad in [(1, 2, 3), tuple(range(20)), 5, "abcdefghij"]:
    try:
        print(posix.stat_result(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    st.st_mode = 5
except AttributeError as e:
    print("AttributeError", e)
s = posix.stat("/")
print(isinstance(s.st_mtime, float), isinstance(s.st_mtime_ns, int), s.st_mtime_ns // 10**9 == s[8], s[0] == s.st_mode)
print(s.st_mode & 0o170000 == 0o040000, type(s.st_ino).__name__, s.st_nlink >= 2)
t = posix.terminal_size((80, 24))
print(t, t.columns, t.lines)
print(posix.times_result((1.0, 2.0, 3.0, 4.0, 5.0)))
print(posix.uname_result(("a", "b", "c", "d", "e")).machine)
v = posix.statvfs("/")
print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax > 0, isinstance(v.f_fsid, int))
