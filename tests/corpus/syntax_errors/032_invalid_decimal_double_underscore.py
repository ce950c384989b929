# double underscore in decimal literal
x = 1__000
