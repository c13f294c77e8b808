"""What makes builds cheap must not change what they build: models evaluated once per link,
rules and SQL models read from caches, lazy imports. No timing is asserted here."""
from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from pipelines import diskcache, sql_models
from pipelines.defs import marts
from pipelines.settings import REPO_ROOT
from pipelines.sql_models import build_order, load_models
from tests.unit.test_model_docs import core_db


def _warehouse_with_rows():
    con = core_db()
    body = "Exports rose 5% to $44 million in Lagos, Ada Obi said. Imports fell 3% in Lagos."
    con.execute("INSERT INTO core.documents VALUES ('d1', 'd1', 'x', 'utf-8', 'text', 1, 'T', NULL, ?, ?, NULL, NULL, NULL, NULL)",
                [body, len(body)])
    con.execute("INSERT INTO core.documents VALUES ('d2', 'd2', 'y', 'utf-8', 'text', 1, 'U', NULL, ?, ?, NULL, NULL, NULL, NULL)",
                [body, len(body)])
    return con


def test_every_model_view_reads_rows_equal_to_its_sql_over_the_core_tables():
    """Views read the rows stored at build time: for every model, in build order, the view's rows
    are exactly those of evaluating the model's SQL afresh (models reading models included)."""
    con = _warehouse_with_rows()
    for model in build_order(load_models()):
        n = marts.build_model(con, model)
        assert n == con.execute(f"SELECT count(*) FROM marts.{model.name}").fetchall()[0][0], model.name
        for a, b in ((f"marts.{model.name}", f"({model.sql})"), (f"({model.sql})", f"marts.{model.name}")):
            assert con.execute(f"SELECT * FROM {a} EXCEPT ALL SELECT * FROM {b}").fetchall() == [], model.name
    assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchall() == [(0,)]


def test_a_model_reads_the_stored_rows_of_the_model_it_reads():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA core; CREATE SCHEMA marts; CREATE TABLE core.t AS SELECT 1 AS x")
    a = sql_models.SqlModel("a_v1", "a", 1, REPO_ROOT / "sql/models/a_v1.sql", "select x from core.t", "h", (("core", "t"),),
                            True, "", {}, (("core", "t"),))
    b = sql_models.SqlModel("b_v1", "b", 1, REPO_ROOT / "sql/models/b_v1.sql", "select x + 1 as y from marts.a", "h",
                            (("marts", "a"),), True, "", {}, (("marts", "a"),))
    marts.build_model(con, a)
    con.execute(f"UPDATE {marts.ROWS_SCHEMA}.a_v1 SET x = 41")  # b reads a's stored rows, not a's SQL again
    marts.build_model(con, b)
    assert con.execute("SELECT y FROM marts.b").fetchall() == [(42,)]


def test_a_change_to_a_model_changes_the_key_of_every_model_reading_it():
    """Stored rows are rebuilt when anything upstream changed: a model's key follows the keys of
    the models it reads (through a family alias too) and which version is its family's latest."""
    import dataclasses

    models = load_models()
    loaded = {"core.facts": "x"}
    before = marts.model_keys(models, loaded)
    claim_facts = next(m for m in models if m.family == "claim_facts")
    edited = [dataclasses.replace(m, sql=m.sql + " ") if m is claim_facts else m for m in models]
    after = marts.model_keys(edited, loaded)
    changed = {claim_facts.name, claim_facts.family}   # what reads it, and what reads those, ...
    while True:
        readers = {m.name for m in models if any(s == "marts" and t in changed for s, t in m.upstream)}
        grown = changed | readers | {m.family for m in models if m.name in readers and m.is_latest}
        if grown == changed:
            break
        changed = grown
    expected = {m.name for m in models if m.name in changed}
    assert len(expected) >= 3
    assert {name for name in before if after[name] != before[name]} == expected
    assert marts.model_keys(models, {}) == {m.name: None for m in models}


def test_a_removed_model_leaves_no_view_rows_or_registry_row():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA core; CREATE SCHEMA marts; CREATE TABLE core.t AS SELECT 1 AS x")
    a = sql_models.SqlModel("a_v1", "a", 1, REPO_ROOT / "sql/models/a_v1.sql", "select x from core.t", "h", (("core", "t"),),
                            True, "", {}, (("core", "t"),))
    gone = sql_models.SqlModel("gone_v1", "gone", 1, REPO_ROOT / "sql/models/gone_v1.sql", "select x from core.t", "h",
                               (("core", "t"),), True, "", {}, (("core", "t"),))
    marts.build_model(con, a)
    marts.build_model(con, gone)
    marts._drop_removed(con, [a])
    assert marts._built(con) == {"a_v1"}
    assert {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE schema_name = 'marts'").fetchall()} == {"a_v1", "a"}
    assert con.execute("SELECT model FROM marts.model_registry").fetchall() == [("a_v1",)]


def test_sql_models_come_back_equal_from_their_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(diskcache, "CACHE_DIR", tmp_path)
    sql_models._LOADED.clear()
    fresh = sql_models._load_models(sql_models.MODELS_DIR)
    first = load_models()
    assert list(tmp_path.glob("sql-models-*.pkl"))
    sql_models._LOADED.clear()
    assert load_models() == first == fresh
    schemas = sql_models.model_schemas()
    assert sql_models.model_schemas() == schemas == sql_models._model_schemas(first)


def test_a_changed_model_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setattr(diskcache, "CACHE_DIR", tmp_path / "cache")
    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "m_v1.sql").write_text("-- m\nselect doc_id from core.facts")
    assert load_models(folder)[0].upstream == (("core", "facts"),)
    (folder / "m_v1.sql").write_text("-- m\nselect doc_id from core.quotes")
    sql_models._LOADED.clear()
    assert load_models(folder)[0].upstream == (("core", "quotes"),)


def test_the_rules_table_is_kept_per_extractor_version(tmp_path):
    from pipelines.defs.load import rules_frames
    from pipelines.text.rules import all_rules

    first = rules_frames(tmp_path)["rules"]
    assert first.height == len(all_rules()) and list(tmp_path.glob("rules.*"))
    assert rules_frames(tmp_path)["rules"].equals(first)


def test_a_build_with_nothing_to_parse_imports_no_cleaner_extractor_sqlglot_or_plotly():
    code = ("import sys; import pipelines.definitions, pipelines.cli; "
            "bad = [m for m in ('sqlglot', 'plotly', 'scipy', 'pipelines.text.clean', 'pipelines.text.facts', "
            "'pipelines.text.entities', 'pipelines.text.quotes') if m in sys.modules]; print(bad)")
    load_models()  # the cache is filled (a first run parses the models once)
    sql_models.model_schemas()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def _files(tmp_path, n: int):
    from pipelines import steps

    for i in range(n):
        (tmp_path / f"story{i:03d}.txt").write_text(
            f"Port Story {i}\n\nThe port of Valdoria handled {i + 3} ships on Tuesday, officials said. "
            f"Mayor Ines Karlsson said traffic rose {i % 7 + 1}% in a year.\n")
    (tmp_path / "copy.txt").write_text((tmp_path / "story001.txt").read_text())
    (tmp_path / "empty.txt").write_text("")
    return steps.scan_folder(tmp_path, 1 << 20)


def test_parsing_on_the_pool_gives_the_rows_of_one_process(tmp_path, monkeypatch):
    from pipelines import parsing

    files = _files(tmp_path, 12)
    monkeypatch.setattr(parsing, "BATCH_FILES", 4)
    one = parsing.parse_frames(files, workers=1)
    monkeypatch.setattr(parsing, "POOL_FILES", 2)
    two = parsing.parse_frames(files, workers=2)
    assert all(one[t].equals(two[t]) for t in parsing.MODELS)
    assert one["documents"]["duplicate_kind"].to_list().count("exact") == 1
    assert one["rejected_files"]["source_path"].to_list() == ["empty.txt"]


def test_parsing_again_reads_unchanged_files_from_the_cache_in_file_order(tmp_path):
    from pipelines import parsing, steps

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    files = _files(seeds, 5)
    first = parsing.parse_frames(files, cache_dir=tmp_path / "cache", prefix="parse-v")
    (seeds / "story000.txt").write_text("Port Story\n\nA new story about the harbour, the council said.\n")
    stats = steps.CacheStats()
    files = steps.scan_folder(seeds, 1 << 20)
    again = parsing.parse_frames(files, cache_dir=tmp_path / "cache", prefix="parse-v", stats=stats)
    assert (stats.extracted, stats.reused) == (1, 6)
    fresh = parsing.parse_frames(files)
    assert all(again[t].equals(fresh[t]) for t in parsing.MODELS)
    assert again["documents"]["doc_id"].to_list() == first["documents"]["doc_id"].to_list()


def test_frame_tasks_give_the_rows_of_record_tasks(tmp_path):
    from pipelines import parsing, steps
    from pipelines.records import Document, Fact, Sentence
    from pipelines.tables import from_frame

    frames = parsing.parse_frames(_files(tmp_path, 10))
    docs = frames["documents"].filter(frames["documents"]["duplicate_kind"].is_null())
    records = steps.StageTask(steps.fact_rows, steps.group_sentences(from_frame(frames["sentences"], Sentence)))
    want = steps.cached_per_document(None, "f", {"facts": Fact}, from_frame(docs, Document), records, version="v")
    task = steps.FrameTask(steps.fact_rows, frames["sentences"])
    for workers in (1, 2):
        got = steps.cached_stage(None, "f", {"facts": Fact}, dict.fromkeys(docs["doc_id"], "h"),
                                 lambda todo: (docs.filter(docs["doc_id"].is_in(todo)), task), version="v", workers=workers)
        assert got["facts"].equals(want["facts"]) and want["facts"].height > 0


def test_resolution_over_mention_rows_equals_resolution_over_records():
    from pipelines import resolution
    from pipelines.records import Entity, EntityMention, EntityRole
    from pipelines.tables import from_frame, to_frame
    from pipelines.text.resolve import resolve_entities

    rows = [EntityMention(mention_id=f"m{i}", doc_id=f"d{i % 3}", entity_id=None, surface=s, char_start=i, char_end=i + len(s),
                          type=t, local_name=n, rule="person.cue")
            for i, (s, t, n) in enumerate([("Ines Karlsson", "PERSON", "Ines Karlsson"), ("Karlsson", "PERSON", "Karlsson"),
                                           ("Valdoria", "GPE", "Valdoria"), ("Ines Karlsson", "PERSON", "Ines Karlsson"),
                                           ("Acme Corp", "ORG", "Acme Corp"), ("Acme", "ORG", "Acme")])]
    mentions, roles = to_frame(rows, EntityMention), to_frame([], EntityRole)
    ents, ments, _ = resolve_entities(from_frame(mentions, EntityMention), [])
    got = resolution.resolve_frames(mentions, roles)
    assert got["entities"].equals(to_frame(ents, Entity))
    assert got["entity_mentions"].equals(to_frame([m for m in ments if m.entity_id], EntityMention))
    light = resolution.mention_rows_of(mentions)
    assert [dict(m.__dict__) for m in light] == [r.model_dump() for r in rows]


def test_an_empty_folder_parses_with_a_cache_folder_not_made_yet(tmp_path):
    from pipelines import parsing

    frames = parsing.parse_frames([], cache_dir=tmp_path / "not" / "yet", prefix="parse-v")
    assert all(frames[t].height == 0 for t in parsing.MODELS)


_KEYED_BODY = (
    "The council met yesterday and will vote tomorrow. TODAY the mayor left; last  Wednesday she "
    "spoke, and on Friday, March 3 the board sat. The following day talks resumed; that same "
    "week prices fell. Earlier this year the port shut, and two days later it reopened. "
    "Three   months earlier the plan was drawn up, the year before a survey ran, next month a "
    "vote is due. Black Friday sales and today's world are no dates. Kraków İstanbul next "
    "Tuesday, a week later, the previous month. Talks ran from 12th until 14th of May 2021 and "
    "again on 3-5 June; in the 1990s and the '80s, by mid-2005 and pre-1914, by Sept. 30, 2024 "
    "and 7 of December. Over the next decade, throughout the Past Year and within the coming "
    "fortnight costs rise; in the following year and for the last week of June they fell. "
    "May may march in March, 2030s, 10s, 700s. Prices rose over the paſt year and in the comıng decade.")


@pytest.mark.parametrize("name", ["DATES", "HORIZONS", "_RELATIVES"])
def test_patterns_tried_near_their_keys_find_what_a_full_scan_finds(name):
    """Dates, horizons and relative dates are tried only just before their key words: the same
    matches as scanning every position, in order (written sentences in many shapes and
    spacings, and every article the tests ship)."""
    from pipelines.text.facts import dates, patterns

    keyed = getattr(patterns, name, None) or getattr(dates, name)
    texts = [_KEYED_BODY, _KEYED_BODY.replace(" ", "\n"), _KEYED_BODY[7:], _KEYED_BODY.upper(), "yesterday", "May", ""]
    texts += [f.read_text(errors="replace") for f in sorted((REPO_ROOT / "tests" / "fixtures").glob("*/articles/*.txt"))
              if "goldsets" not in f.parts]
    for text in texts:
        assert [m.span() for m in keyed.finditer(text)] == [m.span() for m in keyed.pattern.finditer(text)]
    assert len(list(keyed.finditer(_KEYED_BODY))) >= 2


def _modules_after(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has loaded after running ``code``."""
    probe = f"import sys; {code}; print([m for m in {modules!r} if m in sys.modules])"
    return eval(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO_ROOT,
                               check=True).stdout.strip())


EXTRACTOR_MODULES = ("pipelines.text.clean.cleaner", "pipelines.text.entities.extract", "pipelines.text.facts.extract",
                     "pipelines.text.quotes.extract", "pipelines.text.resolve")


def test_listing_the_rules_loads_no_extractor_and_lists_every_rule_the_extractors_declare():
    assert _modules_after("from pipelines.text.rules import all_rules; all_rules()", EXTRACTOR_MODULES) == []
    listed = "from pipelines.text.rules import all_rules; n = len(all_rules())"
    loaded = ("import pipelines.text.clean.cleaner, pipelines.text.entities.extract, pipelines.text.facts.extract, "
              "pipelines.text.quotes.extract; from pipelines.text.rules import RuleRegistry; "
              "m = sum(len(r) for r in RuleRegistry._all)")
    out = subprocess.run([sys.executable, "-c", f"{listed}; {loaded}; print(n, m)"], capture_output=True, text=True,
                         cwd=REPO_ROOT, check=True).stdout.split()
    assert out[0] == out[1] and int(out[0]) > 100


def test_a_package_still_hands_out_its_extractor_on_first_use():
    from pipelines.text import facts, quotes

    assert callable(facts.extract_facts) and callable(quotes.extract_quotes)
    with pytest.raises(AttributeError):
        facts.no_such_name  # noqa: B018


def test_nothing_to_resolve_or_attach_loads_no_extractor_and_gives_the_tables_a_real_run_gives():
    code = ("from pipelines import resolution, steps; from pipelines.records import EntityMention, EntityRole, Quote; "
            "from pipelines.tables import to_frame; m = to_frame([], EntityMention); r = to_frame([], EntityRole); "
            "got = resolution.resolve_frames(m, r); q = steps.speaker_frames(to_frame([], Quote), got); "
            "assert q.height == 0 and q.schema == to_frame([], Quote).schema; "
            "assert all(f.height == 0 for k, f in got.items() if k != 'ambiguous')")
    assert _modules_after(code, EXTRACTOR_MODULES + ("pipelines.text.quotes.canonical",)) == []


def test_resolving_nothing_gives_the_schemas_resolving_something_gives():
    from pipelines import resolution
    from pipelines.records import EntityMention, EntityRole
    from pipelines.tables import to_frame
    from pipelines.text.entities import extract_mentions

    body = "Ada Obi leads Acme Corp in Lagos. Obi said so."
    mentions, roles = extract_mentions("d1", body, [])
    some = resolution.resolution_frames(to_frame(list(mentions), EntityMention), to_frame(list(roles), EntityRole))
    none = resolution.resolution_frames(to_frame([], EntityMention), to_frame([], EntityRole))
    assert some["entities"].height and {k: f.schema for k, f in none.items()} == {k: f.schema for k, f in some.items()}


def test_the_report_is_keyed_by_the_rows_it_shows_not_by_the_tables_it_reads(tmp_path):
    """An edit that changes no row the page shows (a body's wording) keeps the page; one that does
    (another document) draws it again. Drawing from the rows gives the page drawing from the
    warehouse gives."""
    from pipelines.defs.report import _key
    from pipelines.report import chart_data, write_report
    from pipelines.warehouse import Warehouse

    con = _warehouse_with_rows()
    for model in build_order(load_models()):
        marts.build_model(con, model)
    warehouse = Warehouse(tmp_path / "w.duckdb", tmp_path / "build")
    first = _key(chart_data(con), warehouse)
    con.execute("UPDATE core.documents SET body = body || ' One more line.' WHERE doc_id = 'd1'")
    assert _key(chart_data(con), warehouse) == first
    con.execute("INSERT INTO core.documents SELECT * REPLACE ('d3' AS doc_id, 'd3' AS source_path) FROM core.documents "
                "WHERE doc_id = 'd1'")
    assert _key(chart_data(con), warehouse) != first
    charts = write_report(chart_data(con), tmp_path / "report.html", "w.duckdb")
    assert [c.key for c in charts] == ["facts_by_kind", "top_entities", "top_speakers", "agreement", "timeline"]
    assert "3</b> documents" in (tmp_path / "report.html").read_text(encoding="utf-8")
