# _locale and locale in the C/C.UTF-8 locale the corpus runs under.
import _locale
import locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.getencoding(), _locale.nl_langinfo(_locale.CODESET))
print(_locale.localeconv())
print(_locale.nl_langinfo(_locale.RADIXCHAR), _locale.nl_langinfo(_locale.D_T_FMT), _locale.nl_langinfo(_locale.DAY_1))
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("a", "a"), _locale.strxfrm("abc"))
print(_locale.gettext("hello"), _locale.dgettext(None, "msg"))
for f, a in [(_locale.setlocale, (0, "xx_XX.nowhere")), (_locale.setlocale, ("x",)), (_locale.nl_langinfo, (99999,)),
             (_locale.strcoll, ("a", 5))]:
    try:
        f(*a)
    except (_locale.Error, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(locale.getpreferredencoding(False), locale.getencoding(), locale.localeconv()["decimal_point"])
print(locale.format_string("%d", 1234567, grouping=True), locale.str(1.5), locale.atof("2.5"), locale.atoi("42"))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(locale.LC_NUMERIC))
print(locale.Error.__module__, locale.Error.__name__, issubclass(locale.Error, Exception))
