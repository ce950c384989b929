# raise X from without cause
raise X from
