"""Month and weekday names, with their abbreviations."""
from __future__ import annotations

#: Month names and their abbreviations (lower case) with the month's number.
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
#: The short form a reader expects of each month, January first ("Jan 4", "Sep 2019").
MONTH_SHORT_NAMES: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
