"""Entity spans and types: titles that belong to a name, datelines in capitals, a place opening
a longer name, landform heads, counties (pipelines.text.entities). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from pipelines.text.entities import extract_mentions
from pipelines.text.lexicon.gazetteer import lookup_place
from pipelines.text.sentences import split_sentences


def mentions(body: str) -> dict[str, tuple[str, str, str]]:
    """surface -> (type, rule, local name), the first mention of each surface."""
    found, _ = extract_mentions("d", body, split_sentences("d", body))
    out: dict[str, tuple[str, str, str]] = {}
    for m in found:
        assert body[m.char_start:m.char_end] == m.surface
        out.setdefault(m.surface, (m.type, m.rule, m.local_name))
    return out


def test_a_knights_title_belongs_to_the_name_and_its_short_forms():
    got = mentions("Sir Gareth Penmore opened the hospital in Leeds. Later Sir Gareth thanked the staff, "
                   "and Gareth was cheered. Dame Olwen Tregarth spoke next; Dame Olwen is a surgeon.")
    assert got["Sir Gareth Penmore"][:2] == ("PERSON", "person.knight")
    assert got["Sir Gareth"][2] == "Sir Gareth Penmore"
    assert got["Gareth"][2] == "Sir Gareth Penmore"
    assert got["Dame Olwen Tregarth"][0] == "PERSON" and got["Dame Olwen"][2] == "Dame Olwen Tregarth"
    assert "Gareth Penmore" not in got and "Olwen Tregarth" not in got


def test_honorifics_and_job_titles_stay_outside_the_name():
    got = mentions("Mr Halvard Brune met Dr Ines Maro and Gov. Tomas Redd in Ohio. Senator Ana Kell agreed.")
    for name in ("Halvard Brune", "Ines Maro", "Tomas Redd", "Ana Kell"):
        assert got[name][0] == "PERSON", name
    assert not any(s.startswith(("Mr ", "Dr ", "Gov", "Senator")) for s in got)


def test_a_title_before_a_knight_is_the_role_not_the_name():
    got = mentions("Health Secretary Sir Rhodri Vance said the plan was fair.")
    assert got["Sir Rhodri Vance"][0] == "PERSON"


def test_datelines_in_capitals_after_an_agency_or_a_state_are_places():
    body = ("Floods hit the coast\n\nSAN DIEGO (Harbour Newswire) - Rain fell all night.\n\n"
            "TOPEKA, Kansas - The river rose.\n\nFRESNO, California - Crews waited.")
    got = mentions(body)
    assert got["SAN DIEGO"][0] == "GPE" and got["SAN DIEGO"][2] == "San Diego"
    assert got["TOPEKA"][0] == "GPE" and got["FRESNO"][0] == "GPE"


def test_ordinary_words_in_capitals_outside_a_dateline_are_no_places():
    got = mentions("Officials said the NEW rules on READING were strict.")
    assert "READING" not in got or got["READING"][0] != "GPE"


def test_a_place_opening_a_longer_name_is_typed_by_its_head():
    got = mentions("Crews from Nevada City and Washoe County joined staff of Oregon Power near Elko County. "
                   "Leicester City drew with Luton Town.")
    assert got["Nevada City"][:2] == ("GPE", "gpe.place_and_head")
    assert got["Washoe County"][0] == "GPE" and got["Elko County"][0] == "GPE"
    assert got["Oregon Power"][:2] == ("ORG", "org.place_and_trade")
    assert got["Leicester City"][0] == "ORG" and got["Luton Town"][0] == "ORG"  # British towns: clubs
    assert "Nevada" not in got and "Oregon" not in got


def test_landform_heads_and_a_region_of_a_place():
    got = mentions("Walkers crossed the Cheviot Foothills, the South Downs and Loch Tay, and camped by "
                   "Kessel Creek near the Antarctic Ice Sheet. Snow fell across the South of France.")
    for name in ("Cheviot Foothills", "South Downs", "Loch Tay", "Kessel Creek", "Antarctic Ice Sheet",
                 "South of France"):
        assert got[name][0] == "LOC", name


def test_uk_counties_and_unitary_authorities_are_gpe():
    for name in ("Cornwall", "Cumbria", "Isle of Wight", "Aberdeenshire", "Somerset"):
        place = lookup_place(name)
        assert place is not None and place.type == "GPE", name
    assert lookup_place("Cardiff").kind == "city"  # a city keeps its own entry
    got = mentions("Schools in Dorset, Wiltshire and the Isle of Wight closed.")
    assert got["Isle of Wight"][0] == "GPE" and got["Dorset"][0] == "GPE"


def test_towns_in_lists_after_a_locative_word_are_places():
    got = mentions("Buses ran in Harrogate, Wakefield and Barnsley, and near Kendal or Penrith.")
    for name in ("Harrogate", "Wakefield", "Barnsley", "Kendal", "Penrith"):
        assert got[name][0] == "GPE", name


def test_a_small_town_after_at_from_or_to_alone_is_no_place():
    got = mentions("Orla Brennan, a manager at Penrith, said a move from Kendal was likely.")
    assert got.get("Penrith", ("",))[0] != "GPE" and got.get("Kendal", ("",))[0] != "GPE"


def test_a_known_persons_name_after_to_stays_the_person():
    got = mentions("Ann Kendal chairs the board. Staff wrote to Kendal on Monday.")
    assert got["Kendal"][0] == "PERSON"


def test_a_list_of_lines_naming_places():
    body = ("Depots open today:\n\n- Harrogate (two sites)\n\n- Wakefield\n\n- Barnsley\n\n"
            "Squad:\n\n- Jackson\n\n- Paterson\n\n- Okoro")
    got = mentions(body)
    for name in ("Harrogate", "Wakefield", "Barnsley"):
        assert got[name][0] == "GPE", name
    assert "Jackson" not in got or got["Jackson"][0] != "GPE"  # not every item is a place


def test_surnames_in_a_list_without_a_place_before_them_are_no_places():
    got = mentions("Jackson, Paterson and Murray signed the letter.")
    assert all(t != "GPE" for t, _, _ in got.values())


def test_hyphenated_names_in_a_byline_and_a_results_line():
    body = ("Storm delays the final at Melbourne Park\n\nBy Marisol Quayle-Dunn in Melbourne\n\n"
            "Women's 200m: 1 Ana-Sofia Reyes (Mexico) 22.10; 2 Tamsin Okoro-Blake (Kenya) 22.31\n\n"
            "Rain fell all day.")
    got = mentions(body)
    for name in ("Marisol Quayle-Dunn", "Ana-Sofia Reyes", "Tamsin Okoro-Blake"):
        assert got[name][0] == "PERSON", name


# --- "and" inside a body's name: a plural list word, "The" opening the sentence ----------------
@pytest.mark.parametrize("body, name", [
    ("A spokeswoman for the Ministry for Farming and Harbours said no.", "Ministry for Farming and Harbours"),
    ("The Assembly Health and Pensions Committee said it was concerned.", "Assembly Health and Pensions Committee"),
    ("He wrote to the Commons Trade and Industry Committee on Monday.", "Commons Trade and Industry Committee"),
])
def test_a_plural_word_inside_a_bodys_name_keeps_it_whole(body, name):
    got = mentions(body)
    assert got[name][0] == "ORG"


@pytest.mark.parametrize("body, parts", [
    # traps: a plural group and a party, a whole name before "and", a list ending in a body
    ("The Greens and Lib Dems voted against the plan.", ("Greens", "Lib Dems")),
    ("The Electoral Board and National Union of Students agreed.", ("Electoral Board", "National Union of Students")),
    ("Officials at the Foreign Office and Kessa National Laboratories met.", ("Foreign Office", "Kessa National Laboratories")),
])
def test_two_bodies_joined_by_and_stay_two(body, parts):
    got = mentions(body)
    assert all(p in got for p in parts), got


def test_a_place_or_demonym_before_re_is_a_reinsurer():
    got = mentions("Oslo Re, the reinsurer, said claims rose. Danish Re agreed, and shares in Oslo Re fell.")
    assert got["Oslo Re"][:2] == ("ORG", "org.place_and_trade")
    assert got["Danish Re"][:2] == ("ORG", "org.place_and_trade")
    # trap: a place alone stays a place
    got = mentions("The reinsurer moved its staff to Oslo last year.")
    assert got["Oslo"][0] == "GPE"
