# _elementtree.XMLParser and TreeBuilder: parsing into trees, custom targets and their callbacks,
# events (iterparse, XMLPullParser), comments and PIs, entities, doctype, encodings and ParseError.
import io
import _elementtree as C
import xml.etree.ElementTree as ET

print(ET.XMLParser is C.XMLParser, ET.TreeBuilder is C.TreeBuilder)
p = C.XMLParser()
print(type(p.target).__name__, p.entity, p.version.startswith('Expat '))
p.feed('<root a="1"><x>one</x>')
p.feed(b'<y b="2">two</y>tail<z/></root>')
root = p.close()
print(ET.tostring(root))

class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, sorted(attrib.items())))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def pi(self, target, data):
        self.log.append(('pi', target, data))
    def start_ns(self, prefix, uri):
        self.log.append(('start-ns', prefix, uri))
    def end_ns(self, prefix):
        self.log.append(('end-ns', prefix))
    def doctype(self, name, pubid, system):
        self.log.append(('doctype', name, pubid, system))
    def close(self):
        return 'closed'

t = Target()
p = C.XMLParser(target=t)
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
p.feed('<?xml-stylesheet href="s.css"?><r xmlns="urn:d" xmlns:p="urn:p"><p:e p:k="v">t&amp;x<!-- c --></p:e><?go now?></r>')
print(p.close())
for entry in t.log:
    print(entry)

class Partial:
    def start(self, tag, attrib):
        print('partial start', tag, attrib)
p = C.XMLParser(target=Partial())
p.feed('<a x="1"><b/></a>')
print(p.close())

tb = C.TreeBuilder(insert_comments=True, insert_pis=True)
p = C.XMLParser(target=tb)
p.feed('<a>x<!--c-->y<?t d?>z<b/>w</a>')
r = p.close()
print(ET.tostring(r), [type(c.tag).__name__ for c in r], r.text, r[0].tail, r[1].tail)

tb = C.TreeBuilder()
tb.start('a', {})
tb.data('x')
tb.data('y')
tb.start('b', {'k': 'v'})
tb.end('b')
tb.data('tail')
print([(x.tag.__name__, x.text) for x in (tb.comment('c'), tb.pi('t', 'd'), tb.pi('t'))])
tb.end('a')
r = tb.close()
print(ET.tostring(r), r.text, r[0].tail)

tb = C.TreeBuilder(element_factory=lambda tag, attrib: ET.Element(tag.upper(), attrib),
                   comment_factory=lambda text: 'C:' + text, pi_factory=lambda t, d: (t, d))
tb.start('x', {})
print(tb.comment('hi'), tb.pi('a', 'b'))
print(tb.end('x').tag)

events = []
for event, item in ET.iterparse(io.BytesIO(b'<a xmlns:n="urn:n"><n:b>1</n:b><!--c--><?p i?></a>'),
                                events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    events.append((event, item if isinstance(item, (tuple, str, type(None))) else item.tag if isinstance(item.tag, str) else item.text))
print(events)
pp = ET.XMLPullParser(events=('start', 'end'))
pp.feed('<r><s>')
print([(e, el.tag) for e, el in pp.read_events()])
pp.feed('</s></r>')
print([(e, el.tag) for e, el in pp.read_events()])
pp.close()

print(ET.XML('<!DOCTYPE a [<!ENTITY e "EXPANDED">]><a>&e;</a>').text)
p = C.XMLParser()
p.entity['custom'] = 'CUSTOM'
p.feed('<!DOCTYPE a SYSTEM "a.dtd"><a>&custom;</a>')
print(p.close().text)
print(ET.XML('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode('latin-1')).text)
print(ET.XML('<a>\u00e9\u4e2d\U0001f600</a>'.encode('utf-8')).text)
print(ET.parse(io.StringIO('<a><b>str source</b></a>')).getroot()[0].text)
print(ET.parse(io.BytesIO(b'<a><b>bytes source</b></a>')).getroot()[0].text)

def attempt(label, f):
    try:
        print(label, f())
    except ET.ParseError as exc:
        print(label, 'ParseError', exc, getattr(exc, 'code', None), getattr(exc, 'position', None))
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt('mismatch', lambda: ET.XML('<a></b>'))
attempt('junk', lambda: ET.XML('<a/><b/>'))
attempt('empty', lambda: ET.XML(''))
attempt('undefined entity', lambda: ET.XML('<a>&nope;</a>'))
attempt('undefined with dtd', lambda: ET.XML('<!DOCTYPE a SYSTEM "a.dtd"><a>\n  &nope;</a>'))
attempt('multiline', lambda: ET.XML('<a>\n<b>\n</a>'))
attempt('positional', lambda: C.XMLParser(None))
attempt('encoding type', lambda: C.XMLParser(encoding=5))
attempt('bad encoding', lambda: ET.XML(b'<?xml version="1.0" encoding="no-such"?><a/>'))
attempt('feed type', lambda: C.XMLParser().feed(5))
attempt('setevents', lambda: C.XMLParser(target=Target())._setevents([], ('start',)))
attempt('bad event', lambda: C.XMLParser()._setevents([], ('nope',)))
attempt('event type', lambda: C.XMLParser()._setevents([], (5,)))
attempt('tb args', lambda: C.TreeBuilder(1, 2))
attempt('tb start', lambda: C.TreeBuilder().start('a', []))
attempt('tb end', lambda: C.TreeBuilder().end('a'))
tb = C.TreeBuilder()
tb.start('a', {})
tb.end('a')
attempt('two roots', lambda: tb.start('b', {}))

class Raising:
    def start(self, tag, attrib):
        raise KeyError(tag)
attempt('handler raises', lambda: C.XMLParser(target=Raising()).feed('<boom/>'))
