# trailing underscore in binary literal
x = 0b1_
