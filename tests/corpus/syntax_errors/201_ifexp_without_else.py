# expected 'else' after 'if' expression
x = a if b
