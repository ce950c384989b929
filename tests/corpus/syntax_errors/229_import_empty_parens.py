# empty parenthesized import list
from x import ()
