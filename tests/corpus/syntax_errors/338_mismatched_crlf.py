# mismatched bracket with CRLF line endings
x = (1,
2]
