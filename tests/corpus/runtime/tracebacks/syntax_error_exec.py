# SyntaxError raised by exec of a bad string, uncaught: the "File "<string>"" block with caret.
source = 'x = 1\ny = (2 +\nz = 3\n'
print('compiling')
exec(source)
