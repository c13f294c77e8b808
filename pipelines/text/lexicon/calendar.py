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

#: Weekday names with their number, Monday 0 (as ``datetime.date.weekday()`` counts).
WEEKDAY_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
#: Days named from the day of writing, with their offset in days.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1}
#: Words before a week, month or year that count it from the day of writing ("last year").
DEICTIC_PERIOD_OFFSETS: dict[str, int] = {"last": -1, "next": 1, "this": 0, "earlier this": 0, "later this": 0,
                                          "early this": 0, "late this": 0}
#: Words after "the" before a day, week, month or year that count it from a date the text gave
#: ("the following day", "the previous year", "the same day").
ANAPHORIC_PERIOD_OFFSETS: dict[str, int] = {"following": 1, "next": 1, "previous": -1, "preceding": -1,
                                            "prior": -1, "same": 0}
#: Words after a number of days, weeks, months or years that count them from a date the text
#: gave ("two days later"), with their sign.
LATER_EARLIER: dict[str, int] = {"later": 1, "earlier": -1}
#: Words after "the day", "the year" that count one from a date the text gave ("the day before").
BEFORE_AFTER: dict[str, int] = {"after": 1, "before": -1}
#: Words before a weekday that put it in the future of the sentence's time ("will meet on Monday").
FUTURE_MARKERS: tuple[str, ...] = (
    "will", "'ll", "’ll", "would", "shall", "is to", "are to", "is set to", "are set to", "is due to", "are due to",
    "is expected to", "are expected to", "is scheduled to", "are scheduled to", "plans to", "plan to",
    "is going to", "are going to", "is planning to", "are planning to", "next", "upcoming", "to be held",
    "scheduled for", "set for", "planned for", "due on", "due for", "expected on")
WEEKDAY_NAMES = frozenset(WEEKDAY_NUMBERS)
#: Words before a weekday that make it a particular one ("last Monday", "next Friday", "this Sunday").
WEEKDAY_MODIFIERS = frozenset("last next this".split())
#: Capitalised words a weekday may follow and still be a day ("On Sunday", "Since Monday");
#: after any other capitalised word it is part of a name ("Black Friday", "Super Tuesday").
WEEKDAY_LEFT_WORDS = frozenset("On Last Next This By Since Until From Early Late Before After".split())
#: Nouns after "today's" that make it mean "present-day", not a date ("today's world").
PRESENT_DAY_NOUNS = frozenset("world society standards".split())
#: Nouns after "last year's", "this week's" that make the phrase a level, not a date ("a five-year low").
PERIOD_LEVEL_NOUNS = frozenset("high low record".split())
#: Words after "the day", "the following week" that make it a description, not a date ("the day of the vote").
NOT_ANAPHORIC_NEXT = frozenset("of in when that to and or".split())
