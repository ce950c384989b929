# caret lines for a failing subscript and attribute access on one line.
data = {'users': [{'name': 'a'}]}
print(data['users'][0]['name'])
print(data['users'][1]['name'])
