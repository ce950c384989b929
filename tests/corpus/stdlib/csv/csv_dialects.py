# Dialects: the registry, Dialect validation messages, dialect classes and instances, the Sniffer.
import csv
import io

print(sorted(csv.list_dialects()))
for name in ['excel', 'excel-tab', 'unix']:
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 1])
print(repr(out.getvalue()))
csv.unregister_dialect('pipes')
for f in [lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes'),
          lambda: csv.register_dialect(1), lambda: csv.reader([], 'nope'), lambda: csv.get_dialect()]:
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)


class Semi(csv.excel):
    delimiter = ';'


csv.register_dialect('semi', Semi)
print(list(csv.reader(['a;b'], 'semi')), list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))
csv.register_dialect('semi2', 'semi', quotechar="'")
print(csv.get_dialect('semi2').delimiter, csv.get_dialect('semi2').quotechar)

bad = [
    dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=None), dict(delimiter=1),
    dict(quotechar=''), dict(quotechar=5), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
    dict(escapechar='xy'), dict(escapechar=3), dict(lineterminator=None), dict(lineterminator=4),
    dict(quoting=9), dict(quoting='1'), dict(quoting=True), dict(quoting=2**40), dict(nonsense=1),
    dict(doublequote=0, skipinitialspace='yes', strict=[]),
]
for kw in bad:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.quoting, repr(d.quotechar), d.doublequote, d.skipinitialspace, d.strict)
    except (TypeError, OverflowError) as e:
        print(kw, type(e).__name__, e)


class Weird:
    delimiter = ':'


print(list(csv.reader(['a:b'], Weird)))


class NotValid(csv.Dialect):
    delimiter = ','


try:
    NotValid()
except csv.Error as e:
    print('Error', e)

d = csv.get_dialect('excel')
for attr in ['delimiter', 'quoting', 'strict']:
    try:
        setattr(d, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
import pickle
try:
    pickle.dumps(d)
except TypeError as e:
    print('TypeError', e)

sniffer = csv.Sniffer()
sample = 'name;age;city\nann;31;"Paris"\nbob;27;"Rome"\n'
sd = sniffer.sniff(sample)
print(repr(sd.delimiter), repr(sd.quotechar), sd.doublequote, sd.skipinitialspace, sniffer.has_header(sample))
sd = sniffer.sniff('a,b,c\n1,2,3\n4,5,6\n')
print(repr(sd.delimiter), sniffer.has_header('a,b,c\n1,2,3\n4,5,6\n'))
try:
    sniffer.sniff('')
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
