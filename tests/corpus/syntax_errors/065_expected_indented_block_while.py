# after 'while'
while x:
pass
