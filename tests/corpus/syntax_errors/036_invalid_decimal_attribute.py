# attribute access on an int literal without space
x = 1.__class__
