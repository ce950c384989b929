# int.to_bytes / int.from_bytes and int() of bytes (outputs show bytes reprs).
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class MyInt(int):
    def __repr__(self): return "MyInt(" + str(int(self)) + ")"

for args in [(b"42",), (b"ff", 16), (b" 1_0 ",), (b"0x1f", 0), (b"\xff1",), (b"z",)]:
    show("int" + repr(args), lambda: int(*args))
for data in [b"1.5", b" -2e3 ", b"inf", b"x"]:
    show("float" + repr(data), lambda: float(data))
for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True),
                                 (255, 1, "big", False), (256, 1, "big", False), (-129, 1, "big", True),
                                 (-128, 1, "big", True), (-1, 1, "big", False), (0, 0, "big", False), (2**64, 9, "little", False),
                                 (1, 2, "middle", False), (1, -1, "big", False)]:
    show(f"to_bytes({n},{length},{order},{signed})", lambda: n.to_bytes(length, order, signed=signed))
show("to_bytes default", lambda: (5).to_bytes())
show("to_bytes kw", lambda: (5).to_bytes(length=2, byteorder="little"))
show("to_bytes bad order", lambda: (5).to_bytes(2, 5))
for data, order, signed in [(b"\x04\x00", "big", False), (b"\x04\x00", "little", False), (b"\xff", "big", True),
                            (b"\xff", "big", False), (b"", "big", True), ([1, 2], "big", False), (b"\x80\x00", "little", True)]:
    show(f"from_bytes({data!r},{order},{signed})", lambda: int.from_bytes(data, order, signed=signed))
show("from_bytes sub", lambda: MyInt.from_bytes(b"\x01\x00", "big"))
show("from_bytes default", lambda: int.from_bytes(b"\x01\x00"))
