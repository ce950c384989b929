# indent after a whitespace-only line
x = 1
   
  y = 2
