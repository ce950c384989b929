# _elementtree.Element copying and pickling: __copy__, __deepcopy__ with a memo, __getstate__ and
# __setstate__ (including the pure-Python Element's state), and trees built by the parser.
import copy
import pickle
import _elementtree as C
import xml.etree.ElementTree as ET

root = ET.fromstring('<r a="1"><c k="v">text</c>tail<d/></r>')
shallow = copy.copy(root)
print(shallow is root, shallow[0] is root[0], shallow.attrib == root.attrib, shallow.attrib is root.attrib)
deep = copy.deepcopy(root)
print(deep[0] is root[0], ET.tostring(deep) == ET.tostring(root), deep.attrib is root.attrib)
memo = {}
d2 = root.__deepcopy__(memo)
print(id(root) in memo, memo[id(root)] is d2, ET.tostring(d2))
shared = C.Element('s')
parent = C.Element('p')
parent.extend([shared, shared])
pd = copy.deepcopy(parent)
print(pd[0] is pd[1], pd[0] is shared)

state = root.__getstate__()
print(sorted(state), state['tag'], state['attrib'], state['text'], len(state['_children']))
e = C.Element.__new__(C.Element)
print(repr(e.tag), e.text, len(e))
e.__setstate__({'tag': 'new', 'attrib': {'x': 'y'}, 'text': 't', 'tail': None, '_children': [C.Element('k')]})
print(e.tag, e.attrib, e.text, e.tail, [c.tag for c in e])
e.__setstate__({'tag': 'only'})
print(e.tag, e.text, [c.tag for c in e])

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    again = pickle.loads(pickle.dumps(root, proto))
    print(proto, type(again).__name__, ET.tostring(again))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as exc:
        print(label, type(exc).__name__, exc)

attempt('setstate type', lambda: e.__setstate__([1]))
attempt('setstate key', lambda: e.__setstate__({'bogus': 1}))
attempt('setstate tag', lambda: e.__setstate__({'text': 'x'}))
attempt('setstate children', lambda: e.__setstate__({'tag': 't', '_children': 'no'}))
attempt('setstate child type', lambda: e.__setstate__({'tag': 't', '_children': [1]}))
attempt('deepcopy memo', lambda: root.__deepcopy__([]))
