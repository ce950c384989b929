# letters directly after a decimal literal
x = 1abc
