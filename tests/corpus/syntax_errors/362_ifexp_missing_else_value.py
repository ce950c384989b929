# conditional expression missing the else value
a = 1 if 2 else
