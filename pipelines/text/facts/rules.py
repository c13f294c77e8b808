"""Every rule a fact row can carry, declared once with what it means and an example."""
from __future__ import annotations

from pipelines.text.rules import RuleRegistry

RULES = RuleRegistry("facts")
_add = RULES.add

MONEY_SYMBOL = _add("money.symbol", "an amount after a currency symbol", "$500")
MONEY_SYMBOL_SCALE = _add("money.symbol_scale", "an amount after a currency symbol, with a scale", "$44m")
MONEY_CODE = _add("money.code", "an amount with an ISO code or a currency prefix", "Rs 500 crore")
MONEY_WORD = _add("money.word", "an amount followed by a currency name", "5 million euros")
MONEY_TABLE = _add("money.table", "a bare figure in a row under a line that gives its currency and scale",
                   "in EUR million / Mobile: 2,950")
MONEY_SUBUNIT = _add("money.subunit", "an amount in cents or pence, stored in whole units", "50p")
MONEY_SUBUNIT_SENTENCE = _add("money.subunit_sentence", "cents in the currency of the other amounts in the sentence",
                                "diesel rose 4.1 cents to €1.61")

PROPORTION_PERCENT = _add("proportion.percent", "a percentage up to 100, stored as a fraction", "nearly 50%")
PROPORTION_POINTS = _add("proportion.points", "a change in percentage points", "2 percentage points")
PROPORTION_FRACTION = _add("proportion.fraction", "a spelled-out fraction of something", "two-thirds of voters")
PROPORTION_HALF = _add("proportion.half", "half of something", "half the budget")
PROPORTION_SUBJECT = _add("proportion.subject", "a bare share that is the subject of its clause", "nearly half said")

MEASURE_PERCENT = _add("measure.percent", "a percentage over 100, stored as a fraction", "150%")
MEASURE_UNIT = _add("measure.unit", "a number with a unit of measure", "20km")
MEASURE_METRES = _add("measure.metres", "a standard race distance in metres", "the 400m hurdles")
MEASURE_METRES_SIZE = _add("measure.metres_size", "metres before an adjective of size", "1.85m tall")
MEASURE_BASIS_POINTS = _add("measure.basis_points", "a number of basis points", "25 basis points")
MEASURE_NOUN = _add("measure.noun", "a fractional amount of a noun", "2.5 points")

MEASURE_SCALED_RANGE = _add("measure.scaled_range", "a range of measures in two units of one dimension, in the first",
                            "from 128GB to 2TB")

RATIO_OF = _add("ratio.of", "a part of a total", "20 of the 27 cases")
RATIO_IN = _add("ratio.in", "one in so many", "one in five adults")

DURATION_UNIT = _add("duration.unit", "a number of time units", "three years")
DURATION_ARTICLE = _add("duration.article", "a single time unit written with an article", "nearly a decade")
DURATION_HALF = _add("duration.half", "half a time unit", "half an hour")
DURATION_COMPOUND = _add("duration.compound", "a duration written in parts, stored in its smallest unit",
                         "21 hours and 40 minutes")
DURATION_CLOCK = _add("duration.clock", "a race or finishing time written like a clock, stored in seconds",
                      "won in 2:05:11")
DURATION_HORIZON = _add("duration.horizon", "a time horizon with no number", "over the next decade")

AGE_AGED = _add("age.aged", "an age after 'aged'", "aged 45")
AGE_YEAR_OLD = _add("age.year_old", "an age written as years old", "a 45-year-old")
AGE_STATED = _add("age.stated", "an age stated after the word age", "their average age was 58")
AGE_NAME_COMMA = _add("age.name_comma", "an age after a name and a comma", "Smith, 45, said")

TEMPERATURE_DEGREES = _add("temperature.degrees", "a temperature in degrees", "-5C")

CHANGE_PERCENT = _add("change.percent", "a signed change in percent", "shares fell 0.41 percent")
CHANGE_POINTS = _add("change.points", "a change in percentage points", "rose 2 percentage points")
CHANGE_BASIS_POINTS = _add("change.basis_points", "a change in basis points", "cut rates by 25 basis points")
CHANGE_AMOUNT = _add("change.amount", "a signed change in a unit or currency", "the index fell 45 points")
CHANGE_MULTIPLE = _add("change.multiple", "a change stated by a verb of multiplying, in percent", "net profit more than doubled")
RATE_PER = _add("rate.per", "an amount per unit of something", "$71 per barrel")
RATE_SHARED = _add("rate.shared", "an amount compared with a rate of its currency and size, per the same thing",
                    "a dividend of €0.64 per share, up from €0.58")
LEVEL_PERCENT = _add("level.percent", "a percentage that is a level, not a share", "inflation of 3.2%")
LEVEL_AT = _add("level.at", "a bare number stated as a level", "the index closed at 7,412")
LEVEL_TIMES = _add("level.times", "a multiple", "1.3 times")
LEVEL_EXCHANGE_RATE = _add("level.exchange_rate", "a currency's price in another currency", "sterling was steady at $1.2710")
SCORE_RESULT = _add("score.result", "a sports result with both sides", "won 3-1")
COUNT_MODIFIER = _add("count.modifier", "a count written as a compound modifier", "a five-judge panel")
COUNT_GROUP = _add("count.group", "a bare number counted by the group noun before it", "a crowd of 9,340")
COUNT_SHARED = _add("count.shared", "a bare number compared with a count of its size counts the same thing",
                     "412 people had a stroke, against 517 in the placebo group")

OBJECT_OF = _add("object.of", "what a number is part of, after 'of'", "74 percent of technology leaks")
OBJECT_MONEY = _add("object.money", "what an amount pays for or is worth", "a $44m investment in X")
OBJECT_SUBJECT = _add("object.subject", "the subject the number is stated of", "Nokia shares rose 5%")
OBJECT_CHANGED = _add("object.changed", "what a transitive verb of change moved", "pulled the energy sector 1.2% lower")
OBJECT_SHARED = _add("object.shared", "a figure right after another is about the same thing", "profit rose 12% to $1.2bn")
OBJECT_COORDINATED = _add("object.coordinated", "a figure after a second verb with no object shares the first verb's",
                          "exported £5bn of goods but imported £7bn")
OBJECT_LABEL = _add("object.label", "the label of a spec line", "Battery: 5,000mAh")
OBJECT_LABEL_ANTECEDENT = _add("object.label_antecedent", "a figure named only by its label ('The figure, up from "
                               "4.1%') is about the last figure of the sentence before", "The figure was 7%")
OBJECT_MULTIPLIED = _add("object.multiplied", "what a multiple counts, after 'as many' or 'as much'",
                         "six times as much data")
OBJECT_MODIFIED = _add("object.modified", "the noun a number modifies", "a 300-hp engine")
OBJECT_RATIO = _add("object.ratio", "a ratio is a share of the things it counts", "20 of the 27 cases")
OBJECT_DATE_EVENT = _add("object.date_event", "the event a date dates", "the 2016 deployment of the system")
OBJECT_ANTECEDENT = _add("object.antecedent", "the person named last, for an age used as a noun",
                         "Ana Ruiz won. The 29-year-old has ...")
OBJECT_BRACKETED = _add("object.bracketed", "the noun phrase a share in brackets follows",
                        "pensioners (61%) and students (72%)")
OBJECT_DURATION_NOUN = _add("object.duration_noun", "the noun a hyphenated duration qualifies", "a four-day visit")

COUNT_NOUN = _add("count.noun", "a number of things named by a plural noun", "28,500 US troops")

DATE_YEAR = _add("date.year", "a year on its own", "in 2005")
DATE_MONTH_DAY = _add("date.month_day", "month then day, with or without a year", "Jan. 7, 2005")
DATE_DAY_MONTH = _add("date.day_month", "day then month, with or without a year", "7 January 2005")
DATE_MONTH_YEAR = _add("date.month_year", "a month of a year", "March 2005")
DATE_DECADE = _add("date.decade", "a decade", "the 1990s")
DATE_PREFIXED_YEAR = _add("date.prefixed_year", "a year with mid, early, late, pre or post", "mid-2005")
DATE_RANGE = _add("date.range", "a range of years", "2004-05")
DATE_RELATIVE_DAY = _add("date.relative_day", "a day named from the day of writing", "the minister said yesterday")
DATE_WEEKDAY = _add("date.weekday", "a weekday, the most recent one unless the tense says future", "talks began on Sunday")
DATE_RELATIVE_PERIOD = _add("date.relative_period", "a week, month or year named from the day of writing",
                            "prices rose last year")
DATE_ANAPHORIC = _add("date.anaphoric", "a day, week, month or year named from a date the text gave",
                      "on Jan. 4, the same day the talks began")
DATE_OFFSET = _add("date.offset", "so many days, weeks, months or years after or before a date the text gave",
                   "the dam burst on May 2; two days later the town was evacuated")

#: ``<kind>.range``: a range built from two neighbouring anchors, per kind.
RANGE_RULES: dict[str, str] = {
    kind: _add(f"{kind}.range", f"a range of {what}", example)
    for kind, what, example in (
        ("count", "counts", "5 to 10 people"),
        ("money", "amounts of money", "$5m-$6m"),
        ("proportion", "percentages", "between 5 and 10%"),
        ("duration", "durations", "two to three years"),
        ("measure", "measures", "between 2.5 and 4 points"),
        ("age", "ages", "aged 18 to 25"),
        ("temperature", "temperatures", "20-25C"),
        ("rate", "rates", "$6bn-$8bn a year"),
    )
}
