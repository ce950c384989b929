# escape error after non-ASCII characters in the string
x = 'äö\N{NOPE}'
