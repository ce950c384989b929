# The C timezone and tzinfo, aware arithmetic and comparison, fromisoformat, timestamps (UTC only).
from datetime import date, time, datetime, timedelta as T, timezone, tzinfo, UTC


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, minutes, name='F', dst=0):
        self.off, self.name, self.d = T(minutes=minutes), name, T(minutes=dst)
    def utcoffset(self, dt): return self.off
    def tzname(self, dt): return self.name
    def dst(self, dt): return self.d
    def __repr__(self): return f'Fixed({self.off}, {self.name!r})'


class Bad(tzinfo):
    def utcoffset(self, dt): return 5
    def tzname(self, dt): return 7
    def dst(self, dt): return T(days=1)


class Naive(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None


tz1, tz2, bad, naive = Fixed(60, 'A%B'), Fixed(-90, 'W'), Bad(), Naive()
for e in ["UTC is timezone.utc", "timezone.min", "timezone.max", "timezone(T(0))", "timezone(T(0)) is UTC",
          "timezone(T(0), 'Z')", "timezone(T(hours=5, minutes=30))", "str(timezone(T(hours=-5, seconds=7)))",
          "str(timezone(T(microseconds=-1)))", "timezone(T(1))", "timezone(-T(1))", "timezone(1)", "timezone(T(0), 1)",
          "timezone(T(0), name=None)", "timezone(offset=T(hours=1), name='x')", "timezone(T(0), 'a', 'b')",
          "timezone(T(hours=1)) == timezone(T(hours=1), 'x')", "timezone(T(hours=1)) == 1", "timezone(T(hours=1)) < timezone(T(hours=2))",
          "hash(timezone(T(hours=1))) == hash(T(hours=1))", "UTC.utcoffset(None)", "UTC.tzname(None)", "UTC.dst(None)",
          "UTC.utcoffset(1)", "UTC.tzname(date(2000, 1, 1))", "UTC.fromutc(datetime(2000, 1, 1))", "UTC.fromutc(1)",
          "timezone(T(hours=2)).fromutc(datetime(2000, 1, 1, tzinfo=timezone(T(hours=2))))", "UTC.__getinitargs__()",
          "timezone(T(hours=1), 'n').__getinitargs__()", "UTC.__reduce__()", "timezone(T(hours=1), 'n').__reduce__()",
          "tzinfo().utcoffset(None)", "tzinfo().tzname(None)", "tzinfo().dst(None)", "tzinfo().fromutc(1)",
          "tzinfo().fromutc(datetime(2000, 1, 1))", "tz1.fromutc(datetime(2000, 1, 1, tzinfo=tz1))", "tzinfo().__reduce__()",
          "datetime(2000, 1, 1, tzinfo=tz1).isoformat()", "datetime(2000, 1, 1, tzinfo=tz2).strftime('%z %Z')",
          "datetime(2000, 1, 1, tzinfo=tz1).strftime('%Z')", "datetime(2000, 1, 1, tzinfo=tz1).utcoffset()",
          "datetime(2000, 1, 1, tzinfo=tz1).tzname()", "datetime(2000, 1, 1, tzinfo=tz1).dst()", "datetime(2000, 1, 1, tzinfo=bad).utcoffset()",
          "datetime(2000, 1, 1, tzinfo=bad).tzname()", "datetime(2000, 1, 1, tzinfo=bad).dst()", "time(1, tzinfo=tz1).utcoffset()",
          "time(1, tzinfo=tz1).isoformat()", "time(1, tzinfo=timezone(T(seconds=-1))).isoformat()",
          "time(1, tzinfo=timezone(T(microseconds=5))).isoformat()", "datetime(2000, 1, 1, tzinfo=tz1).timetuple()",
          "datetime(2000, 1, 1, tzinfo=tz1).utctimetuple()", "datetime(2000, 1, 1, tzinfo=naive).utctimetuple()",
          "datetime(2000, 1, 1, tzinfo=tz1) == datetime(1999, 12, 31, 23, tzinfo=UTC)", "datetime(2000, 1, 1, tzinfo=tz1) < datetime(2000, 1, 1, tzinfo=tz2)",
          "datetime(2000, 1, 1) < datetime(2000, 1, 1, tzinfo=UTC)", "datetime(2000, 1, 1) == datetime(2000, 1, 1, tzinfo=UTC)",
          "datetime(2000, 1, 1, tzinfo=naive) == datetime(2000, 1, 1)", "datetime(2000, 1, 1, tzinfo=tz1) - datetime(2000, 1, 1, tzinfo=tz2)",
          "datetime(2000, 1, 1) - datetime(2000, 1, 1, tzinfo=UTC)", "time(1, tzinfo=tz1) < time(1, tzinfo=tz2)",
          "time(1, tzinfo=tz1) == time(0, tzinfo=UTC)", "time(1) < time(1, tzinfo=UTC)", "time(1) == time(1, tzinfo=UTC)",
          "hash(datetime(2000, 1, 1, tzinfo=tz1)) == hash(datetime(1999, 12, 31, 23, tzinfo=UTC))",
          "hash(time(1, tzinfo=tz1)) == hash(time(0, tzinfo=UTC))", "datetime(2000, 1, 1, tzinfo=tz1).astimezone(UTC)",
          "datetime(2000, 1, 1, tzinfo=tz1).astimezone(tz2)", "datetime(2000, 1, 1, tzinfo=UTC).astimezone(UTC)",
          "datetime(2000, 1, 1, tzinfo=tz1).astimezone(1)", "datetime(2000, 1, 1, tzinfo=tz1).timestamp()",
          "datetime(1, 1, 1, tzinfo=UTC).timestamp()", "datetime.fromtimestamp(0, UTC)", "datetime.fromtimestamp(1.5e9 + 0.5, tz=tz1)",
          "datetime.utcfromtimestamp(0.0000005)", "datetime.utcfromtimestamp(0.0000015)", "datetime.utcfromtimestamp(-0.0000005)",
          "datetime.utcfromtimestamp(-1.9999999)", "datetime.utcfromtimestamp(1e20)", "datetime.utcfromtimestamp(float('nan'))",
          "datetime.utcfromtimestamp('x')", "datetime.utcfromtimestamp(2**70)", "datetime.utcfromtimestamp()", "datetime.fromtimestamp(0, tz=1)",
          "datetime.fromtimestamp(0, foo=1)", "date.fromtimestamp('x')", "date.fromtimestamp(float('nan'))",
          "date.fromisoformat('2000-01-02')", "date.fromisoformat('20000102')", "date.fromisoformat('2000-W01-1')",
          "date.fromisoformat('2000W017')", "date.fromisoformat('2000-1-01')", "date.fromisoformat('2000-01-02T')",
          "date.fromisoformat(1)", "date.fromisoformat('2000-W54-1')", "datetime.fromisoformat('2000-01-02T03:04:05.678+01:30')",
          "datetime.fromisoformat('2000-01-02 03:04:05,6789')", "datetime.fromisoformat('20000102T030405Z')",
          "datetime.fromisoformat('2000-01-02T03')", "datetime.fromisoformat('2000-01-02T03:04:05-00:00:01.5')",
          "datetime.fromisoformat('2000-01-02T')", "datetime.fromisoformat('2000-01-02T25:00')", "datetime.fromisoformat('2000-01-02T03:04:05Zx')",
          "datetime.fromisoformat('2000-W01-2T01:02')", "datetime.fromisoformat('2000-01-02\\u20ac03:04')", "datetime.fromisoformat('2000-01-02\\ud800 03')",
          "datetime.fromisoformat('2000')", "datetime.fromisoformat('2000-01-02T03:04+24:00')", "time.fromisoformat('03:04:05.123456789')",
          "time.fromisoformat('T0304')", "time.fromisoformat('03:04:05+05:00')", "time.fromisoformat('0304:05')", "time.fromisoformat('24:00')",
          "time.fromisoformat('03:04Z')", "time.fromisoformat(b'03:04')", "datetime.strptime('2000-01-02 03', '%Y-%m-%d %H')",
          "datetime.strptime('x', '%Y')", "datetime.strptime(1, '%Y')", "datetime.strptime('2000')",
          "datetime.strptime('+0130', '%z')", "datetime.now(1)", "datetime.now(foo=1)", "date.today(1)", "datetime.utcnow(1)",
          "type(datetime.now(UTC)).__name__", "datetime.now(UTC).tzinfo", "type(date.today()).__name__"]:
    show(e)
