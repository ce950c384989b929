# trailing underscore in hex literal
x = 0xff_
