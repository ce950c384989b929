# A SyntaxError raised by hand: its File/line header, text and carets replace the traceback's message line.
e = SyntaxError('m', ('/a/b.py', 2, 3, 'x'))
print(str(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
raise SyntaxError('custom msg', ('myfile.py', 3, 5, '    foo bar baz\n', 3, 8))
