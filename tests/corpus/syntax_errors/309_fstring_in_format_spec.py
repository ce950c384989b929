# f-string: error inside a nested format spec
x = f'{a:{}}'
