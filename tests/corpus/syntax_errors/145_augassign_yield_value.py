# augmented assignment to a comparison
a < b |= c
