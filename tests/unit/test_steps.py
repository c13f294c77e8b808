import os

import pytest

from pipelines import pool, records, steps


def test_scan_reads_files_in_path_order_and_skips_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("a")
    (tmp_path / ".hidden").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("x")
    found = steps.scan_folder(tmp_path, 1000)
    assert [f.source_path for f in found] == ["b.txt", "sub/a.txt"]
    assert found[0].data == b"b" and found[0].sha256 and found[0].rejection is None


def test_oversized_files_are_not_read(tmp_path):
    (tmp_path / "big.log").write_bytes(b"x" * 101)
    (f,) = steps.scan_folder(tmp_path, 100)
    assert f.rejection[0] == "too_large" and f.data is None and f.size_bytes == 101


def test_symlinks_leaving_the_folder_are_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    root = tmp_path / "seeds"
    root.mkdir()
    (root / "link.txt").symlink_to(outside)
    (f,) = steps.scan_folder(root, 1000)
    assert f.rejection[0] == "outside_root" and f.data is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_files_are_recorded(tmp_path):
    p = tmp_path / "locked.txt"
    p.write_text("x")
    p.chmod(0)
    (f,) = steps.scan_folder(tmp_path, 1000)
    assert f.rejection[0] == "unreadable"


def test_fingerprint_rehashes_a_touched_file_but_keeps_its_hash(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("one")
    first = steps.fingerprint_folder(tmp_path)
    os.utime(p, ns=(first["a.txt"][1] + 10**9, first["a.txt"][1] + 10**9))
    second = steps.fingerprint_folder(tmp_path, first)
    assert second["a.txt"][2] == first["a.txt"][2] and second["a.txt"][1] != first["a.txt"][1]


def doc(doc_id: str, body: str) -> records.Document:
    return records.Document(doc_id=doc_id, source_path=doc_id, sha256="x", encoding="utf-8", format="text",
                            size_bytes=len(body), title=None, publisher=None, body=body, n_chars=len(body),
                            duplicate_of=None, duplicate_kind=None)


def rows_for(d: records.Document):
    return {"spans": [records.RemovedSpan(doc_id=d.doc_id, rule="test", text=w) for w in d.body.split()]}


def test_cache_extracts_only_new_or_changed_documents_and_forgets_removed_ones(tmp_path):
    calls: list[str] = []

    def extract(d):
        calls.append(d.doc_id)
        return rows_for(d)

    def run(docs):
        stats = steps.CacheStats()
        out = steps.cached_per_document(tmp_path, "stage", {"spans": records.RemovedSpan}, docs, extract,
                                        version="v1", stats=stats)
        return out["spans"], stats

    frame, stats = run([doc("a", "one two"), doc("b", "three")])
    assert stats.extracted == 2 and frame.height == 3
    calls.clear()
    frame, stats = run([doc("a", "one two"), doc("b", "three four")])
    assert calls == ["b"] and stats.reused == 1 and frame.height == 4
    frame, stats = run([doc("b", "three four")])
    assert frame.height == 2 and set(frame["doc_id"]) == {"b"}


def test_a_new_extractor_version_invalidates_the_cache(tmp_path):
    docs = [doc("a", "one")]
    for version in ("v1", "v2"):
        stats = steps.CacheStats()
        steps.cached_per_document(tmp_path, "s", {"spans": records.RemovedSpan}, docs, rows_for, version=version, stats=stats)
        assert stats.extracted == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s-v2.json", "s-v2.spans.parquet"]


def test_extractor_version_is_a_stable_hash():
    assert steps.extractor_version() == steps.extractor_version()
    assert len(steps.extractor_version()) == 12


def test_a_document_whose_extraction_raises_is_reported_and_retried(tmp_path):
    def extract(d):
        if d.doc_id == "bad":
            raise ValueError("boom")
        return rows_for(d)

    stats = steps.CacheStats()
    out = steps.cached_per_document(tmp_path, "s", {"spans": records.RemovedSpan}, [doc("ok", "one"), doc("bad", "two")],
                                    extract, version="v1", stats=stats)
    assert set(out["spans"]["doc_id"]) == {"ok"} and stats.failed == {"bad": "error: ValueError: boom"}
    stats = steps.CacheStats()
    steps.cached_per_document(tmp_path, "s", {"spans": records.RemovedSpan}, [doc("ok", "one"), doc("bad", "two")],
                              rows_for, version="v1", stats=stats)
    assert (stats.reused, stats.extracted, stats.failed) == (1, 1, {})


def test_a_file_that_makes_cleaning_raise_is_recorded_not_fatal(monkeypatch):
    import pipelines.text.clean as clean  # parse_file imports the cleaner when it first parses

    real = clean.clean_text

    def flaky(text):
        if "explode" in text:
            raise RecursionError("too deep")
        return real(text)

    monkeypatch.setattr(clean, "clean_text", flaky)
    files = [steps.SourceFile("a.txt", 20, "h1", data=b"Title\n\nA calm story."),
             steps.SourceFile("b.txt", 20, "h2", data=b"Title\n\nThis will explode.")]
    parsed = steps.parse_documents(files)
    assert [d.doc_id for d in parsed.documents] == ["a.txt"]
    assert [(r.source_path, r.reason) for r in parsed.rejected] == [("b.txt", "error")]


def shout_rows(doc: records.Document, sentences, extra) -> dict:
    """A stage function at module level, so worker processes can import it."""
    if extra == "raise":
        raise ValueError("boom")
    return {"spans": [records.RemovedSpan(doc_id=doc.doc_id, rule="test.upper", text=doc.body.upper())]}


def test_workers_give_the_same_rows_in_the_same_order_as_one_process():
    docs = [doc(f"d{i:02d}", f"body {i}") for i in range(40)]
    task = steps.StageTask(shout_rows, {}, {"d07": "raise"})
    one = list(steps.extract_documents(task, docs, workers=1))
    two = list(steps.extract_documents(task, docs, workers=2))
    assert one == two
    assert [doc_id for doc_id, _, _ in two] == [d.doc_id for d in docs]
    assert two[7][1] is None and two[7][2] == "error: ValueError: boom"


def test_a_closed_pool_stops_its_workers_and_the_next_extraction_starts_new_ones():
    docs = [doc(f"d{i:02d}", f"body {i}") for i in range(8)]
    task = steps.StageTask(shout_rows, {}, {})
    first = list(steps.extract_documents(task, docs, workers=2))
    workers = list(pool._POOL[1]._processes.values())
    assert pool.on_a_worker(2, os.getpid) != os.getpid()       # the pool is up: a step runs on it
    pool.close()
    assert pool._POOL is None and workers and not any(p.is_alive() for p in workers)
    assert pool.on_a_worker(2, os.getpid) == os.getpid()       # no pool: here, none started for it
    assert pool._POOL is None
    assert list(steps.extract_documents(task, docs, workers=2)) == first


def test_parsing_again_reuses_unchanged_files_and_gives_the_same_documents(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Harbour Opens\n\nThe harbour opened on Monday. Officials said 40 ships came.\n")
    (seeds / "b.txt").write_text("Bridge Closes\n\nThe bridge closed for repairs, the council said.\n")
    (seeds / "empty.txt").write_text("")
    cache = tmp_path / "cache" / "parse-v1.pkl"
    first_stats, second_stats = steps.CacheStats(), steps.CacheStats()
    steps.parse_documents(steps.scan_folder(seeds, 1000), cache_path=cache, stats=first_stats)
    (seeds / "b.txt").write_text("Bridge Reopens\n\nThe bridge reopened, the council said.\n")
    second = steps.parse_documents(steps.scan_folder(seeds, 1000), cache_path=cache, stats=second_stats)
    assert (first_stats.extracted, first_stats.reused) == (3, 0)
    assert (second_stats.extracted, second_stats.reused) == (1, 2)  # only the changed b.txt is parsed again
    fresh = steps.parse_documents(steps.scan_folder(seeds, 1000))
    assert second == fresh
    assert [d.title for d in second.documents] == ["Harbour Opens", "Bridge Reopens"]


def pid_rows(doc: records.Document, sentences, extra) -> dict:
    """A stage function that says which process ran it."""
    return {"spans": [records.RemovedSpan(doc_id=doc.doc_id, rule="test.pid", text=str(os.getpid()))]}


def test_a_warm_pool_takes_even_one_document_and_gives_the_rows_one_process_gives():
    from pipelines.records import Document, RemovedSpan, Sentence
    from pipelines.tables import to_frame

    docs = to_frame([doc("d01", "One body.")], Document)
    task = steps.FrameTask(pid_rows, to_frame([], Sentence))

    def ran_in() -> str:
        (frames, failures), = steps.extract_batches(task, docs, {"spans": RemovedSpan}, workers=2)
        assert not failures and frames["spans"]["doc_id"].to_list() == ["d01"]
        return frames["spans"]["text"][0]

    pool.close()                                # as in a build that has not started one
    assert ran_in() == str(os.getpid())         # one document, no pool: here, none started for it
    assert not pool.is_up(2)
    pool.warm(2)
    try:
        assert pool.is_up(2) and ran_in() != str(os.getpid())
    finally:
        pool.close()


def test_the_warm_up_document_runs_through_every_extractor():
    pool.load_extractors()                      # raises if the warm-up text no longer parses or extracts


def test_files_to_parse_are_those_the_parse_cache_does_not_hold(tmp_path):
    import json

    from pipelines.parsing import files_to_parse

    digests = {"a.txt": "1" * 64, "b.txt": "2" * 64, "big.bin": None}
    assert files_to_parse(tmp_path, "parse-v1", digests) == 2          # no cache: every file read
    (tmp_path / "parse-v1.json").write_text(json.dumps({"a.txt": "1" * 64, "b.txt": "0" * 64}))
    assert files_to_parse(tmp_path, "parse-v1", digests) == 1          # b.txt changed; big.bin is never read
    assert files_to_parse(tmp_path, "parse-v2", digests) == 2          # another code version: parsed again
