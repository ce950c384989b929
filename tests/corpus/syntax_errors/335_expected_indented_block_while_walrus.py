# after 'while' with a named expression
while x := 1:
pass
