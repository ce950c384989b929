# f-string: expression required before '='
x = f'{=}'
