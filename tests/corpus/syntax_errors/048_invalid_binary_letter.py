# letter after binary digits
x = 0b1z
