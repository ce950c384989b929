# Perhaps you forgot a comma? after an astral character
x = ['😀' y]
