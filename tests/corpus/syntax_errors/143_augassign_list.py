# 'list' illegal for augmented assignment
[a] *= 2
