# after parenthesized 'with'
with (a as b, c):
pass
