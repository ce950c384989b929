# closing bracket does not match opening one on an earlier line
x = {
    1: 2
)
