import imptest_circ_b
x = 1
