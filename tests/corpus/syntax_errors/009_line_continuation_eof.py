# backslash continuation at end of file
x = 1 + \