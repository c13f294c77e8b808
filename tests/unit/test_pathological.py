"""No extractor is super-linear in its input.

Each hostile input (long runs of quote marks, digits, commas, capitals, hyphens, `$`, `%`, a
line without spaces) goes through every per-document step at two sizes. The work must
grow like the input (4x the text, well under 16x the work) and stay within a multiple of the
work on ordinary news text of the same size (dense inputs hold a fact or a quote every few
characters, a hundred times more rows than news: up to 100x its work, which is about one row's
work for each row). Work is measured as this process's CPU time,
the least of a few tries, and only ever compared as a ratio, so a busy machine cannot fail it.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipelines.text.clean import clean_text
from pipelines.text.decode import decode_file
from pipelines.text.entities import extract_mentions
from pipelines.text.facts import extract_facts
from pipelines.text.quotes import extract_quotes
from pipelines.text.sentences import split_sentences

NEWS = (Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "010_harbour_accord.txt").read_text()

HOSTILE = {
    "straight double quotes": '"ab ',
    "curly quotes": "\u201cab \u201d \u201c",
    "single quotes": "'ab ",
    "digits": "1234567890",
    "numbers": "12 ",
    "comma-grouped digits": "1,",
    "capitalised words": "Ab ",
    "capitals": "ABCD ",
    "hyphens": "a-",
    "dollar signs": "$",
    "money": "$1 ",
    "percentages": "5% ",
    "exclamation marks": "!",
    "full stops": ". ",
    "lower-case sentences": "ab. ",
    "initials": "Ann B. ",
    "mixed": 'He said "No, 3 of 5 Big Co. $4m 50%" - ',
}
SMALL, LARGE = 4_000, 16_000


def process(text: str) -> None:
    body = clean_text(decode_file(text.encode(), "page.txt", max_bytes=1 << 30).text).body
    sentences = split_sentences("d", body)
    mentions, _ = extract_mentions("d", body, sentences)
    extract_facts("d", body, sentences)
    extract_quotes("d", body, sentences, mentions)


def work(text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        started = time.process_time()
        process(text)
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


def page(unit: str, size: int) -> str:
    return "Headline\n\n" + (unit * (size // len(unit) + 1))[:size] + "\n"


def news(size: int) -> str:
    body = NEWS.split("\n", 1)[1]
    return NEWS.split("\n", 1)[0] + "\n" + (body * (size // len(body) + 1))[:size]


@pytest.fixture(scope="module")
def news_work() -> float:
    process(news(SMALL))  # word lists and gazetteers load once, outside any measurement
    return work(news(LARGE))


@pytest.mark.parametrize("name", HOSTILE)
def test_work_grows_linearly_on_hostile_text(name: str, news_work: float) -> None:
    small, large = work(page(HOSTILE[name], SMALL)), work(page(HOSTILE[name], LARGE))
    assert large / small < 10, f"{name}: 4x the text cost {large / small:.1f}x the work"
    assert large / news_work < 100, f"{name}: {large / news_work:.1f}x the work of news text of the same size"


def test_a_megabyte_line_without_spaces_costs_no_more_than_a_megabyte_of_news(news_work: float) -> None:
    size = 1 << 20
    line = work(page("abcdefghij", size), tries=1)
    ordinary = work(news(size), tries=1)
    assert line / ordinary < 3, f"{line / ordinary:.1f}x the work of a megabyte of news"
