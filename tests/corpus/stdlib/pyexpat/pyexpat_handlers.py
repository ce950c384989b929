# pyexpat: every kind of event in document order, with the handlers' arguments, interning and attributes.
import pyexpat

DOC = b'''<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root SYSTEM "root.dtd" [
<!ELEMENT root (item+, note?)>
<!ELEMENT item (#PCDATA|b)*>
<!ELEMENT note EMPTY>
<!ATTLIST item id ID #REQUIRED kind (a|b) "a">
<!ENTITY greet "hello">
<!ENTITY pic SYSTEM "pic.png" NDATA png>
<!NOTATION png SYSTEM "image/png">
]>
<root xmlns="urn:default" xmlns:x="urn:x">
  <!-- a comment -->
  <?target some data?>
  <item id="i1" x:extra="&#233;t&#xe9;">caf\xc3\xa9 &greet; <b>bold</b></item>
  <item id="i2" kind="b"><![CDATA[<raw> & stuff]]></item>
  <note/>
</root>
'''

NAMES = ['StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler', 'CharacterDataHandler',
         'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler',
         'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'StartDoctypeDeclHandler',
         'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
         'SkippedEntityHandler', 'NotStandaloneHandler']


def run(**create):
    events = []
    p = pyexpat.ParserCreate(**create)
    for name in NAMES:
        def handler(*args, _name=name):
            events.append((_name[:-7],) + args)
            if _name == 'NotStandaloneHandler':
                return 1
        setattr(p, name, handler)
    print('Parse ->', p.Parse(DOC, True))
    for e in events:
        print(' ', e)
    return p


p = run()
print(sorted(k for k in p.intern if k is not None), None in p.intern)
p = run(namespace_separator='|')
p = run(namespace_separator='')

# ordered and specified attributes
for ordered in (False, True):
    for specified in (False, True):
        q = pyexpat.ParserCreate()
        q.ordered_attributes = ordered
        q.specified_attributes = specified
        seen = []
        q.StartElementHandler = lambda n, a: seen.append((n, a))
        q.Parse(b'<!DOCTYPE r [<!ATTLIST r d CDATA "dflt" z CDATA "zz">]><r b="2" a="1"/>', True)
        print(ordered, specified, seen, q.ordered_attributes, q.specified_attributes)

# namespace_prefixes gives triplets
q = pyexpat.ParserCreate(namespace_separator='!')
q.namespace_prefixes = True
q.StartElementHandler = lambda n, a: print('triplet', n, a)
q.EndElementHandler = lambda n: print('end', n)
q.Parse('<p:a xmlns:p="urn:p" p:at="v"><p:b/></p:a>', True)
print(q.namespace_prefixes)

# interning: the same object for the same name; intern=None disables it; a shared dict is filled
shared = {}
q = pyexpat.ParserCreate(intern=shared)
names = []
q.StartElementHandler = lambda n, a: names.append(n)
q.Parse('<a><a/><b/></a>', True)
print(names, names[0] is names[1], sorted(shared), q.intern is shared)
q = pyexpat.ParserCreate(intern=None)
print(q.intern)
