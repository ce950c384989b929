# global with a dotted name
global a.b
