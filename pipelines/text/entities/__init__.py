"""Named-entity mentions and roles within one document, by rules.

How a document is read, one module per stage:

1. ``tokens``: capitalised tokens and the runs they form ("Bank of England", "Ludwig van
   Beethoven"); sentence-initial function words and lone words that name nothing are dropped.
2. ``evidence``: which words the document uses as people's names (after a title, with a person
   cue); later, the full names and organisation first words the multi-word runs give.
3. ``classify`` (``classify_multi``, ``classify_single``): every run, stripped of a
   sentence-initial ordinary word, is a gazetteer place, an institution, a demonym, a title and
   a name, an organisation by its head word, a club, a feature or facility, a brand, a person
   ... using the ``cues`` around it (reporting verbs, appositions, role nouns, organisation
   words), ``person_names`` (does it read as a name, where does a title end) and ``places``
   (locative cues, unknown words with place heads, datelines, lower-case place names).
4. ``works``: titles of works are dropped; ``revise``: document-wide revisions (lower-case slips,
   lone names with organisation cues, clubs in football reports) and overlaps.
5. ``local_names``: short forms take the fullest name of the document they match.
6. ``roles``: title before a name, role noun phrase before it, apposition after it.

Every mention and role carries the name of the rule that produced it, declared in ``rules``.
The word lists live in ``pipelines.text.lexicon``.
"""
from pipelines.text.common import lazy_exports

__all__ = ["extract_mentions", "name_key"]
__getattr__ = lazy_exports(__name__, {"extract_mentions": "extract", "name_key": "keys"})
