"""Title, publisher and the page's own meta lines: bylines, avatars, publication stamps, site promos."""
from __future__ import annotations

import re

from pipelines.text.clean import rules as R
from pipelines.text.clean.doc import Doc
from pipelines.text.clean.shapes import PERIOD_END, REPORTED_SPEECH, headline_like, is_content, link_like, words
from pipelines.text.lexicon import pagejunk as L

_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reported by|posted by|text by|authors?|reporters?|writers?)\s*[:\-–]?\s+(?P<names>.+)$",
    re.I)
_DATE_TOKEN = re.compile(
    rf"^(?:{L.MONTHS}|{L.WEEKDAYS})\.?$|^\d+(?:st|nd|rd|th)?$|^\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?(?:[ap]\.?m\.?)?$|"
    r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.+z-]+)?$|^(?:[ap]\.?m\.?|gmt|utc|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|"
    r"cest|eet|eest|ist|wat|cat|eat|sast|aest|aedt|jst|kst|hkt|sgt|msk|pkt|wib|ict|[+-]\d{2}:?\d{2})$|"
    r"^(?:published|updated|posted|last|first|modified|created|date|on|at|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"days?|weeks?|months?|years?|yesterday|today|just|now|an?|edited|and|time)$",
    re.I)
# a bare date line counts as a publication stamp only with a year: "7 January 2026",
# "2026-01-07", "Jan 7, 2026 10:04 GMT" (a schedule line such as "Tuesday, 1 March" is kept)
_DATE_SHAPE = re.compile(
    rf"(?:\b(?:{L.MONTHS})\b.*\b(?:19|20)\d{{2}}|\b(?:19|20)\d{{2}}\b.*\b(?:{L.MONTHS})\b|"
    rf"\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b)", re.I)
_DATE_STAMP_WORD = re.compile(r"\b(?:published|updated|posted|modified|ago|yesterday|today)\b", re.I)

# "XYZ is a premium online portal ...": subject, article, then up to six words without a
# preposition (so "X is the editor of the Y website" is a person, not a site) and the noun.
_PROMO_SUBJECT = re.compile(
    r"^(?P<pub>[A-Z0-9][\w&'’.@ -]{1,60}?)(?: \([^)]{1,40}\))? is (?:a|an|the|one of the|[A-Z][\w-]*['’]s?)"
    r"(?: (?!(?:of|for|at|with|by|in|on|from|about|to|who|which|that)\b)[\w'’-]+){0,6}? " + L.MEDIA_NOUNS + r"\b")
_PROMO_STRONG = re.compile(r"\b(?:" + L.PROMO_WORDS + r")\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_FIRST_PERSON_PROMO = re.compile(
    r"^(?:we|at [A-Z][\w&' -]{1,40}, we|our (?:mission|goal|aim|vision|team|journalists|editors|platform|website|site|newsroom))\b"
    r".{0,400}\b(?:news|journalism|stories|coverage|readers|audience|information|content|updates|reporting)\b", re.I)
_OUR_MEDIA = re.compile(r"\bour (?:" + L.OUR_MEDIA + r")\b", re.I)

_BAD_PUBLISHER = re.compile(r"^(?:" + L.NOT_PUBLISHERS + r")$", re.I)
_SOURCE_LINE = re.compile(r"^(?:source|sources|credit|via)\s*[:\-–—]", re.I)
PUBLISHER_PRIORITY = {R.CREDIT_LINE: 0, R.COPYRIGHT: 1, R.SITE_PROMO: 2, R.AVATAR_ALT: 3}
_META_RULES = (R.AVATAR_ALT, R.BYLINE, R.TIMESTAMP)
_TITLE_MAX_WORDS = 20


def is_byline(line: str) -> bool:
    m = _BYLINE.match(line)
    if not m:
        return False
    names = m.group("names")
    if PERIOD_END.search(names[-8:]) and not re.search(r"\b[A-Z]\.$", names):
        return False
    tokens = [t for t in re.split(r"[\s,]+", names) if t]
    if not tokens or len(tokens) > 12:
        return False
    caps = 0
    for t in tokens:
        if t.lower() in L.BYLINE_CONNECTORS:
            continue
        if t[:1].isupper() or t[:1] in "@(":
            caps += 1
            continue
        return False
    return caps >= 1


def is_stamp(line: str, *, require_word: bool) -> bool:
    """A publication date/time line ("Published 7 Jan 2026, 10:04 GMT", "3 hours ago")."""
    tokens = [t for t in re.split(r"[\s,|•·:;()]+|(?<=\d)(?=[a-z]{3})", line.strip(" -–—|")) if t]
    if not tokens or len(tokens) > 16:
        return False
    if not all(_DATE_TOKEN.match(t) for t in tokens):
        return False
    if not any(ch.isdigit() for ch in line) and not re.search(r"\b(?:yesterday|today|just now)\b", line, re.I):
        return False
    if _DATE_STAMP_WORD.search(line):
        return True
    return not require_word and bool(_DATE_SHAPE.search(line))


def copyright_owner(line: str) -> str | None:
    m = re.search(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?"
                  r"(?P<pub>[^.|,©]{2,80}?)\s*(?:[.,|]|all rights reserved|$)", line, re.I)
    if not m:
        return None
    pub = re.sub(r"\s*\ball rights reserved\b.*$", "", m.group("pub"), flags=re.I).strip()
    return pub or None


def clean_publisher(pub: str | None) -> str | None:
    if not pub:
        return None
    pub = pub.strip(" .,:;-–—|\"'“”‘’")
    if not pub or words(pub) > 8 or not (pub[:1].isupper() or pub[:1].isdigit()) or _BAD_PUBLISHER.match(pub):
        return None
    if re.fullmatch(r"[\d\s-]+", pub):
        return None
    return pub


def drop_leading_stamps(doc: Doc, first_content: int) -> None:
    """Bare date lines above the first paragraph of prose."""
    for i in doc.live():
        if i < first_content and words(doc.paras[i]) <= 14 and is_stamp(doc.paras[i], require_word=False):
            doc.drop(i, R.TIMESTAMP)


def pick_title(doc: Doc, first_content: int) -> str | None:
    """The headline among the lines above the prose; short labels above it are section labels."""
    paras = doc.paras
    header = [i for i in doc.live() if i < first_content]
    candidates = [i for i in header if headline_like(paras[i], _TITLE_MAX_WORDS)]
    if not candidates:
        return None
    choice = next((i for i in candidates if words(paras[i]) >= 3), candidates[0])
    # short labels above the headline are kickers / section names
    for i in header:
        if i >= choice:
            break
        if words(paras[i]) <= 3:
            doc.drop(i, R.SECTION_LABEL)
    if any(doc.alive[i] for i in header if i < choice):
        # prose-like lines before the chosen one: the file starts with something else
        choice = next(i for i in header if doc.alive[i])
        if not headline_like(paras[choice], _TITLE_MAX_WORDS):
            return None
    title = paras[choice]
    doc.alive[choice] = False  # moves to Cleaned.title, not "removed"
    return title


def drop_author_block(doc: Doc, first_content: int) -> None:
    """A bare name next to a removed avatar, byline or date above the article is the author."""
    for i in range(min(first_content, len(doc.paras))):
        if not doc.alive[i] or not link_like(doc.paras[i], 5):
            continue
        if doc.rule_of.get(i - 1) in _META_RULES or doc.rule_of.get(i + 1) in _META_RULES:
            doc.drop(i, R.BYLINE)


def drop_site_promo(doc: Doc) -> None:
    """A site describing itself ("XYZ is a premium online portal ...", "We bring our readers ...").

    Named self-descriptions need promotional or first-person wording and must sit in the
    last three paragraphs unless they have both; unnamed first-person promotion only counts
    in the last three paragraphs. Reported speech ("..., the editor said") is never taken.
    """
    paras = doc.paras
    live = doc.live()
    tail = set(live[-3:])
    for i in live:
        p = paras[i]
        m = _PROMO_SUBJECT.match(p)
        if m is not None:
            strong, first_person = bool(_PROMO_STRONG.search(p)), bool(_FIRST_PERSON.search(p))
            if (strong or first_person) and (i in tail or (strong and first_person)) and (
                    first_person or not REPORTED_SPEECH.search(p)):
                doc.drop(i, R.SITE_PROMO)
                pub = clean_publisher(m.group("pub"))
                if pub:
                    doc.publishers.append((PUBLISHER_PRIORITY[R.SITE_PROMO], i, pub))
                continue
        if i in tail and words(p) <= 90 and (_FIRST_PERSON_PROMO.match(p) or _OUR_MEDIA.search(p)) and (
                not REPORTED_SPEECH.search(p)):
            doc.drop(i, R.SITE_PROMO)


def pick_publisher(doc: Doc) -> str | None:
    """The best publisher candidate; "Source: X" names it only below the article (mid-article it credits a chart)."""
    live_content = [i for i in doc.live() if is_content(doc.paras[i])]
    last_content = live_content[-1] if live_content else -1
    candidates = [c for c in doc.publishers
                  if not (c[0] == 0 and _SOURCE_LINE.match(doc.paras[c[1]]) and c[1] < last_content)]
    return min(candidates, key=lambda t: (t[0], -t[1]))[2] if candidates else None
