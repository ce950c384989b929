# 'function call' illegal for augmented assignment
f() += 1
