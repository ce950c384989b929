# uncaught SyntaxError from exec with a caret inside the line and a custom filename via compile.
code = 'def f():\n    return 1 +* 2\n'
compile(code, 'generated.py', 'exec')
