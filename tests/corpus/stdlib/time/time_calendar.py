# time: gmtime/localtime/mktime/strftime/asctime/ctime/struct_time (TZ is UTC in the corpus runs).
import time

for t in [0, 86399, 951782400, 1234567890.75, -1.5, 2**31]:
    g = time.gmtime(t)
    print(g, g.tm_zone, g.tm_gmtoff)
print(time.asctime(time.gmtime(0)), "|", time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", time.gmtime(1234567890)))
print(time.strftime("%c|%x|%X|%D|%e|%C|%G|%g|%V|%u", time.gmtime(1000000000)))
print(time.strftime("", time.gmtime(0)) == "", time.strftime("plain"[:0] + "x", time.gmtime(0)))
print(time.strftime("%Y", (2000, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%m %d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_year, s[1], s.tm_zone, len(s), s.n_fields, s.n_sequence_fields)
print(time.struct_time(tuple(range(11))).tm_zone)
lt = time.localtime(1700000000)
print(time.mktime(lt), time.mktime((2001, 9, 9, 1, 46, 40, 0, 0, -1)))
print(type(time.ctime(0)).__name__, len(time.ctime()))
for f, args in [(time.strftime, ("%Y", (1, 2))), (time.strftime, ("%Y", [1] * 9)), (time.strftime, (5,)),
                (time.strftime, ("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))), (time.strftime, ("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0))),
                (time.strftime, ("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0))), (time.strftime, ("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0))),
                (time.strftime, ("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0))), (time.strftime, ("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0))),
                (time.asctime, ((2000, 1, 1, 0, 0, 0, -3, 1, 0),)), (time.asctime, ("x",)),
                (time.mktime, ((1, 2),)), (time.gmtime, (float("nan"),)), (time.gmtime, (1e30,)), (time.gmtime, ("x",)),
                (time.localtime, (2**63,)), (time.struct_time, ((1, 2, 3),)), (time.ctime, (float("inf"),))]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(time.timezone, time.altzone, time.daylight, time.tzname)
