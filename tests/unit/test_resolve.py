"""Cross-document canonicalisation (pipelines.text.resolve)."""
from __future__ import annotations


import pytest

from pipelines.text.common import stable_id
from pipelines.text.entities import extract_mentions
from pipelines.text.resolve import org_key, resolve_entities
from pipelines.text.sentences import split_sentences
from tests.helpers import BBC



def resolve(docs: dict[str, str]):
    mentions, roles = [], []
    for doc_id, body in docs.items():
        m, r = extract_mentions(doc_id, body, split_sentences(doc_id, body))
        mentions += m
        roles += r
    entities, mentions, roles = resolve_entities(mentions, roles)
    return entities, mentions, roles


def entity_of(entities, mentions, doc_id, surface):
    ids = {m.entity_id for m in mentions if m.doc_id == doc_id and m.surface == surface}
    assert len(ids) == 1, (surface, ids)
    eid = ids.pop()
    if eid is None:
        return None
    return next(e for e in entities if e.entity_id == eid)


def test_spelling_variants_of_a_name_merge_and_show_the_most_frequent_form():
    docs = {
        "a": "President Moon Jae-in spoke in Seoul. Moon said talks would continue.",
        "b": "On Monday, Moon Jae In visited Tokyo.",
        "c": "South Korean leader Moon Jae-in met investors.",
    }
    entities, mentions, _ = resolve(docs)
    moons = [e for e in entities if e.type == "PERSON" and "Moon" in e.aliases]
    assert len(moons) == 1
    moon = moons[0]
    assert moon.name == "Moon Jae-in"
    assert set(moon.aliases) >= {"Moon Jae-in", "Moon Jae In", "Moon"}
    assert moon.mention_count == 4 and moon.doc_count == 3
    assert entity_of(entities, mentions, "a", "Moon") is moon


def test_different_people_sharing_a_family_name_stay_apart():
    docs = {
        "a": "Laura Smith, an economist at the Resolution Foundation, warned of cuts. Smith said wages lag.",
        "b": "Coach Daniel Smith praised the team. Smith argued the referee erred.",
    }
    entities, mentions, _ = resolve(docs)
    laura = entity_of(entities, mentions, "a", "Smith")
    daniel = entity_of(entities, mentions, "b", "Smith")
    assert laura.name == "Laura Smith" and daniel.name == "Daniel Smith"
    assert laura.entity_id != daniel.entity_id


def test_family_name_first_and_last_in_different_documents():
    docs = {
        "a": "Andrew Chen, a researcher at Stanford University, published data. Chen said it was early.",
        "b": "Chen Wei-lin, a Taiwanese legislator, objected. Chen told reporters the bill failed.",
    }
    entities, mentions, _ = resolve(docs)
    assert entity_of(entities, mentions, "a", "Chen").name == "Andrew Chen"
    assert entity_of(entities, mentions, "b", "Chen").name == "Chen Wei-lin"


def test_bare_short_forms_across_the_corpus():
    docs = {
        "a": "Jacinda Ardern addressed parliament in Wellington.",
        "b": "Ardern said the budget was balanced.",              # one Ardern known: links
        "c": "Laura Smith spoke first.",
        "d": "Daniel Smith spoke next.",
        "e": "Smith said nothing more.",                         # two Smiths: ambiguous
        "f": "Okonkwo said the port reopened.",                  # nobody else: its own entity
    }
    entities, mentions, _ = resolve(docs)
    assert entity_of(entities, mentions, "b", "Ardern").name == "Jacinda Ardern"
    assert entity_of(entities, mentions, "e", "Smith") is None
    okonkwo = entity_of(entities, mentions, "f", "Okonkwo")
    assert okonkwo.type == "PERSON" and okonkwo.name == "Okonkwo"


def test_a_bare_name_is_disambiguated_by_its_title():
    docs = {
        "a": "President Maria Santos opened the session.",
        "b": "Singer Ana Santos released an album.",
        "c": "President Santos vetoed the bill.",
    }
    entities, mentions, _ = resolve(docs)
    assert entity_of(entities, mentions, "c", "Santos").name == "Maria Santos"


def test_country_aliases_are_one_entity():
    docs = {
        "a": "The US and the United Kingdom signed. America gained.",
        "b": "Exports to the U.S. and Britain rose. The United States objected.",
        "c": "South Korea, the Republic of Korea, is also called the ROK.",
    }
    entities, mentions, _ = resolve(docs)
    us = entity_of(entities, mentions, "a", "US")
    assert us.name == "United States" and us.country_code == "US" and us.type == "GPE"
    assert set(us.aliases) == {"US", "America", "U.S.", "United States"}
    assert us.entity_id == stable_id("GPE", "country:US")
    assert entity_of(entities, mentions, "b", "Britain") is entity_of(entities, mentions, "a", "United Kingdom")
    kr = entity_of(entities, mentions, "c", "ROK")
    assert kr is entity_of(entities, mentions, "c", "Republic of Korea")
    assert kr.name == "South Korea" and kr.country_code == "KR"


def test_korea_alone_is_ambiguous_unless_the_document_is_clear():
    docs = {
        "a": "North Korea and South Korea met. Korea remains divided.",
        "b": "South Korea exports chips. Korea is a big exporter.",
    }
    entities, mentions, _ = resolve(docs)
    korea = entity_of(entities, mentions, "a", "Korea")
    assert korea.name == "Korea" and korea.country_code is None
    assert entity_of(entities, mentions, "b", "Korea").country_code == "KR"


def test_demonyms_link_to_their_country():
    docs = {"a": "Kenyan runners won. Two Kenyans finished first.", "b": "The Dutch team and the Kenyan coach."}
    entities, mentions, _ = resolve(docs)
    kenyan = entity_of(entities, mentions, "a", "Kenyans")
    assert kenyan is entity_of(entities, mentions, "b", "Kenyan")
    assert kenyan.type == "NORP" and kenyan.country_code == "KE" and kenyan.doc_count == 2
    assert entity_of(entities, mentions, "b", "Dutch").country_code == "NL"


def test_acronyms_link_to_the_long_form_across_documents():
    docs = {
        "a": "The International Energy Agency (IEA) cut its forecast.",
        "b": "The IEA said demand would slow.",
        "c": "Brightwater Holdings Inc bought a stake. Brightwater Holdings shares rose.",
    }
    entities, mentions, _ = resolve(docs)
    iea = entity_of(entities, mentions, "b", "IEA")
    assert iea.name == "International Energy Agency" and iea.type == "ORG"
    assert set(iea.aliases) == {"IEA", "International Energy Agency"}
    assert entity_of(entities, mentions, "c", "Brightwater Holdings Inc") is entity_of(
        entities, mentions, "c", "Brightwater Holdings")


def test_roles_receive_the_entity_id():
    docs = {"a": "Priya Nair, a senior fellow at the Observer Research Foundation, said so. Nair added more."}
    entities, mentions, roles = resolve(docs)
    nair = entity_of(entities, mentions, "a", "Nair")
    assert roles and all(r.entity_id == nair.entity_id for r in roles)


def test_org_key_drops_article_and_legal_suffix():
    assert org_key("The Acme Corp.") == org_key("Acme") == "acme"
    assert org_key("Marks & Spencer plc") == "marks and spencer"


@pytest.mark.slow
def test_bbc_corpus_resolution():
    if not BBC.is_dir():
        pytest.skip("shared BBC corpus not available")
    mentions, roles = [], []
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        _, _, body = path.read_text(encoding="utf-8", errors="replace").partition("\n\n")
        doc_id = f"{path.parent.name}/{path.stem}"
        m, r = extract_mentions(doc_id, body, split_sentences(doc_id, body))
        mentions += m
        roles += r
    entities, out, _ = resolve_entities(mentions, roles)
    # only cue-less bare words the corpus does not name are dropped (``org.bare_name``)
    assert len(mentions) >= len(out) >= len(mentions) - sum(1 for m in mentions if m.rule == "org.bare_name")
    top = sorted(entities, key=lambda e: -e.mention_count)[:20]
    names = {e.name for e in top}
    assert "United Kingdom" in names and "United States" in names
    assert sum(1 for m in out if m.entity_id is None) < 0.02 * len(out)


# --- names invented for these tests; each test states the general rule it checks -----------
def test_family_name_first_variants_across_documents_are_one_person():
    docs = {
        "a": "President Kang Min-seo spoke in Busan. Kang said talks would continue.",
        "b": "Kang Min Seo, the president, met investors on Monday.",
        "c": "Kang Min-seo arrived late. The opposition attacked kang Min-seo.",
        "d": "The budget was rejected, Kang said.",           # no full name in the text
    }
    entities, mentions, _ = resolve(docs)
    kangs = [e for e in entities if e.type == "PERSON" and "Kang" in e.name]
    assert len(kangs) == 1
    kang = kangs[0]
    assert kang.name == "Kang Min-seo"  # the fullest form, the one written most often
    assert {"Kang Min-seo", "Kang Min Seo", "Kang"} <= set(kang.aliases)
    for doc_id, surface in (("a", "Kang"), ("b", "Kang Min Seo"), ("c", "kang Min-seo"), ("d", "Kang")):
        assert entity_of(entities, mentions, doc_id, surface) is kang


def test_two_people_with_one_family_name_in_different_documents_stay_apart():
    docs = {
        "a": "Daniel Wang, a researcher at Tsinghua University, said the data was weak. "
             "Wang added that more work was needed.",
        "b": "Foreign Minister Wang Yi visited Jakarta. Wang told reporters the talks were useful.",
    }
    entities, mentions, _ = resolve(docs)
    daniel = entity_of(entities, mentions, "a", "Wang")
    yi = entity_of(entities, mentions, "b", "Wang")
    assert daniel.name == "Daniel Wang" and yi.name == "Wang Yi"
    assert daniel.entity_id != yi.entity_id
    assert entity_of(entities, mentions, "b", "Wang Yi") is yi


def test_a_given_name_alone_resolves_only_inside_its_own_document():
    docs = {
        "a": "Tomas Berglund, a Swedish economist, warned of risks. Berglund said rates would "
             "rise. Berglund added that Tomas was a nickname.",
        "b": "Tomas said nothing at the meeting on Friday.",      # some other Tomas
        "c": "Tomas Berglund arrived late. Tomas told friends he was tired. Tomas then left.",
        "d": "Markets fell, Berglund said.",                      # the family name travels
    }
    entities, mentions, _ = resolve(docs)
    tomas = entity_of(entities, mentions, "a", "Tomas Berglund")
    assert entity_of(entities, mentions, "a", "Tomas") is tomas     # within its document
    assert entity_of(entities, mentions, "b", "Tomas") is None      # not across documents
    assert entity_of(entities, mentions, "d", "Berglund") is tomas
    # "Tomas" is an alias because document c calls him so; a lone "Tomas" in a text that
    # calls him "Berglund" would not have made it one
    assert "Tomas" in tomas.aliases
    entities, mentions, _ = resolve({k: docs[k] for k in "ab"})
    tomas = entity_of(entities, mentions, "a", "Tomas Berglund")
    assert entity_of(entities, mentions, "a", "Tomas") is tomas
    assert "Tomas" not in tomas.aliases and "Berglund" in tomas.aliases


def test_a_title_marks_a_family_name_written_first():
    docs = {
        "a": "Premier Li Wenhao opened the forum. Premier Li said growth would slow.",
        "b": "Markets rallied after Li spoke, traders said.",
    }
    entities, mentions, _ = resolve(docs)
    li = entity_of(entities, mentions, "a", "Li Wenhao")
    assert entity_of(entities, mentions, "b", "Li") is li


def test_singular_plural_and_party_forms_of_an_organisation_merge():
    docs = {
        "a": "The Greenway Party met. The Greenways said the vote was fair, a Greenway MP said.",
        "b": "Tories attacked the plan. One Tory MP said the Tories had been ignored.",
        "c": "The Democrats won. A Democrat senator said the Democrats would act.",
    }
    entities, mentions, _ = resolve(docs)
    greenway = entity_of(entities, mentions, "a", "Greenways")
    assert greenway is entity_of(entities, mentions, "a", "Greenway Party")
    assert greenway is entity_of(entities, mentions, "a", "Greenway")
    assert greenway.type == "ORG" and greenway.name == "Greenway Party"
    assert entity_of(entities, mentions, "b", "Tory") is entity_of(entities, mentions, "b", "Tories")
    assert entity_of(entities, mentions, "c", "Democrat") is entity_of(entities, mentions, "c", "Democrats")
    # acronyms are not plurals
    entities, mentions, _ = resolve({"d": "The AAA and the AAAS disagreed."})
    assert entity_of(entities, mentions, "d", "AAA") is not entity_of(entities, mentions, "d", "AAAS")


def test_brand_and_product_are_an_organisation():
    docs = {
        "a": "Sony launched the VoltBox Portable in Tokyo.",
        "b": "The VoltBox sold well, said analyst Ewan McTavish.",
    }
    entities, mentions, _ = resolve(docs)
    voltbox = entity_of(entities, mentions, "a", "VoltBox")
    assert voltbox.type == "ORG" and voltbox is entity_of(entities, mentions, "b", "VoltBox")
    assert not [e for e in entities if e.type == "PERSON" and "VoltBox" in e.name]


def test_places_and_demonyms_carry_types_and_country_codes():
    docs = {"a": "Indonesian ships left Surabaya for the Java Sea and the Sunda Strait. "
                 "Filipinos in Manila watched."}
    entities, mentions, _ = resolve(docs)
    assert entity_of(entities, mentions, "a", "Indonesian").country_code == "ID"
    assert entity_of(entities, mentions, "a", "Filipinos").country_code == "PH"
    assert entity_of(entities, mentions, "a", "Indonesian").type == "NORP"
    assert entity_of(entities, mentions, "a", "Manila").type == "GPE"
    assert entity_of(entities, mentions, "a", "Java Sea").type == "LOC"
    assert entity_of(entities, mentions, "a", "Sunda Strait").type == "LOC"


def test_generational_suffix_father_and_son_are_two_people():
    # "X Jr." and "X" in one document are father and son; a bare family name goes to the
    # nearest holder introduced before it (the rule for every family name)
    docs = {"a": ("Carlo Bastek Jr. said he would run. His father, Carlo Bastek, said he was "
                  "proud. Bastek added that the race was open.")}
    entities, mentions, _ = resolve(docs)
    son = entity_of(entities, mentions, "a", "Carlo Bastek Jr.")
    father = entity_of(entities, mentions, "a", "Carlo Bastek")
    assert son.entity_id != father.entity_id
    assert son.name == "Carlo Bastek Jr." and father.name == "Carlo Bastek"
    assert entity_of(entities, mentions, "a", "Bastek").entity_id == father.entity_id


def test_all_capital_dateline_joins_the_place():
    docs = {"a": "NAIROBI — Officials said Nairobi would host the talks."}
    entities, mentions, _ = resolve(docs)
    assert entity_of(entities, mentions, "a", "NAIROBI").entity_id == entity_of(
        entities, mentions, "a", "Nairobi").entity_id


def test_places_known_only_from_context_resolve_as_places_across_documents():
    # an unknown word made a place by a locative head keeps its place type across documents
    docs = {
        "a": "Boats capsized on the Quemba river on Monday.",
        "b": "Fishermen on the Quemba river returned home.",
        "c": "Officials in Darvo province said schools had closed.",
    }
    entities, mentions, _ = resolve(docs)
    quemba = entity_of(entities, mentions, "a", "Quemba")
    assert quemba is not None and quemba.type == "LOC" and quemba.name == "Quemba"
    assert entity_of(entities, mentions, "b", "Quemba").entity_id == quemba.entity_id
    assert entity_of(entities, mentions, "c", "Darvo").type == "GPE"


def test_lower_case_given_name_slip_resolves_to_the_title_cased_person():
    docs = {"a": ("Castrelo said the deal was close. He met his Chilean counterpart ilvano "
                  "Castrelo on Tuesday.")}
    entities, mentions, _ = resolve(docs)
    person = entity_of(entities, mentions, "a", "ilvano Castrelo")
    assert person is not None and person.type == "PERSON" and person.name == "Ilvano Castrelo"


def test_mentions_left_out_counts_ambiguous_and_dropped_bare_names():
    from pipelines.records import EntityMention, EntityRole
    from pipelines.resolution import resolve_frames
    from pipelines.tables import to_frame

    docs = {"a": "The dispute with Varkonen dragged on for a year.", "b": "Tomas Smith, a farmer, said so.",
            "c": "Ana Smith, a vet, agreed.", "d": "Smith said nothing more."}  # two Smiths: ambiguous
    mentions, roles = [], []
    for doc_id, body in docs.items():
        m, r = extract_mentions(doc_id, body, split_sentences(doc_id, body))
        mentions += m
        roles += r
    frames = resolve_frames(to_frame(mentions, EntityMention), to_frame(roles, EntityRole))
    kept = frames["entity_mentions"].height
    assert "Varkonen" not in frames["entity_mentions"]["surface"].to_list()
    assert "Smith" not in frames["entity_mentions"]["surface"].to_list()
    assert frames["ambiguous"]["mentions_left_out"][0] == len(mentions) - kept == 2
