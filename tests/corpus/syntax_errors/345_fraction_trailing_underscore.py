# trailing underscore after the fraction
x = 1.0_
