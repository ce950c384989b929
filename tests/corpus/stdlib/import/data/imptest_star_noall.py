public = 1
_private = 3
