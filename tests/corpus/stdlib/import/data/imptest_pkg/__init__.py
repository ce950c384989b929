print('init imptest_pkg', __name__, __package__, __spec__.name, __spec__.parent)
VALUE = 'pkg value'
