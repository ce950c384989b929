# 'literal' illegal for augmented assignment
1 -= x
