# pyexpat: buffer_text, buffer_size and buffer_used, ParseFile with file-like objects, base, input context.
import io
import pyexpat

text = 'line one\nline &amp; two\n' + 'x' * 50 + '<b/>tail'
doc = '<r>' + text + '</r>'

for buffered in (False, True):
    p = pyexpat.ParserCreate()
    p.buffer_text = buffered
    chunks = []
    p.CharacterDataHandler = chunks.append
    p.StartElementHandler = lambda n, a: chunks.append('<%s>' % n)
    p.Parse(doc, True)
    print(buffered, p.buffer_text, p.buffer_size, p.buffer_used, chunks)

p = pyexpat.ParserCreate()
p.buffer_text = True
p.buffer_size = 16
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<r>' + 'abcdefgh' * 5 + '<x/>' + 'short' + '</r>', True)
print(p.buffer_size, chunks)

p = pyexpat.ParserCreate()
p.buffer_text = True
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<r>abc', False)
print('used', p.buffer_used, chunks)
p.buffer_size = 100
print('after resize', p.buffer_used, chunks)
p.Parse('def</r>', True)
print(chunks)

# ParseFile reads 2048-byte chunks
big = b'<r>' + b''.join(b'<i n="%d">%d</i>' % (i, i * i) for i in range(600)) + b'</r>'
p = pyexpat.ParserCreate()
count = [0]
p.StartElementHandler = lambda n, a: count.__setitem__(0, count[0] + 1)
print(p.ParseFile(io.BytesIO(big)), count)


class Reader:
    def __init__(self, data):
        self.data = data
        self.sizes = []

    def read(self, n):
        self.sizes.append(n)
        part, self.data = self.data[:7], self.data[7:]
        return part


r = Reader(b'<a><b>text</b></a>')
p = pyexpat.ParserCreate()
print(p.ParseFile(r), r.sizes)
for bad in [io.StringIO('<a/>'), type('R', (), {'read': lambda self, n: b'x' * (n + 1)})()]:
    try:
        pyexpat.ParserCreate().ParseFile(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pyexpat.ParserCreate().ParseFile(io.BytesIO(b'<a>'))
except pyexpat.ExpatError as e:
    print(e)

# SetBase/GetBase, GetInputContext only inside a callback
p = pyexpat.ParserCreate()
print(p.GetBase())
p.SetBase('http://example.com/doc/')
print(p.GetBase(), p.GetInputContext())
contexts = []
p.StartElementHandler = lambda n, a: contexts.append(p.GetInputContext()[:20])
p.Parse(b'<root a="1">\n<child/></root>', True)
print(contexts)

# SetParamEntityParsing and UseForeignDTD
p = pyexpat.ParserCreate()
print(p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS), pyexpat.XML_PARAM_ENTITY_PARSING_NEVER,
      pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE, pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
refs = []


def external(context, base, system_id, public_id):
    refs.append((context, base, system_id, public_id))
    sub = p.ExternalEntityParserCreate(context)
    sub.Parse(b'<!ENTITY ext "from the dtd">', True)
    return 1


p.ExternalEntityRefHandler = external
p.UseForeignDTD(True)
chars = []
p.CharacterDataHandler = chars.append
p.Parse(b'<r>&ext;</r>', True)
print(refs, chars)
try:
    p.UseForeignDTD()
except pyexpat.ExpatError as e:
    print(e, e.code)

# an encoding given to ParserCreate, and one-byte encodings Python knows
for enc, data in [('iso-8859-1', 'é'.encode('latin-1')), (None, b'<?xml version="1.0" encoding="cp1252"?>'),
                  (None, b'<?xml version="1.0" encoding="koi8-r"?>')]:
    p = pyexpat.ParserCreate(encoding=enc)
    out = []
    p.CharacterDataHandler = out.append
    body = data if data.startswith(b'<?') else b''
    p.Parse(body + b'<a>\xe9\xc1</a>', True)
    print(enc, out)
