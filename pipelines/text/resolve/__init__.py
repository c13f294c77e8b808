"""Cross-document resolution: one canonical entity per real thing.

Keys, by type (``entity_id = stable_id(type, key)``):

* **GPE / LOC** -- the gazetteer entry of the mention's local name ("US", "U.S.", "America" and
  "United States" all give ``country:US``); names outside the gazetteer ("Taiwan Strait") key
  on their normalised text. "Korea" alone stays its own entity (``country:KOREA``) unless the
  document named only South Korea, in which case ``entities`` already set its local name to
  "South Korea".
* **NORP** -- the demonym entry ("South Koreans" -> ``norp:south korean``, country KR).
* **ORG** -- normalised name without article and legal suffix ("Acme Corp" = "Acme"); an
  acronym takes the long form its document spelled out, or the one long form the corpus gives
  it when its own document did not. Names that differ only by an English plural of the last
  word or a final "Party" are one organisation ("Tory", "Tories", "Tory Party"; "Democrat",
  "Democrats") -- general morphology, no table of parties; acronyms ("AAA", "AAAS") and
  "Times"/"News" are not plurals.
* **PERSON** -- the normalised full name (case, hyphens, spaces and accents ignored, so
  "Moon Jae-in" = "Moon Jae In"); a generational suffix (Jr, Sr, II, III, IV) stays in the key,
  so father and son are two people, and a shorter name only joins a longer one with the same
  suffix. A short form was already given its document's full name by
  ``entities``; a name with fewer tokens joins the only longer name sharing its first and last
  tokens ("George Bush" -> "George W. Bush"). A bare one-word name that no full name in its
  document explains joins the one person in the corpus whose *family name* it is; when several
  people share it, it is ambiguous and left unresolved (``entity_id`` None); when it is only
  somebody's given name, or several people of its own document share it, it is unresolved
  too; when it is nobody's name, it is its own entity. The family name is the last word
  ("Ardern", "Kilroy-Silk" / "Kilroy"), or the first word when the name is written family name
  first ("Moon Jae-in", "Park Geun Hye", "Ng Eng Hen") or a title stands before the first word
  alone somewhere ("Premier Li" for Li Qiang).

Given names (decision): a given name alone ("Tony") links to the full name only inside its
own document, and only when one person of that document has it (``entities``). It becomes an
alias of the entity only where the text calls the person by it -- used alone at least twice in
a document and at least as often as any other one-word form there; a stray "Tony" in a text
that says "Blair" links the mention but adds no alias, so aliases stay safe for look-ups.

Canonical name: the gazetteer name for places and demonyms; otherwise the fullest form seen
(most name tokens), the most frequent among those.

Phases (``corpus``): first keys (``keys``); shorter full names join longer ones, a full name read
as a person's only for want of a cue that another document names as an organisation by a strong
rule becomes that organisation ("Eli Lilly"), product names become organisations, each person's family name(s) (``people``); bare one-word names against
the corpus (``bare_names``); plural and "Party" variants of organisations merged
(``organisations``); the entity, mention and role rows (``rows``).
"""
from pipelines.text.resolve.corpus import Outcomes, resolve_entities, resolve_outcomes
from pipelines.text.resolve.keys import org_key

__all__ = ["Outcomes", "resolve_entities", "resolve_outcomes", "org_key"]
