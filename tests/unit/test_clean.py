"""clean_text: title, publisher, junk rules and repeats. All example texts are made up."""
from __future__ import annotations


import pytest

from pipelines.text.clean import RULES, Cleaned, clean_text, split_paragraphs
from tests.helpers import BBC


HEAD = "Harbour town votes to expand its ferry terminal"
P1 = "Residents of the harbour town voted on Sunday to expand the ferry terminal, the council said."
P2 = "“It will bring jobs,” the harbour master told local radio after the count."
P3 = "Work on the new pier is due to start in the spring and last two years."


def doc(*middle: str, head: str | None = HEAD, tail: tuple[str, ...] = ()) -> str:
    parts = ([head] if head else []) + [P1, *middle, P2, *tail, P3]
    return "\n\n".join(parts) + "\n"


def removed_rules(c: Cleaned) -> dict[str, str]:
    return {text: rule for rule, text in c.removed}


def assert_clean(c: Cleaned, *, title: str | None = HEAD) -> None:
    assert c.title == title
    for p in (P1, P2, P3):
        assert p in c.body.split("\n\n")
    assert c.body == c.body.strip()
    assert "\n\n\n" not in c.body


def test_plain_article() -> None:
    c = clean_text(doc())
    assert_clean(c)
    assert c.body == "\n\n".join([P1, P2, P3])
    assert c.removed == [] and c.publisher is None


def test_no_headline_when_first_line_is_a_sentence() -> None:
    c = clean_text(doc(head=None))
    assert_clean(c, title=None)
    c = clean_text("The mayor resigned.\n\nShe had served six years.\n")
    assert c.title is None and c.body == "The mayor resigned.\n\nShe had served six years."


def test_no_headline_when_first_line_is_a_long_paragraph() -> None:
    long_line = ("Officials in the northern province said on Thursday that heavy snow had closed roads, schools and "
                 "two airports, leaving thousands stranded without power")
    c = clean_text(long_line + "\n\n" + P1)
    assert c.title is None and c.body.startswith("Officials")


def test_headline_ending_in_question_mark_or_ellipsis() -> None:
    assert clean_text("Is the ferry worth it?\n\n" + P1).title == "Is the ferry worth it?"
    assert clean_text("Rivals of the cheap laptop...\n\n" + P1).title == "Rivals of the cheap laptop..."


def test_headline_printed_twice() -> None:
    for text in (f"{HEAD}\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}", f"{HEAD}{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}",
                 f"{HEAD} {HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"):
        c = clean_text(text)
        assert_clean(c)
        assert ("repeat.headline", HEAD) in c.removed


def test_teaser_repeated_after_itself_and_later() -> None:
    teaser = "The vote could double passenger numbers within a decade, supporters say."
    c = clean_text(doc(teaser, teaser, tail=(teaser,)))
    assert_clean(c)
    assert c.body.split("\n\n").count(teaser) == 1
    assert [r for r, t in c.removed if t == teaser] == ["repeat.paragraph", "repeat.paragraph"]


def test_truncated_teaser_dropped_when_full_paragraph_follows() -> None:
    teaser = "Residents of the harbour town voted on Sunday to expand the ferry…"
    c = clean_text(f"{HEAD}\n\n{teaser}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert_clean(c)
    assert ("repeat.teaser", teaser) in c.removed


def test_standfirst_contained_in_a_later_paragraph() -> None:
    stand = "Work on the new pier is due to start in the spring, the council said."
    longer = stand + " It will cost about $40m, most of it from the regional government."
    c = clean_text(f"{HEAD}\n\n{stand}\n\n{P1}\n\n{longer}")
    assert c.body.split("\n\n") == [P1, longer]


@pytest.mark.parametrize(
    ("junk", "rule"),
    [
        ("Skip to main content", "junk.navigation"),
        ("Scroll to Top", "junk.navigation"),
        ("Back to top", "junk.navigation"),
        ("Menu Search Sign in", "junk.navigation"),
        ("Recommended Stories", "junk.section_label"),
        ("You may also like", "junk.section_label"),
        ("list of 3 items", "junk.related_list"),
        ("list of 4 itemsend of list", "junk.related_list"),
        ("Share this article", "junk.share_prompt"),
        ("Share on Facebook Twitter WhatsApp Email", "junk.share_prompt"),
        ("Listen to this article", "junk.audio_prompt"),
        ("4 min read", "junk.audio_prompt"),
        ("Advertisement", "junk.advertisement"),
        ("ADVERTISEMENT - Scroll to continue", "junk.advertisement"),
        ("Story continues below advertisement", "junk.advertisement"),
        ("Leave a Reply", "junk.comment_form"),
        ("Cancel reply", "junk.comment_form"),
        ("Your email address will not be published. Required fields are marked *", "junk.comment_form"),
        ("Post Comment", "junk.comment_form"),
        ("Privacy Policy | Terms of Use | Contact Us", "junk.footer_link"),
        ("Getty Images", "junk.photo_credit"),
        ("Subscribe to our newsletter", "junk.call_to_action"),
        ("Sign up for our daily briefing newsletter and get the news in your inbox", "junk.call_to_action"),
        ("Follow us on Instagram and TikTok", "junk.call_to_action"),
        ("Join our WhatsApp channel for breaking updates", "junk.call_to_action"),
        ("Click here to see the full gallery", "junk.call_to_action"),
        ("By signing up you agree to our terms.", "junk.call_to_action"),
        ("Already a subscriber? Log in", "junk.paywall"),
        ("We use cookies to improve your experience on our site.", "junk.cookie_notice"),
        ("Read more: Ferry operator cuts winter timetable", "junk.read_more"),
        ("READ ALSO: Port strike ends after two weeks", "junk.read_more"),
        ("image 5f3c9a10 77b2 4c1e 9d0a 3e2b1c4d5f60.webp", "junk.image_file"),
        ("IMG_2034.jpg", "junk.image_file"),
        ("Photo: Anna Berg / Reuters", "junk.photo_credit"),
        ("Image source, Getty Images", "junk.photo_credit"),
        ("Dockworkers on strike in the port. (Photo by Lee Park/AFP via Getty Images)", "junk.photo_credit"),
        ("(Reporting by Anna Berg; Editing by Tom Hale)", "junk.credit_line"),
        ("Tags: ferries, transport, local council", "junk.tags"),
        ("https://example.org/news/ferry-vote", "junk.url"),
        ("By Anna Berg and Tom Hale", "junk.byline"),
        ("Published On 12 Mar 2025", "junk.timestamp"),
        ("Updated: 3 hours ago", "junk.timestamp"),
        ("Home > News > Local", "junk.navigation_list"),
        ("View this post on Instagram", "junk.embed"),
    ],
)
def test_junk_line_rules(junk: str, rule: str) -> None:
    assert rule in RULES
    c = clean_text(doc(junk))
    assert_clean(c)
    assert removed_rules(c).get(junk) == rule, c.removed


@pytest.mark.parametrize(
    "content",
    [
        "It passed.",
        "Follow the money.",
        "Share prices fell 3% on Tuesday.",
        "Search teams found the boat at dawn.",
        "Sources close to the mayor say she will stand again.",
        "Photographs, videos and documents were seized by police.",
        "Images from the satellite show the flooded quay.",
        "Copyright law is changing, experts warn.",
        "Home owners near the pier will be compensated.",
        "Sign up rates for the ferry pass doubled, the operator said.",
        "Click here, the sign on the ticket machine says, and nothing happens.",
        "By Tuesday the ferry had resumed sailing.",
        "Published figures show 12,400 passengers a day.",
        "the lower-case start is kept as written, odd casing and all.",
        "Teh typo stays.",
    ],
)
def test_real_content_is_kept(content: str) -> None:
    c = clean_text(doc(content))
    assert_clean(c)
    assert content in c.body.split("\n\n"), c.removed


def test_headings_and_faq_are_kept() -> None:
    faq = ["FAQs", "When does work start?", "In the spring, the council says."]
    c = clean_text(doc(*faq))
    assert all(x in c.body.split("\n\n") for x in faq)


def test_related_list_between_markers_is_dropped() -> None:
    c = clean_text(doc("Recommended Stories", "list of 3 items", "Ferry fares rise for summer",
                       "Storm closes the coast road", "Port workers vote to strike", "end of list"))
    assert_clean(c)
    assert removed_rules(c)["Storm closes the coast road"] == "junk.related_list"


def test_glued_list_markers_stripped_from_a_content_line() -> None:
    c = clean_text(f"{HEAD}\n\nRecommended Storieslist of 4 itemsend of list{P1}\n\n{P2}\n\n{P3}")
    assert_clean(c)
    assert c.removed[0][0] == "junk.related_list"


def test_navigation_list_of_short_links() -> None:
    nav = ["News", "Business", "Sport", "Culture", "Travel"]
    c = clean_text("\n".join(nav) + "\n\n" + doc())
    assert_clean(c)
    assert all(removed_rules(c).get(x) in ("junk.navigation_list", "junk.section_label") for x in nav)


def test_kicker_above_headline() -> None:
    c = clean_text("Transport\n" + doc())
    assert_clean(c)
    assert ("junk.section_label", "Transport") in c.removed


def test_comment_form_and_comment_section() -> None:
    form = ["Leave a Reply", "Cancel reply", "Comment *", "Name*", "Email*", "Website",
            "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"]
    c = clean_text(doc() + "\n" + "\n".join(form))
    assert_clean(c)
    assert {t for _, t in c.removed} == set(form)
    c = clean_text(doc() + "\n3 thoughts on “Harbour vote”\nAnna says: great news for the town.\nReply\n")
    assert_clean(c)
    assert all(r == "junk.comment_section" for r, _ in c.removed)


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("Source: Coastline Courier", "Coastline Courier"),
        ("© 2025 Coastline Courier. All rights reserved.", "Coastline Courier"),
        ("Copyright © 2024 Coastline Media Ltd", "Coastline Media Ltd"),
        ("Coastline Courier is a premium online portal that brings you the latest news from the coast.", "Coastline Courier"),
        ("Coastline Courier is the region's leading digital news platform.", "Coastline Courier"),
        ("Picture of Coastline Courier", "Coastline Courier"),
        ("This article was originally published by Coastline Courier.", "Coastline Courier"),
    ],
)
def test_publisher_from_footer(footer: str, publisher: str) -> None:
    c = clean_text(doc() + "\n" + footer + "\n")
    assert_clean(c)
    assert c.publisher == publisher
    assert footer in {t for _, t in c.removed}


def test_source_line_mid_article_is_not_the_publisher() -> None:
    c = clean_text(doc("Source: National Statistics Office"))
    assert c.publisher is None
    assert ("junk.credit_line", "Source: National Statistics Office") in c.removed


def test_credit_line_beats_avatar_alt() -> None:
    c = clean_text(doc() + "\nPicture of Anna Berg\nSource: Coastline Courier\n")
    assert c.publisher == "Coastline Courier"


def test_site_promo_without_name_in_tail() -> None:
    promo = "We are committed to bringing our readers accurate, timely news every day."
    c = clean_text(doc() + "\n" + promo)
    assert_clean(c)
    assert ("junk.site_promo", promo) in c.removed


def test_media_sentence_inside_article_is_kept() -> None:
    s = "The Harbour Herald is a weekly newspaper founded in 1901 by two fishermen."
    c = clean_text(doc(s))
    assert s in c.body


def test_author_bio_is_not_a_publisher() -> None:
    bio = "Anna Berg is the editor of the Coastline website, which covers life on the coast."
    c = clean_text(doc() + "\n" + bio)
    assert c.publisher is None and bio in c.body


def test_whitespace_and_quotes() -> None:
    c = clean_text(f"  {HEAD}  \n\n\n“Quoted”\u00a0words   and\ttabs.  \n\n\n\n{P1}\n")
    assert c.title == HEAD
    assert c.body == f"“Quoted” words and tabs.\n\n{P1}"


def test_hard_wrapped_prose_is_joined() -> None:
    wrapped = ("Residents of the harbour town voted on Sunday to expand the ferry\n"
               "terminal, the council said, after a campaign that lasted nearly three\n"
               "years and split the community.\n"
               "The harbour master said the extra berths would bring jobs to the\n"
               "town and more visitors in summer.")
    paras = split_paragraphs(wrapped)
    assert paras == [
        "Residents of the harbour town voted on Sunday to expand the ferry terminal, the council said, "
        "after a campaign that lasted nearly three years and split the community.",
        "The harbour master said the extra berths would bring jobs to the town and more visitors in summer.",
    ]


def test_single_lines_are_paragraphs_and_bullets_not_joined() -> None:
    text = "The plan would:\n - add two berths to the terminal \n - widen the access road by the quay \n - build a car park near the station"
    assert split_paragraphs(text) == ["The plan would:", "- add two berths to the terminal",
                                      "- widen the access road by the quay", "- build a car park near the station"]


def test_removed_is_in_document_order_and_complete() -> None:
    text = "Skip to content\n" + doc("Advertisement") + "\nShare this article\n"
    c = clean_text(text)
    assert [t for _, t in c.removed] == ["Skip to content", "Advertisement", "Share this article"]


def test_empty_and_junk_only_text() -> None:
    assert clean_text("") == Cleaned(title=None, publisher=None, body="", removed=[])
    c = clean_text("Advertisement\nShare this article\n")
    assert c.body == "" and len(c.removed) == 2


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_bbc_titles_and_bodies() -> None:
    from pipelines.text.decode import decode_file

    files = sorted(p for p in BBC.rglob("*.txt") if p.name.lower() != "readme.txt")
    changed = 0
    for path in files:
        text = decode_file(path.read_bytes(), path.name, max_bytes=10_000_000).text
        c = clean_text(text)
        first = text.split("\n", 1)[0].strip()
        assert c.title == " ".join(first.split()), path
        assert c.body and "\n\n\n" not in c.body
        changed += bool(c.removed)
    assert changed <= len(files) // 100  # BBC files are clean text: almost nothing to drop
