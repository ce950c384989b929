# cannot assign to f-string expression
f'{x}' = 1
