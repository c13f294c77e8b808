"""Words that pay for, spend on, buy or sell something: they say what an amount of money is the price of."""
from __future__ import annotations

from pipelines.text.lexicon._lists import words

#: Verbs whose amount is followed by what it pays for ("paid $1bn for a wine maker", "bid £3bn for X").
PAY_VERBS = words("""
pay pays paid paying offer offers offered offering bid bids bidding spend spends spent spending
charge charges charged charging repay repays repaid repaying fork forks forked forking shell shells shelled shelling splash splashes
splashed splashing
""")
#: The particle of a phrasal verb of paying before its amount ("fork out £11,500", "stump up $2m").
PAY_PARTICLES = words("out up")
#: Verbs after "to" and an amount that say what it gets ("£11,500 to own a new car", "$900 a month to rent a flat").
GET_VERBS = words("own rent lease hire")
#: Participles after an amount that say it goes on something ("the £80m spent annually on a trust").
SPENT_PARTICIPLES = words("""
spent invested earmarked allocated budgeted ringfenced ring-fenced paid pledged committed set
""")
#: Verbs of buying and selling whose object comes before "for" and the price ("agreed to buy X for $5bn").
TRADE_VERBS = words("""
buy buys bought buying acquire acquires acquired acquiring purchase purchases purchased purchasing
sell sells sold selling
""")
