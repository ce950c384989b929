print('init mod_b', __name__, __package__)
B = 'b'
