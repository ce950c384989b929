# empty f-string expression after non-ASCII characters
x = f'ä{}'
