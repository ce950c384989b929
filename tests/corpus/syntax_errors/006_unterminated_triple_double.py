# unterminated triple-quoted string (""") in a function
def f():
    """doc
    more
