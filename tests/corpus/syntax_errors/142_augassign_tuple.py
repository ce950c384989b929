# 'tuple' illegal for augmented assignment
a, b += 1
