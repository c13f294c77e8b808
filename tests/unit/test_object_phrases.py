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
