# str format spec for strings: fill, align, width, precision, and the errors for sign/zero/alternate flags on strings.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for spec in ['', '10', '<10', '>10', '^10', '*^10', '-<8', '.3', '10.3', '^9.1', '0>5', 'x<4', '{<4', '<0', 's', '>5s']:
    t(spec, lambda: format('héllo', spec))
t('sign', lambda: format('a', '+'))
t('space sign', lambda: format('a', ' '))
t('alternate', lambda: format('a', '#'))
t('zero pad', lambda: format('a', '05'))
t('equal align', lambda: format('a', '=5'))
t('comma', lambda: format('a', ','))
t('bad type', lambda: format('a', 'd'))
t('huge width', lambda: format('a', '99999999999999999999'))
t('precision only dot', lambda: format('a', '.'))
t('nested fstring width', lambda: f"{'x':>{3 + 2}}|{'y':^{4}.{1}}")
t('wide chars', lambda: format('中文', '^6'))
