"""Words that pay for, spend on, buy or sell something: they say what an amount of money is the price of."""
from __future__ import annotations

from pipelines.text.lexicon._lists import words

#: Verbs whose amount is followed by what it pays for ("paid $1bn for a wine maker", "bid £3bn for X").
PAY_VERBS = words("""
pay pays paid paying offer offers offered offering bid bids bidding spend spends spent spending
charge charges charged charging
""")
#: Participles after an amount that say it goes on something ("the £80m spent annually on a trust").
SPENT_PARTICIPLES = words("""
spent invested earmarked allocated budgeted ringfenced ring-fenced paid pledged committed set
""")
#: Verbs of buying and selling whose object comes before "for" and the price ("agreed to buy X for $5bn").
TRADE_VERBS = words("""
buy buys bought buying acquire acquires acquired acquiring purchase purchases purchased purchasing
sell sells sold selling
""")
