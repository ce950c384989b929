# NormalDist.inv_cdf through _statistics._normal_dist_inv_cdf (all three branches of AS241), and the rest of NormalDist.
import _statistics
import statistics
from statistics import NormalDist

nd = NormalDist(100, 15)
for p in [1e-300, 1e-20, 1e-8, 0.001, 0.01, 0.07, 0.075, 0.1, 0.25, 0.5, 0.5 + 1e-12, 0.75, 0.9, 0.925, 0.99, 0.999999, 1 - 1e-16]:
    print(p, repr(nd.inv_cdf(p)), repr(_statistics._normal_dist_inv_cdf(p, 0.0, 1.0)))
print(nd.quantiles(), nd.quantiles(10))
print(repr(NormalDist().inv_cdf(0.975)), repr(NormalDist(-3.5, 0.25).inv_cdf(0.3)))
for args in [(0, 0, 1), (1, 0, 1), (0.5, 0, 0), (0.5, 0, -1), (float('nan'), 0, 1), (0.5, 0, float('nan'))]:
    try:
        print(_statistics._normal_dist_inv_cdf(*args))
    except ValueError as e:
        print('ValueError', e)
for bad in [('x', 0, 1), (0.5, 0), (0.5, 0, 1, 2)]:
    try:
        _statistics._normal_dist_inv_cdf(*bad)
    except TypeError as e:
        print('TypeError', e)
print(_statistics._normal_dist_inv_cdf(0.3, 1, 2), _statistics._normal_dist_inv_cdf(0.6, True, 2))
try:
    NormalDist(0, 1).inv_cdf(1.5)
except statistics.StatisticsError as e:
    print('StatisticsError', e)
print(round(nd.cdf(nd.inv_cdf(0.3)), 12), NormalDist.from_samples([1, 2, 3, 4, 5]).inv_cdf(0.9))
print(statistics.median([3, 1, 2]), statistics.fmean([1, 2, 3.5]), statistics.stdev([1, 2, 3, 4]))
print(_statistics.__doc__, sorted(n for n in dir(_statistics) if not n.startswith('__')))
