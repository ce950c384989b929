# after 'with'
with a as b:
pass
