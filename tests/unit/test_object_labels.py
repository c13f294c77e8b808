"""What a figure is about when the words next to it only label it, pay it or date it: each class beside a trap."""
from __future__ import annotations

import pytest

from tests.unit.test_facts import facts


def first_object(text: str, kind: str) -> str | None:
    return [f.object for f in facts(text) if f.kind == kind][0]


def last_object(text: str, kind: str) -> str | None:
    return [f.object for f in facts(text) if f.kind == kind][-1]


@pytest.mark.parametrize("text, kind, obj", [
    # a word that only names the figure names no thing
    ("The figure was 7% in Peru.", "proportion", None),
    ("The latest figure is 3.1%.", "proportion", None),
    ("Imports from Chile made up 12% of the total.", "proportion", None),
    ("Wages could rise 6% compared to a previous estimate of 4%.", "proportion", None),
    ("Joblessness was the worst since 1993 - or a rate of 9.8%.", "level", None),
    # traps: the label with the thing it counts is the thing's, and "a target of" is a level's own noun
    ("Arson accounted for 9% of the total number of fires.", "proportion", "the total number of fires"),
    ("The lender's debt stood at 3.1 times earnings, against a target of below 2.5x.", "level", "a target"),
])
def test_a_figures_label_names_nothing(text, kind, obj):
    assert last_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a participle right after "of" modifies the noun after it
    ("Police recorded a 40% rise in the number of cycling accidents.", "change", "the number of cycling accidents"),
    # trap: a verb after the noun still ends the phrase
    ("About 40% of firms expected profits to fall.", "proportion", "firms"),
    # a noun in -ing after an adjective goes on
    ("The club is looking for £40m in fresh financial backing.", "money", "fresh financial backing"),
    # a verb that is also a noun heads a compound at the phrase's end
    ("The plan brings a 7% cut in farm water use.", "change", "farm water use"),
    # trap: after a plural it is the verb
    ("About 60% of farmers use drip irrigation.", "proportion", "farmers"),
    # a plural before a relative clause with no "that" is no verb
    ("The courier reported a 25% fall in the parcels it was delivering.", "change", "the parcels"),
    # "or more" between a share and its "of"
    ("Regulators asked about investors holding 10% or more of the club's shares.", "proportion", "the club's shares"),
])
def test_the_phrase_keeps_its_head(text, kind, obj):
    assert first_object(text, kind) == obj


@pytest.mark.parametrize("text, obj", [
    # who is fined or sued pays the amount: not what it is about
    ("The bank was fined $3m for misleading savers.", None),
    ("The striker was sued for £2m by his former agent.", None),
    ("The winger protested and was fined £9,000.", None),
    # who is sued is not what the claim is about either
    ("The founder has sued the state railway for $40m.", None),
    # trap: a fine written as a noun is the thing
    ("The bank faces a fine of $3m.", "a fine"),
])
def test_the_payer_of_a_penalty_is_no_object(text, obj):
    assert first_object(text, "money") == obj


@pytest.mark.parametrize("text, obj", [
    # betting odds are the side's, not the label's
    ("Singer Maya Lund is 3-1 favourite to win the contest.", "Singer Maya Lund"),
    # trap: a result's noun after the score is what it scores
    ("Porto won a 3-1 victory over Braga.", "victory over Braga"),
])
def test_odds_are_the_sides(text, obj):
    assert first_object(text, "score") == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a day between the verb and its figure says when
    ("Gold ended Friday up $4 at $1,210.", "change", "Gold"),
    ("With the dollar weak, a tonne of copper closed Tuesday down $12 to $8,040.", "change", "a tonne of copper"),
    # trap: with no day the verb and its direction still go
    ("Shares in Ardent closed down 3p at 120p.", "change", "Shares in Ardent"),
])
def test_a_day_after_the_verb_is_no_subject(text, kind, obj):
    assert first_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a percentage before a bare noun modifies it: not the one who expects it
    ("The central bank said it expects 4% expansion in 2026.", "proportion", "expansion"),
    ("The union wants 50% representation on the council.", "proportion", "representation on the council"),
    # traps: a preposition, a comparative or a noun of change after the figure is no noun it modifies
    ("Shares rose 5% against the euro.", "change", "Shares"),
    ("The index was 3% higher on Tuesday.", "change", "The index"),
    ("Retailers now expect 4% growth, up from expectations of 3.5% increase in the spring.", "proportion", "expectations"),
])
def test_a_percentage_before_a_bare_noun(text, kind, obj):
    assert last_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # "more than" before a verb of multiplying is its hedge: the subject stands before the modal
    ("Ticket sales could more than double to $40m next year.", "money", "Ticket sales"),
    # a participle after an auxiliary is the verb of the noun phrase after it
    ("Half of all renters are now paying service charges of 12%.", "proportion", "service charges"),
    ("The miner is predicting copper sales to rise 8% in 2026.", "change", "copper sales"),
    # traps: an -ing adjective with no auxiliary before it stays, and so does a noun in -ing
    ("Overall, asking rents have fallen 2.1% since May.", "change", "asking rents"),
    ("The lender now expects operating profit of $900m.", "money", "operating profit"),
])
def test_a_verb_before_the_subject_phrase_is_dropped(text, kind, obj):
    assert last_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # "to reach" links a figure to the change before it, like "to"
    ("Operating profit rose 9% from a year ago to reach $310m.", "money", "Operating profit"),
    # a conjunction cuts the phrase read backwards
    ("The airline is shrinking fast - albeit with costs halved in 2025 to $90m.", "money", "costs"),
    # an adverb inside the amount's own adjectives: the subject stands before the verb
    ("Rents in Lisbon rose a seasonally adjusted 0.8% in March.", "change", "Rents in Lisbon"),
    # an adverb between the auxiliary and the verb
    ("The toll will also rise from £9 to £11.", "money", "The toll"),
    # trap: the adverb alone after a noun is no auxiliary's
    ("Tickets now cost £45.", "money", "Tickets"),
])
def test_the_subject_past_linking_words(text, kind, obj):
    assert first_object(text, kind) == obj


@pytest.mark.parametrize("text, obj", [
    # a pronoun who finds or says is not what a figure that opens its own clause is about
    ("But it also found 3.4bn rupees was going to the wealthiest districts.", None),
    # trap: a pronoun that is the subject of the figure's own verb stays
    ("It costs $90m.", "It"),
])
def test_a_figure_opening_its_own_clause(text, obj):
    assert first_object(text, "money") == obj


@pytest.mark.parametrize("text, obj", [
    # an object pronoun before the verb is the figure's subject: not the verb, not the main clause's subject
    ("The coach was furious after watching them lose 3-0 to Porto.", None),
    # trap: an acronym in capitals is no pronoun
    ("US car sales fell 4% in May.", "US car sales"),
])
def test_an_object_pronoun_before_a_verb(text, obj):
    assert [f.object for f in facts(text) if f.kind in ("score", "change")][0] == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a word dropped like an auxiliary ("set", "due") is a noun after an article or an adjective
    ("Silva took the opening set in just 31 minutes.", "duration", "the opening set"),
    ("The final set lasted 48 minutes.", "duration", "The final set"),
    # trap: after a noun it is still the auxiliary
    ("Rates are set to rise by 0.25%.", "change", "Rates"),
])
def test_a_set_is_a_noun_after_an_adjective(text, kind, obj):
    assert first_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a change written before its noun, after another clause's verb
    ("Shares in Larkin fell 3% after it reported a 12% drop in annual profit.", "change", "annual profit"),
    # "average" after an article or adjective is a noun, not the main clause's verb
    ("They found the national average wage reached £612 a week last year, up £9 from the year before.", "change",
     "the national average wage"),
    # a period after a time word is when, not what: the main clause's subject is
    ("Diesel averaged 1.61 euros a litre last week, the agency said, up 4% from a year earlier.", "change", "Diesel"),
    # a unit right after another figure is that figure's, not a thing
    ("The motor makes 90 hp at 5,500 rpm.", "measure", None),
    # a noun of change names nothing; what follows its "in" does
    ("The fare is now £3.10, a rise of 8% in the price per mile.", "change", "the price per mile"),
    ("Exports reached $9bn, an increase of 5% on 2024.", "change", "Exports"),     # the figure before it
    # trap: a month after "in" is when
    ("Orders fell 2% in May, after a fall of 0.4% in April.", "change", None),
])
def test_objects_after_another_clause(text, kind, obj):
    assert last_object(text, kind) == obj


def test_a_verb_after_a_figure_is_no_main_clause():
    # "said the economy was ..., compared to 34% who": 34% is a share of the respondents, not the economy
    found = facts("On average 41% of managers in each region said the economy was weakening, "
                  "compared to 30% who said it was improving.")
    assert [f.object for f in found if f.kind == "proportion"] == ["managers in each region"] * 2


@pytest.mark.parametrize("text, kind, obj", [
    # an ordinal after an owner or article stays inside the phrase
    ("Members of Spain's second largest union will share €9m.", "money", "Members of Spain's second largest union"),
    # a short phrase of when between the change and "to" is no subject
    ("Ardent's share price rose 3p or nearly 2% in morning trading to 171p.", "money", "Ardent's share price"),
    # trap: a change with nothing between it and "to"
    ("Inflation has slowed to 2.4% from 2.9%.", "proportion", "Inflation"),
])
def test_phrases_around_ordinals_and_times(text, kind, obj):
    assert last_object(text, kind) == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a date between two figures of one thing does not part them
    ("The insurer saw its profits fall 7% last year to £2.1bn.", "money", "its profits"),
    # a share in brackets before "of" is a share of what follows
    ("More than half (56%) of the drivers said they had braked late.", "proportion", "the drivers"),
    # "alone" after the subject is dropped like an adverb
    ("The deficit for services alone was £2.2bn.", "money", "The deficit for services"),
])
def test_figures_past_dates_brackets_and_alone(text, kind, obj):
    assert last_object(text, kind) == obj
