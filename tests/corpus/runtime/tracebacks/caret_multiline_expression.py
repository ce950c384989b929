# carets when the failing subscript sits on the second line of a parenthesised expression: the traceback shows that line with carets.
data = {'a': 1}
value = (data['a'] +
         data['missing'])
