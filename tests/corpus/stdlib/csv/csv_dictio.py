# DictReader and DictWriter over the C reader and writer.
import csv
import io

text = 'id,name,score\r\n1,ann,3.5\r\n2,"bob, jr",4\r\n3,cid\r\n4,dee,5,extra,more\r\n'
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)

r = csv.DictReader(io.StringIO(text, newline=''), fieldnames=['a', 'b'], restkey='rest', restval='?')
print([dict(x) for x in r])

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='-', quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({'id': 1, 'name': 'ann', 'score': 3.5})
w.writerows([{'id': 2, 'name': 'bob'}, {'name': 'x"y', 'id': 3, 'score': None}])
print(repr(out.getvalue()))
try:
    w.writerow({'id': 1, 'nope': 2})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

# A round trip through a real file, opened as the csv docs say (newline='').
import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'data.csv')
rows = [['x', 'y\nz', 'q"uote'], ['1', '', ' sp '], ['é', 'ß', '€']]
with open(path, 'w', newline='', encoding='utf-8') as f:
    csv.writer(f).writerows(rows)
with open(path, 'rb') as f:
    print(f.read())
with open(path, newline='', encoding='utf-8') as f:
    back = list(csv.reader(f))
print(back == rows, back)
os.remove(path)
os.rmdir(d)
