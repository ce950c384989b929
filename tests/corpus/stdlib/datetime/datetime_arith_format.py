# datetime: date/time/datetime/timedelta construction, arithmetic, comparisons, strftime/strptime, isoformat/fromisoformat, reprs, errors.
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 1, 1), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar().week, d.timetuple()[:7], d.toordinal(), date.fromordinal(738000))
print(d.replace(day=1), d.strftime('%A %d %B %Y %j %U %a %b %y %%'), d.ctime(), format(d, '%Y/%m/%d'), f'{d:%m-%d}', date.fromisoformat('2021-12-31'), date.fromisocalendar(2020, 53, 7))
td = timedelta(days=1, hours=25, minutes=-1, seconds=3.5, microseconds=10, weeks=1)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5), timedelta(0), timedelta(microseconds=-1))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=1) / timedelta(hours=6), divmod(timedelta(hours=7), timedelta(hours=2)), timedelta(seconds=1.5e-6))
t = time(13, 5, 7, 1234)
print(t, repr(t), t.isoformat('milliseconds'), t.strftime('%I:%M %p'), time.fromisoformat('04:05:06.5'), time(0), time(1, tzinfo=timezone.utc))
dt = datetime(2000, 1, 31, 23, 59, 59, 999999)
print(dt, repr(dt), dt + timedelta(microseconds=1), dt.date(), dt.time(), dt.isoformat(' ', 'seconds'), dt.timestamp() if dt.tzinfo else '', dt.replace(year=2001))
print(datetime.strptime('2023-07-04 10:11:12', '%Y-%m-%d %H:%M:%S'), datetime.strptime('Mar 5 99 pm 3', '%b %d %y %p %I'), datetime.fromisoformat('2011-11-04T00:05:23.283+04:00'))
aware = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=-5), 'EST'))
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc), aware.timestamp(), aware.isoformat(), aware.utctimetuple()[:6])
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp(), timezone(timedelta(minutes=90)), repr(timezone.utc), timezone(-timedelta(hours=3)).tzname(None))
print(aware == aware.astimezone(timezone.utc), sorted([date(2020, 1, 2), date(2019, 5, 5)]), date(2020, 1, 1) < date(2020, 1, 2), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
for bad in [lambda: datetime.strptime('2020', '%d'), lambda: date.fromisoformat('2020-1-1'),
            lambda: datetime.strptime('x', '%Y'), lambda: datetime.strptime('2020-01-01 junk', '%Y-%m-%d')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(date.min, date.max, datetime.min, time.max, date(2020, 1, 1) == datetime(2020, 1, 1), datetime.combine(d, t), date(2016, 2, 29).replace(year=2017) if False else '')
import pickle, copy
print(pickle.loads(pickle.dumps(aware)) == aware, copy.deepcopy(td), pickle.loads(pickle.dumps(d, 0)), pickle.loads(pickle.dumps(timezone.utc)))
class MyDate(date):
    def __repr__(self): return 'MyDate!'
print(MyDate(2020, 1, 1) + timedelta(1), type(MyDate(2020, 1, 1).replace(day=2)).__name__, MyDate.today().__class__.__name__)
print(dt.strftime('%f %H %M %S %z %Z %c %x %X'), aware.strftime('%z %Z'), datetime(2020, 1, 1, 1, 1).isoformat(timespec='minutes'))
