"""Imports stdlib modules one after another and prints one line per module (run by Kaa and by the oracle).

Usage: probe.py MODULE...

Each line is `NAME<TAB>ok<TAB>DIR` (DIR: sorted(dir(module)), space-separated) or
`NAME<TAB>error<TAB>TYPE: MESSAGE` (the first line of the exception that stopped the import).
The import test (tests/Kaa.Runtime.Tests/Modules/Import/StdlibImportTests.cs) runs this on Kaa with
many modules per process; tools/oracle_module_dirs.py runs it on the oracle, one module per process,
and writes what it prints to expected_dirs.txt.

A package's attributes that are its own submodules (`email.message` once imported) are left out of
DIR: which submodules a package holds depends on what the process imported before, not on the
package itself.
"""
import io
import sys
import warnings

warnings.simplefilter('ignore')  # deprecated modules warn on import; only the names matter here
out = sys.stdout


def names_of(module):
    names = dir(module)
    if hasattr(module, '__path__'):
        prefix = module.__name__ + '.'
        names = [n for n in names
                 if not (type(getattr(module, n, None)) is type(sys)
                         and getattr(getattr(module, n), '__name__', None) == prefix + n)]
    return sorted(names)


for name in sys.argv[1:]:
    sys.stdout = io.StringIO()  # a module that prints on import (this) prints nowhere
    try:
        try:
            __import__(name)  # warnings with a stacklevel land in this module, as for `import NAME`
            module = sys.modules[name]
            line = name + '\tok\t' + ' '.join(names_of(module))
        finally:
            sys.stdout = out
    except BaseException as e:  # SystemExit and KeyboardInterrupt too: one module never stops the run
        message = str(e).splitlines()[0] if str(e) else ''
        line = name + '\terror\t' + type(e).__name__ + ': ' + message
    out.write(line + '\n')
    out.flush()
