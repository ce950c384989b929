# after 'try'
try:
pass
