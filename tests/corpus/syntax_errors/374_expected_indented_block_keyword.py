# a keyword statement where the block should be
for x in y:
break
