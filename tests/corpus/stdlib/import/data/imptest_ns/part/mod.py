print('init ns mod', __name__, __package__)
X = 42
