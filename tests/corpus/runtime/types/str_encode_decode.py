# str.encode and str(bytes, encoding, errors): utf-8, latin-1, ascii, utf-16, utf-32, the error handlers.
def text(v):
    # bytes shown through latin-1 (one character per byte), so the output does not depend on bytes.__repr__
    if isinstance(v, bytes):
        return "bytes:" + ascii(str(v, "latin-1"))
    if isinstance(v, tuple):
        return "(" + ", ".join([text(x) for x in v]) + ")"
    return ascii(v)

def show(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print(label, "!!", type(e).__name__, text(e.args))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", text(r))

texts = ["", "abc", "caf\u00e9", "\u20ac5", "\U0001f600!", "a\ud800b", "\udc80\udcff", "x\ud800\ud801y", "\x00\x7f\x80\xff", "\u4e2d\u6587"]
encodings = ["utf-8", "UTF8", "latin-1", "iso-8859-1", "ascii", "US-ASCII", "utf-16", "utf-16-le", "utf_16_be", "utf-32", "utf-32-le", "UTF-32BE", "u8", "latin1"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for s in texts:
    for enc in encodings:
        for h in handlers:
            show(ascii(s) + " " + enc + " " + h, lambda: s.encode(enc, h))
print(text("abc".encode()), text("\u00e9".encode()), text("x".encode(encoding="ascii")), text("\u00e9".encode(errors="replace", encoding="ascii")))
show("unknown encoding", lambda: "a".encode("foo"))
show("unknown handler unused", lambda: "a".encode("ascii", "foo"))
show("unknown handler used", lambda: "\u00e9".encode("ascii", "foo"))
show("encoding int", lambda: "a".encode(1))
show("errors int", lambda: "a".encode(errors=1))
show("encoding none", lambda: "a".encode(None))

blobs = [b"", b"abc", b"caf\xc3\xa9", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xff\xfe", b"a\x80b", b"\xe0\x80", b"\xe2\x82", b"a\xe2\x82",
         b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80", b"\xf5", b"\xf4\x90\x80\x80", b"\xe0\xa0x", b"\xff\xfea\x00", b"\xfe\xff\x00a",
         b"a\x00b", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\x00\xd8", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00",
         b"=\xd8\x00\xde", b"\x00\x01\xf6\x00"]
dec_handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
for b in blobs:
    for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        for h in dec_handlers:
            show(text(b) + " " + enc + " " + h, lambda: str(b, enc, h))
print(ascii(str(b"abc", "ascii")), ascii(str(b"\xc3\xa9", encoding="utf-8")), ascii(str(b"\xff", errors="replace")), ascii(str(encoding="ascii")))
show("decode unknown", lambda: str(b"a", "foo"))
show("decode handler", lambda: str(b"\xff", "utf-8", "foo"))
show("decode str", lambda: str("a", "utf-8"))
show("decode int", lambda: str(1, "utf-8"))
show("decode enc int", lambda: str(b"a", 1))
show("decode err int", lambda: str(b"a", "ascii", 1))
show("decode enc none", lambda: str(b"a", None))
show("str 4 args", lambda: str(b"a", "ascii", "strict", 1))
show("str bad kw", lambda: str(b"a", foo=1))
