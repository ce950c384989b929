# chr/ord round trips over the BMP and astral planes sampled, and encoding lengths of characters.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

bad = [i for i in range(0, 0x110000, 101) if ord(chr(i)) != i]
print(len(bad))
print([len(chr(i).encode('utf-8', 'surrogatepass')) for i in (0x7f, 0x80, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x10ffff)])
print([chr(i).isprintable() for i in (0x20, 0x7e, 0x7f, 0xa0, 0xa1)], chr(0x41) + chr(0x301), len(chr(0x41) + chr(0x301)))
