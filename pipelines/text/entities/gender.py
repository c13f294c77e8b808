"""A person's gender as the text marks it: a title ("Mrs", "Lord", "Baroness"), a gendered role
word right before the name or in apposition after it ("her husband Daniel Foo", "Ann Foo, his
wife,") and the first he/his or she/her after the name in its sentence or the next. Used to
keep a titled surname ("Mrs Foo") from joining a same-surname person of the other sex
(``local_names``) and by the quote extractor's pronoun resolution."""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.text.lexicon import speech
from pipelines.text.common import alt

#: Gendered titles as name keys ("mrs", "baroness"), with their gender.
_TITLE_GENDER: dict[str, str] = {
    **{w.lower(): "f" for w in speech.FEMALE_ROLE_WORDS},
    **{w.lower(): "m" for w in speech.MALE_ROLE_WORDS},
    **{t.lower(): ("m" if t in speech.MALE_HONORIFICS else "f") for t in speech.GENDERED_HONORIFICS},
}
#: A gendered honorific right before a name ("Mrs Foo", "Ms. Foo").
HONORIFIC_BEFORE = re.compile(rf"\b({'|'.join(speech.GENDERED_HONORIFICS)})\.?\s+$")
#: A gendered role word right before a name ("actress Ann Foo", "her husband, Dan Foo").
ROLE_BEFORE = re.compile(rf"\b({alt(speech.FEMALE_ROLE_WORDS | speech.MALE_ROLE_WORDS)}),?\s+$", re.IGNORECASE)
#: A gendered role word in apposition after a name ("Ann Foo, his wife,", "Dan Foo, a businessman").
_ROLE_AFTER = re.compile(
    rf",\s+(?:(?:his|her|their|the|a|an)\s+)?({alt(speech.FEMALE_ROLE_WORDS | speech.MALE_ROLE_WORDS)})\b",
    re.IGNORECASE)
#: Subject and possessive pronouns ("her" only before a word it may determine).
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]erself|[Hh]er(?=\s+[a-z]))\b")
#: A reporting verb (the pronoun after it may be anybody: "X said he", "X told her"; before it,
#: it attributes a quote: '..., he said').
_REPORTING = re.compile(r"\b(?:" + alt(sorted({f for forms in speech.REPORTING_VERBS for f in forms})) + r")\b")
_CLOSING = ('"', "”", "'", "’")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’']+)?\s")


def word_gender(word: str) -> str | None:
    """'m'/'f' for a gendered title or role word ("Mrs", "Lord", "widow"), else None."""
    return _TITLE_GENDER.get(word.rstrip(".").lower())


def marked_gender(body: str, start: int, end: int, name: str) -> str | None:
    """The gender a title opening the name ("Baroness Ann Foo"), an honorific or gendered role
    word right before it, or a gendered role word in apposition after it gives."""
    first = name.split()[0] if " " in name else ""
    if first and (g := word_gender(first)) is not None:
        return g
    for pattern, width in ((HONORIFIC_BEFORE, 8), (ROLE_BEFORE, 24)):
        hit = pattern.search(body, max(0, start - width), start)
        if hit:
            return word_gender(hit.group(1))
    after = _ROLE_AFTER.match(body, end)
    return word_gender(after.group(1)) if after else None


def pronoun_gender(body: str, end: int, stop: int) -> str | None:
    """The gender of the first he/his or she/her after a name (ending at ``end``, outside
    quotation marks) before ``stop`` (the next person named) and the end of the next sentence:
    never one inside a quote, nor one after a reporting verb of the name's own sentence ("X
    said he", "X told her": that may be anybody); '"...," he said' counts."""
    first = _SENTENCE_END.search(body, end, stop)
    second = _SENTENCE_END.search(body, first.end(), stop) if first else None
    hi = second.start() if second else stop
    para = body.rfind("\n", 0, end) + 1
    if _open_quote(body, para, end):
        return None  # a name inside a quote: a pronoun after it is the speaker's
    for g in _PRONOUN.finditer(body, end, hi):
        lo = body.rfind("\n", 0, g.start()) + 1
        if _open_quote(body, lo, g.start()) or _open_quote(body, para, g.start()):
            continue  # "... she told me," he said: the pronoun is the quoted speaker's
        attributes = _REPORTING.match(body, g.end() + 1) and body[:g.start()].rstrip().endswith(_CLOSING)
        if not attributes and (first is None or g.start() < first.start()) and _REPORTING.search(body, end, g.start()):
            return None  # "X said he ...", "X told her": the pronoun may be anybody
        return "m" if g.group().lower() in speech.MALE_PRONOUNS else "f"
    return None


def _open_quote(body: str, lo: int, pos: int) -> bool:
    seg = body[lo:pos]
    return (seg.count('"') % 2 == 1) or seg.count("“") > seg.count("”")


def full_name_genders(body: str, names: Sequence[tuple[int, int, str]]) -> dict[str, str]:
    """Per full name of the document (``names``: every person name, in order, as (start, end,
    name); full names have two words or more), the gender the text marks it with: a title or
    role word at any mention decides; else a pronoun after its first mentions, when those that
    speak agree."""
    out: dict[str, str] = {}
    votes: dict[str, set[str]] = {}
    for n, (start, end, name) in enumerate(names):
        if " " not in name or name in out:
            continue
        g = marked_gender(body, start, end, name)
        if g is not None:
            out[name] = g
            continue
        stop = next((s for s, _, other in names[n + 1:] if other != name), len(body))
        p = pronoun_gender(body, end, min(stop, end + 400))
        if p is not None:
            votes.setdefault(name, set()).add(p)
    for name, v in votes.items():
        if name not in out and len(v) == 1:
            out[name] = next(iter(v))
    return out
