# datetime: what the C implementation (_datetime) shows that the pure-Python one words differently: error
# messages for out-of-range fields and naive/aware mixing, type names in operand errors, the IsoCalendarDate repr.
from datetime import date, time, datetime, timedelta, timezone
aware = datetime(2020, 6, 1, 12, tzinfo=timezone.utc)
print(date(2024, 2, 28).isocalendar(), type(date(2024, 2, 28).isocalendar()).__module__)
for bad in [lambda: date(2023, 2, 29), lambda: time(24), lambda: datetime(2020, 13, 1), lambda: timedelta(days=1e10), lambda: date(2020, 1, 1) + 1,
            lambda: aware < datetime(2020, 1, 1), lambda: aware - datetime(2020, 1, 1), lambda: date(2020, 1, 1) < 5, lambda: time(1) < time(1, tzinfo=timezone.utc),
            lambda: date(2020, 1, 40), lambda: timedelta(1) * 'x', lambda: date.fromordinal(0), lambda: timezone(timedelta(hours=25)), lambda: date(0, 1, 1), lambda: time(1, 60)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(type(date.today).__name__, date.__module__, type(date.__dict__['year']).__name__)
