# xml.sax over expat: ContentHandler events (with and without namespaces), locator positions, errors,
# entity resolution, lexical handler, saxutils escaping, XMLGenerator, XMLFilterBase.
import io
import xml.sax
import xml.sax.handler
import xml.sax.saxutils as saxutils
from xml.sax.xmlreader import InputSource

DOC = b'''<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY who "world">]>
<r xmlns:p="urn:p" a="1"><p:x p:y="2">hello &who;</p:x><!-- note --><?pi data?><e/></r>'''


class Recorder(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append(('startDocument',))

    def endDocument(self):
        self.events.append(('endDocument',))

    def startElement(self, name, attrs):
        loc = self._locator
        self.events.append(('start', name, dict(attrs), loc and (loc.getLineNumber(), loc.getColumnNumber())))

    def endElement(self, name):
        self.events.append(('end', name))

    def startElementNS(self, name, qname, attrs):
        self.events.append(('startNS', name, qname, sorted(attrs.items()), sorted(attrs.getQNames())))

    def endElementNS(self, name, qname):
        self.events.append(('endNS', name, qname))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(('prefix', prefix, uri))

    def endPrefixMapping(self, prefix):
        self.events.append(('endprefix', prefix))

    def characters(self, content):
        self.events.append(('chars', content))

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))


for namespaces in (False, True):
    h = Recorder()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, namespaces)
    parser.setContentHandler(h)
    parser.parse(io.BytesIO(DOC))
    print('namespaces', namespaces)
    for e in h.events:
        print(' ', e)

h = Recorder()
xml.sax.parseString(b'<a><b>x</b></a>', h)
print(h.events)


class Errors(xml.sax.ErrorHandler):
    def fatalError(self, exception):
        print('fatal:', exception, exception.getLineNumber(), exception.getColumnNumber(), type(exception).__name__)
        raise exception


for bad in [b'<a>', b'<a></b>', b'<a>\n<b c="1" c="2"/></a>']:
    try:
        xml.sax.parseString(bad, xml.sax.ContentHandler(), Errors())
    except xml.sax.SAXParseException as e:
        print('raised', e.getMessage(), e.getSystemId(), e.getPublicId())


class Lexical(xml.sax.handler.LexicalHandler if hasattr(xml.sax.handler, 'LexicalHandler') else object):
    def __init__(self):
        self.seen = []

    def comment(self, content):
        self.seen.append(('comment', content))

    def startDTD(self, name, public_id, system_id):
        self.seen.append(('startDTD', name, public_id, system_id))

    def endDTD(self):
        self.seen.append(('endDTD',))

    def startCDATA(self):
        self.seen.append(('startCDATA',))

    def endCDATA(self):
        self.seen.append(('endCDATA',))


lex = Lexical()
parser = xml.sax.make_parser()
parser.setProperty(xml.sax.handler.property_lexical_handler, lex)
parser.setContentHandler(xml.sax.ContentHandler())
parser.parse(io.BytesIO(b'<!DOCTYPE d SYSTEM "d.dtd"><d><!--c1--><![CDATA[raw]]></d>'))
print(lex.seen)

print(saxutils.escape('<a & b>'), saxutils.unescape('&lt;a &amp; b&gt;'), saxutils.quoteattr('say "hi" & \'bye\''))
print(saxutils.escape('x:y', {':': '&colon;'}), saxutils.quoteattr('a\nb'))

out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding='utf-8', short_empty_elements=True)
filt = saxutils.XMLFilterBase(xml.sax.make_parser())
filt.setContentHandler(gen)
filt.parse(io.BytesIO(b'<root a="&lt;1&gt;"><child>caf\xc3\xa9 &amp; more</child><empty/></root>'))
print(out.getvalue())

src = InputSource('sysid-1')
src.setByteStream(io.BytesIO(b'<z/>'))
h = Recorder()
p = xml.sax.make_parser()
p.setContentHandler(h)
p.parse(src)
print(h.events, src.getSystemId())

# incremental parsing through feed/close
p = xml.sax.make_parser()
h = Recorder()
p.setContentHandler(h)
for piece in [b'<a>', b'te', b'xt</a>']:
    p.feed(piece)
p.close()
print(h.events)
