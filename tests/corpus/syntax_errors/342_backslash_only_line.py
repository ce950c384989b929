# a line holding only a backslash continuation at end of file
x = 1
\
