# _elementtree.Element: construction, the child sequence (indexes, slices, deletion), attributes,
# find/findtext/findall with plain tags and ElementPath paths, iter/itertext, and CPython's messages.
import _elementtree as C
import xml.etree.ElementTree as ET

print(ET.Element is C.Element, ET.SubElement is C.SubElement, ET.ParseError is C.ParseError)
print(C.Element.__module__, C.Element.__name__, C.ParseError.__mro__[1].__name__)

root = C.Element('root', {'a': '1'}, b='2')
print(root.tag, sorted(root.attrib.items()), root.text, root.tail, len(root))
for i in range(6):
    C.SubElement(root, 'child', n=str(i)).text = 'text%d' % i
print([c.get('n') for c in root], root[0].get('missing', 'dflt'), root.keys(), root.items())
print([c.get('n') for c in root[1:5:2]], [c.get('n') for c in root[::-2]], root[-1].text)
del root[0]
del root[::2]
print([c.get('n') for c in root])
root[0:1] = [C.Element('x'), C.Element('y')]
print([c.tag for c in root])
root[::2] = [C.Element('p'), C.Element('q')]
print([c.tag for c in root])
root.insert(-1, C.Element('ins'))
root.insert(100, C.Element('end'))
root.insert(-100, C.Element('start'))
print([c.tag for c in root])
root.remove(root[0])
root.extend([C.Element('e1'), C.Element('e2')])
root.append(root.makeelement('made', {'k': 'v'}))
print([c.tag for c in root], root[-1].attrib)
print(root.find('x'), root.find('nope'), root.findtext('y'), repr(root.findtext('e1')), root.findtext('nope', 'D'))
print([e.tag for e in root.findall('e1')], [e.tag for e in root.findall('.//made')], [e.tag for e in root.iterfind('*')][:3])
print(root.find('./made').attrib, root.findtext('./y'))
tree = ET.fromstring('<a><b>1<c>2</c>3</b>4<d>5</d>6</a>')
print(list(tree.itertext()), [e.tag for e in tree.iter()], [e.tag for e in tree.iter('c')], [e.tag for e in tree.iter('*')])
print(tree.find('{*}b').tag, [e.tag for e in tree.findall('{}d')])
ns = ET.fromstring('<r xmlns:x="urn:x"><x:i/><x:j/></r>')
print([e.tag for e in ns.findall('x:i', {'x': 'urn:x'})], ns[0].tag)
e = C.Element('t')
e.text = 'hello'
e.tail = 'after'
e.tag = 'renamed'
e.attrib = {'z': '9'}
e.set('y', '8')
print(e.tag, e.text, e.tail, e.attrib, bool(e), len(e))
e.clear()
print(e.tag, e.text, e.tail, e.attrib)

class Sub(C.Element):
    def extra(self):
        return 'sub:' + self.tag
s = Sub('s', q='1')
s.custom = 5
print(s.extra(), s.custom, s.attrib, isinstance(s, C.Element))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

el = C.Element('el')
attempt('no args', lambda: C.Element())
attempt('too many', lambda: C.Element('a', {}, {}))
attempt('bad attrib', lambda: C.Element('a', 1))
attempt('bad attrib kw', lambda: C.Element('a', attrib=[]))
attempt('sub parent', lambda: C.SubElement('p', 'a'))
attempt('sub attrib', lambda: C.SubElement(el, 'a', 5))
attempt('append', lambda: el.append('x'))
attempt('extend', lambda: el.extend([1]))
attempt('extend non-seq', lambda: el.extend(5))
attempt('insert', lambda: el.insert(0, 'x'))
attempt('insert index', lambda: el.insert('0', el))
attempt('remove', lambda: el.remove(C.Element('zz')))
attempt('index', lambda: el[0])
attempt('index type', lambda: el['a'])
attempt('set index', lambda: el.__setitem__(0, C.Element('q')))
attempt('slice assign', lambda: el.__setitem__(slice(0, 1), [1]))
attempt('ext slice', lambda: el.__setitem__(slice(None, None, 2), [C.Element('q')]))
attempt('no attr', lambda: el.foo)
attempt('set attr', lambda: setattr(el, 'foo', 1))
attempt('del tag', lambda: delattr(el, 'tag'))
attempt('attrib type', lambda: setattr(el, 'attrib', 'x'))
attempt('get', lambda: el.get())
attempt('find', lambda: el.find())
attempt('makeelement', lambda: el.makeelement('a', []))
attempt('iter kw', lambda: [x.tag for x in el.iter(tag='el')])
attempt('iterator type', lambda: type(el.iter())())
attempt('factories', lambda: C._set_factories(1, None))

# Slice assignment and deletion, including CPython's handling of a reversed simple slice.
def make(n):
    e = C.Element('r')
    e.extend([C.Element(str(i)) for i in range(n)])
    return e
for bounds, k in [((4, 1, None), 1), ((1, 3, None), 0), ((1, 3, None), 4), ((None, None, -1), 5),
                  ((None, None, 2), 3), ((3, 3, None), 2), ((10, 20, None), 1), ((4, 1, -1), 3)]:
    e = make(5)
    attempt(f'assign {bounds} {k}', lambda: (e.__setitem__(slice(*bounds), [C.Element('n%d' % j) for j in range(k)]),
                                             [c.tag for c in e])[1])
for bounds in [(None, None, 2), (None, None, -2), (1, 4, None), (4, 0, -1), (0, 5, 3), (10, 2, None)]:
    e = make(6)
    del e[slice(*bounds)]
    print('del', bounds, [c.tag for c in e])
