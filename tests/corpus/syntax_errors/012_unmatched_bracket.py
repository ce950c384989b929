# unmatched ']'
x = [1]]
