# unparenthesized tuple annotated
a, b: int
