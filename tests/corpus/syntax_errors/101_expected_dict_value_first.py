# expression expected after first dictionary key
d = {1:, 2: 3}
