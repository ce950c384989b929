# tab indentation at top level
	x = 1
