# 3.12 type alias statement
type X = int
