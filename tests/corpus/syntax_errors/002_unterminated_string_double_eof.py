# unterminated double-quoted string at end of file without newline
x = "abc