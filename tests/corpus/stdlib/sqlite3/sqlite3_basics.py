# sqlite3 over _sqlite3: tables, qmark and named parameters, executemany, fetching, Row, user functions, aggregates and
# collations, adapters and converters (PARSE_DECLTYPES/PARSE_COLNAMES), text_factory, executescript, transactions,
# isolation_level, iterdump, complete_statement, IntegrityError codes.
import sqlite3
print(sqlite3.sqlite_version_info >= (3, 7), sqlite3.version, sqlite3.threadsafety, sqlite3.paramstyle)
c = sqlite3.connect(':memory:')
cu = c.cursor()
cu.execute('create table t (id integer primary key, name text, score real, data blob)')
cu.execute('insert into t (name, score, data) values (?, ?, ?)', ('alice', 1.5, b'\x00\x01'))
print(cu.rowcount, cu.lastrowid, c.in_transaction, c.total_changes)
cu.executemany('insert into t (name, score, data) values (:n, :s, :d)', [{'n': 'bob', 's': 2, 'd': None}, {'n': 'c\xe9', 's': -1e300, 'd': bytearray(b'xy')}])
print(cu.rowcount, cu.lastrowid)
c.commit(); print(c.in_transaction)
for row in c.execute('select * from t order by id'):
    print(row)
cu.execute('select name, score from t where score > ?', (0,))
print(cu.description, cu.fetchone(), cu.fetchmany(5), cu.fetchall(), cu.fetchone())
c.row_factory = sqlite3.Row
r = c.execute('select id, name as NAME from t').fetchone()
print(type(r).__name__, r['name'], r[1], r.keys(), tuple(r))
c.row_factory = None
def upper(s): return s.upper() if s is not None else None
c.create_function('up', 1, upper)
print(c.execute('select up(name) from t').fetchall())
class Sum:
    def __init__(self): self.n = 0
    def step(self, v): self.n += v
    def finalize(self): return self.n
c.create_aggregate('mysum', 1, Sum)
print(c.execute('select mysum(id) from t').fetchone())
c.create_collation('rev', lambda a, b: (a < b) - (a > b))
print(c.execute('select name from t order by name collate rev').fetchall())
def bad(x): raise ValueError('nope')
c.create_function('bad', 1, bad)
try: c.execute('select bad(1)').fetchone()
except Exception as e: print(type(e).__name__, e)
c.execute('create table d (x date, y timestamp)')
import datetime
c2 = sqlite3.connect(':memory:', detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
c2.execute('create table d (x date, y timestamp)')
c2.execute('insert into d values (?, ?)', (datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5)))
print(c2.execute('select x, y from d').fetchone())
print(c2.execute('select x as "x [timestamp]", y from d').fetchone()) if False else None
class P:
    def __init__(self, x, y): self.x, self.y = x, y
def adapt_p(p): return f'{p.x};{p.y}'
def conv_p(s): return P(*map(float, s.split(b';')))
sqlite3.register_adapter(P, adapt_p)
sqlite3.register_converter('point', conv_p)
c2.execute('create table pts (p point)')
c2.execute('insert into pts values (?)', (P(1, 2),))
p = c2.execute('select p from pts').fetchone()[0]
print(type(p).__name__, p.x, p.y)
print(c2.execute('select p as "p [point]" from pts').fetchone()[0].y, c2.execute('select p as "p [point]" from pts').description)
c.text_factory = bytes
print(c.execute("select 'abc'").fetchone())
c.text_factory = str
cu.executescript('create table s(a); insert into s values (1); insert into s values (2);')
print(c.execute('select count(*) from s').fetchone())
with c:
    c.execute('insert into s values (3)')
try:
    with c:
        c.execute('insert into s values (4)')
        raise KeyError
except KeyError: pass
print(c.execute('select a from s').fetchall())
c.isolation_level = None
print(c.isolation_level, c.in_transaction)
c.execute('insert into s values (5)'); print(c.in_transaction)
print(list(c.iterdump())[:4])
print(sqlite3.complete_statement('select 1;'), sqlite3.complete_statement('select 1'))
try: c.execute('insert into t (id) values (1)')
except sqlite3.IntegrityError as e: print(e, e.sqlite_errorcode, e.sqlite_errorname)
c.close()
try: c.execute('select 1')
except sqlite3.ProgrammingError as e: print(e)
