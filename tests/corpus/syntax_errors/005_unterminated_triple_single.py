# unterminated triple-quoted string (''')
x = '''abc

def
