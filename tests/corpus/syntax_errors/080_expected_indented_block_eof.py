# block missing at end of file
if x:
