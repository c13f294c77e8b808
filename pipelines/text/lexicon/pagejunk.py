"""Page furniture: the phrases of menus, share bars, comment forms, ads, credits and site promos.

Every entry is a case-insensitive regular-expression fragment (the cleaner matches them with
``re.I``). A tuple holds alternative whole-line phrases; a string is one alternation for use
inside a larger pattern.
"""
from __future__ import annotations

SOCIAL_NETWORKS = (
    r"facebook|twitter|x \(formerly twitter\)|whatsapp|linkedin|telegram|pinterest|reddit|tumblr|"
    r"messenger|flipboard|threads|bluesky|mastodon|instagram|youtube|tiktok|snapchat|google news|"
    r"e-?mail|mail|print|sms|copy(?: the)? link|copy url|link copied|copied|tweet|pin it|x"
)
PHOTO_AGENCIES = (
    r"getty images|getty|afp|reuters|ap(?: photo)?|associated press|epa(?:-efe)?|shutterstock|alamy|"
    r"pa(?: media| wire| images)?|bloomberg|anadolu(?: agency)?|xinhua|efe|ansa|dpa|sipa(?: usa)?|"
    r"zuma(?: press| wire)?|rex(?: features)?|rex/shutterstock|nurphoto|sopa images|lightrocket|"
    r"istock(?:photo)?|unsplash|pexels|wikimedia commons|handout|supplied|imago|abaca(?:press)?|"
    r"picture alliance|tass|ria novosti"
)

# ---- whole-line phrases: a line made only of these (in any combination) is page junk

RELATED_LIST_MARKERS = (r"list of \d+ items?", r"end of list", r"list \d+ of \d+")
SECTION_LABELS = (
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
)
COMMENT_FORM = (
    r"leave a (?:reply|comment)", r"cancel reply", r"post(?: a| your)? comment", r"submit(?: comment)?",
    r"add (?:a |your )?comment", r"comments?(?: \(\d+\))?", r"\d+ (?:comments?|replies|responses)", r"reply",
    r"name", r"full name", r"e-?mail(?: address)?", r"website", r"url", r"comment", r"\*",
    r"required fields are marked", r"your e-?mail address will not be published\.?",
    r"save my name, e-?mail, and website in this browser for the next time i comment\.?",
    r"you must be (?:logged|signed) in to post a comment\.?", r"join the (?:conversation|discussion)",
    r"(?:be the first to comment|no comments(?: yet)?)\.?", r"notify me of (?:follow-up comments|new posts) by e-?mail\.?",
    r"view comments", r"show comments", r"hide comments",
)
SHARE_PROMPTS = (
    r"share(?: this| the)?(?: article| story| post| page| link| on| via| with| to)*",
    SOCIAL_NETWORKS, r"\d+ shares?", r"share via \w+", r"follow us", r"follow",
)
NAVIGATION = (
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)", r"(?:scroll|back|go|return|jump) to (?:the )?top",
    r"home(?:page)?", r"main menu", r"menu", r"search", r"close", r"toggle (?:navigation|menu|search)",
    r"(?:next|previous|prev|older|newer) (?:article|post|story|page|entry|posts|articles|stories)",
    r"(?:load|show|view|see|read) (?:more|all|less)", r"sign in", r"sign up", r"log ?in", r"log ?out", r"register",
    r"subscribe(?: now)?", r"my account", r"navigation", r"you are here", r"back", r"next", r"previous",
    r"open (?:menu|navigation)", r"select language", r"language", r"edition",
)
FOOTER_LINKS = (
    r"about(?: us)?", r"contact(?: us)?", r"privacy(?: policy| notice| settings| centre| center)?",
    r"terms(?: (?:of|and) (?:use|service|conditions))?", r"terms (?:&|and) conditions", r"t&cs?",
    r"cookies?(?: policy| settings| preferences| notice)?", r"advertise(?: with us)?", r"careers",
    r"site ?map", r"accessibility(?: statement)?", r"help(?: centre| center)?",
    r"editorial (?:policy|policies|guidelines|standards)", r"corrections(?: policy)?",
    r"ethics(?: policy)?", r"do not sell(?: or share)? my (?:personal )?info(?:rmation)?",
    r"manage (?:cookies|preferences|consent)", r"newsletters?", r"rss(?: feeds?)?", r"masthead",
    r"feedback", r"imprint", r"impressum", r"disclaimer", r"about the author", r"our team", r"work with us",
    r"all rights reserved\.?", r"powered by \w+(?: \w+)?",
)
ADVERTISEMENT = (
    r"advertisements?", r"advertising", r"sponsored(?: content| post| stories)?", r"paid (?:content|post|partnership)",
    r"partner content", r"promoted(?: content| stories)?", r"ads?", r"ad feedback", r"report (?:this )?ad",
    r"(?:story|article|content|text) continues (?:below|after(?: (?:the|this))? (?:advertisement|ad|advert))",
    r"continue reading(?: below| the (?:main )?(?:story|article))?", r"remove ads",
    r"scroll (?:down )?to continue(?: with content| reading)?",
)
AUDIO_PROMPTS = (
    r"listen to (?:this |the )?(?:article|story|podcast)", r"listen(?: now)?", r"\d+ min(?:ute)?s? (?:read|listen|watch)",
    r"reading time:? ?\d+ min(?:ute)?s?", r"audio (?:version|article)", r"play(?: video| audio)?", r"pause",
)
PHOTO_CREDITS = (
    rf"(?:(?:photo|image|picture|pic|video)s?(?: credits?)?:? )?(?:{PHOTO_AGENCIES})(?: ?/ ?(?:{PHOTO_AGENCIES}))*"
    rf"(?: via (?:{PHOTO_AGENCIES}))?(?: (?:photo|images?|file))?",
    r"file (?:photo|picture|image)", r"(?:photo|image|picture) (?:credit|source)s?",
)

# ---- calls to action: "Sign up for our newsletter", "Follow us on Instagram"

CALL_TO_ACTION_VERBS = (
    r"subscribe|sign up|signup|register|join|follow|download|install|get|like|"
    r"visit|check out|support|donate|become an? (?:member|subscriber|supporter|patron)|stay (?:updated|informed|"
    r"connected|tuned|up to date|in the know|ahead)|don'?t forget to|make sure (?:to|you)|want more|never miss|"
    r"enter your e-?mail|receive|keep up with|keep up to date|catch up"
)
CALL_TO_ACTION_OBJECTS = (
    r"us|our|newsletters?|apps?|channels?|"
    r"alerts?|inbox|notifications?|podcasts?|feeds?|subscription|whatsapp|telegram|instagram|facebook|"
    r"twitter|youtube|tiktok|linkedin|google news|journalism|membership"
)

# ---- site promos: "XYZ is a premium online portal ...", "We bring our readers ..."

MEDIA_NOUNS = (
    r"(?:(?:online|digital|web|internet|news|media|multimedia|multi-media|publishing)[ -](?:\w+ )?"
    r"(?:portal|platform|outlet|publication|site|destination|brand|network|channel|company|house|organi[sz]ation|"
    r"group|service|source|provider|agency|hub|firm|publisher|newspaper|magazine|medium)"
    r"|portal|website|web ?site|newspaper|news ?paper|magazine|tabloid|broadsheet|blog|publisher|broadcaster|"
    r"news outlet|news website|news agency)s?"
)
PROMO_WORDS = (
    r"premium|leading|trusted|foremost|number one|no\.? ?1|fastest[- ]growing|most (?:read|trusted|popular|visited|reliable)|"
    r"reliable|award[- ]winning|authoritative|dedicated to|committed to|one-stop|go-to|home of|brings you|bringing you|"
    r"delivers?|delivering|up-to-the-minute|breaking news|latest news|round the clock|24/7"
)
OUR_MEDIA = r"website|platform|readers|newsletters?|site|app|subscribers|newsroom|journalism|coverage"

# ---- bylines and publishers

BYLINE_CONNECTORS = frozenset({
    "and", "&", "de", "van", "der", "von", "al", "bin", "da", "dos", "del", "la", "le", "du", "in", "at",
    "for", "of", "the", "with", "staff", "reporter", "reporters", "writer", "correspondent", "editor",
    "contributor", "team", "desk", "senior", "chief", "political", "news", "agencies", "|", "-", "–",
})
NOT_PUBLISHERS = (
    r"all|we|it|this|the author|author|our|staff|admin|administrator|editor|user|unknown|anonymous|"
    r"the|a|an|none|n/?a|getty images|shutterstock|file"
)

# ---- dates in page stamps ("Published 7 Jan 2026, 10:04 GMT")

MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
