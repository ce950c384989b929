# 0b without digits
x = 0b
