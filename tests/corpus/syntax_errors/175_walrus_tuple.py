# cannot use assignment expressions with tuple
((a, b) := 1)
