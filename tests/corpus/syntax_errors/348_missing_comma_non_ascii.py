# Perhaps you forgot a comma? after non-ASCII text (character offsets)
x = ['äö' y]
