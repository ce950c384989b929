# '(' never closed followed by blank lines
x = (


