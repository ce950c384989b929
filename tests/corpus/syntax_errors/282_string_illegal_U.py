# illegal Unicode character
x = '\U00110000'
