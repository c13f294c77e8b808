"""Bytes -> text: encoding detection, binary rejection, HTML and Markdown reduction.

``decode_file`` either returns a :class:`Decoded` (NFC text with ``\\n`` line ends and no
invisible characters) or raises :class:`Rejection` with a machine-readable reason.

Order of checks: size (``too_large``), ``empty``, known binary magic numbers, byte-order
marks, NUL bytes / control-byte ratio (``binary``), strict UTF-8, UTF-8 with a few stray
cp1252 bytes, then legacy encodings (charset-normalizer, with a Western cp1252 preference
for mostly-ASCII text such as an English article with one Latin-1 pound sign).
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from pipelines.text.published import published_date

Format = Literal["text", "markdown", "html"]

REASONS = ("empty", "binary", "undecodable", "too_large", "unsupported", "no_text")


class Rejection(Exception):
    """A file that cannot become a document; ``reason`` is one of :data:`REASONS`."""

    def __init__(self, reason: str, detail: str):
        if reason not in REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        super().__init__(reason, detail)  # args stay (reason, detail): picklable
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


@dataclass(frozen=True)
class Decoded:
    """Decoded article text.

    ``sitename`` is extra (not needed by callers): the site name HTML metadata gives, when
    it gives one; ``None`` for text and Markdown files.
    """

    text: str
    encoding: str
    format: Format
    sitename: str | None = None
    stray_nuls: int = 0
    published: dt.date | None = None            # publication day the file states (pipelines.text.published)
    published_source: str | None = None         # where it came from: html_meta, front_matter, stamp, byline, dateline  # NUL bytes dropped from otherwise valid text (cleaning records them)


# --------------------------------------------------------------------------- binary sniffing

# (magic prefix, description); checked against the first bytes of the file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx/epub)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (doc/xls/msg)"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PAR1", "Parquet file"),
)
_RIFF = re.compile(rb"RIFF....(WEBP|WAVE|AVI )", re.DOTALL)
_ISO_MEDIA = re.compile(rb"....ftyp(?:isom|mp4|M4A|heic|heif|avif|qt  |3gp)", re.DOTALL)
_ID3 = re.compile(rb"ID3[\x02-\x04]\x00")

# control bytes that never occur in text (tab, LF, CR, FF and ESC excluded)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_MAX_CONTROL_RATIO = 0.03
_SNIFF = 65536

# unsupported text-based document formats, judged by content
_UNSUPPORTED_TEXT = (
    (re.compile(rb"\A\s*\{\\rtf"), "RTF document"),
    (re.compile(rb"\A%!PS"), "PostScript document"),
)


def _sniff_binary(data: bytes) -> str | None:
    head = data[:32]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"{what} (magic bytes {magic[:8]!r})"
    riff = _RIFF.match(head)
    if riff:
        return f"RIFF {riff.group(1).decode().strip()} media"
    if _ISO_MEDIA.match(head):
        return "ISO media (mp4/heic/avif)"
    if _ID3.match(head):
        return "MP3 audio (ID3 tag)"
    return None


# --------------------------------------------------------------------------- encodings

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CENTRAL_EUROPEAN = {"cp1250", "iso8859_2", "mac_latin2", "cp852", "iso8859_16", "cp1257", "iso8859_13"}
_CE_LANGUAGES = {"Polish", "Czech", "Slovak", "Hungarian", "Croatian", "Slovene", "Romanian",
                 "Lithuanian", "Latvian", "Estonian", "Serbian", "Bosnian"}


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("newsfacts.cp1252_fallback", _cp1252_fallback)


def _bom_less_utf16(data: bytes) -> str | None:
    """Codec name when ``data`` looks like UTF-16 without a BOM (mostly-Latin text)."""
    n = min(len(data), _SNIFF) & ~1
    if n < 4:
        return None
    even, odd = data[0:n:2], data[1:n:2]
    half = n // 2
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.7 * half and other.count(0) <= 0.05 * half:
            try:
                text = data[: len(data) & ~1].decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() or c in "\n\r\t" for c in text[:2000]) >= 0.95 * min(len(text), 2000):
                return codec
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: (text, encoding)."""
    import charset_normalizer  # slow import; only needed for legacy files

    sample = data[:_SNIFF]
    runs = [len(m) for m in _HIGH_RUN.findall(sample)]
    high, longest = sum(runs), max(runs, default=0)
    non_space = max(len(sample) - sum(sample.count(c) for c in b" \n\r\t"), 1)
    # Mostly-ASCII text with isolated accented letters or symbols: a Latin-script single-byte
    # encoding. cp1252 (a superset of Latin-1's printable range) unless charset-normalizer is
    # confident of a Central European language.
    latin_like = high / non_space < 0.2 and longest <= 3
    best = charset_normalizer.from_bytes(data).best()
    if latin_like:
        if best is not None and best.encoding in _CENTRAL_EUROPEAN and best.language in _CE_LANGUAGES:
            return str(best), best.encoding
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:  # bytes cp1252 leaves undefined: plain Latin-1
            return data.decode("latin-1"), "latin-1"
    if best is None:
        raise Rejection("undecodable", "not UTF-8 and no legacy encoding fits the bytes")
    if best.coherence == 0 and not best.languages:
        # the bytes fit some multi-byte code page, but what comes out is no language: noise
        raise Rejection("undecodable", f"not UTF-8; as {best.encoding} the bytes read as no known language")
    return str(best), best.encoding


#: at most this share of a file's bytes may be NULs for them to be strays in text, not binary
_MAX_STRAY_NUL_RATIO = 0.05


def _drop_stray_nuls(data: bytes) -> tuple[bytes, int]:
    """A few NUL bytes in otherwise valid text (a copy or transfer accident) are dropped and
    counted; UTF-16/32 (where NULs are half the bytes) and binary are left to the checks after."""
    n = data.count(0)
    if not n or any(data.startswith(bom) for bom, _, _ in _BOMS) or n > _MAX_STRAY_NUL_RATIO * len(data):
        return data, 0
    if _bom_less_utf16(data):
        return data, 0
    return data.replace(b"\x00", b""), n


def _decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                if codec == "utf-8-sig":  # a BOM, then a few stray single-byte characters
                    return data.decode(codec, errors="newsfacts.cp1252_fallback"), "utf-8-sig+cp1252"
                raise Rejection("undecodable", f"{label} byte-order mark but invalid {label}: {exc.reason}") from None
    if b"\x00" in data[:_SNIFF]:
        codec = _bom_less_utf16(data)
        if codec:
            return data[: len(data) & ~1].decode(codec), codec
        raise Rejection("binary", "contains NUL bytes")
    sample = data[:_SNIFF]
    n_ctrl = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if n_ctrl > _MAX_CONTROL_RATIO * len(sample):
        raise Rejection("binary", f"{n_ctrl} control bytes in the first {len(sample)} bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    n_valid = len(_UTF8_MULTIBYTE.findall(data))
    if n_valid >= 2:
        text = data.decode("utf-8", errors="newsfacts.cp1252_fallback")
        # mostly UTF-8 with stray single-byte characters (a common copy-paste accident)
        bad_runs = len(re.findall(rb"[\x80-\xff]", _UTF8_MULTIBYTE.sub(b"", data)))
        if bad_runs <= n_valid:
            return text, "utf-8+cp1252"
    return _legacy(data)


# --------------------------------------------------------------------------- text normalisation


def _invisible_chars() -> str:
    keep = {0x200C, 0x200D, *range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2,
            0x110BD, 0x110CD, *range(0xE0020, 0xE0080)}
    drop = [c for c in (*range(0x80, 0x20000), *range(0xE0000, 0xE1000))
            if c not in keep and unicodedata.category(chr(c)) == "Cf"]
    drop += [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
    return "".join(chr(c) for c in sorted(set(drop)))


def _char_class(chars: str) -> str:
    parts: list[str] = []
    codes = sorted(ord(c) for c in chars)
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_INVISIBLE = re.compile(_char_class(_invisible_chars()))
# joiners matter only between non-ASCII characters (emoji sequences, Indic and Arabic scripts)
_STRAY_JOINER = re.compile(r"(?:(?<=[\x00-\x7f])|^)[\u200c\u200d]|[\u200c\u200d](?=[\x00-\x7f]|$)", re.M)
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")


def normalize_text(text: str) -> str:
    """``\\n`` line ends, invisible characters dropped, NFC. Quotes and letters untouched."""
    if text.isascii():
        return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _STRAY_JOINER.sub("", text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.I | re.S,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|article|section|script|style|meta|link|img|nav|header|footer)\b[^<>]*>",
    re.I,
)
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_MARKDOWN_EXT = (".md", ".markdown", ".mdown", ".mkd")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is clearly an HTML document (or a tag-heavy fragment)."""
    head = text[:4000]
    if _HTML_START.match(head):
        return True
    tags = _HTML_TAG.findall(head)
    return len(tags) >= 10 and sum(map(len, tags)) > 0.05 * len(head)


_MIN_PROSE_WORDS = 8


def _html_to_text(html: str) -> tuple[str, str | None, str | None]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_recall=True)
    title = (getattr(doc, "title", None) or "").strip() if doc is not None else ""
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    sitename = (getattr(doc, "sitename", None) or None) if doc is not None else None
    date = (getattr(doc, "date", None) or None) if doc is not None else None
    if not body.strip():
        _, body, _ = trafilatura.baseline(html)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    # menus and buttons are not an article: require one paragraph of real prose
    if not any(len(p.split()) >= _MIN_PROSE_WORDS for p in paragraphs):
        return "", sitename, date
    return "\n\n".join(([title] if title else []) + paragraphs), sitename, date


# --------------------------------------------------------------------------- Markdown

_MD_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MD_FENCE = re.compile(r"^\s*(?:```|~~~).*$\n?", re.M)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_SETEXT = re.compile(r"^(?P<h>[^\n]*\S[^\n]*)\n[ \t]{0,3}(?:=+|-+)[ \t]*$", re.M)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$\n?", re.M)
_MD_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_TITLE = re.compile(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.M)


def markdown_to_text(md: str) -> str:
    """Minimal Markdown -> prose: heading marks, emphasis, images, link targets and bullets removed."""
    title = None
    fm = _MD_FRONT_MATTER.match(md)
    if fm:
        t = _MD_TITLE.search(fm.group(1))
        title = t.group(1) if t and t.group(1) else None
        md = md[fm.end():]
    md = _MD_FENCE.sub("", md)
    md = _MD_REF_DEF.sub("", md)
    md = _MD_SETEXT.sub(lambda m: m.group("h") if not _MD_RULE.fullmatch(m.group("h")) else m.group(0), md)
    md = _MD_RULE.sub("", md)
    md = _MD_HEADING.sub(lambda m: m.group(1), md)
    md = _MD_IMAGE.sub("", md)
    md = _MD_LINK.sub(lambda m: m.group(1), md)
    md = _MD_BLOCKQUOTE.sub("", md)
    md = _MD_BULLET.sub("", md)
    md = _MD_STRONG.sub(lambda m: m.group(2), md)
    md = _MD_EM_STAR.sub(lambda m: m.group(1), md)
    md = _MD_EM_UNDER.sub(lambda m: m.group(1), md)
    md = _MD_CODE.sub(lambda m: m.group(1), md)
    md = re.sub(r"[ \t]+$", "", md, flags=re.M)
    if title and not md.lstrip().startswith(title):
        md = f"{title}\n\n{md.lstrip()}"
    return md


# --------------------------------------------------------------------------- entry point


def decode_file(data: bytes, name: str, *, max_bytes: int) -> Decoded:
    """Decode one seed file. Raises :class:`Rejection` when it cannot be an article."""
    if len(data) > max_bytes:
        raise Rejection("too_large", f"{len(data)} bytes exceeds the limit of {max_bytes}")
    if not data.strip():
        raise Rejection("empty", "no bytes" if not data else "only whitespace")
    what = _sniff_binary(data)
    if what:
        raise Rejection("binary", what)
    for pattern, what in _UNSUPPORTED_TEXT:
        if pattern.match(data[:64]):
            raise Rejection("unsupported", what)

    lower = name.lower()
    data, stray_nuls = _drop_stray_nuls(data)
    raw_text, encoding = _decode_bytes(data)
    if (lower.endswith(_HTML_EXT) and "<" in raw_text) or looks_like_html(raw_text):
        if encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
            declared = _META_CHARSET.search(data[:4096])
            if declared:
                try:
                    raw_text, encoding = data.decode(declared.group(1).decode("ascii")), declared.group(1).decode().lower()
                except (LookupError, UnicodeDecodeError):
                    pass
        text, sitename, html_date = _html_to_text(normalize_text(raw_text))
        text = normalize_text(text).strip()
        if not text:
            raise Rejection("no_text", "HTML document without extractable article text")
        day, source = published_date(text, html_date)
        return Decoded(text=text, encoding=encoding, format="html", sitename=sitename, stray_nuls=stray_nuls,
                       published=day, published_source=source)

    text = normalize_text(raw_text)
    if not text.strip():
        raise Rejection("empty", "only whitespace and invisible characters")
    if lower.endswith(_MARKDOWN_EXT):
        day, source = published_date(text)
        text = markdown_to_text(text)
        if not text.strip():
            raise Rejection("no_text", "Markdown without prose")
        return Decoded(text=text, encoding=encoding, format="markdown", stray_nuls=stray_nuls,
                       published=day, published_source=source)
    stripped = text.lstrip()
    if stripped[:1] in "{[":
        try:
            parsed = json.loads(stripped)
        except ValueError:
            parsed = None
        if isinstance(parsed, (dict, list)):
            raise Rejection("unsupported", "JSON data, not article text")
    if stripped.startswith("<?xml"):
        raise Rejection("unsupported", "XML document that is not HTML")
    day, source = published_date(text)
    return Decoded(text=text, encoding=encoding, format="text", stray_nuls=stray_nuls,
                   published=day, published_source=source)


__all__ = ["Decoded", "Rejection", "decode_file", "looks_like_html", "markdown_to_text", "normalize_text"]
