# zoneinfo: utcoffset, dst and tzname across DST transitions (gaps and folds) in several zones, fromutc
# with fold detection, dates after the last listed transition (the POSIX TZ rule) and before the first.
from datetime import datetime, timedelta, timezone, time
from zoneinfo import ZoneInfo

zones = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata',
         'America/Sao_Paulo', 'Pacific/Apia', 'Africa/Casablanca', 'Europe/Dublin', 'UTC', 'Etc/GMT+5',
         'America/St_Johns', 'Pacific/Chatham', 'Antarctica/Troll']
moments = [datetime(1850, 1, 1), datetime(1901, 12, 13, 20, 45), datetime(1970, 1, 1), datetime(2000, 6, 15, 12),
           datetime(2021, 3, 14, 2, 30), datetime(2021, 11, 7, 1, 30), datetime(2021, 3, 28, 1, 30),
           datetime(2021, 10, 31, 1, 30), datetime(2021, 4, 4, 2, 30), datetime(2021, 10, 3, 2, 30),
           datetime(2040, 7, 1), datetime(2087, 3, 9, 2, 30), datetime(2087, 11, 2, 1, 30), datetime(9999, 12, 31, 23)]
for key in zones:
    tz = ZoneInfo(key)
    print(key, tz, repr(tz), tz.key)
    for m in moments:
        for fold in (0, 1):
            dt = m.replace(tzinfo=tz, fold=fold)
            print(' ', dt.isoformat(), fold, dt.utcoffset(), dt.dst(), dt.tzname())
    # A day of UTC instants, hour by hour, around each half-year change.
    for start in (datetime(2021, 3, 13, 18, tzinfo=timezone.utc), datetime(2021, 11, 6, 18, tzinfo=timezone.utc),
                  datetime(2021, 3, 27, 18, tzinfo=timezone.utc), datetime(2021, 10, 30, 18, tzinfo=timezone.utc),
                  datetime(2090, 10, 28, 18, tzinfo=timezone.utc), datetime(2090, 4, 1, 10, tzinfo=timezone.utc)):
        row = []
        for h in range(0, 14, 1):
            local = (start + timedelta(hours=h)).astimezone(tz)
            row.append(f'{local:%m-%d %H:%M}{local.fold}{local.tzname()}')
        print('  ', ' '.join(row))
    print('  time', time(12, tzinfo=tz).utcoffset(), time(12, tzinfo=tz).tzname(), tz.utcoffset(None), tz.dst(None))

la = ZoneInfo('America/Los_Angeles')
a = datetime(2021, 11, 7, 8, 30, tzinfo=timezone.utc).astimezone(la)
b = datetime(2021, 11, 7, 9, 30, tzinfo=timezone.utc).astimezone(la)
print(a, a.fold, b, b.fold, a == b, a.replace(fold=0) == b.replace(fold=0))
print(la.fromutc(datetime(2021, 11, 7, 9, 30, tzinfo=la)), la.fromutc(datetime(1800, 1, 1, tzinfo=la)))


class MyDT(datetime):
    pass


d = la.fromutc(MyDT(2021, 11, 7, 9, 30, tzinfo=la))
print(type(d).__name__, d, d.fold)
