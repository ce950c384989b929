# zoneinfo: the constructor's caches (identity, no_cache, clear_cache with only_keys), subclasses with
# their own cache, from_file, pickling by key (from_cache kept) and the errors of each.
import io
import pickle
import zoneinfo
from zoneinfo import ZoneInfo

a = ZoneInfo('Europe/Paris')
print(a is ZoneInfo('Europe/Paris'), a is ZoneInfo(key='Europe/Paris'), a is ZoneInfo.no_cache('Europe/Paris'))
nc = ZoneInfo.no_cache('Europe/Paris')
print(nc == a, nc.key, str(nc), repr(nc))
keys = ['Asia/Tokyo', 'Europe/Rome', 'Europe/Oslo', 'America/Chicago', 'America/Denver', 'Asia/Dubai',
        'Asia/Seoul', 'Africa/Cairo', 'America/Lima', 'Europe/Madrid']
kept = [ZoneInfo(k) for k in keys]
print(all(ZoneInfo(k) is z for k, z in zip(keys, kept)))
ZoneInfo.clear_cache(only_keys=['Asia/Tokyo', 'Nonexistent/Key'])
print(ZoneInfo('Asia/Tokyo') is kept[0], ZoneInfo('Europe/Rome') is kept[1])
ZoneInfo.clear_cache()
print(ZoneInfo('Europe/Rome') is kept[1], ZoneInfo('Europe/Paris') is a)
ZoneInfo.clear_cache(only_keys=None)


class Sub(ZoneInfo):
    pass


s = Sub('Europe/Paris')
print(type(s).__name__, s is Sub('Europe/Paris'), s is ZoneInfo('Europe/Paris'), repr(s), str(s), isinstance(s, ZoneInfo))
print(hasattr(Sub, '_weak_cache'), '_weak_cache' in vars(Sub), type(Sub.no_cache('UTC')).__name__)
Sub.clear_cache(only_keys=['Europe/Paris'])
print(s is Sub('Europe/Paris'))
s.extra = 5
print(s.extra)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    z = ZoneInfo('America/New_York')
    data = pickle.dumps(z, protocol=proto)
    print(proto, pickle.loads(data) is z, pickle.loads(pickle.dumps(ZoneInfo.no_cache('America/New_York'), protocol=proto)) is z)
print(ZoneInfo('UTC').__reduce__()[1], ZoneInfo.no_cache('UTC').__reduce__()[1])
print(ZoneInfo._unpickle('UTC', 1) is ZoneInfo('UTC'), ZoneInfo._unpickle('UTC', 0) is ZoneInfo('UTC'))

with open('/usr/share/zoneinfo/Europe/Lisbon', 'rb') as f:
    data = f.read()
ff = ZoneInfo.from_file(io.BytesIO(data))
print(repr(ff)[:40], str(ff)[:40], ff.key, ff.utcoffset(None))
fk = ZoneInfo.from_file(io.BytesIO(data), key='Lisbon')
print(repr(fk), str(fk), fk.key)
from datetime import datetime
print(datetime(2021, 7, 1, tzinfo=ff).utcoffset(), datetime(2021, 1, 1, tzinfo=fk).tzname())

tests = ["ZoneInfo('Not/AZone')", "ZoneInfo('')", "ZoneInfo('../zoneinfo/UTC')", "ZoneInfo('/etc/localtime')",
         "ZoneInfo(5)", "ZoneInfo()", "ZoneInfo('UTC', 'x')", "ZoneInfo(keys='UTC')", "ZoneInfo.no_cache()",
         "ZoneInfo.from_file()", "ZoneInfo.from_file(io.BytesIO(b'junk'))", "ZoneInfo.from_file(io.BytesIO(b''))",
         "ZoneInfo.from_file(io.BytesIO(data), 'k', 'x')", "ZoneInfo.clear_cache(1)", "ZoneInfo.clear_cache(keys=1)",
         "ZoneInfo.clear_cache(only_keys=5)", "pickle.dumps(ff)", "ZoneInfo('UTC').utcoffset(5)",
         "ZoneInfo('UTC').fromutc(5)", "ZoneInfo('UTC').fromutc(datetime(2000, 1, 1))", "ZoneInfo._unpickle('UTC')",
         "ZoneInfo('UTC').tzname(datetime(2000, 1, 1).date())", "ZoneInfo('UTC').key.upper()",
         "setattr(ZoneInfo('UTC'), 'key', 'x')", "ZoneInfo.from_file(io.BytesIO(b'TZif2' + bytes(39)))"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
print(type(zoneinfo.ZoneInfoNotFoundError('x')).__mro__)
