# backslash continuation at end of file inside brackets
x = (1 + \