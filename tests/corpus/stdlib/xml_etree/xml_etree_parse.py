# xml.etree.ElementTree: parsing documents, the tree API, namespaces, iterparse, XMLPullParser, errors.
import io
import xml.etree.ElementTree as ET

doc = '''<?xml version="1.0"?>
<catalog xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="b1" lang="en"><dc:title>Dune</dc:title><price>9.99</price><tags><t>sf</t><t>classic</t></tags></book>
  <book id="b2"><dc:title>Emma &amp; co</dc:title><price>5</price><!-- cheap --></book>
  <magazine id="m1"><dc:title>Byte</dc:title></magazine>
</catalog>'''

root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for book in root.iter('book'):
    print(book.get('id'), book.get('lang', '?'), book.find('{http://purl.org/dc/elements/1.1/}title').text,
          book.findtext('price'), [t.text for t in book.iterfind('tags/t')])
ns = {'dc': 'http://purl.org/dc/elements/1.1/'}
print([e.text for e in root.findall('.//dc:title', ns)])
print([e.get('id') for e in root.findall("book[@lang='en']")], root.find('magazine').attrib)
print([e.tag for e in root.iter()][:8])
print(repr(root.text), repr(root[0].tail), repr(root[1][1].tail))
print(''.join(root.itertext()).split())

tree = ET.ElementTree(root)
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue().decode()[:200])
print(ET.tostring(root[1], encoding='unicode'))

# parse from a file object, with comments and processing instructions kept
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
t2 = ET.parse(io.StringIO('<a><?pi data?><!--note--><b x="1"/>tail</a>'), parser=parser)
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text) for c in t2.getroot()])
print(ET.tostring(t2.getroot(), encoding='unicode'))

# iterparse with start/end/namespace events
events = []
for ev, elem in ET.iterparse(io.BytesIO(doc.encode()), events=('start', 'end', 'start-ns', 'end-ns')):
    events.append((ev, elem if ev.endswith('ns') else elem.tag))
print(events[:6], len(events))

# XMLPullParser fed in pieces
pp = ET.XMLPullParser(events=('start', 'end'))
for piece in ['<r><a>1</a>', '<b>2', '</b></r>']:
    pp.feed(piece)
    print([(ev, el.tag, el.text) for ev, el in pp.read_events()])
pp.close()

# errors carry positions
for bad in ['<a>', '<a></b>', '<a x="1" x="2"/>', '', '<a>&undefined;</a>', 'text']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)

# XMLParser feed/close with a custom target records the call order
class Target:
    def __init__(self):
        self.calls = []

    def start(self, tag, attrib):
        self.calls.append(('start', tag, attrib))

    def end(self, tag):
        self.calls.append(('end', tag))

    def data(self, text):
        self.calls.append(('data', text))

    def comment(self, text):
        self.calls.append(('comment', text))

    def pi(self, target, text):
        self.calls.append(('pi', target, text))

    def close(self):
        return self.calls


p = ET.XMLParser(target=Target())
p.feed('<root a="1"><!--c--><?go now?>hi')
p.feed('<x/></root>')
for call in p.close():
    print(call)
print(ET.XMLParser().version if hasattr(ET.XMLParser(), 'version') else None)
