# digit 2 in a binary literal
x = 0b102
