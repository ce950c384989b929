# sys.exit with a non-int non-str object: printed to stderr, status 1.
import sys
sys.exit(['a', 'list'])
