# uncaught exception group whose members carry notes.
e1 = ValueError('first')
e1.add_note('first note')
e2 = TypeError('second')
e2.add_note('note A')
e2.add_note('note B')
g = ExceptionGroup('with notes', [e1, e2])
g.add_note('group note')
raise g
