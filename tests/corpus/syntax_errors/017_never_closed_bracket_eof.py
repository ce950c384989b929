# '[' never closed at end of file
x = [1, 2