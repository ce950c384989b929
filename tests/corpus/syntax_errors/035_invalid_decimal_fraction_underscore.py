# underscore right after the decimal point
x = 1._5
