# did you forget parentheses (trailing comma)
y = {a, for a in b}
