# pyexpat: ExpatError messages with positions and codes, ErrorString, the errors module, handler exceptions.
import pyexpat
from pyexpat import errors

BAD = [b'', b'<a>', b'<a></b>', b'<a b="1" b="2"/>', b'<a/><b/>', b'<a>&nope;</a>', b'<a>\n  <b>\n</a>',
       b'<a x=1/>', b'\xff\xfe<', b'<a>&#0;</a>', b'<?xml version="1.0"?><?xml version="1.0"?><a/>',
       b'<p:a/>', '<a>\u00e9</a>'.encode('latin-1'), b'<a><![CDATA[x</a>', b'<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>']
for data in BAD:
    p = pyexpat.ParserCreate(namespace_separator=' ' if b'p:' in data else None)
    try:
        p.Parse(data, True)
        print(data, 'ok')
    except pyexpat.ExpatError as e:
        print(data, '->', e, '| code', e.code, errors.messages[e.code], 'lineno', e.lineno, 'offset', e.offset)
        print('   ', p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)

print(pyexpat.error is pyexpat.ExpatError, pyexpat.ExpatError.__module__, pyexpat.ExpatError.__name__)
print([pyexpat.ErrorString(i) for i in range(0, 45)])
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes[errors.XML_ERROR_TAG_MISMATCH])
print(len(errors.codes), len(errors.messages), errors.__name__, pyexpat.model.__name__)

# parsing after the final chunk or after an error
p = pyexpat.ParserCreate()
p.Parse(b'<a/>', True)
try:
    p.Parse(b'<b/>', True)
except pyexpat.ExpatError as e:
    print('again:', e, e.code)

# incremental parsing: errors are found when the data arrives, positions count all chunks
p = pyexpat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
for chunk in [b'<root>\n <a', b'/>\n <b>', b'</b>\n', b' <c>\n']:
    print(chunk, p.Parse(chunk, False))
try:
    p.Parse(b'</d>', True)
except pyexpat.ExpatError as e:
    print(e)
print(seen)


# a handler's exception stops the parse and propagates; the handlers are then dropped
class Stop(Exception):
    pass


for which in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'CommentHandler']:
    p = pyexpat.ParserCreate()
    calls = []

    def handler(*args):
        calls.append(args)
        raise Stop(which)
    setattr(p, which, handler)
    try:
        p.Parse(b'<a>text<!--c--><b/></a>', True)
    except Stop as e:
        print(which, 'raised', e, calls, getattr(p, which))

# argument errors
p = pyexpat.ParserCreate()
tests = [lambda: p.Parse(), lambda: p.Parse(1), lambda: p.Parse(b'', 1, 2), lambda: p.Parse(b'', 1.5),
         lambda: pyexpat.ParserCreate(namespace_separator='ab'), lambda: pyexpat.ParserCreate(intern=[]),
         lambda: pyexpat.ParserCreate(1), lambda: pyexpat.ParserCreate('utf\0-8'), lambda: p.ParseFile(1),
         lambda: p.SetBase(1), lambda: p.SetParamEntityParsing('x'), lambda: pyexpat.ErrorString('x'),
         lambda: setattr(p, 'buffer_size', 'x'), lambda: setattr(p, 'buffer_size', 0),
         lambda: setattr(p, 'buffer_size', 2 ** 31), lambda: delattr(p, 'buffer_text'),
         lambda: delattr(p, 'StartElementHandler'), lambda: setattr(p, 'foo', 1),
         lambda: p.ExternalEntityParserCreate(1), lambda: p.UseForeignDTD(1, 2),
         lambda: pyexpat.ParserCreate(encoding='no-such-codec').Parse(b'<a/>', True),
         lambda: pyexpat.XMLParserType()]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
