# invalid character in an identifier position (U+2192)
a → b
