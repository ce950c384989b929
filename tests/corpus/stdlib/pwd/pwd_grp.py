# pwd and grp: the root entries (present on every Linux), struct sequences, lookups that fail.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, type(root).__name__, len(root), root[0])
print(pwd.getpwnam("root") == root, any(p.pw_uid == 0 for p in pwd.getpwall()))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, type(g).__name__, grp.getgrnam("root") == g)
print(any(e.gr_gid == 0 for e in grp.getgrall()))
for f, a in [(pwd.getpwuid, (4000000,)), (pwd.getpwnam, ("kaa-no-user",)), (pwd.getpwuid, (-5,)), (pwd.getpwuid, ("x",)),
             (grp.getgrgid, (4000000,)), (grp.getgrnam, ("kaa-no-group",)), (grp.getgrgid, ("x",)), (pwd.getpwnam, (5,))]:
    try:
        f(*a)
    except (KeyError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(pwd.struct_passwd.n_fields, grp.struct_group.n_sequence_fields)
print(pwd.struct_passwd(("n", "p", 1, 2, "g", "d", "s")))
