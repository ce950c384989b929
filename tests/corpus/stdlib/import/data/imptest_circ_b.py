from imptest_circ_a import x
