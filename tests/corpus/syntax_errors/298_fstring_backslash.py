# f-string expression part cannot include a backslash
x = f'{a["\n"]}'
