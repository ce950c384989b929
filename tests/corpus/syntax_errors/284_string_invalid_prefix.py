# unknown string prefix
x = kf'abc'
