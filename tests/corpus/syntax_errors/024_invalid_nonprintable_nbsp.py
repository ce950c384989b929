# non-breaking space (U+00A0) is not whitespace
x = 1
