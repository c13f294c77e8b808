"""Rule-based entity recognition within one document (pipelines.text.entities)."""
from __future__ import annotations


import pytest

from pipelines.text.entities import extract_mentions, name_key
from pipelines.text.sentences import split_sentences
from tests.helpers import BBC



def run(body: str, doc_id: str = "d1"):
    mentions, roles = extract_mentions(doc_id, body, split_sentences(doc_id, body))
    for m in mentions:
        assert body[m.char_start:m.char_end] == m.surface
        assert m.entity_id is None and m.doc_id == doc_id and m.rule
    for r in roles:
        assert body[r.char_start:r.char_end] == r.role
        assert r.entity_id is None and r.rule.startswith("role.")
    return mentions, roles


def by_surface(mentions):
    out: dict[str, list] = {}
    for m in mentions:
        out.setdefault(m.surface, []).append(m)
    return out


def one(mentions, surface):
    found = by_surface(mentions).get(surface)
    assert found, f"no mention {surface!r} in {[m.surface for m in mentions]}"
    return found[0]


SUMMIT = (
    "Indian Prime Minister Narendra Modi met Japanese leader Shinzo Abe in Tokyo. Abe said the "
    "Strait of Hormuz and the Baltic Sea mattered. Modi told reporters that germany agreed.\n\n"
    "Priya Nair, a senior fellow at the Observer Research Foundation, said the International "
    "Energy Agency (IEA) was too optimistic. \"The IEA is wrong,\" said Okafor. Analysts were "
    "unconvinced. However, on Sunday the President spoke.\n\n"
    "Jacinda Ardern visited Nairobi, Kenya, and Texas. Later jacinda Ardern met Kenyan officials. "
    "Ardern said the U.S. and the United Kingdom would help."
)


def test_surfaces_are_exact_and_unresolved():
    mentions, roles = run(SUMMIT)
    assert mentions and roles
    assert len({m.mention_id for m in mentions}) == len(mentions)


def test_family_name_last_short_form_takes_full_name():
    mentions, _ = run(SUMMIT)
    assert one(mentions, "Narendra Modi").type == "PERSON"
    assert one(mentions, "Modi").local_name == "Narendra Modi"
    assert one(mentions, "Abe").local_name == "Shinzo Abe"
    assert one(mentions, "Ardern").local_name == "Jacinda Ardern"


def test_family_name_first_and_titles():
    body = ("Chinese Premier Li Qiang arrived in Seoul, where South Korean President Moon Jae-in "
            "greeted him. Premier Li said trade would grow. President Moon agreed.")
    mentions, roles = run(body)
    li = [m for m in mentions if m.surface == "Li"]
    assert li and li[0].local_name == "Li Qiang" and li[0].type == "PERSON"
    assert one(mentions, "Moon").local_name == "Moon Jae-in"
    assert one(mentions, "Chinese").type == "NORP"
    assert one(mentions, "South Korean").type == "NORP"
    titles = {(r.local_name, r.role) for r in roles if r.rule == "role.title"}
    assert ("Li Qiang", "Chinese Premier") in titles
    assert ("Moon Jae-in", "South Korean President") in titles
    # the title is a role, not part of the name
    assert "President Moon" not in by_surface(mentions)


def test_western_short_form_after_full_name():
    body = "Angela Merkel, the former chancellor, spoke in Berlin. Merkel said Europe must act."
    mentions, roles = run(body)
    assert one(mentions, "Merkel").local_name == "Angela Merkel"
    assert ("Angela Merkel", "the former chancellor") in {(r.local_name, r.role) for r in roles}
    assert one(mentions, "Europe").type == "LOC"


def test_apposition_role_and_organisation():
    mentions, roles = run(SUMMIT)
    assert one(mentions, "Observer Research Foundation").type == "ORG"
    role = next(r for r in roles if r.local_name == "Priya Nair")
    assert role.role == "a senior fellow at the Observer Research Foundation"
    assert role.rule == "role.apposition"


def test_role_noun_before_name_with_possessive_country():
    body = "Kenya's foreign minister Wanjiru Mwangi told the BBC that talks would resume."
    mentions, roles = run(body)
    assert one(mentions, "Wanjiru Mwangi").type == "PERSON"
    assert ("Wanjiru Mwangi", "Kenya's foreign minister") in {(r.local_name, r.role) for r in roles}
    assert one(mentions, "Kenya").type == "GPE"
    assert one(mentions, "BBC").type == "ORG"


def test_reporting_verbs_make_a_person():
    mentions, _ = run(SUMMIT)
    assert one(mentions, "Okafor").type == "PERSON"
    body = "The plan was dropped. Haldane told the committee it was unwise, said Ferreira."
    mentions, _ = run(body)
    assert one(mentions, "Haldane").type == "PERSON"
    assert one(mentions, "Ferreira").type == "PERSON"


def test_acronym_takes_its_long_form():
    mentions, _ = run(SUMMIT)
    iea = [m for m in mentions if m.surface == "IEA"]
    assert len(iea) == 2 and all(m.local_name == "International Energy Agency" for m in iea)
    assert one(mentions, "International Energy Agency").type == "ORG"


def test_places_regions_and_demonyms():
    mentions, _ = run(SUMMIT)
    assert one(mentions, "Tokyo").type == "GPE"
    assert one(mentions, "Nairobi").type == "GPE"
    assert one(mentions, "Texas").type == "GPE"
    assert one(mentions, "U.S.").type == "GPE"
    assert one(mentions, "United Kingdom").type == "GPE"
    assert one(mentions, "Strait of Hormuz").type == "LOC"
    assert one(mentions, "Baltic Sea").type == "LOC"
    assert one(mentions, "Kenyan").type == "NORP"
    body = "Ships crossed the Taiwan Strait and the South China Sea near the Korean Peninsula."
    mentions, _ = run(body)
    assert {m.surface: m.type for m in mentions} == {
        "Taiwan Strait": "LOC", "South China Sea": "LOC", "Korean Peninsula": "LOC"}


def test_organisation_head_words():
    body = ("Staff at the Kiel Institute for the World Economy and Hyundai Motor Group met "
            "officials of the Ministry of Defence, NATO and The Straits Times.")
    mentions, _ = run(body)
    types = {m.surface: m.type for m in mentions}
    assert types["Kiel Institute for the World Economy"] == "ORG"
    assert types["Hyundai Motor Group"] == "ORG"
    assert types["Ministry of Defence"] == "ORG"
    assert types["NATO"] == "ORG"
    assert types["The Straits Times"] == "ORG"


def test_not_entities():
    mentions, _ = run(SUMMIT)
    surfaces = set(by_surface(mentions))
    for word in ("Analysts", "However", "Sunday", "President", "The", "Later"):
        assert word not in surfaces
    body = ("In January the Minister said nothing. Officials declined to comment. "
            "Nevertheless, Thursday was calm. The President was absent.")
    assert run(body)[0] == []


def test_case_mistakes_are_recovered():
    mentions, _ = run(SUMMIT)
    germany = one(mentions, "germany")
    assert germany.type == "GPE" and germany.local_name == "Germany"
    joined = one(mentions, "jacinda Ardern")
    assert joined.type == "PERSON" and joined.local_name == "Jacinda Ardern"
    body = "Trade between south Korea and Japan grew, officials in tokyo said."
    mentions, _ = run(body)
    assert one(mentions, "south Korea").local_name == "South Korea"
    assert one(mentions, "tokyo").local_name == "Tokyo"
    # ordinary words that are also place names stay words
    mentions, _ = run("She was reading a nice book about turkey recipes.")
    assert mentions == []


def test_korea_alone_follows_the_document():
    mentions, _ = run("South Korea held talks. Korea wants calm.")
    assert one(mentions, "Korea").local_name == "South Korea"
    mentions, _ = run("North Korea fired a missile. South Korea protested. Korea stays divided.")
    assert one(mentions, "Korea").local_name == "Korea"


def test_two_people_sharing_a_family_name_in_one_document():
    body = ("Lucas Almeida met Chen Wei-lin in Taipei. Chen said the deal was close. "
            "Almeida told reporters he agreed.")
    mentions, _ = run(body)
    assert one(mentions, "Chen").local_name == "Chen Wei-lin"
    assert one(mentions, "Almeida").local_name == "Lucas Almeida"


def test_name_key_ignores_case_hyphens_and_accents():
    assert name_key("Moon Jae-in") == name_key("Moon Jae In") == "moon jae in"
    assert name_key("José Núñez") == "jose nunez"


@pytest.mark.slow
def test_bbc_corpus_sanity():
    if not BBC.is_dir():
        pytest.skip("shared BBC corpus not available")
    docs = []
    for path in sorted(BBC.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        _, _, body = path.read_text(encoding="utf-8", errors="replace").partition("\n\n")
        docs.append((path.stem, body.strip()))
    prepared = [(d, b, split_sentences(d, b)) for d, b in docs]
    extract_mentions(*prepared[0])  # warm the gazetteer
    total = 0
    for doc_id, body, sents in prepared:
        mentions, _ = extract_mentions(doc_id, body, sents)
        total += len(mentions)
        for m in mentions:
            assert body[m.char_start:m.char_end] == m.surface
            assert m.surface.lower() not in ("the", "however", "but", "monday", "january")
    assert total > 1000


# --- names invented for these tests; each test states the general rule it checks -----------
def test_family_name_first_at_a_sentence_start_and_in_lower_case():
    # a short family name that is also a word ("Ng", "Kang") stays part of the name at the
    # start of a sentence; a lower-cased family name joins the name the document knows
    body = ("Ng Eng Hen, Singapore's defence minister, spoke first. Later ng Eng Hen met "
            "Kang Min-seo. Kang said the talks went well.")
    mentions, roles = run(body)
    assert one(mentions, "Ng Eng Hen").type == "PERSON"
    slip = one(mentions, "ng Eng Hen")
    assert slip.type == "PERSON" and slip.local_name == "Ng Eng Hen"
    assert slip.rule == "person.lowercase_join"
    assert one(mentions, "Kang").local_name == "Kang Min-seo"
    assert ("Ng Eng Hen", "Singapore's defence minister") in {(r.local_name, r.role) for r in roles}
    assert "Eng Hen" not in by_surface(mentions)


def test_a_given_name_alone_takes_the_full_name_only_when_one_person_has_it():
    body = "Tomas Berglund arrived late. Tomas told friends he was tired."
    assert one(run(body)[0], "Tomas").local_name == "Tomas Berglund"
    body = "Maria Okafor and Maria Lindqvist met in Oslo. Maria said the talks went well."
    maria = one(run(body)[0], "Maria")
    assert maria.local_name == "Maria"  # two Marias: it names neither for sure
    # a family name alone still takes the nearest holder introduced before
    body = "Ruth Ellery met Simon Ellery. Ellery said the plan was sound."
    assert one(run(body)[0], "Ellery").local_name == "Simon Ellery"


def test_casing_slips_of_places_and_names():
    body = ("Diplomats in beijing and south Korea reacted. Park Min-jun, a trade envoy, "
            "spoke. Critics of park Min-jun were silent.")
    mentions, _ = run(body)
    assert one(mentions, "beijing").local_name == "Beijing"
    assert one(mentions, "beijing").type == "GPE"
    assert one(mentions, "south Korea").local_name == "South Korea"
    slip = one(mentions, "park Min-jun")
    assert slip.type == "PERSON" and slip.local_name == "Park Min-jun"


def test_heading_lines_and_sentence_initial_words_are_not_entities():
    body = ("Wedge Strategy Fails\n\n"
            "Analysts were cautious. However, the ruling Alliance lost the vote in Lagos.")
    mentions, _ = run(body)
    surfaces = set(by_surface(mentions))
    for word in ("Wedge", "Strategy", "Fails", "Wedge Strategy Fails", "Analysts", "However"):
        assert word not in surfaces
    assert one(mentions, "Lagos").type == "GPE"
    # a heading keeps its gazetteer names
    mentions, _ = run("Talks In Jakarta Stall\n\nThe meeting ended early.")
    assert [(m.surface, m.type) for m in mentions] == [("Jakarta", "GPE")]


def test_apposition_gives_person_organisation_and_role():
    body = "Sofia Ramos, a senior fellow at the Lowy Institute, said the deal was fragile."
    mentions, roles = run(body)
    assert one(mentions, "Sofia Ramos").type == "PERSON"
    assert one(mentions, "Lowy Institute").type == "ORG"
    role = next(r for r in roles if r.local_name == "Sofia Ramos")
    assert role.role == "a senior fellow at the Lowy Institute" and role.rule == "role.apposition"


def test_news_outlets_are_organisations():
    body = ("The minister told Nikkei Asia that The Straits Times had the story first. "
            "Reuters said the talks would resume.")
    mentions, _ = run(body)
    assert one(mentions, "Nikkei Asia").type == "ORG"
    assert one(mentions, "The Straits Times").type == "ORG"
    assert one(mentions, "Reuters").type == "ORG"


def test_place_types():
    body = ("Ships left Manila for the Malacca Strait, the Yellow Sea and the Korean Peninsula. "
            "Indonesian and Filipino officials met in Vietnam.")
    types = {m.surface: m.type for m in run(body)[0]}
    assert types["Manila"] == "GPE" and types["Vietnam"] == "GPE"
    assert types["Malacca Strait"] == "LOC" and types["Yellow Sea"] == "LOC"
    assert types["Korean Peninsula"] == "LOC"
    assert types["Indonesian"] == "NORP" and types["Filipino"] == "NORP"


def test_camel_case_brands_are_organisations_and_products_are_not_people():
    body = ("Sony unveiled the VoltBox Pro console. The VoltBox sold well, said analyst "
            "Ewan McTavish. McTavish added that DaimlerChrysler was interested.")
    mentions, _ = run(body)
    assert one(mentions, "VoltBox").type == "ORG"
    assert "VoltBox Pro" not in by_surface(mentions)
    assert one(mentions, "DaimlerChrysler").type == "ORG"
    assert one(mentions, "Ewan McTavish").type == "PERSON"  # "Mc": a surname, not a brand
    assert one(mentions, "McTavish").local_name == "Ewan McTavish"


def test_party_before_a_title_and_party_members():
    body = ("One Greenway MP said the Greenway Party would win. The Greenways said the vote "
            "was fair.")
    mentions, _ = run(body)
    assert one(mentions, "Greenway").type == "ORG"
    assert "Greenway MP" not in by_surface(mentions)
    assert one(mentions, "Greenways").type == "ORG"


def test_all_capital_dateline_places_are_the_place():
    # a dateline in capitals names the same gazetteer place as its normal-case form (GPE, one
    # local name); an ordinary word in capitals ("NICE") counts only in a dateline position
    body = ("NAIROBI — The Velmora Trust said on Monday that Nairobi would host the talks.\n\n"
            "BUENOS AIRES, Argentina (AP) — Officials in Buenos Aires agreed. "
            "The NICE panel met later.")
    mentions, _ = run(body)
    up = one(mentions, "NAIROBI")
    assert up.type == "GPE" and up.local_name == one(mentions, "Nairobi").local_name == "Nairobi"
    assert one(mentions, "BUENOS AIRES").type == "GPE"
    assert one(mentions, "BUENOS AIRES").local_name == "Buenos Aires"
    assert all(m.type != "GPE" for m in by_surface(mentions).get("NICE", []))


def test_titles_before_a_name_stay_out_of_the_name():
    # every title word ("Adviser", "Envoy", "Deputy Governor", "Vice-Chancellor") is a role,
    # not part of the person's name
    body = ("The plan was ready, Chief Adviser Nadira Kelmet said. Officials met Special Envoy "
            "Tomas Brevik and Deputy Governor Olu Zanetti. Reporters asked Interior Minister "
            "Petra Vaskova and Vice-Chancellor Hanno Brillstein.")
    mentions, roles = run(body)
    for name in ("Nadira Kelmet", "Tomas Brevik", "Olu Zanetti", "Petra Vaskova", "Hanno Brillstein"):
        assert one(mentions, name).type == "PERSON"
    surfaces = {m.surface for m in mentions}
    assert not any(s.startswith(("Adviser", "Envoy", "Chief", "Special", "Vice")) for s in surfaces)
    role_texts = {r.role for r in roles}
    assert "Chief Adviser" in role_texts and "Deputy Governor" in role_texts


def test_generational_suffix_keeps_its_full_stop():
    body = "Carlo Bastek Jr. said he would run. His father, Carlo Bastek, said he was proud."
    mentions, _ = run(body)
    assert one(mentions, "Carlo Bastek Jr.").type == "PERSON"
    assert one(mentions, "Carlo Bastek").local_name == "Carlo Bastek"


def test_given_names_that_are_words_start_a_person_name():
    # "Grace", "Will", "Hope" open a sentence: with a surname and a person cue (role
    # apposition, reporting verb) they are the given name, not a word to strip
    body = ("Grace Otienza, managing director of Tovu Holdings, said profits rose. "
            "Will Branek said he agreed. Hope Madziva told reporters the plan was sound.")
    mentions, _ = run(body)
    for name in ("Grace Otienza", "Will Branek", "Hope Madziva"):
        assert one(mentions, name).type == "PERSON"
    assert "Otienza" not in by_surface(mentions)


def test_organisation_names_with_lists_and_and():
    body = ("The Ministry of Forests, Rivers and Wildlife said prices rose. The Department of "
            "Roads and Public Works disagreed. Velmar Steel and Cement Industries Group shares "
            "fell.")
    mentions, _ = run(body)
    for name in ("Ministry of Forests, Rivers and Wildlife", "Department of Roads and Public Works",
                 "Velmar Steel and Cement Industries Group"):
        assert one(mentions, name).type == "ORG"


def test_geographic_heads_seats_of_government_and_provinces():
    body = ("Ships crossed the Kassova Strait near Ternley Reef and Molvara Island, then the "
            "Dunmore Barrage. Protesters gathered outside State House. Troops were sent to "
            "Sindh and later to Oromia.")
    types = {m.surface: m.type for m in run(body)[0]}
    for name in ("Kassova Strait", "Ternley Reef", "Molvara Island", "Dunmore Barrage", "State House"):
        assert types.get(name) == "LOC", (name, types)
    assert types["Sindh"] == "GPE" and types["Oromia"] == "GPE"


def test_acronym_in_brackets_and_names_opening_with_digits():
    # "the Torva Exchange Group (TXG)": the acronym takes the long name; a name opening with
    # digits ("70Volt") is an organisation after a company cue, a measure ("10Km") is not
    body = ("Shares on the Torva Exchange Group (TXG) rose. TXG said trading was brisk. "
            "The grid operator 70Volt said it would invest, and 70Volt shares rose. "
            "He ran 10Km today.")
    mentions, _ = run(body)
    txg = by_surface(mentions)["TXG"]
    assert all(m.type == "ORG" and m.local_name == "Torva Exchange Group" for m in txg)
    assert all(m.type == "ORG" for m in by_surface(mentions)["70Volt"])
    assert "10Km" not in by_surface(mentions)


def test_a_sentence_initial_title_modifier_stays_in_the_role():
    body = "Senior Adviser Lotte Branzen agreed. Interior Minister Petra Vaskova said no."
    mentions, roles = run(body)
    assert {r.role for r in roles} >= {"Senior Adviser", "Interior Minister"}
    assert one(mentions, "Lotte Branzen").type == "PERSON"


# --- places known only from their context, organisation heads, casing slips, particles -----
def test_unknown_single_word_place_from_a_locative_head():
    # a lower-case locative head after a name (or "<head> of" before it) makes an unknown
    # word a place: water and landforms LOC, settlements and units GPE
    body = ("Boats capsized on the Quemba river on Monday. Officials in Darvo province said "
            "the ferry had left the port of Ulmbe. Rescuers reached Pellu island later.")
    mentions, _ = run(body)
    assert one(mentions, "Quemba").type == "LOC"
    assert one(mentions, "Darvo").type == "GPE"
    assert one(mentions, "Ulmbe").type == "GPE"
    assert one(mentions, "Pellu").type == "LOC"
    # every use of the word takes the type its head gave it
    mentions, _ = run("Rain swelled the Quemba river. Farmers along Quemba lost crops.")
    assert {m.type for m in mentions if m.surface == "Quemba"} == {"LOC"}


def test_unknown_place_pair_with_a_plural_head():
    mentions, _ = run("Floods hit the Quemba and Tirro rivers this week, officials said.")
    assert one(mentions, "Quemba").type == "LOC"
    assert one(mentions, "Tirro").type == "LOC"


def test_unknown_place_after_a_locative_preposition_without_other_cues():
    body = "Fighting broke out in Zelmora on Monday. Troops were later seen outside Zelmora."
    mentions, _ = run(body)
    assert {m.type for m in mentions if m.surface == "Zelmora"} == {"GPE"}
    mentions, _ = run("The convoy moved across the Zelmora into the hills.")
    assert one(mentions, "Zelmora").type == "GPE"


def test_locative_preposition_does_not_override_person_or_firm_cues():
    # a name with a person cue in the document stays a person ...
    mentions, _ = run("Zelmora said he would resign. Critics in Zelmora's party disagreed.")
    assert {m.type for m in mentions if m.surface == "Zelmora"} == {"PERSON"}
    mentions, _ = run("Zelmora said he would stay. Voters in Zelmora disagreed.")
    assert one(mentions, "Zelmora").type == "PERSON"
    # ... "a stake in X" names a firm, and "at"/"from" are no place cue
    mentions, _ = run("The fund bought a stake in Quorvex on Friday.")
    assert all(m.type not in ("GPE", "LOC") for m in mentions)
    mentions, _ = run("Analysts at Quorvex and reporters from Quorvex agreed.")
    assert all(m.type not in ("GPE", "LOC") for m in mentions)
    # a device port or a plural is no place
    mentions, _ = run("The console has an Ethernix port and a USB port.")
    assert all(m.type not in ("GPE", "LOC") for m in mentions)


def test_country_or_demonym_led_names_ending_in_a_financing_head_are_organisations():
    body = ("Funding came from Zambian Minerals Finance and from Kenyan Export Investments on "
            "Friday, while Ghana Shipping Logistics and the Lagos Daily Review declined to comment.")
    mentions, _ = run(body)
    for name in ("Zambian Minerals Finance", "Kenyan Export Investments", "Ghana Shipping Logistics"):
        assert one(mentions, name).type == "ORG"
    assert "Kenyan Export Investments on Friday" not in by_surface(mentions)
    assert all(m.type != "PERSON" for m in mentions)


def test_org_head_followed_by_of_a_place_is_one_name():
    body = ("He joined the Socialist Party of Quendor in May. The Communist Party of Varlia, the "
            "Bank of Quendor, the University of Varlia and the Port of Ulmbe objected.")
    mentions, _ = run(body)
    for name in ("Socialist Party of Quendor", "Communist Party of Varlia", "Bank of Quendor",
                 "University of Varlia", "Port of Ulmbe"):
        assert one(mentions, name).type == "ORG"


def test_lower_case_given_name_after_a_role_or_demonym_joins_a_known_surname():
    body = ("Castrelo said the deal was close. He met his Chilean counterpart ilvano Castrelo "
            "on Tuesday.")
    mentions, _ = run(body)
    m = one(mentions, "ilvano Castrelo")
    assert m.type == "PERSON" and m.local_name == "Ilvano Castrelo"
    mentions, _ = run("President orvena Quillas spoke on Monday. Quillas said the vote would go ahead.")
    m = one(mentions, "orvena Quillas")
    assert m.type == "PERSON" and m.local_name == "Orvena Quillas"
    # ordinary words, and words not after a role noun or demonym, are not given names
    mentions, _ = run("Castrelo said no. He met his counterpart also Castrelo. Then said Castrelo nothing.")
    assert all(" " not in m.surface for m in mentions if "Castrelo" in m.surface)
    mentions, _ = run("Castrelo said no. The Chilean winemaker Castrelo disagreed.")
    assert "winemaker Castrelo" not in by_surface(mentions)


def test_gazetteer_places_with_lower_case_particles_are_matched_whole():
    body = ("Flights from Foz do Iguaçu resumed. He lived in Newcastle upon Tyne, then in "
            "Rio de Janeiro and in Saint-Pierre-et-Miquelon.")
    mentions, _ = run(body)
    for name in ("Foz do Iguaçu", "Newcastle upon Tyne", "Rio de Janeiro", "Saint-Pierre-et-Miquelon"):
        assert one(mentions, name).type == "GPE", name
    assert "Iguaçu" not in by_surface(mentions) and "Tyne" not in by_surface(mentions)


def test_titles_of_works_are_no_people_or_places():
    body = (
        "Critics praised the film Glass Harbour at the festival. Later Glass Harbour won two awards.\n\n"
        "Her novel Amber Meadow sold well, said Doreen Faber. The band's new single Velvet Tunnel "
        "reached number one.\n\n"
        "Silver Orchard, starring Tom Marlow, opens next week. The video game Hollow Quest sold "
        "well, said Tina Brooks."
    )
    mentions, _ = run(body)
    surfaces = {m.surface for m in mentions}
    for title in ("Glass Harbour", "Amber Meadow", "Velvet Tunnel", "Silver Orchard", "Hollow Quest"):
        assert title not in surfaces
    assert one(mentions, "Doreen Faber").type == "PERSON"
    assert one(mentions, "Tom Marlow").type == "PERSON"
    assert one(mentions, "Tina Brooks").type == "PERSON"


def test_work_nouns_that_are_verbs_need_a_determiner():
    body = (
        "He will play Andy Rendell in the final on Sunday. Critics said the show Keld Varney "
        "hosted was dull. The game Bram Ostler won was close."
    )
    mentions, _ = run(body)
    assert one(mentions, "Andy Rendell").type == "PERSON"
    assert one(mentions, "Bram Ostler").type == "PERSON"


def test_possessed_title_after_full_name_is_a_work():
    body = "The shortlist included Anna Velt's Harrow Gate this year. Velt was pleased."
    mentions, _ = run(body)
    assert "Harrow Gate" not in {m.surface for m in mentions}
    assert one(mentions, "Anna Velt").type == "PERSON"


def test_work_apposition_and_owner_before_a_cued_name():
    body = (
        "The prize went to Harrow Gate, a novel about twins. Sales were up 5%, said Nimbus's "
        "Ola Brandt on Monday."
    )
    mentions, _ = run(body)
    assert "Harrow Gate" not in {m.surface for m in mentions}
    assert one(mentions, "Nimbus").type == "ORG"
    assert one(mentions, "Ola Brandt").type == "PERSON"


def test_lone_cued_name_with_an_organisation_cue_is_an_organisation():
    body = (
        "Sales at Pellago rose 4%. Pellago said profits would grow. Analysts said the Pellago "
        "shares were cheap.\n\nHarriet Quell said it was fine. Quell told reporters more."
    )
    mentions, _ = run(body)
    assert {m.type for m in mentions if m.surface == "Pellago"} == {"ORG"}
    assert one(mentions, "Quell").type == "PERSON"


def test_city_after_a_match_verb_in_football_is_a_club():
    body = (
        "The striker will miss the game against Barcelona next week. He moved to Barcelona "
        "in 2003 with his family."
    )
    mentions, _ = run(body)
    found = [m for m in mentions if m.surface == "Barcelona"]
    assert [m.type for m in found] == ["ORG", "GPE"]


def test_an_honorific_and_one_word_take_a_family_name_never_a_given_name():
    # "Ms Gerald" is a woman called Gerald, not Gerald Omondi, whose given name it is
    body = ("Gerald Omondi, the league's treasurer, resigned on Friday. Ms Gerald, the chair, "
            "said the accounts were in order.")
    assert one(run(body)[0], "Gerald").local_name == "Gerald"
    # the trap: without the honorific a given name alone still takes the one full name
    body = "Gerald Omondi resigned on Friday. Gerald said he was tired."
    assert one(run(body)[0], "Gerald").local_name == "Gerald Omondi"
    # and with it a family name still does, also one written first ("Mr Wu" for "Wu Haoran")
    body = "Gerald Omondi resigned. Mr Omondi said he was tired. Wu Haoran stayed. Mr Wu agreed."
    mentions = run(body)[0]
    assert one(mentions, "Omondi").local_name == "Gerald Omondi"
    assert one(mentions, "Wu").local_name == "Wu Haoran"


def test_a_month_abbreviation_that_is_a_given_name_opens_a_person_name():
    body = "Union chairwoman Jan Kowalski said the offer was poor. Talks resume on Jan 12."
    mentions = run(body)[0]
    assert one(mentions, "Jan Kowalski").type == "PERSON"
    assert "Jan" not in by_surface(mentions)


def test_a_peer_called_lady_or_lord_takes_the_full_titled_name():
    body = ("The motion was tabled by Baroness Wenna Pollard, a crossbencher. Lady Pollard said the bill "
            "was weak. Viscount Ivo Carne replied. Lord Carne said it was fair. Pollard left early.")
    mentions = run(body)[0]
    assert one(mentions, "Lady Pollard").local_name == "Baroness Wenna Pollard"
    assert one(mentions, "Lord Carne").local_name == "Viscount Ivo Carne"
    assert one(mentions, "Pollard").local_name == "Baroness Wenna Pollard"


def test_a_lady_of_another_family_name_stays_herself():
    body = "Baroness Wenna Pollard spoke first. Lady Ormsby, her deputy, said the vote was close."
    assert one(run(body)[0], "Lady Ormsby").local_name == "Lady Ormsby"
