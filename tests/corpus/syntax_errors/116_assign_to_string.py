# cannot assign to a string literal
'a' = x
