# illegal target for annotation on a literal
1: int = 2
