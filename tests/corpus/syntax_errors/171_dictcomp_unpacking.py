# dict unpacking cannot be used in dict comprehension
y = {**a for a in b}
