# legacy <> operator without barry_as_FLUFL
if 1 <> 2:
    pass
