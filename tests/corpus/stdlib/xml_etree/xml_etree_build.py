# xml.etree.ElementTree: building trees, serialisation (xml, html, text, short empty elements), escaping,
# namespaces on output, canonicalization, indent.
import xml.etree.ElementTree as ET

root = ET.Element('root', {'version': '2'}, extra='yes')
a = ET.SubElement(root, 'a', name='x & y "q" <z>')
a.text = 'text with <angle> & amp'
b = ET.SubElement(root, 'b')
b.tail = 'tail\n'
ET.SubElement(b, 'c').text = 'é ü ☃'
root.append(ET.Comment(' a comment '))
root.append(ET.ProcessingInstruction('target', 'the data'))
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='us-ascii'))
print(ET.tostring(b, method='text', encoding='unicode'))
print(ET.tostring(root, method='html', encoding='unicode'))
print(ET.tostring(ET.Element('empty'), short_empty_elements=False))
print(len(root), sorted(root.keys()), sorted(root.items()), root.get('missing', 'default'))

root.remove(b)
root.insert(0, ET.Element('first'))
tagname = lambda c: c.tag if isinstance(c.tag, str) else c.tag.__name__
print([tagname(c) for c in root], [tagname(c) for c in root[1:3]])
root.set('version', '3')
print(root.attrib)
print(ET.iselement(root), ET.iselement('x'))
copied = root.makeelement('copy', {'k': 'v'})
print(copied.tag, copied.attrib)

# namespaces
ET.register_namespace('ex', 'http://example.com/ns')
n = ET.Element('{http://example.com/ns}item')
ET.SubElement(n, '{http://example.com/ns}child').text = 'v'
ET.SubElement(n, '{urn:other}thing')
print(ET.tostring(n, encoding='unicode'))
print(ET.tostring(n, encoding='unicode', default_namespace='http://example.com/ns') if False else '')
q = ET.QName('http://example.com/ns', 'item')
print(q.text, str(q), q == '{http://example.com/ns}item')

# canonicalization and indent
print(ET.canonicalize('<r  b="2" a="1"><x   /><!-- c --></r>'))
print(ET.canonicalize('<r  b="2" a="1"><x   /><!-- c --></r>', with_comments=True, strip_text=True))
tree = ET.fromstring('<r><a><b>1</b><b>2</b></a><c/></r>')
ET.indent(tree, space='  ')
print(ET.tostring(tree, encoding='unicode'))

# round trip through fromstringlist and XMLID
elem, ids = ET.XMLID('<r><x id="one"/><y id="two"><z id="three"/></y></r>')
print(elem.tag, sorted(ids), ids['three'].tag)
print(ET.tostring(ET.fromstringlist(['<a>', 'b', '</a>'])))
try:
    ET.tostring(ET.Element('bad'), encoding='no-such')
except LookupError as e:
    print('LookupError', e)
