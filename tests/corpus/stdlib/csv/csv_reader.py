# csv.reader: quoting, escaping, embedded newlines, whitespace, numeric fields, line numbers.
import csv
import io


def rows(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = list(r)
        print(repr(text)[:60], kw, '->', out, 'line_num', r.line_num)
    except Exception as e:
        print(repr(text)[:60], kw, '->', type(e).__name__, e)


rows('a,b,c\r\n1,2,3\r\n')
rows('a,b,c\n1,2,3\n')
rows('a,b,c\r1,2,3\r')
rows('"a,b",c\n')
rows('"a ""quoted"" word",x\n')
rows('"multi\nline",end\n')
rows('"multi\r\nline",end\r\n')
rows('\n\n\na\n')
rows('a,,c,\n')
rows(',\n')
rows('""\n')
rows('"",""\n')
rows('a, b,  c\n', skipinitialspace=True)
rows('a, "b,c", d\n', skipinitialspace=True)
rows('a;b;c\n', delimiter=';')
rows('a\tb\tc\n', delimiter='\t')
rows("'a,b',c\n", quotechar="'")
rows('a\\,b,c\n', escapechar='\\')
rows('a\\,b,c\n', escapechar='\\', quoting=csv.QUOTE_NONE)
rows('"a\\"b",c\n', escapechar='\\', doublequote=False)
rows('"a"b,c\n')
rows('"a"b,c\n', strict=True)
rows('"unterminated\n')
rows('"unterminated\n', strict=True)
rows('1,2.5,"x",-3e2\n', quoting=csv.QUOTE_NONNUMERIC)
rows('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
rows('"a",b\n', quoting=csv.QUOTE_NONE)
rows('a\\\nb,c\n', escapechar='\\')
rows('a,b\x00c\n')
rows('é,ñ,日本,🐍\n')
rows('a,b\rc\n')
rows('x\\', escapechar='\\')
rows('"x\\', escapechar='\\')

r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(r.line_num, r.dialect.delimiter)
for row in r:
    print(row, r.line_num)

for bad in [[1, 2], [b'a,b']]:
    try:
        print(list(csv.reader(bad)))
    except csv.Error as e:
        print('Error', e)

try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)


class Lines:
    def __iter__(self):
        yield 'x,y'
        raise ValueError('broken source')


try:
    print(list(csv.reader(Lines())))
except ValueError as e:
    print('ValueError', e)

print(list(csv.reader(['a,b'], 'excel-tab')), list(csv.reader(['a\tb'], dialect='excel-tab')))
print(type(csv.reader([])).__name__, type(iter(csv.reader([]))).__name__)
