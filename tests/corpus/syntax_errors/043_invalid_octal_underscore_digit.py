# invalid digit after underscore in octal literal
x = 0o1_9
