# invalid character (U+20AC)
x = 1 € 2
