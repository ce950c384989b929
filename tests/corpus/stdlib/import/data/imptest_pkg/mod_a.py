print('init mod_a', __name__, __package__)
from .mod_b import B
from . import mod_b
from . import VALUE as PKG_VALUE
A = 'a' + B
