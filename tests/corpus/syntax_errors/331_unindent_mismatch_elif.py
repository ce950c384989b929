# elif indented one column
if x:
  pass
 elif y:
  pass
