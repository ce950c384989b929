# after 'else' of a for loop
for x in y:
    pass
else:
z = 1
