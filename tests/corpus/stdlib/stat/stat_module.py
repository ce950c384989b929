# stat (over _stat): file type tests, filemode, S_IMODE/S_IFMT, constants, and their errors.
import _stat
import os
import stat

for mode in [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o000000, 0o170777]:
    print(oct(mode), stat.filemode(mode), _stat.filemode(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode),
          stat.S_ISLNK(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode),
          stat.S_IMODE(mode), stat.S_IFMT(mode), _stat.S_ISDOOR(mode), _stat.S_ISPORT(mode), _stat.S_ISWHT(mode))
print(stat.S_IRWXU, stat.S_IRUSR, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.S_IFDOOR, stat.FILE_ATTRIBUTE_HIDDEN)
print(sorted(n for n in dir(_stat) if not n.startswith("__")) == sorted(n for n in dir(_stat) if not n.startswith("__")))
for bad in ["x", -1, 2**40, 1.5]:
    try:
        _stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(stat.S_ISDIR(os.stat("/").st_mode), stat.filemode(os.stat("/").st_mode)[0])
