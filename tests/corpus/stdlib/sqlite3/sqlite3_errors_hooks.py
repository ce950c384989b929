# sqlite3's error messages (bindings, statements, closed connections and cursors, Row, threads, adapt), and the
# authorizer, progress handler and trace callbacks.
import sqlite3
c = sqlite3.connect(':memory:')
for t in [lambda: setattr(c,'isolation_level',1), lambda: setattr(c,'isolation_level','foo'), lambda: delattr(c,'isolation_level'), lambda: sqlite3.connect(), lambda: sqlite3.connect(1), lambda: sqlite3.Connection.__new__(sqlite3.Connection).cursor(), lambda: c.cursor(1), lambda: c.cursor(factory=dict), lambda: c.execute(1), lambda: c.execute('select ?', 1), lambda: c.execute('select ?', (1,2)), lambda: c.execute('select :a', {}), lambda: c.execute('select ?', (object(),)), lambda: c.execute('select 1; select 2'), lambda: c.execute('selec'), lambda: c.executemany('select 1', [()]), lambda: c.create_function('f', 1, 2), lambda: c.create_function(), lambda: c.create_aggregate('a', 1, 2), lambda: c.execute('select \0'), lambda: c.execute('select :a', (1,)), lambda: c.execute('select ?', {'a': 1}), lambda: c.row_factory, lambda: c.text_factory, lambda: c.total_changes, lambda: c.in_transaction, lambda: c.isolation_level, lambda: c.create_collation('x', 1), lambda: c.execute('create table t(a unique)').execute('insert into t values (1)').execute('insert into t values (1)'), lambda: c.execute(''), lambda: c.execute('-- hi').fetchall(), lambda: c.execute('select ?', [3]).fetchall(), lambda: c.execute('select ?, ?', 'ab').fetchall(), lambda: c.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH), lambda: c.setlimit(99, 1), lambda: c.execute("select x'ff'").fetchone(), lambda: c.execute("select cast(x'ff' as text)").fetchone(), lambda: c.execute('select 9223372036854775807, -1.5, null').fetchone()]:
  try: r = t(); print(type(r).__name__ if type(r).__name__ == 'Cursor' else repr(r))
  except Exception as e: print(type(e).__name__, e, getattr(e, 'sqlite_errorcode', ''), getattr(e, 'sqlite_errorname', ''))
cu = c.cursor()
for t in [lambda: cu.fetchone(), lambda: cu.fetchmany(), lambda: cu.fetchall(), lambda: cu.description, lambda: cu.rowcount, lambda: cu.lastrowid, lambda: cu.arraysize, lambda: cu.connection is c, lambda: cu.row_factory, lambda: cu.executemany('insert into x values (?)', 1), lambda: cu.executescript(1), lambda: cu.executescript('selec'), lambda: cu.execute('select 1 as a, 2 as "b [int]"').description, lambda: cu.fetchmany(-1), lambda: cu.fetchmany(size=2), lambda: cu.setinputsizes(1), lambda: cu.setoutputsize(1), lambda: sqlite3.Cursor(1), lambda: sqlite3.Cursor.__new__(sqlite3.Cursor).execute('x'), lambda: sqlite3.Row(1,2), lambda: sqlite3.Row(cu, [1]), lambda: next(cu), lambda: setattr(cu, 'arraysize', 'x'), lambda: setattr(cu, 'rowcount', 1), lambda: cu.execute('select 1', ()).fetchone(), lambda: c.execute('select 1 union select 2').fetchmany(1)]:
  try: r = t(); print(type(r).__name__ if type(r).__name__ == 'Cursor' else repr(r))
  except Exception as e: print(type(e).__name__, e)
cu.close()
for t in [lambda: cu.execute('select 1'), lambda: cu.fetchone(), lambda: cu.close(), lambda: next(cu), lambda: cu.description]:
  try: r = t(); print(type(r).__name__ if type(r).__name__ == 'Cursor' else repr(r))
  except Exception as e: print(type(e).__name__, e)
c.row_factory = sqlite3.Row
r = c.execute('select 1 as a, 2 as B').fetchone()
print(r[0], r['a'], r['b'], r[-1], r[0:1], r.keys(), len(r), list(r), r == r, hash(r) == hash(r), r != r)
for t in [lambda: r['c'], lambda: r[5], lambda: r[1.0], lambda: r.keys(1)]:
  try: r = t(); print(type(r).__name__ if type(r).__name__ == 'Cursor' else repr(r))
  except Exception as e: print(type(e).__name__, e)
c.close()
for t in [lambda: c.execute('select 1'), lambda: c.cursor(), lambda: c.commit(), lambda: c.close(), lambda: c.total_changes, lambda: c.in_transaction, lambda: c.isolation_level]:
  try: r = t(); print(type(r).__name__ if type(r).__name__ == 'Cursor' else repr(r))
  except Exception as e: print(type(e).__name__, e)
import threading
c = sqlite3.connect(':memory:')
def other():
  try: c.execute('select 1')
  except Exception as e: print(type(e).__name__, str(e)[:60])
th = threading.Thread(target=other); th.start(); th.join()
c2 = sqlite3.connect(':memory:', check_same_thread=False)
th = threading.Thread(target=lambda: print(c2.execute('select 1').fetchone())); th.start(); th.join()
for v in (1, 'x'):
    try: print(sqlite3.adapt(v))
    except Exception as e: print(type(e).__name__, e)
print(sqlite3.adapt(1, sqlite3.PrepareProtocol, 'alt'))
try: sqlite3.adapt(object())
except Exception as e: print(type(e).__name__, e)
class Conf:
    def __conform__(self, proto): return 'conformed' if proto is sqlite3.PrepareProtocol else None
print(c.execute('select ?', (Conf(),)).fetchone())
c.create_function('bad', 0, lambda: 1/0)
try: c.execute('select bad()')
except Exception as e: print(type(e).__name__, e)
import sqlite3
c = sqlite3.connect(':memory:')
c.set_trace_callback(lambda s: print('trace', s))
c.execute('create table t(a, b)')
c.execute('insert into t values (?, ?)', (1, 'x'))
c.commit()
c.set_trace_callback(None)
c.execute('select 1')
def auth(action, a1, a2, db, src):
    print('auth', action, a1, a2, db, src)
    return sqlite3.SQLITE_DENY if a2 == 'b' else sqlite3.SQLITE_OK
c.set_authorizer(auth)
print(c.execute('select a from t').fetchall())
try: c.execute('select b from t')
except sqlite3.DatabaseError as e: print(type(e).__name__, e)
c.set_authorizer(None)
n = [0]
def prog():
    n[0] += 1
    return n[0] > 3
c.set_progress_handler(prog, 1)
try: c.execute('with recursive r(x) as (select 1 union all select x+1 from r where x < 1000) select sum(x) from r').fetchall()
except sqlite3.OperationalError as e: print(e)
c.set_progress_handler(None, 0)
print(c.execute('select count(*) from t').fetchone())
try: c.set_progress_handler(prog)
except TypeError as e: print(e)
