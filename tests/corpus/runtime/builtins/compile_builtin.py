# compile(): modes exec/eval/single, filename in code object, flags basics, syntax errors and their attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

c = compile('a = 1\nb = 2', 'myfile', 'exec')
print(type(c).__name__, c.co_filename, c.co_name, c.co_names)
e = compile('a + 1', '<expr>', 'eval')
print(eval(e, {'a': 41}), e.co_name)
s = compile('1 + 1', '<single>', 'single')
exec(s)
s2 = compile('None', '<single>', 'single')
exec(s2)
t('bad mode', lambda: compile('1', 'f', 'bogus'))
def syn(src, mode='exec'):
    try:
        compile(src, 'snippet.py', mode)
    except SyntaxError as err:
        return (type(err).__name__, err.msg, err.filename, err.lineno, err.offset, err.text, err.end_lineno, err.end_offset)
print(syn('x = (1,'))
print(syn('def f(:\n  pass'))
print(syn('return 1'))
print(syn('  x = 1'))
print(syn('if x:\npass'))
print(syn('x = 1\n  y = 2'))
print(syn('a b'))
print(syn('f(x for x in y, 1)'))
print(syn('x = 1', 'eval'))
print(syn('nonlocal q'))
print(syn("'abc"))
print(syn('1 = 2'))
print(syn('\tif 1:\n        pass\n\tx'))
t('null byte', lambda: compile('a\x00b', 'f', 'exec'))
t('bytes source', lambda: compile(b'x = 1', 'f', 'exec').co_names)
t('dont inherit', lambda: compile('x', 'f', 'eval', dont_inherit=True).co_names)
t('compile ast flag only', lambda: type(compile('x', 'f', 'eval', 0x400)).__name__)
