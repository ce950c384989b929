# field_size_limit, reader/writer objects' attributes, the _csv module surface.
import _csv
import csv
import io

print(csv.field_size_limit())
print(csv.field_size_limit(10))
print(list(csv.reader(['0123456789,x'])))
try:
    list(csv.reader(['0123456789a,x']))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['"0123456789', 'abc"']))
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(128 * 1024))
for bad in [1.5, '3', 2**64, True]:
    try:
        csv.field_size_limit(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print('TypeError', e)
print(csv.field_size_limit(new_limit=131072))

r = csv.reader(['a'])
for attr in ['dialect', 'line_num']:
    try:
        setattr(r, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
print(sorted(n for n in dir(_csv) if not n.startswith('__')))
print(_csv.Reader.__name__, _csv.Writer.__name__, _csv.Dialect.__name__, _csv.Error.__mro__[1].__name__)
print(csv.Error is _csv.Error, csv.reader is _csv.reader, csv.QUOTE_ALL)
print(_csv.Dialect.__doc__)
print(_csv.Writer.writerow.__doc__)
for f in [lambda: _csv.reader(), lambda: _csv.reader([], 'excel', 1), lambda: _csv.writer(),
          lambda: _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), lambda: _csv.Dialect('excel', delimiter=';', dialect='x'),
          lambda: _csv.Reader(1)]:
    try:
        print(f())
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
d = _csv.Dialect(delimiter=';')
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=',') is d, _csv.Dialect('excel').delimiter)


class Sub(_csv.Dialect):
    pass


s = Sub(quotechar="'")
print(type(s).__name__, s.quotechar, s.delimiter)
try:
    s.__reduce_ex__(2)
except TypeError as e:
    print('TypeError', e)
w = csv.writer(io.StringIO(), s)
print(type(w.dialect).__name__, w.dialect is s)
