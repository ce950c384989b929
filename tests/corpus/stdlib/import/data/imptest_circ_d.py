import imptest_circ_c
d_value = 'd'
