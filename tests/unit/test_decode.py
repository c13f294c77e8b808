"""decode_file: encodings, rejections, HTML and Markdown. All bytes are made here."""
from __future__ import annotations

import codecs

import pytest

from pipelines.text.decode import Decoded, Rejection, decode_file, looks_like_html, markdown_to_text
from tests.helpers import BBC

MAX = 1_000_000
TEXT = "Prices rise again\n\nThe ticket cost £25 and the café was “busy”, officials said.\n"


def decode(data: bytes, name: str = "story.txt", max_bytes: int = MAX) -> Decoded:
    return decode_file(data, name, max_bytes=max_bytes)


def reason(data: bytes, name: str = "story.txt", max_bytes: int = MAX) -> str:
    with pytest.raises(Rejection) as exc:
        decode(data, name, max_bytes)
    assert exc.value.detail
    return exc.value.reason


# ----------------------------------------------------------------------------- encodings

@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_unicode_and_western_encodings(data: bytes, encoding: str) -> None:
    d = decode(data)
    assert d.encoding == encoding
    assert d.text == TEXT
    assert d.format == "text"


def test_latin1_pound_sign_is_a_pound_sign() -> None:
    data = "Transfer fee\n\nHe joined for a fee of £15.8m on Monday.\n".encode("latin-1")
    assert b"\xa3" in data
    d = decode(data)
    assert "£15.8m" in d.text
    assert d.encoding == "cp1252"


def test_utf16_without_bom() -> None:
    d = decode(TEXT.encode("utf-16-le"))
    assert d.text == TEXT and d.encoding.startswith("utf-16")


def test_mostly_utf8_with_a_stray_cp1252_byte() -> None:
    data = TEXT.encode("utf-8").replace("£".encode("utf-8"), b"\xa3")
    d = decode(data)
    assert d.text == TEXT
    assert d.encoding == "utf-8+cp1252"


def test_cyrillic_legacy_encoding() -> None:
    text = "Президент заявил, что экономика растёт быстрее, чем ожидалось в прошлом году."
    assert decode(text.encode("cp1251")).text == text


def test_curly_quotes_kept_and_newlines_normalised() -> None:
    d = decode("Head\r\n\r\n“Yes,” she said. ‘No’ — he said.\rEnd".encode("utf-8"))
    assert d.text == "Head\n\n“Yes,” she said. ‘No’ — he said.\nEnd"


def test_invisible_characters_dropped_and_nfc() -> None:
    raw = "zero\u200bwidth soft\u00adhyphen \ufeffbom e\u0301 \u202aembedded\u202c ctrl\x07x"
    d = decode(raw.encode("utf-8"))
    assert d.text == "zerowidth softhyphen bom é embedded ctrlx"


def test_joiners_kept_inside_emoji_dropped_in_latin_text() -> None:
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    d = decode(f"A family {family} and a stray\u200djoiner.".encode("utf-8"))
    assert family in d.text
    assert "stray\u200djoiner" not in d.text and "strayjoiner" in d.text


# ----------------------------------------------------------------------------- rejections

def test_too_large_is_checked_before_anything_else() -> None:
    assert reason(b"\x00" * 100, max_bytes=10) == "too_large"
    assert reason(b"a" * 101, max_bytes=100) == "too_large"
    assert decode(b"a" * 100, max_bytes=100).text == "a" * 100


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, "\u200b\u200b\n".encode("utf-8")])
def test_empty(data: bytes) -> None:
    assert reason(data) == "empty"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"Some\x00text\x00with\x00NUL\x00bytes\x00between\x00words",  # too many NULs to be strays
        bytes(range(1, 9)) * 40 + b"hello",
    ],
)
def test_binary(data: bytes) -> None:
    assert reason(data) == "binary"


def test_stray_nul_bytes_in_good_text_are_dropped_and_counted() -> None:
    data = ("Council Approves Budget\n\n" + "The council approved the budget on Tuesday, its leader said. " * 20).encode()
    damaged = data[:100] + b"\x00" + data[100:300] + b"\x00\x00" + data[300:]
    d = decode(damaged)
    assert d.stray_nuls == 3 and "\x00" not in d.text and d.text == decode(data).text


def test_utf16_is_not_mistaken_for_stray_nuls() -> None:
    d = decode("A plain story in UTF-16 without a byte-order mark.\n".encode("utf-16-le") * 5)
    assert d.stray_nuls == 0 and d.text.startswith("A plain story")


def test_binary_judged_by_content_not_name() -> None:
    assert reason(b"%PDF-1.4 rest", name="article.txt") == "binary"
    assert decode(b"Plain words in a file with an odd name.", name="report.pdf").text.startswith("Plain")


def test_undecodable() -> None:
    assert reason(bytes(range(0x80, 0x100)) * 3) == "undecodable"


@pytest.mark.parametrize("data", [b"{\\rtf1\\ansi Hello}", b'{"headline": "x", "body": "y"}', b"<?xml version='1.0'?><rss></rss>"])
def test_unsupported(data: bytes) -> None:
    assert reason(data) == "unsupported"


def test_rejection_has_reason_and_detail() -> None:
    r = Rejection("binary", "PNG image")
    assert (r.reason, r.detail) == ("binary", "PNG image")
    with pytest.raises(ValueError):
        Rejection("nonsense", "x")


# ----------------------------------------------------------------------------- HTML

PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Council approves new budget | Example Gazette</title>
<meta property="og:site_name" content="Example Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new budget</h1>
<p>The city council on Tuesday approved a budget of $4.2m for the coming year, the mayor said.</p>
<p>\xe2\x80\x9cWe have made hard choices,\xe2\x80\x9d the mayor told reporters after the vote.</p>
</article><footer>Footer text</footer></body></html>"""


def test_html_reduced_to_title_and_paragraphs() -> None:
    d = decode(PAGE, "page.html")
    assert d.format == "html"
    paras = d.text.split("\n\n")
    assert paras[0] == "Council approves new budget"
    assert "The city council on Tuesday approved a budget of $4.2m for the coming year, the mayor said." in paras
    assert any(p.startswith("“We have made hard choices,”") for p in paras)
    assert "<" not in d.text and "Home" not in paras


def test_html_detected_by_content_without_extension() -> None:
    assert decode(PAGE, "download").format == "html"
    assert looks_like_html(PAGE.decode())
    assert not looks_like_html("A story about <b>bold</b> claims and 3 < 4.")


def test_html_without_article_text_is_no_text() -> None:
    page = b"<html><body><nav><a href='/'>Home</a><a href='/x'>Sport</a></nav><script>var a = 1;</script></body></html>"
    assert reason(page, "menu.html") == "no_text"


def test_html_legacy_charset_from_meta() -> None:
    page = ("<html><head><meta charset='iso-8859-1'></head><body><p>The club paid a fee of £15m for the "
            "striker on Monday, the manager confirmed.</p></body></html>").encode("latin-1")
    d = decode(page, "p.htm")
    assert "£15m" in d.text


# ----------------------------------------------------------------------------- Markdown

def test_markdown_reads_as_prose() -> None:
    md = ("# Budget passes\n\nThe **council** approved the _budget_ on [Tuesday](https://example.org/x).\n\n"
          "![a chart](chart.png)\n\n- Roads cut by 12%\n- Schools get 40 teachers\n\n"
          "> \"We made hard choices,\" the mayor said.\n\nA snake_case_name and 2*3*4 stay as written.\n")
    d = decode(md.encode("utf-8"), "story.md")
    assert d.format == "markdown"
    lines = [x for x in d.text.split("\n") if x]
    assert lines[0] == "Budget passes"
    assert "The council approved the budget on Tuesday." in lines
    assert "Roads cut by 12%" in lines
    assert "\"We made hard choices,\" the mayor said." in lines
    assert "A snake_case_name and 2*3*4 stay as written." in lines
    assert "chart" not in d.text and "](" not in d.text


def test_markdown_front_matter_title() -> None:
    text = markdown_to_text("---\ntitle: Storm hits coast\nauthor: someone\n---\nWinds reached 120km/h on Sunday.\n")
    assert text.startswith("Storm hits coast\n\nWinds reached")
    assert "author" not in text


# ----------------------------------------------------------------------------- corpus

@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_bbc_corpus_decodes() -> None:
    files = sorted(p for p in BBC.rglob("*.txt") if p.name.lower() != "readme.txt")
    assert len(files) > 1000
    for path in files:
        d = decode(path.read_bytes(), path.name, max_bytes=10_000_000)
        assert d.text.strip() and d.format == "text"
    latin = BBC / "sport" / "199.txt"
    if latin.exists():
        assert "£" in decode(latin.read_bytes(), latin.name).text


def test_rejection_pickles() -> None:
    import pickle

    r = pickle.loads(pickle.dumps(Rejection("too_large", "9 bytes")))
    assert (r.reason, r.detail, str(r)) == ("too_large", "9 bytes", "too_large: 9 bytes")


def test_central_european_legacy_text_not_forced_to_cp1252() -> None:
    text = "Zażółć gęślą jaźń. Polska gospodarka rośnie szybciej niż oczekiwano, powiedział minister finansów."
    assert decode(text.encode("cp1250")).text == text


def test_byte_noise_that_fits_a_multibyte_code_page_is_undecodable():
    noise = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0x28, 0xA0, 0xA1]) * 50
    with pytest.raises(Rejection) as err:
        decode_file(noise, "noise.txt", max_bytes=10_000)
    assert err.value.reason == "undecodable"


def test_real_cyrillic_in_a_legacy_code_page_still_decodes():
    text = "Новые санкции вступили в силу в понедельник, сообщил министр финансов.\n" * 3
    assert decode_file(text.encode("cp1251"), "ru.txt", max_bytes=10_000).text.startswith("Новые санкции")
