"""What a figure is about when its own words name it only in passing: a label pointing back, a multiple's
'as many', a range's 'of between', a race's distance, a score's bare result; each class beside a trap."""
from __future__ import annotations

import pytest

from pipelines.text.facts import rules
from tests.unit.test_facts import facts


def found(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    return [(f.object, f.object_rule) for f in facts(text) if f.kind == kind]


@pytest.mark.parametrize("text, kind, obj", [
    # a sentence that opens with only a figure's label points back to the figure before it
    ("Joblessness in Ontario fell to 5.2% in May. The figure, up from 4.8% a year earlier, was a surprise.",
     "proportion", "Joblessness in Ontario"),
    ("Exports of copper reached $4.4bn in 2003. The total was $3.9bn a year earlier.", "money", "Exports of copper"),
    # traps: a label with no figure before it names nothing; one unlike the figure before it points nowhere
    ("The figure was 9% in Chile.", "proportion", None),
    ("Exports of copper reached $4.4bn in 2003. The figure is 14%.", "proportion", None),
])
def test_a_label_points_back_to_the_figure_before(text, kind, obj):
    last = found(text, kind)[-1]
    assert last[0] == obj
    if obj:
        assert last[1] in (rules.OBJECT_LABEL_ANTECEDENT, rules.OBJECT_SHARED)


def test_the_label_antecedent_rule_is_named():
    text = "Exports of copper reached $4.4bn in 2003. The total was $3.9bn a year earlier."
    assert found(text, "money")[-1] == ("Exports of copper", rules.OBJECT_LABEL_ANTECEDENT)


@pytest.mark.parametrize("text, obj", [
    # a multiple before "as many" or "as much" with no subject counts the noun after it
    ("Nearly three times as many tourists visited the island.", "tourists"),
    ("In June, eight times as much rain fell.", "rain"),
    # traps: a subject that holds the multiple keeps it; a multiple of a comparative is its subject's
    ("The new cards hold eight times as much music as the old ones.", "The new cards"),
    ("The engine is three times more powerful.", "The engine"),
])
def test_a_multiple_counts_what_it_multiplies(text, obj):
    assert found(text, "level")[0][0] == obj


@pytest.mark.parametrize("text, kind, obj", [
    # "of between" opens a range of the noun before it
    ("The retailer forecast profit growth of between 2% and 5% this year.", "proportion", "profit growth"),
    # a list of names in brackets is an aside between a subject and its verb
    ("Three small economies (Fiji, Samoa and Tonga) grew by more than 4% last year.", "change",
     "Three small economies"),
    # trap: a short aside in brackets is still blanked as before
    ("The producer price index (PPI) rose 0.4% in June.", "change", "The producer price index"),
    # "But of the ..." fronts the group a share is of, like "Of the ..."
    ("But of the 240 clinics inspected, 35% had no fire exit.", "proportion", "240 clinics inspected"),
    # a share of a counted group: "of 2,000 people"
    ("More than half of 1,500 drivers polled said they would pay.", "proportion", "1,500 drivers"),
    # trap: a year after "of" is no counted group
    ("Output fell to a third of 1998 levels.", "proportion", None),
    # "X need to rise": the verb before "to" is not the subject's
    ("The union says that wages need to rise by about 6% next year.", "change", "wages"),
    # trap: "the need" is a noun
    ("The need to cut costs by $2bn was plain.", "change", "costs"),
    # "by the end of" is when, not part of what the money is in
    ("There will be a further £7m in cash or bonds by the end of June.", "money", "cash or bonds"),
    # trap: "by" and a noun of its own goes on
    ("The council spent £3m on homes by the river.", "money", "homes by the river"),
    # a figure compared with one before it "up on the ... rise" is about the same thing
    ("Car loans rose by £1.3bn in May, slightly up on the £1.1bn rise in April.", "change", "Car loans"),
    # a period that ends on a day is when, not what: "profit in the three months to 31 March"
    ("The insurer said profit in the six months to 30 June was 41.5m euros.", "money", "profit"),
    # a long apposition between the subject and its verb is an aside
    ("Shares in Vantor, the Swiss engineer set up by the late industrialist Karl Brunner, fell 9% in Zurich.",
     "change", "Shares in Vantor"),
    # a figure compared with a year's owner is about what the figure before it is about, past the year
    ("Kenya's economy grew by 5.8% in 2007, well above 2006's 4.9%.", "proportion", "Kenya's economy"),
    # trap: a label after another adverb still points back
    ("Car thefts in Lyon fell to 3.1% in May. Now the figure is 2.7%.", "proportion", "Car thefts in Lyon"),
    ("About 35% of the drivers in Oslo used a hands-free kit. In 2002 the figure was 21%.", "proportion",
     "the drivers in Oslo"),
    # a particle after a verb of change is no object: "slipped back 7%"
    ("The stock slipped back 4% on Tuesday.", "change", "The stock"),
    # trap: a transitive verb's object still is
    ("The news pushed the stock 4% lower.", "change", "the stock"),
    # a figure linked by "from" or "to" after a conversion in brackets is about the same thing
    ("The airline raised its dividend to 40 cents (£0.21; $0.42) from 32 cents a year earlier.", "money",
     "its dividend"),
    ("Revenue grew to £2bn ($3.7bn), up from £1.8bn.", "money", "Revenue"),
    # trap: a figure after a new clause is not
    ("Revenue grew to £2bn ($3.7bn), while rivals lost £1.8bn.", "money", "rivals"),
    # a figure compared with the one before it ("more than the", "above the") is about the same thing
    ("Mortgage lending rose by £2.1bn in June, more than the £1.9bn expected.", "money", "Mortgage lending"),
    # traps: a compared figure that modifies a noun keeps it; a figure of its own after "more than" keeps its phrase
    ("The deal gives the group 6% of output, far less than the 15% share it sought.", "proportion", "share"),
    ("The plant makes more than 300 tonnes of steel a day.", "measure", "steel"),
    # "the grand total of" only labels the figure
    ("The grand total of $6m was raised in a week.", "money", None),
    # trap: the total of a thing is that thing's
    ("Imports of tea hit a total of $6m.", "money", "Imports of tea"),
])
def test_the_phrase_a_figure_is_stated_of(text, kind, obj):
    assert found(text, kind)[-1][0] == obj


@pytest.mark.parametrize("text, obj", [
    # "the age of 40" only labels the age
    ("She retired from the stage at the age of 40.", None),
    # trap: half another's age is a share of that age
    ("He married a woman half his age.", "his age"),
])
def test_the_age_of_is_a_label(text, obj):
    assert [f.object for f in facts(text) if f.kind in ("age", "proportion")][0] == obj


@pytest.mark.parametrize("text, obj", [
    # a race's distance after "the" or an owner with no noun after it names an event: no object
    ("The Kenyan won the 1500m at the trials.", None),
    ("She will run in the women's 5km and the 10km.", None),
    # the event's noun after the distance is its object
    ("She was fourth in the 10,000m final.", "final"),
    ("He won the 400m hurdles.", "hurdles"),
    ("She entered the 8km race in March.", "race"),
    # traps: a length stated of a thing keeps its subject; a length after "at" is not an event
    ("The tower is 300m tall.", "The tower"),
    ("The camp at 5,000m is the highest.", "The camp"),
])
def test_a_race_distance_names_an_event(text, obj):
    assert [f.object for f in facts(text) if f.kind == "measure"][0] == obj


@pytest.mark.parametrize("text, obj", [
    # a bare result noun names no match or side: the side that holds it does
    ("Oldham earned a 2-0 win at the weekend.", "Oldham"),
    ("A late header gave Dundee a 1-0 win.", "Dundee"),
    ("His try gave the hosts an unassailable 19-3 lead.", "the hosts"),
    ("Canada rallied to a 31-24 win.", "Canada"),
    ("Fans blamed the keeper for Hull's 3-2 defeat.", "Hull"),
    # traps: a result noun with its opponent keeps it; a clause before "before the" holds no side
    ("Rovers sealed a 2-1 win over Town.", "win over Town"),
    ("The coach had shouted at Smith before the 4-2 defeat.", None),
    ('"We must improve," said Jones after the 0-0 draw.', None),
])
def test_a_scores_bare_result_is_its_sides(text, obj):
    assert [f.object for f in facts(text) if f.kind == "score"][0] == obj
