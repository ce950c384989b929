# codecs.open, StreamReaderWriter, iterencode/iterdecode and the incremental classes over files.
import codecs, io, os, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'c.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    print(type(f).__name__, f.encoding if hasattr(f, 'encoding') else None)
    f.write('héllo\nwörld\n')
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, 'r', encoding='utf-16') as f:
    print(f.readline(), f.readlines())
print(list(codecs.iterencode(['a', 'é', '€'], 'utf-8')))
print(''.join(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'a'], 'utf-8')))
w = codecs.getwriter('latin-1')(io.BytesIO())
w.write('café')
print(w.getvalue() if hasattr(w, 'getvalue') else w.stream.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('a€b\nsecond'.encode()))
print(r.read(2), r.readline(), r.read())
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset()
print(enc.encode('c'))
dec = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(dec.decode(b'\xe2\x82'), dec.getstate(), dec.decode(b'\xac\xff'), dec.decode(b'', final=True))
for name in ['BOM_UTF8', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32_LE']:
    print(name, getattr(codecs, name))
os.remove(p)
os.rmdir(d)
