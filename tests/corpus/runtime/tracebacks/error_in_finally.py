# exception raised in a finally block while another propagates.
def cleanup():
    try:
        raise ValueError('original')
    finally:
        raise RuntimeError('cleanup failed')
cleanup()
