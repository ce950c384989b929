# truncated \xXX escape
x = '\x1'
