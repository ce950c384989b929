# invalid digit after underscore in binary literal
x = 0b1_2
