# mismatched bracket closed on another line inside a block
if True:
    x = (
        1
    ]
