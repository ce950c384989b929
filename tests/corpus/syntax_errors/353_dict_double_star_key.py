# ** unpacking used as a key
x = {**a: b}
