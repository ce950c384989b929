# non-hex letter after hex digits
x = 0x1g
