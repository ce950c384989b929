# unknown character name in an f-string literal part
x = f'\N{NOPE} {a}'
