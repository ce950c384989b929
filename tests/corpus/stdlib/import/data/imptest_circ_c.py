import imptest_circ_d
c_value = 'c'
def get():
    return imptest_circ_d.d_value
