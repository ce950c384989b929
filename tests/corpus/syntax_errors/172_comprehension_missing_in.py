# comprehension without 'in'
y = [x for x]
