while x:
    class C:
        continue
