# f-string error in a triple-quoted f-string on a later line
x = f'''abc
{a b}'''
