# end of file after a non-ASCII identifier
é = 1 +