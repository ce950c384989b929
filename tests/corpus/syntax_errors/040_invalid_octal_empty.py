# 0o without digits
x = 0o
