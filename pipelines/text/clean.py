"""Decoded text -> headline, publisher and a clean body.

The text is split into paragraphs (blank-line blocks; single lines inside a block are
paragraphs too unless the block is hard-wrapped prose). Every paragraph that cleaning
drops is kept in ``Cleaned.removed`` with the name of the rule that dropped it.

Rules are general page-furniture patterns, never strings from one site:

* whole-line junk vocabularies (``junk.navigation``, ``junk.share_prompt``,
  ``junk.comment_form``, ``junk.advertisement``, ``junk.footer_link``,
  ``junk.section_label``, ``junk.related_list``, ``junk.audio_prompt``,
  ``junk.photo_credit``): a line made *only* of such phrases, in any combination, is junk;
* sentence patterns: ``junk.call_to_action``, ``junk.read_more``, ``junk.paywall``,
  ``junk.cookie_notice``, ``junk.image_file``, ``junk.photo_credit``, ``junk.credit_line``,
  ``junk.copyright``, ``junk.avatar_alt``, ``junk.byline``, ``junk.timestamp``,
  ``junk.tags``, ``junk.url``, ``junk.embed``, ``junk.symbol`` (a line with no letters);
* structure: ``junk.related_list`` (headline lists after a "related" label),
  ``junk.navigation_list`` (runs of short link-like lines), ``junk.comment_section``,
  ``junk.section_label`` (a kicker above the headline), ``junk.byline`` (a bare author
  name next to a removed avatar/byline/date), ``junk.site_promo``;
* repeats: ``repeat.headline``, ``repeat.paragraph``, ``repeat.teaser``.

A line that reads like reported speech ("... said.") is never taken by a sentence
pattern, and real sentences are never taken by the whole-line vocabularies.
"""
from __future__ import annotations

import heapq
import re
import string
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Cleaned:
    """Result of :func:`clean_text`."""

    title: str | None
    publisher: str | None
    body: str
    removed: list[tuple[str, str]]


# --------------------------------------------------------------------------- helpers

_HSPACE = re.compile(r"[^\S\n]+")
_TERMINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_PERIOD_END = re.compile(r"(?:[.…]|\.\.\.)(?:[\"'”’»)\]]+)?$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|adds|according to|asked|stated|explained|wrote)\b", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


_NORM_TABLE = str.maketrans("", "", string.punctuation + string.whitespace + "“”‘’„‚«»‹›—–‐‑…·•\u00a0\u2009\u202f¡¿")


def _norm(s: str) -> str:
    """Comparison key: case-folded letters and digits only."""
    return s.casefold().translate(_NORM_TABLE)


def _words(s: str) -> int:
    return s.count(" ") + 1


def _is_content(s: str) -> bool:
    """A paragraph that reads as article prose rather than a heading or a label."""
    n = _words(s)
    if n >= 26:
        return True
    if _PERIOD_END.search(s[-8:]):
        return n > 15 or not _ELLIPSIS.search(s[-4:])
    return n >= 15 and bool(_TERMINAL.search(s[-8:]))


def _headline_like(s: str, max_words: int = 25) -> bool:
    n = _words(s)
    return (
        n <= max_words
        and len(s) <= 220
        and (not _PERIOD_END.search(s[-8:]) or (n <= 15 and bool(_ELLIPSIS.search(s[-4:]))))
        and not s.endswith((",", ";", ":"))
        and bool(_LETTER.search(s))
    )


# --------------------------------------------------------------------------- paragraphs


_BULLET = re.compile(r"^(?:[-*•·–—▪►]|\d{1,2}[.)])\s")


def _wrapped(lines: list[str]) -> bool:
    """A block of hard-wrapped prose (lines cut at a fixed width)?"""
    n = len(lines)
    if n < 2 or sum(1 for x in lines if _BULLET.match(x)) >= 2:
        return False
    longest = max(len(x) for x in lines)
    if not 50 <= longest <= 110:
        return False
    if n == 2:
        a, b = lines
        return len(a) >= 0.75 * longest and not _TERMINAL.search(a[-8:]) and not a.endswith(":") and b[:1].islower()
    long_lines = [x for x in lines if len(x) >= 0.75 * longest]
    if len(long_lines) < 0.6 * n:
        return False
    open_ended = sum(1 for x in long_lines if not _TERMINAL.search(x[-8:]))
    return open_ended >= 0.5 * len(long_lines)


def _join_wrapped(lines: list[str]) -> list[str]:
    longest = max(len(x) for x in lines)
    out: list[str] = []
    cur = ""
    for line in lines:
        if cur.endswith("-") and line[:1].islower() and cur[-2:-1].isalpha():
            cur += line
        else:
            cur = f"{cur} {line}" if cur else line
        if len(line) < 0.75 * longest:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``: one line each, inner whitespace collapsed to single spaces."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        lines = [_HSPACE.sub(" ", x).strip() for x in block.split("\n")]
        lines = [x for x in lines if x]
        if not lines:
            continue
        paragraphs.extend(_join_wrapped(lines) if _wrapped(lines) else lines)
    return paragraphs


# --------------------------------------------------------------------------- whole-line vocabularies

_SOCIAL = (
    r"facebook|twitter|x \(formerly twitter\)|whatsapp|linkedin|telegram|pinterest|reddit|tumblr|"
    r"messenger|flipboard|threads|bluesky|mastodon|instagram|youtube|tiktok|snapchat|google news|"
    r"e-?mail|mail|print|sms|copy(?: the)? link|copy url|link copied|copied|tweet|pin it|x"
)
_AGENCY = (
    r"getty images|getty|afp|reuters|ap(?: photo)?|associated press|epa(?:-efe)?|shutterstock|alamy|"
    r"pa(?: media| wire| images)?|bloomberg|anadolu(?: agency)?|xinhua|efe|ansa|dpa|sipa(?: usa)?|"
    r"zuma(?: press| wire)?|rex(?: features)?|rex/shutterstock|nurphoto|sopa images|lightrocket|"
    r"istock(?:photo)?|unsplash|pexels|wikimedia commons|handout|supplied|imago|abaca(?:press)?|"
    r"picture alliance|tass|ria novosti"
)

_VOCAB: dict[str, list[str]] = {
    "junk.related_list": [r"list of \d+ items?", r"end of list", r"list \d+ of \d+"],
    "junk.section_label": [
        r"(?:recommended|related|featured|suggested|similar|popular|trending|latest|top|more|other|"
        r"further|editor'?s|editors'|recent|must[- ]read|most (?:read|popular|viewed|shared|watched|commented))"
        r"(?: \w+)? (?:stories|story|articles?|news|reads?|posts?|videos?|headlines|content|topics|links|"
        r"coverage|picks?|reading|updates)",
        r"(?:you|we think you) (?:may|might|could|will|would) (?:also )?(?:like|love|enjoy|be interested in|want to read)"
        r"(?: this| these| to read)?",
        r"(?:read|watch|see|listen) (?:next|also|more)", r"also (?:read|see|watch)", r"(?:don'?t|do not) miss(?: out)?",
        r"editor'?s (?:picks?|choice)", r"in case you missed it", r"more (?:on|about) this (?:story|topic)",
        r"related", r"recommended(?: for you)?", r"trending(?: now)?", r"most (?:read|popular|viewed|shared)",
        r"up next", r"what to read next", r"keep reading", r"explore more", r"see also", r"latest",
        r"popular", r"in other news", r"also on \w+", r"more to explore", r"top picks",
    ],
    "junk.comment_form": [
        r"leave a (?:reply|comment)", r"cancel reply", r"post(?: a| your)? comment", r"submit(?: comment)?",
        r"add (?:a |your )?comment", r"comments?(?: \(\d+\))?", r"\d+ (?:comments?|replies|responses)", r"reply",
        r"name", r"full name", r"e-?mail(?: address)?", r"website", r"url", r"comment", r"\*",
        r"required fields are marked", r"your e-?mail address will not be published\.?",
        r"save my name, e-?mail, and website in this browser for the next time i comment\.?",
        r"you must be (?:logged|signed) in to post a comment\.?", r"join the (?:conversation|discussion)",
        r"(?:be the first to comment|no comments(?: yet)?)\.?", r"notify me of (?:follow-up comments|new posts) by e-?mail\.?",
        r"view comments", r"show comments", r"hide comments",
    ],
    "junk.share_prompt": [
        r"share(?: this| the)?(?: article| story| post| page| link| on| via| with| to)*",
        _SOCIAL, r"\d+ shares?", r"share via \w+", r"follow us", r"follow",
    ],
    "junk.navigation": [
        r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)", r"(?:scroll|back|go|return|jump) to (?:the )?top",
        r"home(?:page)?", r"main menu", r"menu", r"search", r"close", r"toggle (?:navigation|menu|search)",
        r"(?:next|previous|prev|older|newer) (?:article|post|story|page|entry|posts|articles|stories)",
        r"(?:load|show|view|see|read) (?:more|all|less)", r"sign in", r"sign up", r"log ?in", r"log ?out", r"register",
        r"subscribe(?: now)?", r"my account", r"navigation", r"you are here", r"back", r"next", r"previous",
        r"open (?:menu|navigation)", r"select language", r"language", r"edition",
    ],
    "junk.footer_link": [
        r"about(?: us)?", r"contact(?: us)?", r"privacy(?: policy| notice| settings| centre| center)?",
        r"terms(?: (?:of|and) (?:use|service|conditions))?", r"terms (?:&|and) conditions", r"t&cs?",
        r"cookies?(?: policy| settings| preferences| notice)?", r"advertise(?: with us)?", r"careers",
        r"site ?map", r"accessibility(?: statement)?", r"help(?: centre| center)?",
        r"editorial (?:policy|policies|guidelines|standards)", r"corrections(?: policy)?",
        r"ethics(?: policy)?", r"do not sell(?: or share)? my (?:personal )?info(?:rmation)?",
        r"manage (?:cookies|preferences|consent)", r"newsletters?", r"rss(?: feeds?)?", r"masthead",
        r"feedback", r"imprint", r"impressum", r"disclaimer", r"about the author", r"our team", r"work with us",
        r"all rights reserved\.?", r"powered by \w+(?: \w+)?",
    ],
    "junk.advertisement": [
        r"advertisements?", r"advertising", r"sponsored(?: content| post| stories)?", r"paid (?:content|post|partnership)",
        r"partner content", r"promoted(?: content| stories)?", r"ads?", r"ad feedback", r"report (?:this )?ad",
        r"(?:story|article|content|text) continues (?:below|after(?: (?:the|this))? (?:advertisement|ad|advert))",
        r"continue reading(?: below| the (?:main )?(?:story|article))?", r"remove ads",
        r"scroll (?:down )?to continue(?: with content| reading)?",
    ],
    "junk.audio_prompt": [
        r"listen to (?:this |the )?(?:article|story|podcast)", r"listen(?: now)?", r"\d+ min(?:ute)?s? (?:read|listen|watch)",
        r"reading time:? ?\d+ min(?:ute)?s?", r"audio (?:version|article)", r"play(?: video| audio)?", r"pause",
    ],
    "junk.photo_credit": [
        rf"(?:(?:photo|image|picture|pic|video)s?(?: credits?)?:? )?(?:{_AGENCY})(?: ?/ ?(?:{_AGENCY}))*(?: via (?:{_AGENCY}))?(?: (?:photo|images?|file))?",
        r"file (?:photo|picture|image)", r"(?:photo|image|picture) (?:credit|source)s?",
    ],
}

_SEP = re.compile(r"[\s|•·/,:;>»›<«–—\-*#()\[\]!.]*")
_PHRASES = [(rule, re.compile(p, re.I)) for rule, ps in _VOCAB.items() for p in ps]
# quick filter: the line starts with a whole phrase (or one glued to a list marker)
_VOCAB_START = re.compile(
    rf"{_SEP.pattern}(?:{'|'.join(p for ps in _VOCAB.values() for p in ps)})(?:(?![^\W\d_])|(?=end of list|list ))", re.I)
_VOCAB_MAX_CHARS = 160
_BREADCRUMB = re.compile(r"\s+(?:[|•·»›>]|/|::)\s+")


def _vocab_rule(line: str) -> str | None:
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
    return all(_link_like(p, 4) for p in parts)


# --------------------------------------------------------------------------- sentence patterns

_PUB = r"(?P<pub>[\w&'’@-][\w&'’.@-]*(?: [\w&'’.@-]+){0,7}?)"


class _Rule(NamedTuple):
    """A sentence-level junk pattern."""

    name: str
    pattern: re.Pattern[str]
    max_words: int          # only lines this short are considered
    guard: bool             # skip lines that read as reported speech ("... said")
    on_first: bool = True   # False for patterns that also fit headlines ("Watch: ...")
    tail: int = 0           # search only the last ``tail`` characters (end-anchored patterns)


_LINE_RULES: list[_Rule] = [
    _Rule("junk.call_to_action", re.compile(
        r"^(?:please\s+)?(?:click|tap|press) (?:here|the link|on the link|below|the button)\b|\bclick here\b", re.I), 40, True),
    _Rule("junk.call_to_action", re.compile(
        r"^(?:please\s+|and\s+|also\s+|you can\s+|why not\s+)?(?:subscribe|sign up|signup|register|join|follow|download|install|get|like|"
        r"visit|check out|support|donate|become an? (?:member|subscriber|supporter|patron)|stay (?:updated|informed|"
        r"connected|tuned|up to date|in the know|ahead)|don'?t forget to|make sure (?:to|you)|want more|never miss|"
        r"enter your e-?mail|receive|keep up with|keep up to date|catch up)\b.{0,240}?\b(?:us|our|newsletters?|apps?|channels?|"
        r"alerts?|inbox|notifications?|podcasts?|feeds?|subscription|whatsapp|telegram|instagram|facebook|"
        r"twitter|youtube|tiktok|linkedin|google news|journalism|membership)\b", re.I), 40, True),
    _Rule("junk.call_to_action", re.compile(
        r"^(?:by (?:signing up|subscribing|clicking|registering|submitting|continuing)|thank you for "
        r"(?:signing up|subscribing|reading|your (?:feedback|support|interest))|thanks for (?:signing up|subscribing|reading)|"
        r"we'?d love to hear from you|got a (?:news )?tip|have a (?:story|news tip)|tell us what you think|"
        r"(?:send|share) (?:us )?your (?:story|tips?|news|photos|videos)|do you have (?:a story|information|news))\b", re.I), 45, True),
    _Rule("junk.paywall", re.compile(
        r"\b(?:already (?:a |an )?(?:subscriber|member|have an account)|subscribe to (?:continue|read|unlock|keep reading)|"
        r"(?:this|the) (?:article|content|story) is (?:for|only available to|exclusive to) (?:subscribers|members|premium)|"
        r"create (?:a )?free account|to continue reading|you have reached your (?:free )?(?:article|monthly) limit|"
        r"unlock (?:this|full|unlimited) (?:article|access)|start your free trial)\b", re.I), 40, True),
    _Rule("junk.cookie_notice", re.compile(
        r"\b(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) "
        r"(?:site|website)|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b", re.I), 60, True),
    _Rule("junk.read_more", re.compile(
        r"^(?:(?:read|see|watch|listen)(?: more| also| next| now| here| the full story)?|also read|related"
        r"(?: stories| articles| content| news| coverage)?|more|recommended|video|more on this(?: story)?)"
        r"\s*(?:[:|»>›→]|[-–—]\s)\s*\S", re.I), 30, True, on_first=False),
    _Rule("junk.image_file", re.compile(
        r"^[\w()\[\]+,.'’ -]{0,200}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:\?\S*)?$", re.I), 25, False),
    _Rule("junk.photo_credit", re.compile(
        r"^[(\[]?(?:(?:file|cover|featured|main|top|lead|header|hero|stock) )?(?:photo|image|picture|pic|photograph|"
        r"illustration|graphic|video|footage|photo illustration)s?(?: credits?| sources?| captions?)?\s*[:|]", re.I), 30, True, on_first=False),
    _Rule("junk.photo_credit", re.compile(r"^(?:image|photo|picture|video) (?:source|caption|credit)s?\s*,", re.I), 40, True),
    _Rule("junk.photo_credit", re.compile(
        r"^[(\[]?(?:photo|image|picture|photograph|illustration|video|footage)s?(?: credits?)?\s+(?:by|courtesy(?: of)?|via)\s+"
        r"[^.!?]{1,80}[)\]]?$", re.I), 16, True),
    _Rule("junk.photo_credit", re.compile(
        r"^(?:credits?|captions?|courtesy(?: of)?)\s*[:|]", re.I), 30, True),
    _Rule("junk.photo_credit", re.compile(
        rf"(?:/|\bvia\b|©|\(c\)|\bphoto:|\bimage:|\bcredit:)\s*(?:{_AGENCY})(?: (?:images?|photos?|file))?\s*[)\]]?\.?$", re.I), 40, True, tail=160),
    _Rule("junk.credit_line", re.compile(
        rf"^(?:(?:source|sources|credit|via)\s*[:\-–—]|originally published (?:by|in|on|at)|first published (?:by|in|on|at)|"
        rf"(?:re)?published (?:by|in|with permission (?:of|from))|republished from|reprinted (?:from|with permission (?:of|from))|"
        rf"this (?:article|story|piece|post|report|content) (?:was |is |has been )?(?:first |originally )?(?:appeared|appears|published|"
        rf"posted|republished|reproduced|produced)(?: \w+)? (?:on|in|at|by|from|with permission (?:of|from)))\s*[:\-–—]?\s*{_PUB}\.?$",
        re.I), 20, False),
    _Rule("junk.credit_line", re.compile(
        r"^[(\[]?(?:(?:additional )?reporting|writing|editing|compiled|translated|produced|edited|research|"
        r"contributing|with reporting|graphics?|design|fact[- ]check(?:ed|ing)?|sub-?edited) by\b.{0,300}$", re.I), 45, False),
    _Rule("junk.credit_line", re.compile(
        r"^[(\[]?(?:with|additional) (?:inputs?|reporting|contributions?|information|agency inputs?)(?: from [^.]{1,80})?[)\]]?\.?$", re.I), 20, False),
    _Rule("junk.copyright", re.compile(r"©|^\(c\) ?\d{4}|^copyright\s*(?:©|\(c\)|\d{4}|$)|\ball rights reserved\b|"
                                  r"\bmay not be (?:published|reproduced|republished|copied|redistributed|broadcast)\b", re.I), 45, False),
    _Rule("junk.avatar_alt", re.compile(
        r"^(?:picture|photo|image|avatar|profile (?:picture|photo|image)|headshot|photograph|portrait|thumbnail) of "
        r"(?P<pub>[^.!?]{2,80})$", re.I), 12, False),
    _Rule("junk.tags", re.compile(
        r"^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|related topics|labels?|posted in|more on)\s*[:|]", re.I), 40, False),
    _Rule("junk.url", re.compile(
        r"^(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\s+(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))*$", re.I), 12, False),
    _Rule("junk.embed", re.compile(
        r"^(?:[—–-]\s*.{1,80}\(@\w{1,30}\)\s*\w+ \d{1,2}, \d{4}|pic\.twitter\.com/\w+|view this post on instagram|"
        r"a post shared by .{1,80}|this content is not available|(?:this )?(?:embed|content|video) (?:is )?(?:not |un)available.*|"
        r"your browser does not support.*|to view this (?:video|content).*|please enable javascript.*)$", re.I), 40, False),
]

_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reported by|posted by|text by|authors?|reporters?|writers?)\s*[:\-–]?\s+(?P<names>.+)$",
    re.I)
_BYLINE_CONNECT = {"and", "&", "de", "van", "der", "von", "al", "bin", "da", "dos", "del", "la", "le", "du", "in", "at",
                   "for", "of", "the", "with", "staff", "reporter", "reporters", "writer", "correspondent", "editor",
                   "contributor", "team", "desk", "senior", "chief", "political", "news", "agencies", "|", "-", "–"}

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH}|{_DAY})\.?$|^\d+(?:st|nd|rd|th)?$|^\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?(?:[ap]\.?m\.?)?$|"
    r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.+z-]+)?$|^(?:[ap]\.?m\.?|gmt|utc|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|cet|"
    r"cest|eet|eest|ist|wat|cat|eat|sast|aest|aedt|jst|kst|hkt|sgt|msk|pkt|wib|ict|[+-]\d{2}:?\d{2})$|"
    r"^(?:published|updated|posted|last|first|modified|created|date|on|at|ago|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"days?|weeks?|months?|years?|yesterday|today|just|now|an?|edited|and|time)$",
    re.I)
# a bare date line counts as a publication stamp only with a year: "7 January 2026",
# "2026-01-07", "Jan 7, 2026 10:04 GMT" (a schedule line such as "Tuesday, 1 March" is kept)
_DATE_SHAPE = re.compile(
    rf"(?:\b(?:{_MONTH})\b.*\b(?:19|20)\d{{2}}|\b(?:19|20)\d{{2}}\b.*\b(?:{_MONTH})\b|"
    rf"\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b)", re.I)
_DATE_STAMP_WORD = re.compile(r"\b(?:published|updated|posted|modified|ago|yesterday|today)\b", re.I)

_MEDIA_NOUN = (
    r"(?:(?:online|digital|web|internet|news|media|multimedia|multi-media|publishing)[ -](?:\w+ )?"
    r"(?:portal|platform|outlet|publication|site|destination|brand|network|channel|company|house|organi[sz]ation|"
    r"group|service|source|provider|agency|hub|firm|publisher|newspaper|magazine|medium)"
    r"|portal|website|web ?site|newspaper|news ?paper|magazine|tabloid|broadsheet|blog|publisher|broadcaster|"
    r"news outlet|news website|news agency)s?"
)
# "XYZ is a premium online portal ...": subject, article, then up to six words without a
# preposition (so "X is the editor of the Y website" is a person, not a site) and the noun.
_PROMO_SUBJECT = re.compile(
    r"^(?P<pub>[A-Z0-9][\w&'’.@ -]{1,60}?)(?: \([^)]{1,40}\))? is (?:a|an|the|one of the|[A-Z][\w-]*['’]s?)"
    r"(?: (?!(?:of|for|at|with|by|in|on|from|about|to|who|which|that)\b)[\w'’-]+){0,6}? " + _MEDIA_NOUN + r"\b")
_PROMO_STRONG = re.compile(
    r"\b(?:premium|leading|trusted|foremost|number one|no\.? ?1|fastest[- ]growing|most (?:read|trusted|popular|visited|reliable)|"
    r"reliable|award[- ]winning|authoritative|dedicated to|committed to|one-stop|go-to|home of|brings you|bringing you|"
    r"delivers?|delivering|up-to-the-minute|breaking news|latest news|round the clock|24/7)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
_FIRST_PERSON_PROMO = re.compile(
    r"^(?:we|at [A-Z][\w&' -]{1,40}, we|our (?:mission|goal|aim|vision|team|journalists|editors|platform|website|site|newsroom))\b"
    r".{0,400}\b(?:news|journalism|stories|coverage|readers|audience|information|content|updates|reporting)\b", re.I)
_OUR_MEDIA = re.compile(r"\bour (?:website|platform|readers|newsletters?|site|app|subscribers|newsroom|journalism|coverage)\b", re.I)

_COMMENT_SECTION = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:thoughts?|comments?|responses?|replies) (?:on|to)\b.{0,200}$"
    r"|^(?:comments|reader comments|discussion)\s*\(\d+\)$", re.I)
_LIST_START = re.compile(r"list of \d+ items?", re.I)
_LIST_END = re.compile(r"end of list\s*$", re.I)
_LIST_PREFIX = re.compile(
    r"^(?:(?:recommended|related|more|top) (?:stories|articles|news)\s*)?list of \d+ items?\s*(?:list \d+ of \d+\s*)?(?:end of list)?\s*", re.I)
_LIST_SUFFIX = re.compile(r"\s*(?:(?:recommended|related) (?:stories|articles)\s*)?(?:list of \d+ items?\s*)?end of list$", re.I)
_READ_MORE_SUFFIX = re.compile(
    r"\s*[\[(]?(?:read more|continue reading|read the (?:full|rest of the|whole) (?:story|article|post)|(?:click|tap) here to read more)"
    r"(?: (?:here|on|at) [\w. ]{1,30})?\s*[\])]?\s*(?:»|>>?|→|\.\.\.|…)?\s*$", re.I)
_ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)\s*(?:[\[(]?(?:more|read more)[\])]?)?\s*$", re.I)
_BAD_PUBLISHER = re.compile(r"^(?:all|we|it|this|the author|author|our|staff|admin|administrator|editor|user|unknown|anonymous|"
                            r"the|a|an|none|n/?a|getty images|shutterstock|file)$", re.I)


def _line_rule(line: str, first: bool) -> tuple[str, str | None] | None:
    """(rule, publisher candidate) when ``line`` is junk by a line-level rule."""
    rule = _vocab_rule(line)
    if rule:
        return rule, None
    if (len(line) <= 2 and not _ASCII_ALNUM.search(line)) or not _ALNUM.search(line):
        return "junk.symbol", None  # a lone mark or a divider: form honeypots, "* * *", bullets
    n = _words(line)
    reported: bool | None = None
    for name, pattern, max_words, guard, on_first, tail in _LINE_RULES:
        if n > max_words or (first and not on_first):
            continue
        m = pattern.search(line, max(len(line) - tail, 0)) if tail else pattern.search(line)
        if not m:
            continue
        if guard:
            if reported is None:
                reported = bool(_REPORTED.search(line))
            if reported:
                continue
        pub = m.groupdict().get("pub") if name in ("junk.credit_line", "junk.avatar_alt") else None
        if name == "junk.copyright":
            pub = _copyright_owner(line)
        return name, pub
    if n <= 30 and _is_link_row(line):
        return "junk.navigation_list", None
    if not first and n <= 14 and _is_byline(line):
        return "junk.byline", None
    if n <= 14 and _is_stamp(line, require_word=True):
        return "junk.timestamp", None
    return None


def _is_byline(line: str) -> bool:
    m = _BYLINE.match(line)
    if not m:
        return False
    names = m.group("names")
    if _PERIOD_END.search(names[-8:]) and not re.search(r"\b[A-Z]\.$", names):
        return False
    tokens = [t for t in re.split(r"[\s,]+", names) if t]
    if not tokens or len(tokens) > 12:
        return False
    caps = 0
    for t in tokens:
        if t.lower() in _BYLINE_CONNECT:
            continue
        if t[:1].isupper() or t[:1] in "@(":
            caps += 1
            continue
        return False
    return caps >= 1


def _is_stamp(line: str, *, require_word: bool) -> bool:
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


def _copyright_owner(line: str) -> str | None:
    m = re.search(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?"
                  r"(?P<pub>[^.|,©]{2,80}?)\s*(?:[.,|]|all rights reserved|$)", line, re.I)
    if not m:
        return None
    pub = re.sub(r"\s*\ball rights reserved\b.*$", "", m.group("pub"), flags=re.I).strip()
    return pub or None


def _clean_publisher(pub: str | None) -> str | None:
    if not pub:
        return None
    pub = pub.strip(" .,:;-–—|\"'“”‘’")
    if not pub or _words(pub) > 8 or not (pub[:1].isupper() or pub[:1].isdigit()) or _BAD_PUBLISHER.match(pub):
        return None
    if re.fullmatch(r"[\d\s-]+", pub):
        return None
    return pub


# --------------------------------------------------------------------------- the cleaner


class _Doc:
    def __init__(self, paragraphs: list[str]):
        self.paras = paragraphs
        self.alive = [True] * len(paragraphs)
        self.removed: list[tuple[int, str, str]] = []
        self.rule_of: dict[int, str] = {}
        self.publishers: list[tuple[int, int, str]] = []  # (priority, index, name)

    def drop(self, i: int, rule: str, text: str | None = None) -> None:
        if self.alive[i]:
            self.alive[i] = False
            self.rule_of[i] = rule
            self.removed.append((i, rule, self.paras[i] if text is None else text))

    def live(self) -> list[int]:
        return [i for i, a in enumerate(self.alive) if a]


_SOURCE_LINE = re.compile(r"^(?:source|sources|credit|via)\s*[:\-–—]", re.I)
_PUBLISHER_PRIORITY = {"junk.credit_line": 0, "junk.copyright": 1, "junk.site_promo": 2, "junk.avatar_alt": 3}


def _link_like(s: str, max_words: int) -> bool:
    if _words(s) > max_words or len(s) > 40 or _TERMINAL.search(s[-8:]) or s.endswith((",", ";", ":", '"', "”")):
        return False
    if not (s[:1].isupper() or s[:1].isdigit()) or "," in s:
        return False
    if any(w.isdigit() for w in s.split()):
        return False
    small = {"and", "&", "of", "the", "in", "to", "for", "a", "on", "with", "at", "by", "-", "–", "|"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small for w in s.split())


def clean_text(text: str) -> Cleaned:
    """Split ``text`` into headline, publisher and a junk-free body."""
    doc = _Doc(split_paragraphs(text))
    paras = doc.paras
    n = len(paras)

    # glued "list of N items ... end of list" markers at the edges of a content line
    for i, p in enumerate(paras):
        if "list" not in p.lower():
            continue
        m = _LIST_PREFIX.match(p)
        if m and 0 < m.end() < len(p) and _words(p[m.end():]) >= 4:
            doc.removed.append((i, "junk.related_list", p[: m.end()].strip()))
            paras[i] = p = p[m.end():]
        m = _LIST_SUFFIX.search(p)
        if m and m.start() > 0 and _words(p[: m.start()]) >= 4 and _is_content(p[: m.start()]):
            doc.removed.append((i, "junk.related_list", p[m.start():].strip()))
            paras[i] = p[: m.start()]

    # comment section: everything from "12 thoughts on ..." to the end
    for i in range(n // 3, n):
        if _COMMENT_SECTION.match(paras[i]):
            for j in range(i, n):
                doc.drop(j, "junk.comment_section")
            break

    # line-level rules
    first_alive = True
    for i, p in enumerate(paras):
        if not doc.alive[i]:
            continue
        hit = _line_rule(p, first_alive)
        if hit is None:
            first_alive = False
            continue
        rule, pub = hit
        doc.drop(i, rule)
        pub = _clean_publisher(pub)
        if pub:
            doc.publishers.append((_PUBLISHER_PRIORITY.get(rule, 9), i, pub))

    # inline "Read more" suffixes on teaser lines
    for i in doc.live():
        p = paras[i]
        tail_at = max(len(p) - 120, 0)
        m = _READ_MORE_SUFFIX.search(p, tail_at)
        if m and m.start() > 0:
            doc.removed.append((i, "junk.read_more", p[m.start():].strip()))
            paras[i] = p[: m.start()].rstrip()

    _related_lists(doc)
    _comment_form_tail(doc)
    content = [i for i in doc.live() if _is_content(paras[i])]
    first_content = content[0] if content else n
    last_content = content[-1] if content else -1

    # bare date lines above the first or below the last paragraph of prose
    for i in doc.live():
        if i < first_content and _words(paras[i]) <= 14 and _is_stamp(paras[i], require_word=False):
            doc.drop(i, "junk.timestamp")

    title = _pick_title(doc, first_content)
    _author_block(doc, first_content)
    _navigation_runs(doc, first_content, last_content)
    _site_promo(doc)
    _repeats(doc, title)

    # "Source: X" names the publisher only below the article; mid-article it credits a chart
    live_content = [i for i in doc.live() if _is_content(paras[i])]
    last_content = live_content[-1] if live_content else -1
    candidates = [c for c in doc.publishers
                  if not (c[0] == 0 and _SOURCE_LINE.match(paras[c[1]]) and c[1] < last_content)]
    publisher = min(candidates, key=lambda t: (t[0], -t[1]))[2] if candidates else None
    body = "\n\n".join(paras[i] for i in doc.live() if paras[i])
    removed = [(rule, txt) for _, rule, txt in sorted(doc.removed, key=lambda t: t[0])]
    return Cleaned(title=title, publisher=publisher, body=body, removed=removed)


def _related_lists(doc: _Doc) -> None:
    """Headline lists under a "list of N items" marker or a "Related stories" label."""
    paras = doc.paras
    i = 0
    n = len(paras)
    while i < n:
        rule = None
        if doc.rule_of.get(i) in ("junk.related_list", "junk.section_label"):
            text = paras[i]
            if _LIST_START.search(text) and not _LIST_END.search(text):
                rule = "list"
            elif _vocab_rule(text) == "junk.section_label":
                rule = "label"
        if rule is None:
            i += 1
            continue
        j = i + 1
        items = 0
        count = re.search(r"list of (\d+)", paras[i], re.I)
        max_items = int(count.group(1)) + 1 if count else 0
        while j < n:
            p = paras[j]
            if not doc.alive[j]:
                if _LIST_END.search(p):
                    break
                j += 1
                continue
            if rule == "list":
                if _LIST_END.search(p):
                    doc.drop(j, "junk.related_list")
                    break
                if _is_content(p) or items >= max_items:
                    break
                items += 1
                doc.drop(j, "junk.related_list")
            else:
                if _is_content(p) or not _headline_like(p, 20):
                    break
                doc.drop(j, "junk.related_list")
            j += 1
        i = j + 1


_FORM_START = re.compile(r"^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?)\s*$", re.I)


def _comment_form_tail(doc: _Doc) -> None:
    """After "Leave a Reply" near the end, short form lines are part of the form."""
    n = len(doc.paras)
    starts = [r for r in doc.removed if r[1] == "junk.comment_form" and _FORM_START.match(r[2]) and r[0] >= n // 2]
    if not starts:
        return
    start = min(r[0] for r in starts)
    for i in range(start + 1, n):
        if doc.alive[i]:
            if _is_content(doc.paras[i]) or _words(doc.paras[i]) > 8:
                break
            doc.drop(i, "junk.comment_form")


_TITLE_MAX_WORDS = 20


def _pick_title(doc: _Doc, first_content: int) -> str | None:
    paras = doc.paras
    header = [i for i in doc.live() if i < first_content]
    if not header:
        return None
    # the headline printed twice on one line
    p0 = paras[header[0]]
    half = len(p0) // 2
    for a, b in ((p0[:half], p0[half:]), (p0[: (len(p0) - 1) // 2], p0[(len(p0) + 1) // 2:])):
        if a and a == b and _words(a) >= 2:
            paras[header[0]] = a
            doc.removed.append((header[0], "repeat.headline", b))
            break
    candidates = [i for i in header if _headline_like(paras[i], _TITLE_MAX_WORDS)]
    if not candidates:
        return None
    choice = next((i for i in candidates if _words(paras[i]) >= 3), candidates[0])
    # short labels above the headline are kickers / section names
    for i in header:
        if i >= choice:
            break
        if _words(paras[i]) <= 3:
            doc.drop(i, "junk.section_label")
    if any(doc.alive[i] for i in header if i < choice):
        # prose-like lines before the chosen one: the file starts with something else
        choice = next(i for i in header if doc.alive[i])
        if not _headline_like(paras[choice], _TITLE_MAX_WORDS):
            return None
    title = paras[choice]
    doc.alive[choice] = False  # moves to Cleaned.title, not "removed"
    return title


_META_RULES = ("junk.avatar_alt", "junk.byline", "junk.timestamp")


def _author_block(doc: _Doc, first_content: int) -> None:
    """A bare name next to a removed avatar, byline or date above the article is the author."""
    for i in range(min(first_content, len(doc.paras))):
        if not doc.alive[i] or not _link_like(doc.paras[i], 5):
            continue
        if doc.rule_of.get(i - 1) in _META_RULES or doc.rule_of.get(i + 1) in _META_RULES:
            doc.drop(i, "junk.byline")


def _navigation_runs(doc: _Doc, first_content: int, last_content: int) -> None:
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        at_edge = run[0] < first_content or run[-1] > last_content
        if len(run) >= 4 or (at_edge and len(run) >= 3):
            for k in run:
                doc.drop(k, "junk.navigation_list")
        run.clear()

    for i in doc.live():  # junk between two links is gone already: live neighbours are adjacent
        if _link_like(doc.paras[i], 4):
            run.append(i)
        else:
            flush()
    flush()


def _site_promo(doc: _Doc) -> None:
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
                    first_person or not _REPORTED.search(p)):
                doc.drop(i, "junk.site_promo")
                pub = _clean_publisher(m.group("pub"))
                if pub:
                    doc.publishers.append((_PUBLISHER_PRIORITY["junk.site_promo"], i, pub))
                continue
        if i in tail and _words(p) <= 90 and (_FIRST_PERSON_PROMO.match(p) or _OUR_MEDIA.search(p)) and not _REPORTED.search(p):
            doc.drop(i, "junk.site_promo")


_MAX_CONTAINMENT_PARAS = 400


def _strip_ellipsis(p: str) -> str:
    head, tail = p[:-40], p[-40:]
    return head + _ELLIPSIS_END.sub("", tail)


def _repeats(doc: _Doc, title: str | None) -> None:
    paras = doc.paras
    live = doc.live()
    title_norm = _norm(title) if title else None
    seen: set[str] = set()
    norms: dict[int, str] = {}
    for i in live:
        key = _norm(paras[i])
        if not key:
            continue
        if title_norm and (key == title_norm or key == title_norm * 2):
            doc.drop(i, "repeat.headline")
            continue
        if key in seen and len(key) >= 20:
            doc.drop(i, "repeat.paragraph")
            continue
        seen.add(key)
        norms[i] = key
    # teaser / standfirst: a paragraph (maybe cut short with an ellipsis) that begins or is
    # contained in a longer paragraph
    items = [(i, _norm(_strip_ellipsis(paras[i])) if paras[i][-3:].rstrip()[-1:] in (".", "…", "]", ")") else key)
             for i, key in norms.items() if doc.alive[i]]
    by_prefix: dict[str, list[int]] = {}
    for i, key in norms.items():
        by_prefix.setdefault(key[:40], []).append(i)
    contained = len(items) <= _MAX_CONTAINMENT_PARAS
    for i, short in items:
        if len(short) < 40:
            continue
        hit = any(j != i and doc.alive[j] and len(norms[j]) > len(short) and norms[j].startswith(short)
                  for j in by_prefix.get(short[:40], ()))
        if not hit and contained and len(short) >= 60:
            hit = any(j != i and doc.alive[j] and len(norms[j]) > len(short) and short in norms[j] for j, _ in items)
        if hit:
            doc.drop(i, "repeat.teaser")


RULES: tuple[str, ...] = tuple(sorted(
    set(_VOCAB) | {r.name for r in _LINE_RULES} | {
        "junk.byline", "junk.timestamp", "junk.navigation_list", "junk.symbol", "junk.comment_section", "junk.site_promo",
        "repeat.headline", "repeat.paragraph", "repeat.teaser",
    }))

__all__ = ["Cleaned", "RULES", "clean_text", "split_paragraphs"]
