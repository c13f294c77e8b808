"""The cross-source marts (claims, claim_conflicts, document_relations, timeline) on small
hand-made warehouses: each status and each relation, from rows written here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from pipelines import records
from pipelines.defs.marts import build_model
from pipelines.sql_models import build_order, load_models
from pipelines.tables import TABLES, create_table_sql, to_frame
from pipelines.text.common import stable_id


@dataclass
class F:
    """A fact to plant: ``surface`` is found in the document's sentence ``sent``."""

    sent: int
    surface: str
    kind: str
    value: float | None
    unit: str | None = None
    obj: str | None = None
    approx: str | None = None
    normalized: str | None = None
    relative: str | None = None
    relative_to: str | None = None
    event_key: str | None = None


@dataclass
class Doc:
    doc_id: str
    sentences: list[str]
    facts: list[F] = field(default_factory=list)
    names: list[str] = field(default_factory=list)   # entity names to mark wherever they occur
    published: dt.date | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    quotes: list[str] = field(default_factory=list)  # quoted texts present in the sentences
    orgs: list[str] = field(default_factory=list)    # organisation names to mark wherever they occur


def warehouse(*docs: Doc) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE SCHEMA core; CREATE SCHEMA marts")
    for table, record in TABLES.items():
        for statement in create_table_sql("core", table, record):
            con.execute(statement)
    rows: dict[str, list] = {t: [] for t in TABLES}
    entities: dict[str, int] = {}
    types: dict[str, str] = {}
    for d in docs:
        body = " ".join(d.sentences)
        rows["documents"].append(records.Document(
            doc_id=d.doc_id, source_path=d.doc_id, sha256="x", encoding="utf-8", format="text", size_bytes=len(body),
            title=None, publisher=None, body=body, n_chars=len(body), duplicate_of=d.duplicate_of,
            duplicate_kind=d.duplicate_kind, published_at=d.published, published_at_source="stamp" if d.published else None))
        starts = []
        pos = 0
        for i, text in enumerate(d.sentences):
            starts.append(pos)
            rows["sentences"].append(records.Sentence(doc_id=d.doc_id, sentence_idx=i, paragraph_idx=0, char_start=pos,
                                                      char_end=pos + len(text), text=text))
            pos += len(text) + 1
        for f in d.facts:
            s = starts[f.sent] + d.sentences[f.sent].index(f.surface)
            rows["facts"].append(records.Fact(
                fact_id=stable_id(d.doc_id, s, f.kind), doc_id=d.doc_id, kind=f.kind, value=f.value, value_high=None,
                total=None, unit=f.unit, object=f.obj, approx=f.approx, normalized=f.normalized, display=f.surface,
                date=None, surface=f.surface, char_start=s, char_end=s + len(f.surface), sentence_idx=f.sent,
                sentence=d.sentences[f.sent], group_id=None, rule="test", relative=f.relative,
                relative_to=f.relative_to, event_key=f.event_key))
        for name in d.names + d.orgs:
            entities[name] = entities.get(name, 0) + 1
            types[name] = "ORG" if name in d.orgs else "GPE"
            for i, text in enumerate(d.sentences):
                if name in text:
                    s = starts[i] + text.index(name)
                    rows["entity_mentions"].append(records.EntityMention(
                        mention_id=stable_id(d.doc_id, s), doc_id=d.doc_id, entity_id=stable_id(name), surface=name,
                        char_start=s, char_end=s + len(name), type=types[name], local_name=name, rule="test"))
        for q in d.quotes:
            s = body.index(q)
            sent = max(i for i, st in enumerate(starts) if st <= s)
            rows["quotes"].append(records.Quote(
                quote_id=stable_id(d.doc_id, s, "q"), doc_id=d.doc_id, text=q, kind="direct", speaker=None,
                speaker_entity_id=None, speaker_surface=None, cue="said", addressee=None, char_start=s,
                char_end=s + len(q), sentence_idx=sent, rule="test"))
    rows["entities"] = [records.Entity(entity_id=stable_id(n), name=n, type=types[n], country_code=None, aliases=[n],
                                       mention_count=c, doc_count=c) for n, c in entities.items()]
    for table, record in TABLES.items():
        con.register("frame", to_frame(rows[table], record))
        con.execute(f"INSERT INTO core.{table} SELECT * FROM frame")
        con.unregister("frame")
    for model in build_order(load_models()):
        build_model(con, model)
    return con


def claims(con) -> list[tuple]:
    return con.execute("select kind, n_sources, doc_ids, status from marts.claims order by kind, n_sources desc").fetchall()


FLOOD_A = "Floods in the Ostrava region have killed 41 people, the regional governor said on Tuesday."
FLOOD_B = "The floods in the Ostrava region have killed 57 people, the regional governor said."


def test_corroborated_claim_counts_each_source_once():
    con = warehouse(
        Doc("a", ["The Lumen factory in Tartu will cut 1,200 jobs by spring, its owners said."],
            [F(0, "1,200 jobs", "count", 1200, "jobs")], ["Tartu"]),
        Doc("b", ["Owners of the Lumen factory in Tartu said 1,200 jobs will go by spring."],
            [F(0, "1,200 jobs", "count", 1200, "jobs")], ["Tartu"]),
        Doc("c", ["Owners of the Lumen factory in Tartu said 1,200 jobs will go by spring."],
            [F(0, "1,200 jobs", "count", 1200, "jobs")], ["Tartu"], duplicate_of="b", duplicate_kind="near"))
    assert claims(con) == [("count", 2, ["a", "b", "c"], "corroborated")]
    assert con.execute("select count(*) from marts.claim_conflicts").fetchone() == (0,)


def test_single_claim_when_nobody_else_states_it():
    con = warehouse(
        Doc("a", ["The Lumen factory in Tartu will cut 1,200 jobs by spring, its owners said."],
            [F(0, "1,200 jobs", "count", 1200, "jobs")], ["Tartu"]),
        Doc("b", ["Tartu's mayor opened a new library with 40,000 books on Friday."],
            [F(0, "40,000 books", "count", 40000, "books")], ["Tartu"]))
    assert sorted(claims(con)) == [("count", 1, ["a"], "single"), ("count", 1, ["b"], "single")]


def test_different_years_for_one_event_are_a_conflict_with_both_sentences():
    a = "Protests followed the 2011 construction of the Belo Monte dam on the Xingu river in Brazil."
    b = "Anger in Brazil dates to the 2012 construction of the Belo Monte dam on the Xingu river."
    con = warehouse(
        Doc("a", [a], [F(0, "2011", "date", 2011, obj="construction of the Belo Monte dam on the Xingu river",
                         normalized="2011")], ["Brazil"]),
        Doc("b", [b], [F(0, "2012", "date", 2012, obj="construction of the Belo Monte dam on the Xingu river",
                         normalized="2012")], ["Brazil"]))
    assert claims(con) == [("date", 2, ["a", "b"], "conflict")]
    rows = con.execute("select doc_a, value_a, sentence_a, doc_b, value_b, sentence_b, reason "
                       "from marts.claim_conflicts").fetchall()
    assert rows == [("a", 2011.0, a, "b", 2012.0, b, "different_date")]


def test_a_later_story_with_a_new_figure_is_an_update():
    con = warehouse(
        Doc("a", [FLOOD_A], [F(0, "41 people", "count", 41, "people")], ["Ostrava"], published=dt.date(2024, 9, 16)),
        Doc("b", [FLOOD_B], [F(0, "57 people", "count", 57, "people")], ["Ostrava"], published=dt.date(2024, 9, 18)))
    assert claims(con) == [("count", 2, ["a", "b"], "update")]
    assert con.execute("select reason from marts.claim_conflicts").fetchall() == [("update",)]


def test_the_same_figures_undated_are_a_conflict():
    con = warehouse(
        Doc("a", [FLOOD_A], [F(0, "41 people", "count", 41, "people")], ["Ostrava"]),
        Doc("b", [FLOOD_B], [F(0, "57 people", "count", 57, "people")], ["Ostrava"]))
    assert claims(con) == [("count", 2, ["a", "b"], "conflict")]
    assert con.execute("select reason from marts.claim_conflicts").fetchall() == [("different_value",)]


def test_two_companies_figures_never_contradict():
    a = "Shares in Korvala rose 3% to 412p in London trading on the news."
    b = "Shares in Maretti fell 2% to 388p in London trading after the warning."
    con = warehouse(Doc("a", [a], [F(0, "412p", "money", 4.12, "GBP", obj="shares")], ["London"], orgs=["Korvala"]),
                    Doc("b", [b], [F(0, "388p", "money", 3.88, "GBP", obj="shares")], ["London"], orgs=["Maretti"]))
    assert con.execute("select count(*) from marts.claim_conflicts").fetchone() == (0,)
    assert [status for *_, status in claims(con)] == ["single", "single"]


def test_figures_whose_sentences_share_no_entity_never_contradict():
    a = "In the first quarter the figure is close to 5%, the regulator said."
    b = "In the first quarter the figure was 14%, the regulator said."
    con = warehouse(Doc("a", [a], [F(0, "5%", "proportion", 0.05, obj="the figure", approx="close to")]),
                    Doc("b", [b], [F(0, "14%", "proportion", 0.14, obj="the figure")]))
    assert con.execute("select count(*) from marts.claim_conflicts").fetchone() == (0,)


def test_a_sentence_naming_nobody_speaks_of_whom_the_one_before_names():
    a = ["The Hanvel museum in Oslo opened a night wing.", "It lets visitors stay up to eight hours after closing."]
    b = ["The Hanvel museum in Oslo lets visitors stay up to six hours after closing."]
    con = warehouse(Doc("a", a, [F(1, "eight hours", "duration", 8, "hour", obj="visitors")], ["Oslo"]),
                    Doc("b", b, [F(0, "six hours", "duration", 6, "hour", obj="visitors")], ["Oslo"]))
    assert con.execute("select doc_a, value_a, doc_b, value_b from marts.claim_conflicts").fetchall() == [
        ("a", 8.0, "b", 6.0)]


def test_two_figures_in_one_unit_make_a_sentence_ambiguous_whatever_their_kinds():
    a = "Car loans in Ghana rose by £3.1bn in March, up from a £2.4bn rise in February."
    b = "Car loans in Ghana rose by £3.3bn in April, up on the £3.1bn rise in March."
    con = warehouse(
        Doc("a", [a], [F(0, "£3.1bn", "change", 3.1e9, "GBP", obj="Car loans in Ghana"),
                       F(0, "£2.4bn", "money", 2.4e9, "GBP", obj="rise")], ["Ghana"]),
        Doc("b", [b], [F(0, "£3.3bn", "change", 3.3e9, "GBP", obj="Car loans in Ghana"),
                       F(0, "£3.1bn", "money", 3.1e9, "GBP", obj="rise")], ["Ghana"]))
    assert con.execute("select count(*) from marts.claim_conflicts").fetchone() == (0,)


def _voters(hedged: str, approx: str | None, value: float, other: str, other_value: float):
    return warehouse(
        Doc("a", [f"{hedged} of voters in Tasmania backed the new wind farm levy, the survey found."],
            [F(0, hedged.split()[-1], "proportion", value, obj="voters in Tasmania", approx=approx)], ["Tasmania"]),
        Doc("b", [f"The survey found {other} of voters in Tasmania backed the wind farm levy."],
            [F(0, other, "proportion", other_value, obj="voters in Tasmania")], ["Tasmania"]))


def test_hedged_values_that_overlap_agree():
    con = _voters("Nearly 50%", "nearly", 0.5, "48%", 0.48)
    assert claims(con) == [("proportion", 2, ["a", "b"], "corroborated")]
    assert con.execute("select status from marts.claim_pairs").fetchall() == [("agree_approx",)]


def test_unhedged_close_values_do_not_agree():
    con = _voters("Some 50%", None, 0.5, "48%", 0.48)
    assert claims(con) == [("proportion", 2, ["a", "b"], "conflict")]


def test_a_value_rounded_to_fewer_digits_agrees():
    con = _voters("Some 49.6%", None, 0.496, "50%", 0.5)
    assert con.execute("select status from marts.claim_pairs").fetchall() == [("agree_approx",)]


def test_facts_about_different_things_never_pair():
    con = warehouse(
        Doc("a", ["Half of the 300 staff at the Kaunas port were laid off, 40% of them dock workers."],
            [F(0, "40%", "proportion", 0.4, obj="them dock workers")], ["Kaunas"]),
        Doc("b", ["At the Kaunas port, 25% of cargo now arrives by rail, the port said."],
            [F(0, "25%", "proportion", 0.25, obj="cargo")], ["Kaunas"]))
    assert [c[3] for c in claims(con)] == ["single", "single"]


def _story(doc_id: str, order: list[int], **kw) -> Doc:
    sentences = [
        "The Haldor shipyard in Gdansk will build 12 ferries for the Baltic route.",
        "The contract is worth $310 million, the shipyard said.",
        "About 2,000 welders will work on the ships in Gdansk.",
        "Local unions said the deal secures 40% of the yard's workload.",
    ]
    facts = [F(0, "12 ferries", "count", 12, "ferries"), F(1, "$310 million", "money", 310e6, "USD"),
             F(2, "2,000 welders", "count", 2000, "welders"), F(3, "40%", "proportion", 0.4, obj="the yard's workload")]
    return Doc(doc_id, [sentences[i] for i in order],
               [F(order.index(f.sent), f.surface, f.kind, f.value, f.unit, f.obj) for f in facts], ["Gdansk"], **kw)


def relations(con) -> list[tuple]:
    return con.execute("select doc_a, doc_b, relation, shared_facts from marts.document_relations").fetchall()


def test_a_reworded_story_with_the_same_facts_in_order_is_derivative():
    con = warehouse(_story("a", [0, 1, 2, 3]), _story("b", [0, 1, 2, 3]))
    assert relations(con) == [("a", "b", "derivative", 4)]


def test_the_same_facts_in_another_order_are_not_a_rewrite():
    con = warehouse(_story("a", [0, 1, 2, 3]), _story("b", [3, 2, 1, 0]))
    assert relations(con) == []


def test_duplicates_and_near_duplicates_are_relations():
    body = ["The Haldor shipyard in Gdansk will build 12 ferries for the Baltic route."]
    con = warehouse(Doc("a", body), Doc("b", body, duplicate_of="a", duplicate_kind="exact"),
                    Doc("c", body + ["Updated."], duplicate_of="a", duplicate_kind="near"))
    assert sorted(relations(con)) == [("a", "b", "duplicate", None), ("a", "c", "near_duplicate", None)]


def test_timeline_resolves_a_yearless_day_from_the_text_or_the_publication():
    s1 = "The summit in Quito opened on 3 March 2025 with ministers from 30 countries."
    s2 = "On March 5, delegates signed the forest accord."
    con = warehouse(
        Doc("a", [s1, s2], [F(0, "3 March 2025", "date", 2025, normalized="2025-03-03"),
                            F(1, "March 5", "date", None, obj="delegates signed the forest accord", normalized="--03-05")]),
        Doc("b", [s2], [F(0, "March 5", "date", None, obj="delegates signed the forest accord", normalized="--03-05")],
            published=dt.date(2025, 3, 6)),
        Doc("c", [s2], [F(0, "March 5", "date", None, normalized="--03-05")]))
    rows = con.execute("select doc_id, date, precision, resolution from marts.timeline order by doc_id, date").fetchall()
    assert rows == [("a", "2025-03-03", "day", "explicit"), ("a", "2025-03-05", "day", "from_text_date"),
                    ("b", "2025-03-05", "day", "from_publication_date"), ("c", "--03-05", "day", "unresolved")]


def test_a_december_day_in_a_january_story_is_last_year():
    con = warehouse(Doc("a", ["At a forum on December 29, the minister spoke."],
                        [F(0, "December 29", "date", None, normalized="--12-29")], published=dt.date(2026, 1, 8)))
    assert con.execute("select date from marts.timeline").fetchall() == [("2025-12-29",)]


def test_relative_dates_resolve_against_the_publication_day_or_stay_relative():
    s = "Dock workers in Valparaiso walked out yesterday and will meet the port authority on Friday."
    facts = [F(0, "yesterday", "date", None, obj="Dock workers in Valparaiso walked out", relative="-1 day",
               relative_to="publication"),
             F(0, "Friday", "date", None, relative="friday after", relative_to="publication")]
    con = warehouse(Doc("a", [s], facts, published=dt.date(2025, 6, 11)), Doc("b", [s], facts))
    rows = con.execute("select doc_id, date, precision, resolution, relative from marts.timeline "
                       "order by doc_id, fact_id").fetchall()
    assert sorted(rows, key=str) == sorted([
        ("a", "2025-06-10", "day", "from_publication_date", "-1 day"),
        ("a", "2025-06-13", "day", "from_publication_date", "friday after"),
        ("b", None, "day", "unresolved", "-1 day"), ("b", None, "day", "unresolved", "friday after")], key=str)
    assert con.execute("select count(*) from marts.claims").fetchone() == (0,), "relative dates are no claims"


def test_the_sql_counts_relative_dates_as_the_python_arithmetic_does():
    from pipelines.text.timeline import Relative, resolve

    specs = [Relative(u, o) for u in ("day", "week", "month", "year") for o in (-1, 0, 2)]
    specs += [Relative("weekday", o, w) for w in range(7) for o in (-1, 1)]
    days = [dt.date(2024, 2, 29), dt.date(2025, 12, 28), dt.date(2026, 1, 4), dt.date(2026, 3, 31)]
    docs = []
    for i, day in enumerate(days):
        sentence = " ".join(f"w{j}" for j in range(len(specs)))
        docs.append(Doc(f"d{i}", [sentence], [F(0, f"w{j}", "date", None, relative=r.spec(), relative_to="publication")
                                              for j, r in enumerate(specs)], published=day))
    con = warehouse(*docs)
    got = dict(((d, r), date) for d, r, date in con.execute(
        "select t.doc_id, t.relative, t.date from marts.timeline t").fetchall())
    for i, day in enumerate(days):
        for r in specs:
            assert got[(f"d{i}", r.spec())] == resolve(r, day), (day, r.spec())


def test_an_unresolved_day_takes_the_day_another_source_gives_the_same_event():
    a = "On 9 March 2026, the same day Mayor Okafor began her tour of the delta, floods reached Warri."
    b = "Mayor Okafor embarked on a week-long visit to the delta on Monday, her office said."
    c = "Mayor Okafor embarked on a week-long visit to the delta on Sunday, her office said."
    con = warehouse(
        Doc("a", [a], [F(0, "9 March 2026", "date", 2026, normalized="2026-03-09"),
                       F(0, "the same day", "date", None, obj="Mayor Okafor began her tour of the delta",
                         normalized="2026-03-09", relative="+0 day", relative_to="text", event_key="start visit")],
            ["Okafor"]),
        Doc("b", [b], [F(0, "Monday", "date", None, obj="Mayor Okafor embarked on a week-long visit to the delta",
                         relative="monday on or before", relative_to="publication", event_key="start visit")],
            ["Okafor"]),
        Doc("c", [c], [F(0, "Sunday", "date", None, obj="Mayor Okafor embarked on a week-long visit to the delta",
                         relative="sunday on or before", relative_to="publication", event_key="start visit")],
            ["Okafor"]))
    rows = dict((d, (date, res)) for d, date, res in con.execute(
        "select doc_id, date, resolution from marts.timeline where relative is not null").fetchall())
    assert rows["a"] == ("2026-03-09", "from_text_date")
    assert rows["b"] == ("2026-03-09", "from_other_source"), "9 March 2026 is a Monday"
    assert rows["c"] == (None, "unresolved"), "a Sunday is not 9 March 2026"
