# invalid astral character
x = [😀]
