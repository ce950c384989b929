# from import without a module
from import x
