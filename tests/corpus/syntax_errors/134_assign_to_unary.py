# cannot assign to a unary expression
-x = 1
