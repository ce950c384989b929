# unindent does not match any outer indentation level
if x:
    pass
  y = 1
