# expected an indented block after 'if'
if x:
pass
