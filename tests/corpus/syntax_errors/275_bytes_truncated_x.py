# bytes: invalid \x escape
x = b'\x1'
