# logging.config: dictConfig (formatters, filters, handlers to a StringIO via ext://, loggers, propagate, incremental), fileConfig from a temp ini file, errors for bad configs.
import logging, logging.config, io, sys, os, tempfile
stream = io.StringIO()
sys.modules[__name__].STREAM = stream
cfg = {
    'version': 1, 'disable_existing_loggers': False,
    'formatters': {'brief': {'format': '%(levelname)s|%(name)s|%(message)s'}, 'braces': {'format': '{name}:{message}', 'style': '{'}},
    'filters': {'only_app': {'name': 'app'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'stream': 'ext://__main__.STREAM', 'level': 'DEBUG'},
                 'h2': {'class': 'logging.StreamHandler', 'formatter': 'braces', 'stream': 'ext://__main__.STREAM', 'filters': ['only_app']}},
    'loggers': {'app': {'level': 'INFO', 'handlers': ['h'], 'propagate': False}, 'app.sub': {'level': 'DEBUG'}, 'other': {'handlers': ['h2'], 'level': 'WARNING'}},
    'root': {'level': 'ERROR', 'handlers': ['h']},
}
logging.config.dictConfig(cfg)
logging.getLogger('app').debug('hidden'); logging.getLogger('app').info('app info'); logging.getLogger('app.sub').debug('sub debug')
logging.getLogger('other').warning('other warn'); logging.getLogger('app.x').error('app.x error'); logging.getLogger('unrelated').error('root error')
print(stream.getvalue()); stream.seek(0); stream.truncate()
print(logging.getLogger('app').level, logging.getLogger('app').propagate, [type(h).__name__ for h in logging.getLogger('app').handlers], logging.getLogger().level)
for bad in [{'version': 2}, {}, {'version': 1, 'handlers': {'x': {'class': 'no.such.Handler'}}}, {'version': 1, 'formatters': {'f': {'format': '%(x', 'style': '{'}}},
            {'version': 1, 'loggers': {'l': {'handlers': ['missing']}}}, {'version': 1, 'handlers': {'x': {'class': 'logging.StreamHandler', 'level': 'NOPE'}}}]:
    try: logging.config.dictConfig(bad); print('ok')
    except (ValueError, TypeError) as e: print(type(e).__name__, str(e).split(':')[0][:70])
ini = '''[loggers]
keys=root,filed

[handlers]
keys=sh

[formatters]
keys=fm

[logger_root]
level=WARNING
handlers=sh

[logger_filed]
level=DEBUG
handlers=sh
qualname=filed
propagate=0

[handler_sh]
class=StreamHandler
level=NOTSET
formatter=fm
args=(__import__('__main__').STREAM,)

[formatter_fm]
format=INI %(levelname)s %(message)s
'''
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'log.ini')
    with open(p, 'w') as f: f.write(ini)
    logging.config.fileConfig(p, disable_existing_loggers=True)
logging.getLogger('filed').debug('from ini'); logging.getLogger().warning('root via ini'); logging.getLogger('app').error('app disabled now')
print(stream.getvalue(), logging.getLogger('app').disabled)
logging.config.dictConfig({'version': 1, 'incremental': True, 'loggers': {'filed': {'level': 'ERROR'}}}); print(logging.getLogger('filed').level)
logging.shutdown()
