# try/except/else/finally: every exit path (normal, exception, return, break, continue in try and finally).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def path(kind):
    try:
        log.append('try')
        if kind == 'raise':
            raise ValueError('v')
        if kind == 'return':
            return 'returned from try'
        if kind == 'other':
            raise KeyError('k')
    except ValueError as e:
        log.append('except ' + str(e))
        return 'returned from except'
    else:
        log.append('else')
    finally:
        log.append('finally')
    return 'fell through'
for kind in ['none', 'raise', 'return', 'other']:
    log.clear()
    try:
        r = path(kind)
    except KeyError as e:
        r = 'escaped ' + repr(e)
    print(kind, r, log)
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
def finally_swallows():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(finally_overrides(), finally_swallows())
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
def nested():
    try:
        try:
            raise TypeError('inner')
        except ValueError:
            return 'wrong handler'
        finally:
            out.append('inner finally')
    except TypeError as e:
        return 'outer caught ' + str(e)
print(nested(), out[-1])
def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
print([multi(e) for e in (KeyError, IndexError('i'), ZeroDivisionError, OverflowError(), RuntimeError)])
def name_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return 'err' in locals()
print(name_deleted())
def bare():
    try:
        1 / 0
    except:
        return 'bare caught'
print(bare())
def reraise():
    try:
        try:
            raise ValueError('orig')
        except ValueError:
            raise
    except ValueError as e:
        return 'reraised ' + str(e)
print(reraise())
def continue_in_finally():
    res = []
    for i in range(3):
        try:
            raise ValueError
        finally:
            res.append(i)
            continue
    return res
print(continue_in_finally())
def break_in_finally():
    while True:
        try:
            return 'not returned'
        finally:
            break
    return 'broke out'
print(break_in_finally())
def except_type_error():
    try:
        raise ValueError
    except 5:
        pass
try:
    except_type_error()
except TypeError as e:
    print('TypeError', e)
