# uncaught UnboundLocalError with the 3.11 message.
total = 0
def add(v):
    total += v
    return total
add(1)
