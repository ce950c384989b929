def f():
    try:
        a()
    except ValueError:
        b()
    except (TypeError, KeyError) as e:
        c(e)
    except:
        d()
    else:
        e()
    finally:
        g()
    try:
        pass
    finally:
        h()
