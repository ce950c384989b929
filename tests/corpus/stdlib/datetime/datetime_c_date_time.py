# The C date, time and datetime: construction checks, calendar arithmetic, formatting, comparison, hashing.
from datetime import date, time, datetime, timedelta as T, timezone, tzinfo, MINYEAR, MAXYEAR


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, time.min, time.max, datetime.min, datetime.max)
for e in ["date(2000)", "date(2000, 1, 1, 1)", "date(2000, 1, day=1, foo=2)", "date(year=2000, month=2, day=29)",
          "date(2001, 2, 29)", "date(0, 1, 1)", "date(10000, 1, 1)", "date(2000, 13, 1)", "date(2000, 0, 1)",
          "date('a', 1, 1)", "date(2**40, 1, 1)", "date(-2**40, 1, 1)", "date(1.5, 1, 1)", "date(True, 1, 1)",
          "datetime(2000)", "datetime(2000, 1, 1, 24)", "datetime(2000, 1, 1, 1, 60)", "datetime(2000, 1, 1, 1, 1, 60)",
          "datetime(2000, 1, 1, 1, 1, 1, 10**6)", "datetime(2000, 1, 1, fold=2)", "datetime(2000, 1, 1, tzinfo=1)",
          "datetime(2000, 1, 1, 1, 1, 1, 1, None, 1)", "datetime(2000, 1, 1, 1, 1, 1, 1, None, 1, 2)",
          "time(25)", "time(-1)", "time(1, 2, 3, 4, None, fold=1)", "time(1, 2, 3, 4, None, 1)", "time(tzinfo='x')",
          "date(2000, 1, 1).replace(month=2)", "date(2000, 1, 31).replace(month=2)", "date(2000, 1, 1).replace(foo=1)",
          "date(2000, 1, 1).replace(1, 2, 3, 4)", "datetime(2000, 1, 1).replace(tzinfo=3)", "datetime(2000, 1, 1).replace(fold=1)",
          "datetime(2000, 1, 1).replace(fold=5)", "time(1).replace(hour=2, fold=1)", "time(1).replace(fold=-1)",
          "date(2000, 2, 28) + T(1)", "date(2000, 12, 31) + T(1)", "T(-1) + date(2000, 1, 1)", "date(2000, 3, 1) - T(1)",
          "date(2000, 1, 1) - date(1999, 1, 1)", "date.max + T(1)", "date.min - T(1)", "date(2000, 1, 1) + T(hours=47)",
          "date(2000, 1, 1) + 1", "date(2000, 1, 1) - datetime(2000, 1, 1)", "datetime(2000, 1, 1) - date(2000, 1, 1)",
          "datetime(2000, 2, 28, 23, 59, 59, 999999) + T(microseconds=1)", "datetime.max + T(microseconds=1)",
          "datetime(2000, 1, 1) - datetime(1970, 1, 1, 12)", "datetime(2000, 1, 1) + T(days=-1, seconds=1)",
          "time() + T(1)", "date(2000, 1, 1) < datetime(2000, 1, 1)", "datetime(2000, 1, 1) < date(2000, 1, 1)",
          "date(2000, 1, 1) == datetime(2000, 1, 1)", "datetime(2000, 1, 1) != date(2000, 1, 1)", "date(2000, 1, 1) < 1",
          "date(2000, 1, 1) == 1", "time(1) < time(2)", "time(1) < 1", "time(1) == time(1, 0)",
          "date(2000, 1, 1).toordinal()", "date.fromordinal(730120)", "date.fromordinal(0)", "date.fromordinal(1.5)",
          "date.fromordinal(3652060)", "datetime.fromordinal(730120)", "date(2000, 1, 1).weekday()",
          "date(2000, 1, 1).isoweekday()", "date(2000, 1, 1).isocalendar()", "date(2004, 12, 31).isocalendar()",
          "date(2005, 1, 1).isocalendar()", "date(2008, 12, 29).isocalendar()", "tuple(date(2000, 1, 1).isocalendar())",
          "date(2000, 1, 1).isocalendar().week", "date(2000, 1, 1).isocalendar().__reduce__()",
          "date.fromisocalendar(2004, 53, 5)", "date.fromisocalendar(2005, 53, 1)", "date.fromisocalendar(2000, 1, 8)",
          "date.fromisocalendar(0, 1, 1)", "date.fromisocalendar(2000, 2**40, 1)", "datetime.fromisocalendar(2000, 1, 1)",
          "date(2000, 1, 1).ctime()", "datetime(2000, 1, 9, 5, 6, 7).ctime()", "date(2000, 1, 1).timetuple()",
          "datetime(2000, 3, 1, 5, 6, 7).timetuple()", "datetime(2000, 3, 1, 5, 6, 7).utctimetuple()",
          "date(2000, 1, 1).isoformat()", "str(date(5, 1, 1))", "repr(date(2000, 1, 1))",
          "datetime(2000, 1, 1, 1, 2, 3, 4).isoformat()", "datetime(2000, 1, 1).isoformat(' ')",
          "datetime(2000, 1, 1, 1, 2, 3, 4567).isoformat(timespec='milliseconds')", "datetime(2000, 1, 1).isoformat(timespec='hours')",
          "datetime(2000, 1, 1).isoformat(timespec='x')", "datetime(2000, 1, 1).isoformat('ab')", "datetime(2000, 1, 1).isoformat(1)",
          "datetime(2000, 1, 1).isoformat(sep='\\u20ac')", "time(1, 2, 3, 4).isoformat('minutes')", "time(1, 2).isoformat(timespec='microseconds')",
          "str(datetime(2000, 1, 1, 1, 2, 3))", "str(time(1, 2, 3, 400))", "repr(datetime(2000, 1, 2, 3, 4))",
          "repr(datetime(2000, 1, 2, 3, 4, 5))", "repr(datetime(2000, 1, 2, 3, 4, 5, 6, fold=1))", "repr(time(1))",
          "repr(time(1, 2, 3, fold=1))", "repr(datetime(2000, 1, 2, fold=1, tzinfo=timezone.utc))",
          "repr(time(1, fold=1, tzinfo=timezone(T(hours=1))))", "date(2000, 1, 1).strftime('%Y %m %d %% %f %z %Z')",
          "datetime(2000, 1, 1, 1, 2, 3, 45).strftime('%H:%M:%S.%f %z|%Z|')", "time(1, 2, 3, 4).strftime('%H %f %Y')",
          "date(2000, 1, 1).strftime()", "date(2000, 1, 1).strftime(1)", "format(date(2000, 1, 1), '')",
          "format(date(2000, 1, 1), '%d/%m')", "format(datetime(2000, 1, 1), '%j')", "format(time(5), '%I %p')",
          "f'{date(2000, 1, 1):%A}'", "date(2000, 1, 1).__format__(1)", "datetime(2000, 1, 1, 2).date()",
          "datetime(2000, 1, 1, 2, fold=1).time()", "datetime(2000, 1, 1, 2, tzinfo=timezone.utc).timetz()",
          "datetime.combine(date(2000, 1, 1), time(1, 2, tzinfo=timezone.utc))", "datetime.combine(date(2000, 1, 1), time(1), tzinfo=None)",
          "datetime.combine(1, 2)", "datetime.combine(date(2000, 1, 1), 2)", "datetime.combine(datetime(2000, 1, 1, 5), time(1))",
          "hash(date(2000, 1, 1)) == hash(date(2000, 1, 1))", "hash(datetime(2000, 1, 1, fold=1)) == hash(datetime(2000, 1, 1))",
          "hash(time(1, fold=1)) == hash(time(1))", "date(2000, 1, 1).__reduce__()", "datetime(2000, 1, 1, 1, 2, 3, 4).__reduce__()",
          "datetime(2000, 1, 1, fold=1).__reduce_ex__(4)", "datetime(2000, 1, 1, fold=1).__reduce_ex__(2)",
          "time(1, fold=1).__reduce_ex__(4)", "time(1, tzinfo=timezone.utc).__reduce__()", "date(b'\\x07\\xd0\\x01\\x01')",
          "datetime(b'\\x07\\xd0\\x81\\x01\\x00\\x00\\x00\\x00\\x00\\x01')", "time(b'\\x81\\x00\\x00\\x00\\x00\\x00')",
          "date('\\x07\\xd0\\x01\\x01')", "datetime(b'\\x07\\xd0\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x01', 'x')"]:
    show(e)
for t in (date, time, datetime):
    print(t.__name__, sorted(k for k in t.__dict__ if not k.startswith('__')))
# The hash values themselves (the harness runs with PYTHONHASHSEED=0): bytes hashes for naive values,
# timedelta hashes for aware ones.
print([hash(x) for x in [date(2000, 1, 1), datetime(2000, 1, 1, 2, 3, 4, 5), datetime(2000, 1, 1, fold=1), time(1, 2, 3, 4),
                         time(1, tzinfo=timezone.utc), datetime(2000, 1, 1, tzinfo=timezone(T(hours=3))), T(1, 2, 3),
                         timezone.utc, timezone(T(hours=-2), 'x'), date(2000, 1, 1).isocalendar()]])
# getargs order: a bad value is reported before a later missing argument or an unknown keyword.
for e in ["date('a')", "date(month='x')", "datetime.combine(1)", "datetime(2000, 'x', foo=1)", "datetime(2000, 1, 1, foo=1)",
          "time(1, foo=2)", "time('a', foo=2)", "timezone(1, name=2, x=3)", "timezone(T(0), 2)",
          "date(2000, 1, 1).replace(year='x', foo=1)", "date(1, month=2, year=3)", "datetime(2000, 1, 1).isoformat(sep=1, timespec=2)",
          "date.fromisocalendar(1, week='a')", "date(2000, 1, 1).strftime(format=1)", "date(2000, 1, 1).strftime(fmt='x')",
          "date.fromordinal()", "date.fromordinal(1, 2)", "date(2000, 1, 1).__format__()", "time().__reduce_ex__()"]:
    show(e)
import sys
print([sys.getsizeof(x) for x in [date(2000, 1, 1), datetime(2000, 1, 1), datetime(2000, 1, 1, tzinfo=timezone.utc), time(),
                                  T(1), timezone.utc, tzinfo()]])
