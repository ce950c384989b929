# letter after octal digits
x = 0o7a
