print('init sub', __name__, __package__)
