# invalid syntax on a tab-indented line
if x:
	y = $
