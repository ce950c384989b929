# Perhaps you forgot a comma? spanning lines
x = [
    'a'
    b
]
