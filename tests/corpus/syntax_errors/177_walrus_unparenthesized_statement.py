# unparenthesized walrus at statement level
a := 1
