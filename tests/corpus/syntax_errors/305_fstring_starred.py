# f-string: cannot use starred expression here
x = f'{*a}'
