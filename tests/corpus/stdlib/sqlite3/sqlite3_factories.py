# sqlite3: Connection and Cursor subclasses and factories, isolation levels and explicit transactions, rowcount and
# lastrowid (executemany, RETURNING), row_factory functions and Row subclasses, adapters for non-base types, the
# default date/timestamp converters, integer limits, fetchmany sizes.
import sqlite3, datetime, decimal
class MyConn(sqlite3.Connection):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = 'mine'
class MyCur(sqlite3.Cursor):
    pass
c = sqlite3.connect(':memory:', factory=MyConn, isolation_level='IMMEDIATE')
print(type(c).__name__, c.tag, c.isolation_level)
cu = c.cursor(MyCur)
print(type(cu).__name__)
cu.execute('create table t(a integer primary key, b)')
print(cu.rowcount, cu.lastrowid, c.in_transaction)
cu.executemany('insert into t(b) values (?)', ((str(i),) for i in range(5)))
print(cu.rowcount, cu.lastrowid, cu.description, c.in_transaction)
c.rollback(); print(c.execute('select count(*) from t').fetchone())
c.row_factory = lambda cur, row: {d[0]: v for d, v in zip(cur.description, row)}
cu2 = c.execute('insert into t(b) values (?) returning a, b', ('r',))
print(cu2.fetchall(), cu2.rowcount)
print(c.execute('select * from t').fetchall())
c.row_factory = None
print(c.execute('update t set b = ? where a > ?', ('u', 0)).rowcount, c.execute('delete from t').rowcount)
sqlite3.register_adapter(decimal.Decimal, str)
print(c.execute('select ?', (decimal.Decimal('1.5'),)).fetchone())
print(c.execute('select ?, ?, ?', (True, 2.5, b'x')).fetchone())
print(c.execute('select ?', (memoryview(b'mv'),)).fetchone())
c2 = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES)
c2.execute('create table d(d date, n date, ts timestamp)')
c2.execute('insert into d values (?, null, ?)', (datetime.date(2001, 2, 3), datetime.datetime(2001, 2, 3, 4, 5, 6, 789)))
print(c2.execute('select * from d').fetchone())
c2.execute('create table q(x)')
try:
    c2.execute('insert into q values (?)', (object(),))
except sqlite3.Error as e: print(type(e).__name__, e)
print(sqlite3.connect(':memory:').execute('pragma user_version').fetchone())
c3 = sqlite3.connect(':memory:', isolation_level=None)
c3.execute('begin'); c3.execute('create table z(x)'); print(c3.in_transaction); c3.execute('commit'); print(c3.in_transaction)
cur = c3.cursor()
print(cur.execute('select 1').fetchone(), cur.execute('select 2').fetchone())
it = c3.execute('select 1 union all select 2 union all select 3')
print(next(it), list(it), next(it, 'end'))
class R(sqlite3.Row): pass
c3.row_factory = R
r = c3.execute('select 1 as x').fetchone(); print(type(r).__name__, r['X'], r == R(cur, (1,)))
print(sqlite3.Row(c3.execute('select 1 as x'), (5,))['x'])
try: c3.execute('select * from nope')
except sqlite3.OperationalError as e: print(e, e.sqlite_errorcode, e.sqlite_errorname)
print([tuple(r) for r in c3.execute('select 1 union select 2').fetchmany(0)], [tuple(r) for r in c3.execute('select 1 union select 2').fetchmany(size=1)])
print(c3.total_changes, tuple(c3.execute("select typeof(?), typeof(?), typeof(?), typeof(?)", (1, 1.0, 'a', None)).fetchone()))
try: c3.execute("select ?", (2**63,))
except Exception as e: print(type(e).__name__, e)
print(tuple(c3.execute("select ?", (-2**63,)).fetchone()))
