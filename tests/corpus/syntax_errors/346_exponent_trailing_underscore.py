# trailing underscore after the exponent
x = 1e1_
