"""Every rule a removed span can carry: declared once, with what it means and an example."""
from __future__ import annotations

from pipelines.text.rules import RuleRegistry

REGISTRY = RuleRegistry("clean")
_add = REGISTRY.add

# whole-line vocabularies (a line made only of such phrases)
RELATED_LIST = _add("junk.related_list", "Headline list under a 'list of N items' marker or a 'Related stories' label",
                    "list of 4 items")
SECTION_LABEL = _add("junk.section_label", "Section label or kicker above the headline or a list",
                     "Recommended stories")
COMMENT_FORM = _add("junk.comment_form", "Comment form lines and prompts", "Leave a Reply")
SHARE_PROMPT = _add("junk.share_prompt", "Share buttons and social network names", "Share this article")
NAVIGATION = _add("junk.navigation", "Menu and page navigation words", "Skip to content")
FOOTER_LINK = _add("junk.footer_link", "Site footer links", "Privacy Policy | Terms of Use")
ADVERTISEMENT = _add("junk.advertisement", "Advertisement markers", "Advertisement")
AUDIO_PROMPT = _add("junk.audio_prompt", "Listen/play prompts and reading times", "Listen to this article")
PHOTO_CREDIT = _add("junk.photo_credit", "Photo credit or caption label", "Photo: Getty Images")

# sentence patterns
CALL_TO_ACTION = _add("junk.call_to_action", "Call to subscribe, follow, click or send tips",
                      "Sign up for our daily newsletter")
PAYWALL = _add("junk.paywall", "Paywall or subscriber prompt", "Subscribe to continue reading")
COOKIE_NOTICE = _add("junk.cookie_notice", "Cookie consent notice", "We use cookies to improve your experience")
READ_MORE = _add("junk.read_more", "'Read more' teaser line or suffix", "Read more: Ferry fares to rise")
IMAGE_FILE = _add("junk.image_file", "Bare image file name", "harbour-ferry-2024.jpg")
CREDIT_LINE = _add("junk.credit_line", "Source, republication or reporting credit",
                   "This article first appeared on Harbour Daily")
COPYRIGHT = _add("junk.copyright", "Copyright notice", "© 2025 Harbour Daily. All rights reserved.")
AVATAR_ALT = _add("junk.avatar_alt", "Avatar or profile picture caption", "Photo of Anna Berg")
TAGS = _add("junk.tags", "Tag or topic list", "Tags: ferries, transport")
URL = _add("junk.url", "Bare URL or e-mail address", "https://example.org/news/ferry-vote")
EMBED = _add("junk.embed", "Social media embed or unavailable-content placeholder", "View this post on Instagram")
SYMBOL = _add("junk.symbol", "Line with no letters or digits: a divider or lone mark", "* * *")

# structure
NAVIGATION_LIST = _add("junk.navigation_list", "Breadcrumb row or run of short link-like lines",
                       "Home > News > Local")
COMMENT_SECTION = _add("junk.comment_section", "Reader comments from their heading to the end",
                       "12 thoughts on \u201cHarbour town votes\u201d")
BYLINE = _add("junk.byline", "Author byline, or a bare name beside a removed avatar, byline or date",
              "By Anna Berg and Tom Hale")
TIMESTAMP = _add("junk.timestamp", "Publication date or time line", "Published On 12 Mar 2025")
SITE_PROMO = _add("junk.site_promo", "Site describing itself", "Harbour Daily is a leading online news portal.")

# repeats
REPEAT_HEADLINE = _add("repeat.headline", "Headline printed again", "Harbour town votes to expand its ferry terminal")
REPEAT_PARAGRAPH = _add("repeat.paragraph", "Paragraph printed twice", "(a paragraph seen earlier in the text)")
REPEAT_TEASER = _add("repeat.teaser", "Teaser that begins or is contained in a longer paragraph",
                     "Residents of the harbour town voted on Sunday to expand...")

# decoding (written by the pipeline's parse step, not by clean_text)
NUL_BYTES = _add("decode.nul_bytes", "NUL bytes dropped from otherwise valid text", "3 NUL bytes dropped from the raw text")

RULES: tuple[str, ...] = tuple(sorted(REGISTRY.names()))
