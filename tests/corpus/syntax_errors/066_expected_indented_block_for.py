# after 'for'
for x in y:
pass
