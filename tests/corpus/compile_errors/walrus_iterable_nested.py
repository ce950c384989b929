[x for x in range(3) for z in (y := range(x))]
