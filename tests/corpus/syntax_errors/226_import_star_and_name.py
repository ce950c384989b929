# star import with another name
from x import *, a
