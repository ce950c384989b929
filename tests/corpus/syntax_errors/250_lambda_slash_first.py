# lambda: at least one argument must precede /
f = lambda /, a: 0
