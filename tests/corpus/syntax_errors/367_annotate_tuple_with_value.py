# unparenthesized tuple annotated with a value
a, b: int = 1, 2
