"""sentence_spans / split_sentences: exact offsets and the news-abbreviation post-pass."""
from __future__ import annotations


import pytest

from pipelines.text.sentences import sentence_spans, split_sentences
from tests.helpers import BBC



def sents(text: str) -> list[str]:
    return [text[s:e] for _, s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. economy grew. It was a surprise.", ["The U.S. economy grew.", "It was a surprise."]),
        ("He moved to the U.S. last year. He stayed.", ["He moved to the U.S. last year.", "He stayed."]),
        ("She arrived on Jan. 7 and left. Nobody saw.", ["She arrived on Jan. 7 and left.", "Nobody saw."]),
        ("The attack on Sept. 11 changed that. Yes.", ["The attack on Sept. 11 changed that.", "Yes."]),
        ("Mr. Lee met Dr. Ruiz at No. 10 Downing Street. They talked.",
         ["Mr. Lee met Dr. Ruiz at No. 10 Downing Street.", "They talked."]),
        ("Gov. Adams said no. The end.", ["Gov. Adams said no.", "The end."]),
        ("Rep. Cole voted. Sen. Diaz did not.", ["Rep. Cole voted.", "Sen. Diaz did not."]),
        ("Lt. Col. Okafor arrived. He spoke.", ["Lt. Col. Okafor arrived.", "He spoke."]),
        ("City vs. United ended 2-1. Fans cheered.", ["City vs. United ended 2-1.", "Fans cheered."]),
        ("Karen B. Osei said yes. It was Plan B. The rest failed.",
         ["Karen B. Osei said yes.", "It was Plan B.", "The rest failed."]),
        ("\"Why now?\" he asked. Nobody knew.", ["\"Why now?\" he asked.", "Nobody knew."]),
        ("“We will stay.” She left. “Fine,” he said.", ["“We will stay.”", "She left.", "“Fine,” he said."]),
        ("He said: \"It is over.\" Then he left.", ["He said: \"It is over.\"", "Then he left."]),
        ("They wanted to cash in. Fraud groups warn.", ["They wanted to cash in.", "Fraud groups warn."]),
        ("It was 3 p.m. The police came.", ["It was 3 p.m.", "The police came."]),
    ],
)
def test_news_abbreviations_and_quotes(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_paragraphs_lines_and_exact_offsets() -> None:
    body = "Heading line\nFirst sentence here. Second one!\n\n  Next paragraph, indented.  \n\nLast é sentence 😀 here."
    spans = sentence_spans(body)
    assert [p for p, _, _ in spans] == [0, 0, 0, 1, 2]
    assert [body[s:e] for _, s, e in spans] == [
        "Heading line", "First sentence here.", "Second one!", "Next paragraph, indented.", "Last é sentence 😀 here."]


def test_split_sentences_records() -> None:
    body = "One. Two.\n\nThree."
    rows = split_sentences("doc1", body)
    assert [(r.sentence_idx, r.paragraph_idx, r.text) for r in rows] == [(0, 0, "One."), (1, 0, "Two."), (2, 1, "Three.")]
    assert all(body[r.char_start:r.char_end] == r.text and r.doc_id == "doc1" for r in rows)


def test_empty_body() -> None:
    assert sentence_spans("") == [] and sentence_spans("\n\n  \n") == []


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_bbc_offsets_exact() -> None:
    for path in sorted(BBC.rglob("*.txt")):
        data = path.read_bytes()
        try:
            body = data.decode("utf-8")
        except UnicodeDecodeError:
            body = data.decode("cp1252")
        for _, s, e in sentence_spans(body):
            seg = body[s:e]
            assert seg and seg == seg.strip() and "\n" not in seg


def test_blingfire_called_directly_gives_what_its_wrapper_gives() -> None:
    """Our direct call of blingfire's C splitter (buffers kept between calls, byte offsets mapped
    only off ASCII) gives the offsets blingfire's own Python wrapper gives, on ASCII, accents,
    CJK, emoji with modifiers, a line longer than any before it (the buffers grow) and every
    line of the articles the tests ship."""
    import blingfire

    from pipelines.text.sentences import _LINE, blingfire_sentences
    from pipelines.settings import REPO_ROOT

    lines = ["One. Two!", "Émile Zola a écrit. Il est parti! Après?", "你好。再见。 Fine.", "Emoji 😀 here. Next 👍🏽 done.",
             "a", "word " * 3000 + "end. Then more.", "Short again. Yes."]
    for f in sorted((REPO_ROOT / "tests" / "fixtures").glob("*/articles/*.txt")):
        if "goldsets" not in f.parts:
            lines += [m.group() for m in _LINE.finditer(f.read_text(errors="replace")) if m.group().strip()]
    for line in lines:
        assert blingfire_sentences(line) == blingfire.text_to_sentences_and_offsets(line)[1], line[:60]
    assert blingfire_sentences("") == []
