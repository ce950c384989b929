# calendar: text calendars (month, year, custom firstweekday), monthrange/monthcalendar/isleap/leapdays/weekday, iterators, HTML calendar, day/month names, errors.
import calendar
print(calendar.month(2024, 2)); print(calendar.month(2023, 12, w=3, l=2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2021, 8))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4)[:800])
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthcalendar(2024, 3), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), [d for d in c.itermonthdays(2024, 2)][:10], list(c.itermonthdays2(2024, 2))[:5], list(c.itermonthdays3(2024, 1))[:3], c.monthdatescalendar(2024, 2)[0], len(c.yeardayscalendar(2024)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr)[1:4], calendar.firstweekday())
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.weekheader(2), calendar.weekheader(9))
h = calendar.HTMLCalendar(); html = h.formatmonth(2024, 5); print(html.splitlines()[:4], html.count('<td'), h.formatweekday(0))
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 0), lambda: calendar.setfirstweekday(9), lambda: calendar.Calendar(7).getfirstweekday()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(calendar.MONDAY, calendar.SUNDAY, issubclass(calendar.IllegalMonthError, ValueError), calendar.TextCalendar().formatyear(2024, 2, 1, 1, 6).splitlines()[:3])
