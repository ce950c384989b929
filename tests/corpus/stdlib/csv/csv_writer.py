# csv.writer: quoting styles, escaping, line terminators, non-string fields and writer errors.
import csv
import io


def write(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        print(kw, repr(out.getvalue()))
    except Exception as e:
        print(kw, type(e).__name__, e, repr(out.getvalue()))


data = [['a', 'b c', 'd,e', 'f"g', 'h\ni', '', None, 1, 2.5, True]]
write(data)
write(data, quoting=csv.QUOTE_ALL)
write(data, quoting=csv.QUOTE_NONNUMERIC)
write(data, quoting=csv.QUOTE_NONE)
write(data, quoting=csv.QUOTE_NONE, escapechar='\\')
write(data, doublequote=False)
write(data, doublequote=False, escapechar='\\')
write([['a', 'b']], lineterminator='\n')
write([['a', 'b;c']], delimiter=';', lineterminator='|')
write([['x|y']], lineterminator='|')
write([['']])
write([[None]])
write([['']], quoting=csv.QUOTE_NONE)
write([[]])
write([['a\\b']], escapechar='\\')
write([['a\\b']], escapechar='\\', quoting=csv.QUOTE_NONE)
write([["it's"]], quotechar="'")
write([['a\rb']])
write([['é', '日本', '🐍']])
write([[1.5, -2, 3+4j, float('inf')]], quoting=csv.QUOTE_NONNUMERIC)
write([('tuple', 'row'), iter(['iterator', 'row']), 'str'])
write([5])
write([[object.__new__(type('Bad', (), {'__str__': lambda self: 1/0}))]])

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['a', 'b']), w.writerows([[1], [2, 3]]), repr(out.getvalue()))
print(w.dialect.lineterminator == '\r\n', type(w).__name__)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s) * 10


s = Sink()
print(csv.writer(s).writerow(['x', 'y']), s.parts)
for target in [5, object(), type('NoCall', (), {'write': 3})()]:
    try:
        csv.writer(target)
    except TypeError as e:
        print('TypeError', e)

try:
    w.writerows(5)
except TypeError as e:
    print('TypeError', e)
