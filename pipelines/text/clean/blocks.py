"""Junk made of several lines or glued to one: related lists, comment sections and forms, menus, "Read more"."""
from __future__ import annotations

import re

from pipelines.text.clean import rules as R
from pipelines.text.clean.doc import Doc
from pipelines.text.clean.junk import vocab_rule
from pipelines.text.clean.shapes import headline_like, is_content, link_like, words

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
_FORM_START = re.compile(r"^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?)\s*$", re.I)


def cut_glued_list_markers(doc: Doc) -> None:
    """Glued "list of N items ... end of list" markers at the edges of a content line."""
    paras = doc.paras
    for i, p in enumerate(paras):
        if "list" not in p.lower():
            continue
        m = _LIST_PREFIX.match(p)
        if m and 0 < m.end() < len(p) and words(p[m.end():]) >= 4:
            doc.removed.append((i, R.RELATED_LIST, p[: m.end()].strip()))
            paras[i] = p = p[m.end():]
        m = _LIST_SUFFIX.search(p)
        if m and m.start() > 0 and words(p[: m.start()]) >= 4 and is_content(p[: m.start()]):
            doc.removed.append((i, R.RELATED_LIST, p[m.start():].strip()))
            paras[i] = p[: m.start()]


def drop_comment_section(doc: Doc) -> None:
    """Everything from "12 thoughts on ..." (in the last two thirds) to the end."""
    n = len(doc.paras)
    for i in range(n // 3, n):
        if _COMMENT_SECTION.match(doc.paras[i]):
            for j in range(i, n):
                doc.drop(j, R.COMMENT_SECTION)
            break


def cut_read_more_suffixes(doc: Doc) -> None:
    """Inline "Read more" suffixes on teaser lines."""
    paras = doc.paras
    for i in doc.live():
        p = paras[i]
        tail_at = max(len(p) - 120, 0)
        m = _READ_MORE_SUFFIX.search(p, tail_at)
        if m and m.start() > 0:
            doc.removed.append((i, R.READ_MORE, p[m.start():].strip()))
            paras[i] = p[: m.start()].rstrip()


def drop_related_lists(doc: Doc) -> None:
    """Headline lists under a "list of N items" marker or a "Related stories" label."""
    paras = doc.paras
    i = 0
    n = len(paras)
    while i < n:
        kind = None
        if doc.rule_of.get(i) in (R.RELATED_LIST, R.SECTION_LABEL):
            text = paras[i]
            if _LIST_START.search(text) and not _LIST_END.search(text):
                kind = "list"
            elif vocab_rule(text) == R.SECTION_LABEL:
                kind = "label"
        if kind is None:
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
            if kind == "list":
                if _LIST_END.search(p):
                    doc.drop(j, R.RELATED_LIST)
                    break
                if is_content(p) or items >= max_items:
                    break
                items += 1
                doc.drop(j, R.RELATED_LIST)
            else:
                if is_content(p) or not headline_like(p, 20):
                    break
                doc.drop(j, R.RELATED_LIST)
            j += 1
        i = j + 1


def drop_comment_form_tail(doc: Doc) -> None:
    """After "Leave a Reply" near the end, short form lines are part of the form."""
    n = len(doc.paras)
    starts = [r for r in doc.removed if r[1] == R.COMMENT_FORM and _FORM_START.match(r[2]) and r[0] >= n // 2]
    if not starts:
        return
    start = min(r[0] for r in starts)
    for i in range(start + 1, n):
        if doc.alive[i]:
            if is_content(doc.paras[i]) or words(doc.paras[i]) > 8:
                break
            doc.drop(i, R.COMMENT_FORM)


def drop_navigation_runs(doc: Doc, first_content: int, last_content: int) -> None:
    """Runs of short link-like lines: four or more, or three at the edge of the article."""
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        at_edge = run[0] < first_content or run[-1] > last_content
        if len(run) >= 4 or (at_edge and len(run) >= 3):
            for k in run:
                doc.drop(k, R.NAVIGATION_LIST)
        run.clear()

    for i in doc.live():  # junk between two links is gone already: live neighbours are adjacent
        if link_like(doc.paras[i], 4):
            run.append(i)
        else:
            flush()
    flush()
