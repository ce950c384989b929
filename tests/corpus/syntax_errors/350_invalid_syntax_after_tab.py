# invalid syntax after a tab inside a line
x =	$
