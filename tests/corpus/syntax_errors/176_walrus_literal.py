# cannot use assignment expressions with literal
(1 := 1)
