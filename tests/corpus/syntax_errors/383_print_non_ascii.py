# Missing parentheses with a non-ASCII argument
print 'äöü'
