"""Words that say a quantity went up or down: verbs, adverbs and nouns of change."""
from __future__ import annotations

from pipelines.text.lexicon._lists import words

#: Verbs of change that take the amount right after them ("rose 5%", "fell 30p").
UP_VERBS = words("""
rose rise rises rising risen increased increase increases jumped jump jumps climbed climb climbs grew grow
grows growing grown gained gain gains soared soar soars surged surge surges advanced advance advances
rallied rally rallies spiked spike rebounded rebound widened widen widens widening
increasing expanded expand expands expanding leapt leap leaps leaping
""")
DOWN_VERBS = words("""
fell fall falls falling fallen decreased decrease decreases dropped drop drops slipped slip slips slid
slide slides declined decline declines dipped dip dips plunged plunge plunges plummeted tumbled tumble
slumped slump sank sink sinks sunk shrank shrink shrinks shrunk shrinking contracted eased ease eases retreated retreat
narrowed narrow narrows narrowing decreasing
""")
#: Verbs that take an object before the amount ("cut rates by 0.25%", "lifted the index 1%").
UP_TRANSITIVE = words("raised raise raises raising lifted lift lifts lifting boosted boost boosts boosting pushed pulled "
                      "added adds")
DOWN_TRANSITIVE = words("cut cuts cutting lowered lower lowers lowering trimmed trim trims trimming shed sheds lost loses "
                        "slashed slash slashes slashing reduced reduce reduces reducing")
#: Verbs that move an amount onto, into or off something ("added $9bn to its value", "put $3m into X").
AMOUNT_MOVE_VERBS = words("""
add adds added adding wipe wipes wiped wiping knock knocks knocked knocking shave shaves shaved shaving
put puts putting pump pumps pumped pumping inject injects injected injecting pour pours poured pouring
plough ploughs ploughed invest invests invested investing transfer transfers transferred transferring
move moves moved moving shift shifts shifted channel channelled funnel funnelled
""")
#: Words right after an amount that give its direction ("1.2 percent lower", "22% faster", "11% below the average").
UP_AFTER = words("higher up more stronger rise increase jump gain growth hike surge climb above faster heavier "
                 "bigger larger longer wider taller greater dearer costlier")
DOWN_AFTER = words("lower down less weaker fall drop decline cut loss slump dip decrease reduction below slower "
                   "lighter smaller shorter narrower cheaper fewer")
#: Of those, the ones that name an amount of money itself, not its change ("a $30m loss").
MONEY_AMOUNT_AFTER = words("loss")
#: Words right before an amount that give its direction ("up 9%", "down 3%").
UP_BEFORE = words("up")
DOWN_BEFORE = words("down")
#: Nouns of change written before "of" and an amount ("an increase of 5%").
UP_NOUNS = words("increase rise jump gain growth hike surge climb")
DOWN_NOUNS = words("decrease fall drop decline cut loss slump dip reduction")
#: Every noun of change, up or down.
CHANGE_NOUNS = UP_NOUNS | DOWN_NOUNS
#: Every word of change, and "by", "from", "up", "down": a number after one is a change or a new level.
CHANGE_WORDS = (UP_VERBS | DOWN_VERBS | UP_TRANSITIVE | DOWN_TRANSITIVE | UP_BEFORE | DOWN_BEFORE
                | words("edged by from"))
#: Words before a number that make it a stated level ("closed at 7,412", "stood at 5%").
LEVEL_VERBS = words("closed ended finished settled stood opened traded hovered peaked bottomed")
#: Nouns naming a rate that is a level, not a share ("inflation of 3.2%", "a yield of 4%").
LEVEL_NOUNS = words("""
inflation rate rates yield yields unemployment margin interest growth gdp tax vat tariff tariffs
mortgage apr return returns coupon index
""")
#: Adjectives of a level's label written before it ("a new high of 583p", "closed at a record 41,286").
LEVEL_LABEL_ADJECTIVES = words("new fresh all-time record historic")
#: Verbs that multiply an amount, with the change in percent they state ("profit doubled": +100%).
MULTIPLE_VERBS: dict[str, int] = {"doubled": 100, "tripled": 200, "trebled": 200, "quadrupled": 300, "halved": -50}
#: Words after such a verb that make it no change ("doubled as a venue", "doubled over", "doubled down").
MULTIPLE_NOT_AFTER = words("as up down over back")
#: What a side doubles in a match report ("United doubled their lead"): a goal scored, not a quantity's change.
MULTIPLE_MATCH_NOUNS = words("lead advantage")
