# return with two values separated by space
return a b
