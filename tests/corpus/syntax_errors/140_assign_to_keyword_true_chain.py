# cannot assign to False in a tuple
a, False = x
