# invalid target nested in a list with a starred name
[a, *b, c.d()] = x
