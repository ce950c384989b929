# bytes mixed with a non-ASCII str
x = 'ä' b'a'
