# Python 2 backticks
x = `y`
