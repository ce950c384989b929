print('init deep', __name__, __package__)
from .. import mod_a
from ..mod_b import B
from . import __name__ as sub_name
DEEP = mod_a.A + B + sub_name
