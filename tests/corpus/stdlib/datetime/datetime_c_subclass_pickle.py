# Python subclasses of the C datetime types (__new__ paths, results of the subclass) and pickling.
import copy
import pickle
from datetime import date, time, datetime, timedelta as T, timezone, tzinfo, UTC


class D(date):
    def __new__(cls, y, m, d, extra='x'):
        self = super().__new__(cls, y, m, d)
        self.extra = extra
        return self


class DT(datetime):
    calls = 0

    def __new__(cls, *args, **kw):
        DT.calls += 1
        return super().__new__(cls, *args, **kw)


class TM(time):
    __slots__ = ('tag',)


class TZ(tzinfo):
    def __init__(self, hours=1):
        self.hours = hours
    def utcoffset(self, dt): return T(hours=self.hours)
    def dst(self, dt): return T(0)
    def tzname(self, dt): return 'TZ%d' % self.hours
    def __eq__(self, other): return isinstance(other, TZ) and other.hours == self.hours
    __hash__ = tzinfo.__hash__
    def __repr__(self): return 'TZ(%d)' % self.hours


d = D(2000, 1, 2, 'e')
print(type(d).__name__, d, repr(d), d.extra, isinstance(d, date))
for r in (d + T(1), d - T(1), D.fromordinal(5), D.fromisoformat('2000-02-03'), D.fromisocalendar(2000, 1, 1), d.replace(day=9)):
    print(type(r).__name__, r, getattr(r, 'extra', '-'))
print(d - date(2000, 1, 1), type(d - date(2000, 1, 1)).__name__)
dt = DT(2000, 1, 2, 3, 4, 5, 6)
print(DT.calls, type(dt).__name__, repr(dt), str(dt))
results = [dt + T(1), dt - T(1), DT.combine(date(2000, 1, 1), time(1)), DT.fromisoformat('2000-01-02T03:04'),
           DT.utcfromtimestamp(86400), DT.fromtimestamp(0, UTC), dt.replace(year=2001), dt.astimezone(UTC) if False else dt,
           DT.strptime('2000', '%Y'), DT.fromordinal(3)]
for r in results:
    print(type(r).__name__, repr(r))
print('calls', DT.calls)
t = TM(1, 2)
t.tag = 'x'
print(type(t).__name__, t.tag, repr(t), type(t.replace(hour=5)).__name__, type(TM.fromisoformat('01:02')).__name__)
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    class Z(timezone):
        pass
except TypeError as e:
    print('TypeError', e)
values = [T(1, 2, 3), date(2000, 1, 2), time(1, 2, 3, 4, fold=1), time(5, tzinfo=UTC), datetime(2000, 1, 2, 3, 4, 5, 6, fold=1),
          datetime(2000, 1, 2, tzinfo=timezone(T(hours=-3), 'X')), UTC, timezone(T(minutes=30)), TZ(3),
          datetime(2000, 1, 2, tzinfo=TZ(2)), date(2000, 1, 1).isocalendar(), DT(2000, 1, 1)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(back).__name__, repr(back) if not isinstance(back, TZ) else back.hours, back == v,
              getattr(back, 'fold', '-'))
print(pickle.dumps(datetime(2000, 1, 2, fold=1), 2))
print(pickle.dumps(datetime(2000, 1, 2, fold=1), 4))
print(pickle.dumps(T(1, 2, 3), 0))
print(copy.copy(datetime(2000, 1, 2, tzinfo=UTC)), copy.deepcopy(time(1, tzinfo=TZ(4))).tzinfo.hours)
try:
    pickle.dumps(d)
    print(pickle.loads(pickle.dumps(d)))
except TypeError as e:
    print('TypeError', e)
print(pickle.loads(b'cdatetime\ndatetime\n(U\n\x07\xd0\x01\x02\x03\x04\x05\x00\x00\x06tR.', encoding='latin1'))
