# string continued by backslash-newline never closed
x = 'abc\
y = 2
