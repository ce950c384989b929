# unmatched '}'
x = {1}}
