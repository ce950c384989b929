# did you forget parentheses around the comprehension target? (two elements)
y = [a, b for a, b in c]
