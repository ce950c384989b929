# dbm.ndbm (_dbm over Berkeley DB): the mapping protocol with str and bytes keys, get/setdefault/keys, the
# open flags, whichdb, dbm.open choosing ndbm, and the context manager.
import dbm, dbm.ndbm, os, shutil, tempfile
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'db')
    print(dbm.ndbm.library, dbm.ndbm.error is dbm.ndbm.error, issubclass(dbm.ndbm.error, OSError))
    d = dbm.ndbm.open(path, 'n', 0o600)
    print(type(d).__name__, type(d).__module__, len(d))
    d['alpha'] = 'one'
    d[b'beta'] = b'two'
    d['gr\xfc\xdfe'] = 'gr\xfc\xdfe'
    d[b''] = b''
    d['big'] = 'x' * 5000
    print(len(d), sorted(d.keys()))
    print(d['alpha'], d[b'alpha'], d['gr\xfc\xdfe'], d[b''], len(d[b'big']))
    print('alpha' in d, b'beta' in d, 'gamma' in d, b'' in d)
    print(d.get('alpha'), d.get('gamma'), d.get(b'gamma', 'default'))
    print(d.setdefault('alpha'), d.setdefault('new'), d.setdefault('newer', b'val'), d.setdefault('newer', 'other'))
    d['alpha'] = 'replaced'
    del d['beta']
    print(len(d), sorted(d.keys()), d['alpha'])
    try:
        del d['beta']
    except KeyError as e:
        print('KeyError', e)
    try:
        d['missing']
    except KeyError as e:
        print('KeyError', e)
    d.close()
    print(os.path.exists(path + '.db'), dbm.whichdb(path))
    with dbm.ndbm.open(path) as r:
        print(sorted(r.keys()), r.get('new'))
        try:
            r['x'] = 'y'
        except dbm.ndbm.error as e:
            print('error', e)
    with dbm.ndbm.open(path, 'w') as w:
        w['w'] = 'ok'
        print(len(w))
    with dbm.ndbm.open(path, 'c') as c:
        print(c['w'], len(c))
    with dbm.open(path, 'c') as g:
        print(type(g).__module__, sorted(g.keys())[:3])
    with dbm.ndbm.open(path, 'n') as n:
        print(len(n), n.keys())
    for i in range(200):
        with dbm.ndbm.open(path, 'c') as c:
            c[str(i)] = str(i * i)
    with dbm.ndbm.open(path) as r:
        print(len(r), r['199'], sum(int(r[k]) for k in r.keys()))
finally:
    shutil.rmtree(tmp)
