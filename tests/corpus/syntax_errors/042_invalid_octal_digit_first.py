# digit 9 as first octal digit
x = 0o9
