"""clean_text: the passes over a document's paragraphs, in order."""
from __future__ import annotations

from pipelines.text.clean.blocks import (cut_glued_list_markers, cut_read_more_suffixes, drop_comment_form_tail,
                                         drop_comment_section, drop_navigation_runs, drop_related_lists)
from pipelines.text.clean.doc import Cleaned, Doc
from pipelines.text.clean.junk import drop_junk_lines
from pipelines.text.clean.meta import (drop_author_block, drop_leading_stamps, drop_site_promo, pick_publisher,
                                       pick_title)
from pipelines.text.clean.paragraphs import split_paragraphs
from pipelines.text.clean.repeats import cut_doubled_headline, drop_repeats
from pipelines.text.clean.shapes import is_content


def clean_text(text: str) -> Cleaned:
    """Split ``text`` into headline, publisher and a junk-free body."""
    doc = Doc(split_paragraphs(text))
    paras = doc.paras
    cut_glued_list_markers(doc)
    drop_comment_section(doc)
    drop_junk_lines(doc)
    cut_read_more_suffixes(doc)
    drop_related_lists(doc)
    drop_comment_form_tail(doc)
    content = [i for i in doc.live() if is_content(paras[i])]
    first_content = content[0] if content else len(paras)
    last_content = content[-1] if content else -1

    drop_leading_stamps(doc, first_content)
    cut_doubled_headline(doc, first_content)
    title = pick_title(doc, first_content)
    drop_author_block(doc, first_content)
    drop_navigation_runs(doc, first_content, last_content)
    drop_site_promo(doc)
    drop_repeats(doc, title)

    publisher = pick_publisher(doc)
    body = "\n\n".join(paras[i] for i in doc.live() if paras[i])
    removed = [(rule, txt) for _, rule, txt in sorted(doc.removed, key=lambda t: t[0])]
    return Cleaned(title=title, publisher=publisher, body=body, removed=removed)
