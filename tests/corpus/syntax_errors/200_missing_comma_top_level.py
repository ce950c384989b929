# two expressions at top level: plain invalid syntax
x = 1 2
