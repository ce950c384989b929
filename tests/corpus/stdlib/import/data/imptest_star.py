__all__ = ['public', 'also']
public = 1
also = 2
_private = 3
other = 4
