# xml.dom.minidom: parsing, navigation, building, serialisation, namespaces, errors; pulldom events.
import xml.dom.minidom as minidom
from xml.dom import pulldom, Node
from xml.parsers.expat import ExpatError

doc = minidom.parseString(b'''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE library>
<library xmlns:x="urn:x" name="main">
  <book id="1" x:flag="yes"><title>First &amp; best</title><author>Ann</author></book>
  <book id="2"><title>Second</title><!-- comment --><?pi data?></book>
  <empty/>
</library>''')
root = doc.documentElement
print(root.tagName, root.getAttribute('name'), root.hasAttribute('nope'), doc.doctype.name)
books = doc.getElementsByTagName('book')
print(len(books), [b.getAttribute('id') for b in books])
for b in books:
    title = b.getElementsByTagName('title')[0]
    print(title.firstChild.data, title.firstChild.nodeType == Node.TEXT_NODE, [c.nodeName for c in b.childNodes])
print(books[0].getAttributeNS('urn:x', 'flag'), books[0].attributes['x:flag'].value, books[0].attributes.length)
print([n.nodeType for n in books[1].childNodes])
print(doc.getElementsByTagName('empty')[0].toxml())
print(root.toxml()[:120])
print(doc.toprettyxml(indent='  ')[:300])

# building a document
impl = minidom.getDOMImplementation()
new = impl.createDocument(None, 'root', None)
top = new.documentElement
item = new.createElement('item')
item.setAttribute('k', 'v & "w"')
item.appendChild(new.createTextNode('text <here>'))
top.appendChild(item)
top.appendChild(new.createComment('note'))
top.appendChild(new.createCDATASection('raw <cdata>'))
top.insertBefore(new.createElement('first'), item)
print(new.toxml())
print(new.toprettyxml(indent='\t', newl='\n', encoding='utf-8'))
clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone is top, top.childNodes.length)
top.removeChild(item)
print(top.toxml())
item.normalize()
print(new.documentElement.firstChild.tagName, new.documentElement.lastChild.nodeName)

for bad in ['<a>', '<a><b></a>', '']:
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print(repr(bad), type(e).__name__, e, e.lineno, e.offset, e.code)

# pulldom streams events and can expand nodes
events = pulldom.parseString('<r><a x="1">t</a><b><c/></b></r>')
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == 'b':
        events.expandNode(node)
        print('expanded', node.toxml())
    else:
        print(event, node.nodeName)
