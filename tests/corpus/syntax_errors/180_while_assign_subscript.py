# cannot assign to subscript here
while a[0] = 1:
    pass
