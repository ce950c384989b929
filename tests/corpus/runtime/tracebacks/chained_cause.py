# uncaught exception raised with from: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def load():
    try:
        {}['missing']
    except KeyError as e:
        raise ConfigError('config incomplete') from e
load()
