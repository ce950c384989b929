# spwd: the struct_spwd type, lookups by name (found, missing, wrong type) and getspall.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import spwd

print(spwd.struct_spwd.n_sequence_fields, spwd.struct_spwd.n_fields, spwd.struct_spwd.__name__, spwd.struct_spwd.__module__)
print(spwd.struct_spwd.__doc__)
try:
    e = spwd.getspnam('root')
    print(type(e).__name__, len(e), e.sp_namp, e.sp_nam == e.sp_namp, e.sp_pwd == e.sp_pwdp, [type(x).__name__ for x in e])
    print(e[0] == e.sp_namp, e[2] == e.sp_lstchg, e[8] == e.sp_flag, tuple(e)[:1])
except OSError as ex:
    print('OSError', ex.errno)
for bad in ['no-such-user-kaa', 1, None, 'a\0b']:
    try:
        spwd.getspnam(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    entries = spwd.getspall()
    print(type(entries).__name__, all(type(x) is spwd.struct_spwd for x in entries), len(entries) == len({x.sp_namp for x in entries}))
except OSError as ex:
    print('OSError', ex.errno)
print(spwd.struct_spwd(('a', 'b', 1, 2, 3, 4, 5, 6, 7)))
print(sorted(n for n in dir(spwd) if not n.startswith('_')))
