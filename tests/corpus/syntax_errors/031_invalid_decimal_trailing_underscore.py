# trailing underscore in decimal literal
x = 1_000_
