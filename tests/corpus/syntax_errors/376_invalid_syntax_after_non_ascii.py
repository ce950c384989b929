# invalid syntax after non-ASCII characters on the line
s = 'äää' + $
