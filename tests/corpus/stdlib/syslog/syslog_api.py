import syslog
print(sorted(dir(syslog)))
print({n: getattr(syslog, n) for n in dir(syslog) if n.isupper() and isinstance(getattr(syslog, n), int)})
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_UPTO(syslog.LOG_DEBUG), syslog.__doc__)
old = syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR))
print(syslog.setlogmask(0) == syslog.LOG_UPTO(syslog.LOG_ERR))
syslog.setlogmask(old)
for f in [lambda: syslog.syslog(), lambda: syslog.syslog(1, 2, 3), lambda: syslog.syslog(1),
          lambda: syslog.openlog(1), lambda: syslog.LOG_MASK('x'), lambda: syslog.syslog('x', 'y'),
          lambda: syslog.syslog(msg='x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# LOG_DEBUG is masked below, so nothing reaches the system log from this program.
syslog.setlogmask(syslog.LOG_MASK(syslog.LOG_EMERG))
syslog.openlog('kaa-corpus', syslog.LOG_PID, syslog.LOG_USER)
print(syslog.syslog(syslog.LOG_DEBUG, 'masked'), syslog.syslog('masked too'))
print(syslog.closelog(), syslog.closelog())
syslog.setlogmask(old)
