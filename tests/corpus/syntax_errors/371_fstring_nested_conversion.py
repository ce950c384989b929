# f-string: invalid conversion in a nested format spec
print(f'{a!r:{b!}}')
