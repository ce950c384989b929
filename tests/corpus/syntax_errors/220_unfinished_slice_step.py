# colon with nothing in a call
f(:)
