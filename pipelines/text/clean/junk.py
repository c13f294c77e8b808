"""Line rules for page junk: whole-line vocabularies, sentence patterns, link rows, bylines and stamps.

A line made *only* of junk-vocabulary phrases, in any combination, is junk; a sentence pattern
takes a line no longer than its word limit. A line that reads like reported speech ("... said.")
is never taken by a guarded sentence pattern.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from typing import NamedTuple

from pipelines.text.clean import rules as R
from pipelines.text.clean.doc import Doc
from pipelines.text.clean.meta import PUBLISHER_PRIORITY, clean_publisher, copyright_owner, is_byline, is_stamp
from pipelines.text.clean.shapes import REPORTED_SPEECH, link_like, words
from pipelines.text.lexicon import pagejunk as L

_VOCAB: dict[str, tuple[str, ...]] = {
    R.RELATED_LIST: L.RELATED_LIST_MARKERS,
    R.SECTION_LABEL: L.SECTION_LABELS,
    R.COMMENT_FORM: L.COMMENT_FORM,
    R.SHARE_PROMPT: L.SHARE_PROMPTS,
    R.NAVIGATION: L.NAVIGATION,
    R.FOOTER_LINK: L.FOOTER_LINKS,
    R.ADVERTISEMENT: L.ADVERTISEMENT,
    R.AUDIO_PROMPT: L.AUDIO_PROMPTS,
    R.PHOTO_CREDIT: L.PHOTO_CREDITS,
}
_SEP = re.compile(r"[\s|•·/,:;>»›<«–—\-*#()\[\]!.]*")
_PHRASES = [(rule, re.compile(p, re.I)) for rule, ps in _VOCAB.items() for p in ps]
# quick filter: the line starts with a whole phrase (or one glued to a list marker)
_VOCAB_START = re.compile(
    rf"{_SEP.pattern}(?:{'|'.join(p for ps in _VOCAB.values() for p in ps)})(?:(?![^\W\d_])|(?=end of list|list ))", re.I)
_VOCAB_MAX_CHARS = 160
_BREADCRUMB = re.compile(r"\s+(?:[|•·»›>]|/|::)\s+")
_ALNUM = re.compile(r"[^\W_]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def vocab_rule(line: str) -> str | None:
    """Rule name when the line consists only of junk-vocabulary phrases (in any combination).

    A small search over phrase end positions (no regex backtracking blow-up); the line is
    named after the vocabulary most of its phrases come from.
    """
    if len(line) > _VOCAB_MAX_CHARS or not _VOCAB_START.match(line):
        return None
    end = len(line)
    start = _SEP.match(line).end()
    paths: dict[int, tuple[str, ...]] = {start: ()}
    todo = [start]
    while todo:
        pos = heapq.heappop(todo)
        if pos == end:
            return Counter(paths[pos]).most_common(1)[0][0] if paths[pos] else None
        for rule, pattern in _PHRASES:
            m = pattern.match(line, pos)
            if m and m.end() > pos:
                nxt = _SEP.match(line, m.end()).end()
                if nxt not in paths:
                    paths[nxt] = (*paths[pos], rule)
                    heapq.heappush(todo, nxt)
    return None


def _is_link_row(line: str) -> bool:
    """A menu or breadcrumb on one line: "Home | World | Business" or "News > Europe"."""
    parts = _BREADCRUMB.split(line)
    if len(parts) < 2 or len(line) > 200:
        return False
    if len(parts) == 2 and not re.search(r"\s[»›>]\s", line):
        return False
    return all(link_like(p, 4) for p in parts)


_PUB = r"(?P<pub>[\w&'’@-][\w&'’.@-]*(?: [\w&'’.@-]+){0,7}?)"


class _LinePattern(NamedTuple):
    """A sentence-level junk pattern."""

    name: str
    pattern: re.Pattern[str]
    max_words: int          # only lines this short are considered
    guard: bool             # skip lines that read as reported speech ("... said")
    on_first: bool = True   # False for patterns that also fit headlines ("Watch: ...")
    tail: int = 0           # search only the last ``tail`` characters (end-anchored patterns)


_LINE_PATTERNS: list[_LinePattern] = [
    _LinePattern(R.CALL_TO_ACTION, re.compile(
        r"^(?:please\s+)?(?:click|tap|press) (?:here|the link|on the link|below|the button)\b|\bclick here\b", re.I), 40, True),
    _LinePattern(R.CALL_TO_ACTION, re.compile(
        r"^(?:please\s+|and\s+|also\s+|you can\s+|why not\s+)?(?:" + L.CALL_TO_ACTION_VERBS + r")\b.{0,240}?\b(?:"
        + L.CALL_TO_ACTION_OBJECTS + r")\b", re.I), 40, True),
    _LinePattern(R.CALL_TO_ACTION, re.compile(
        r"^(?:by (?:signing up|subscribing|clicking|registering|submitting|continuing)|thank you for "
        r"(?:signing up|subscribing|reading|your (?:feedback|support|interest))|thanks for (?:signing up|subscribing|reading)|"
        r"we'?d love to hear from you|got a (?:news )?tip|have a (?:story|news tip)|tell us what you think|"
        r"(?:send|share) (?:us )?your (?:story|tips?|news|photos|videos)|do you have (?:a story|information|news))\b", re.I), 45, True),
    _LinePattern(R.PAYWALL, re.compile(
        r"\b(?:already (?:a |an )?(?:subscriber|member|have an account)|subscribe to (?:continue|read|unlock|keep reading)|"
        r"(?:this|the) (?:article|content|story) is (?:for|only available to|exclusive to) (?:subscribers|members|premium)|"
        r"create (?:a )?free account|to continue reading|you have reached your (?:free )?(?:article|monthly) limit|"
        r"unlock (?:this|full|unlimited) (?:article|access)|start your free trial)\b", re.I), 40, True),
    _LinePattern(R.COOKIE_NOTICE, re.compile(
        r"\b(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) "
        r"(?:site|website)|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b", re.I), 60, True),
    _LinePattern(R.READ_MORE, re.compile(
        r"^(?:(?:read|see|watch|listen)(?: more| also| next| now| here| the full story)?|also read|related"
        r"(?: stories| articles| content| news| coverage)?|more|recommended|video|more on this(?: story)?)"
        r"\s*(?:[:|»>›→]|[-–—]\s)\s*\S", re.I), 30, True, on_first=False),
    _LinePattern(R.IMAGE_FILE, re.compile(
        r"^[\w()\[\]+,.'’ -]{0,200}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:\?\S*)?$", re.I), 25, False),
    _LinePattern(R.PHOTO_CREDIT, re.compile(
        r"^[(\[]?(?:(?:file|cover|featured|main|top|lead|header|hero|stock) )?(?:photo|image|picture|pic|photograph|"
        r"illustration|graphic|video|footage|photo illustration)s?(?: credits?| sources?| captions?)?\s*[:|]", re.I), 30, True, on_first=False),
    _LinePattern(R.PHOTO_CREDIT, re.compile(r"^(?:image|photo|picture|video) (?:source|caption|credit)s?\s*,", re.I), 40, True),
    _LinePattern(R.PHOTO_CREDIT, re.compile(
        r"^[(\[]?(?:photo|image|picture|photograph|illustration|video|footage)s?(?: credits?)?\s+(?:by|courtesy(?: of)?|via)\s+"
        r"[^.!?]{1,80}[)\]]?$", re.I), 16, True),
    _LinePattern(R.PHOTO_CREDIT, re.compile(
        r"^(?:credits?|captions?|courtesy(?: of)?)\s*[:|]", re.I), 30, True),
    _LinePattern(R.PHOTO_CREDIT, re.compile(
        rf"(?:/|\bvia\b|©|\(c\)|\bphoto:|\bimage:|\bcredit:)\s*(?:{L.PHOTO_AGENCIES})(?: (?:images?|photos?|file))?\s*[)\]]?\.?$", re.I), 40, True, tail=160),
    _LinePattern(R.CREDIT_LINE, re.compile(
        rf"^(?:(?:source|sources|credit|via)\s*[:\-–—]|originally published (?:by|in|on|at)|first published (?:by|in|on|at)|"
        rf"(?:re)?published (?:by|in|with permission (?:of|from))|republished from|reprinted (?:from|with permission (?:of|from))|"
        rf"this (?:article|story|piece|post|report|content) (?:was |is |has been )?(?:first |originally )?(?:appeared|appears|published|"
        rf"posted|republished|reproduced|produced)(?: \w+)? (?:on|in|at|by|from|with permission (?:of|from)))\s*[:\-–—]?\s*{_PUB}\.?$",
        re.I), 20, False),
    _LinePattern(R.CREDIT_LINE, re.compile(
        r"^[(\[]?(?:(?:additional )?reporting|writing|editing|compiled|translated|produced|edited|research|"
        r"contributing|with reporting|graphics?|design|fact[- ]check(?:ed|ing)?|sub-?edited) by\b.{0,300}$", re.I), 45, False),
    _LinePattern(R.CREDIT_LINE, re.compile(
        r"^[(\[]?(?:with|additional) (?:inputs?|reporting|contributions?|information|agency inputs?)(?: from [^.]{1,80})?[)\]]?\.?$", re.I), 20, False),
    _LinePattern(R.COPYRIGHT, re.compile(r"©|^\(c\) ?\d{4}|^copyright\s*(?:©|\(c\)|\d{4}|$)|\ball rights reserved\b|"
                                  r"\bmay not be (?:published|reproduced|republished|copied|redistributed|broadcast)\b", re.I), 45, False),
    _LinePattern(R.AVATAR_ALT, re.compile(
        r"^(?:picture|photo|image|avatar|profile (?:picture|photo|image)|headshot|photograph|portrait|thumbnail) of "
        r"(?P<pub>[^.!?]{2,80})$", re.I), 12, False),
    _LinePattern(R.TAGS, re.compile(
        r"^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|related topics|labels?|posted in|more on)\s*[:|]", re.I), 40, False),
    _LinePattern(R.URL, re.compile(
        r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*$", re.I), 12, False),
    _LinePattern(R.EMBED, re.compile(
        r"^(?:[—–-]\s*.{1,80}\(@\w{1,30}\)\s*\w+ \d{1,2}, \d{4}|pic\.twitter\.com/\w+|view this post on instagram|"
        r"a post shared by .{1,80}|this content is not available|(?:this )?(?:embed|content|video) (?:is )?(?:not |un)available.*|"
        r"your browser does not support.*|to view this (?:video|content).*|please enable javascript.*)$", re.I), 40, False),
]


def _line_rule(line: str, first: bool) -> tuple[str, str | None] | None:
    """(rule, publisher candidate) when ``line`` is junk by a line-level rule."""
    rule = vocab_rule(line)
    if rule:
        return rule, None
    if (len(line) <= 2 and not _ASCII_ALNUM.search(line)) or not _ALNUM.search(line):
        return R.SYMBOL, None  # a lone mark or a divider: form honeypots, "* * *", bullets
    n = words(line)
    reported: bool | None = None
    for name, pattern, max_words, guard, on_first, tail in _LINE_PATTERNS:
        if n > max_words or (first and not on_first):
            continue
        m = pattern.search(line, max(len(line) - tail, 0)) if tail else pattern.search(line)
        if not m:
            continue
        if guard:
            if reported is None:
                reported = bool(REPORTED_SPEECH.search(line))
            if reported:
                continue
        pub = m.groupdict().get("pub") if name in (R.CREDIT_LINE, R.AVATAR_ALT) else None
        if name == R.COPYRIGHT:
            pub = copyright_owner(line)
        return name, pub
    if n <= 30 and _is_link_row(line):
        return R.NAVIGATION_LIST, None
    if not first and n <= 14 and is_byline(line):
        return R.BYLINE, None
    if n <= 14 and is_stamp(line, require_word=True):
        return R.TIMESTAMP, None
    return None


def drop_junk_lines(doc: Doc) -> None:
    """Every live line a line rule takes; its publisher candidate, if any, is noted."""
    first_alive = True
    for i, p in enumerate(doc.paras):
        if not doc.alive[i]:
            continue
        hit = _line_rule(p, first_alive)
        if hit is None:
            first_alive = False
            continue
        rule, pub = hit
        doc.drop(i, rule)
        pub = clean_publisher(pub)
        if pub:
            doc.publishers.append((PUBLISHER_PRIORITY.get(rule, 9), i, pub))
