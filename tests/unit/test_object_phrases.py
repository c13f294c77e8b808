"""What a figure measures on real news shapes: each class of object beside a trap that looks like it."""
from __future__ import annotations

import pytest

from tests.unit.test_facts import facts


def objects(text: str, kind: str) -> list[str | None]:
    return [f.object for f in facts(text) if f.kind == kind]


@pytest.mark.parametrize("text, kind, obj", [
    # an adverbial idiom after the noun phrase is no part of it
    ("Dockers agreed to a 9% pay cut in return for job guarantees.", "proportion", "pay cut"),
    ("A Dutch fund bought 30% of Lisbon's main bus operator in a deal worth 80m euros.", "proportion",
     "Lisbon's main bus operator"),
    ("The bank took a $2bn loan in exchange for new shares.", "money", "loan"),
    # trap: a prepositional phrase of the noun's own goes on
    ("Savers got a 4% rise in monthly payouts.", "change", "monthly payouts"),
    # an adverb of place after the noun ends it
    ("It is a 40-mile trip away from the coast.", "measure", "trip"),
])
def test_an_adverbial_idiom_ends_the_object(text, kind, obj):
    assert objects(text, kind)[0] == obj


@pytest.mark.parametrize("text, obj", [
    # an adverb between the subject and its verb leaves the verb to drop
    ("The cheapest model cost just under £9,000.", "The cheapest model"),
    ("Each seat will cost just $30.", "seat"),
    ("Rents are now 8% higher.", "Rents"),       # trap: the adverb after a real auxiliary
])
def test_an_adverb_before_the_amount_is_no_auxiliary(text, obj):
    assert [f.object for f in facts(text) if f.kind in ("money", "proportion", "change")][0] == obj


@pytest.mark.parametrize("text, obj", [
    # an "X of Y" subject keeps X: the times deteriorated, not the sites
    ("Tests found that loading times of some apps have worsened by up to 40%.", "loading times of some apps"),
    ("Waiting times at the clinic rose 12%.", "Waiting times at the clinic"),
    ("Exam scores of pupils in Ghana fell 3%.", "Exam scores of pupils in Ghana"),
    # traps: a multiplier is no noun, and a quantifier that opens a clause is no determiner
    ("The tower is three times taller, up 6%.", "The tower"),
])
def test_a_compound_subject_keeps_its_head(text, obj):
    assert [f.object for f in facts(text) if f.kind in ("money", "proportion", "change")][0] == obj


def test_a_quantifier_before_a_participle_opens_no_phrase():
    # "with many relying on ...": "many" is the participle's subject, not a determiner of the noun before it
    found = facts("Most families live below the line with many relying on income of less than $2 a day.")
    assert all("many" not in (f.object or "") for f in found), [(f.surface, f.object) for f in found]


@pytest.mark.parametrize("text, obj", [
    # a phrasal verb of paying and "to own" name what the money gets, not who pays
    ("Families will have to fork out almost £9,000 to own a new Skoda Fabia.", "a new Skoda Fabia"),
    ("Collectors shelled out $4,000 for the first print.", "the first print"),
    # a number word inside a name goes on with the name
    ("Diners paid £80 for the Tasting Menu Two.", "the Tasting Menu Two"),
    # trap: who pays stays the subject when nothing after the amount names a purchase
    ("The pensioners paid £60 each.", "The pensioners"),
])
def test_what_a_payment_gets(text, obj):
    assert [f.object for f in facts(text) if f.kind == "money"][0] == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a level's label before "of" says how, not what: the thing that hit it
    ("The rupee fell to an all-time low of $0.012.", "level", "The rupee"),
    ("Shares in Varta hit a four-year high of 240p.", "money", "Shares in Varta"),
    # trap: a record is a thing of its own ("the world record of 12.9 seconds")
    ("She broke the world record of 12.9 seconds.", "duration", "the world record"),
])
def test_a_level_label_is_no_object(text, kind, obj):
    assert objects(text, kind)[0] == obj


def test_a_second_verb_without_an_object_shares_the_first_verbs():
    found = facts("Last year Chile exported $9.2bn worth of copper, but imported $4.1bn.")
    money = [(f.object, f.object_rule) for f in found if f.kind == "money"]
    assert money == [("copper", "object.money"), ("copper", "object.coordinated")]


def test_a_second_clause_with_its_own_subject_keeps_its_own():
    # trap: a subject after "and" is the second figure's own
    found = facts("The mine sold $3m of nickel, and profits fell $2m.")
    assert [f.object for f in found if f.kind in ("money", "change")] == ["nickel", "profits"]


def test_a_second_verb_and_its_figure_end_the_first_object():
    found = facts("The club raised £30m of debt and repaid £12m to banks.")
    assert [f.object for f in found if f.kind == "money"][0] == "debt"


@pytest.mark.parametrize("text, obj", [
    # a figure in a dashed aside after "at" is stated of the phrase before the dash
    ("By value, Elkor - at 3.1bn euros - is the smaller firm.", "Elkor"),
    # a second past verb after "and" and an adverb keeps the first clause's subject
    ("The show had earned $20m before May, and eventually took $95m.", "The show"),
])
def test_aside_and_second_verb(text, obj):
    assert [f.object for f in facts(text) if f.kind == "money"][-1] == obj


@pytest.mark.parametrize("text, kind, obj", [
    # a singular unit word before a noun is a modifier: the noun is what measures so much
    ("Makers plan 13 inch tablets that use less power.", "measure", "tablets"),
    ("The kit has a 60 watt heater.", "measure", "heater"),
    # trap: a plural unit is an amount of its own
    ("The pilgrims walked 30 miles home.", "measure", "The pilgrims"),
])
def test_a_singular_unit_modifies_the_noun_after_it(text, kind, obj):
    assert objects(text, kind)[0] == obj


def test_a_bare_verb_after_which_is_the_antecedents():
    # "screens that draw only 3W": the verb's subject is the phrase before "that"
    found = facts("Engineers built pumps that draw only 40 watts.")
    assert [f.object for f in found if f.kind == "measure"] == ["pumps"]
    # trap: "that" opening a clause with its own subject keeps that subject
    found = facts("The minister said that output fell to 2.1% in May.")
    assert [f.object for f in found if f.kind in ("level", "change")][0] == "output"


def test_a_share_is_no_subject_of_another_figure():
    # "a quarter of 18-24 year olds": the quarter is a figure of its own, not what the age range is of
    found = facts("Only a third of 18-24 year olds voted in May.")
    assert [f.object for f in found if f.kind == "age"] == [None]
    # trap: a noun phrase opening with a share word keeps its head
    assert objects("Half of the clinics grew 6%.", "change") == ["Half of the clinics"]


@pytest.mark.parametrize("text, kinds", [
    # a capitalised subunit or a currency name with a possessive is a name, not money
    ("Fans of 50 Cent's new album queued overnight.", []),
    ("She sang with Ten Cent Tunes in Leeds.", []),
])
def test_a_currency_word_inside_a_name_is_no_money(text, kinds):
    assert [f.kind for f in facts(text) if f.kind == "money"] == kinds


def test_a_currency_name_before_a_bracket_stays_money():
    # trap: "3.5m Euros (£3m)" is money with a conversion
    assert [f.kind for f in facts("The actor made 3.5m Euros (£3m) last year.") if f.kind == "money"] == ["money", "money"]


@pytest.mark.parametrize("text, obj", [
    # after "a" and an amount, a word that is usually a stop word opens the head noun phrase
    ("The firm must settle a $3.2bn (£2.5bn) back pay claim.", "back pay claim"),
    ("The council approved a £2m all-weather pitch.", "all-weather pitch"),
])
def test_an_indefinite_amount_opens_its_noun(text, obj):
    assert objects(text, "money")[0] == obj


def test_an_amount_alone_after_a_names_no_noun():
    # trap: "paid a $5m up front": no noun follows
    assert objects("The buyers paid a $5m up front.", "money") == [None]


def test_closer_to_is_a_hedge():
    # "closer to 300 miles": an approximation, so the subject is the clause's, not "closer"
    f = [f for f in facts("Testers got closer to 300 miles in the cold.") if f.kind == "measure"][0]
    assert (f.object, f.approx, f.value) == ("Testers", "closer to", 300)
    # trap: the figure without the hedge is exact
    g = [f for f in facts("Testers got 300 miles in the cold.") if f.kind == "measure"][0]
    assert (g.object, g.approx) == ("Testers", None)


@pytest.mark.parametrize("text, obj", [
    # a name right after "the N-year-old" is whom the age is of, even before a comma or a full stop
    ("Few expected much of the 19-year-old Okonkwo, who won in Lagos.", "Okonkwo"),
    ("The crowd cheered the 66-year-old Marchetti.", "Marchetti"),
])
def test_a_name_after_a_year_old_before_punctuation(text, obj):
    assert objects(text, "age") == [obj]


def test_a_demonym_before_a_comma_is_not_the_person():
    # trap: "the 31-year-old Norwegian, who ..." names a nationality, not the person
    text = "Ingrid Solberg won in Oslo. The 31-year-old Norwegian, who turned pro in 2012, was delighted."
    assert objects(text, "age") != ["Norwegian"]


def test_a_dashed_aside_with_words_after_its_figure():
    # "That throw - 12cm short of the record - was": the figure is stated of the phrase before the dash
    assert objects("That throw - 12cm short of the world best - won silver.", "measure") == ["That throw"]


def test_an_article_after_a_verb_of_change_opens_the_amounts_own_phrase():
    # "offset a 2% rise in exports": what rose is the exports, not "offset a"
    assert objects("Weaker demand offset a 2% rise in exports.", "change") == ["exports"]
    # trap: a transitive change with a noun phrase object keeps it
    assert objects("The strike pulled the mining sector 1.5% lower.", "change") == ["the mining sector"]


@pytest.mark.parametrize("text, kind, value, obj", [
    # a percentage before "more" or "less" and "than" is a change of what the clause spends, earns or costs
    ("Shoppers in Lagos spent 14% more than a year earlier.", "change", 14, "Shoppers in Lagos"),
    ("Nurses earn 12% less than teachers.", "change", -12, "Nurses"),
    ("Rooftop flats can cost up to 180% more than basement ones.", "change", 180, "Rooftop flats"),
    # traps: "more of" is a share, and "more" with no "than" stays as it was
    ("The fund holds 5% more of the shares.", "proportion", 0.05, "The fund"),
    ("Hikers spent 9% more on boots.", "proportion", 0.09, "Hikers"),
])
def test_a_percentage_more_or_less_than_is_a_change(text, kind, value, obj):
    f = next(f for f in facts(text) if f.kind in ("change", "proportion", "measure"))
    assert (f.kind, round(f.value, 4), f.object) == (kind, value, obj)


@pytest.mark.parametrize("text, kind, value, obj", [
    # a verb of change, its object and "by": the change of that object, not the verb's
    ("The brewer plans to reduce costs by $3bn.", "change", -3e9, "costs"),
    ("The council will slash bus fares by up to 6%.", "change", -6, "bus fares"),
    ("Oslo could raise fuel duty by an extra 40m euros.", "change", 40e6, "fuel duty"),
    ("The mine boosted output by 12m euros to 90m euros.", "change", 12e6, "output"),
    ("The bank is increasing its dividend by 15%.", "change", 15, "its dividend"),
    ("Judges may reduce fines by a third.", "proportion", 1 / 3, "fines"),
    ("The carrier aims to cut costs by $2bn a year.", "rate", 2e9, "costs"),
    # a passive verb of change has its subject; an intransitive one keeps its own
    ("Road spending could be cut by £1.2bn.", "change", -1.2e9, "Road spending"),
    ("Exports rose by a third.", "proportion", 1 / 3, "Exports"),
    # traps: a verb with no "by" stays an amount, and a level after "to just" is no change
    ("The firm cut 400 jobs and raised $60m.", "money", 60e6, None),
    ("Profits slid to just $20m.", "money", 20e6, "Profits slid"),
    ("Profits slid to just 20m euros.", "money", 20e6, "Profits slid"),
])
def test_a_verb_with_an_object_and_by(text, kind, value, obj):
    f = next(f for f in facts(text) if f.kind in ("change", "proportion", "money", "rate") and f.value not in (90e6,))
    assert (f.kind, round(f.value, 4), f.object) == (kind, round(value, 4), obj)


def test_a_conversion_or_an_alternative_of_a_change_is_the_same_change():
    found = [(f.kind, f.value, f.unit, f.object) for f in facts("The airline must cut costs by $5bn (£2.7bn).")
             if f.kind in ("change", "money")]
    assert found == [("change", -5e9, "USD", "costs"), ("change", -2.7e9, "GBP", "costs")]
    found = [(f.kind, f.value, f.object) for f in facts("Lima may have to raise taxes by $3bn or $4bn.") if f.kind in ("change", "money")]
    assert found == [("change", 3e9, "taxes"), ("change", 4e9, "taxes")]
    # trap: a conversion of an amount stays an amount
    assert [f.kind for f in facts("The deal is worth £50m ($94m).") if f.kind in ("change", "money")] == ["money", "money"]
