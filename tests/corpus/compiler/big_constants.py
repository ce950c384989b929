A = 123456789012345678901234567890
B = 1.5e300
C = 1e999
D = -0.0
E = 2j
F = ...
G = None, True, False
H = b"\x00\xff"
