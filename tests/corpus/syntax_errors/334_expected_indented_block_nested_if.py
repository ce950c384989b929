# missing block of an if nested in else
if x:
  pass
else:
  if y:
  pass
