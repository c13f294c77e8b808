"""Quantitative facts: numbers in a body with what they count, cost or measure.

How it works
------------
1. ``traps``: spans that hold digits but no facts are set aside first: URLs, e-mail
   addresses, phone numbers, times of day (``3pm``, ``10:30``, ``1030 GMT``), street
   addresses (``10 Downing Street``) and ``No 10``.
2. ``dates``: calendar dates are read next (``Jan. 7``, ``7 January 2005``, ``January 4 to 7``,
   ``March 2005``, ``the 1990s``, ``mid-2005``), so their digits never become counts.
3. Every other number written in the body (:data:`pipelines.text.numbers.NUMBER_RE`) is an
   *anchor*, read by ``readers``. Its left context gives a currency (``$``, ``HK$``, ``USD``, ``Rs``) and a hedge
   (``about``, ``more than``...); its right context gives what it is: a percent, a currency
   name, a temperature, an age, a time unit, a measure unit, or else a counted noun. A number
   that names something instead of counting (``Boeing 747``, ``Windows 11``, ``Article 9``,
   ``version 2``, ``top 10``), an ordinal (``29th``) or a year is never a count.
4. ``joins``: neighbouring anchors in one sentence are joined: ratios (``20 of the 27 total cases``,
   ``one in five adults``), ranges (``two to three years``, ``$5m-$6m``, ``between 5 and 10%``)
   and sports scores (``won 3-1``). Numbers left without a unit are dropped, and so are
   anaphoric counts (``the two leaders``) and counts of one (``one must``). ``siblings``: cents
   take the currency of their sentence (``rose 4.1 cents to €1.61``), and an amount compared
   with a rate of its currency and size is per the same thing (``€0.64 per share, up from €0.58``).
5. Facts about the same thing share a ``group_id`` (:mod:`~pipelines.text.facts.groups`).

Fact values
-----------
``count`` the number, ``unit`` the counted noun with its modifiers (``US troops``);
``money`` whole currency units, ``unit`` an ISO 4217 code; ``proportion`` a fraction in [0, 1]
with no unit (``74 percent`` is 0.74; a change in ``percentage points`` has rule
``proportion.points``; percentages over 100 are ``measure`` facts, a fraction with no unit:
``150%`` is 1.5); ``ratio`` numerator with ``total``; ``duration``
in ``unit`` (second, minute, hour, day, week, month, year, decade, century); ``age`` in years;
``measure`` in ``unit`` (km, mile, tonne, MW, ..., ``score`` for sports results, whose
``normalized`` is ``3-1``); ``temperature`` in C or F; ``date``: ``value`` is the year (NULL
when the text gives none), ``date`` the calendar day when the text gives day, month and year,
``normalized`` ISO (``2005-01-07``, ``--01-07`` without a year,
``2005-01``, ``2005``, ``1990s``; day ranges as ``--01-04/--01-07``), year ranges
(``2004-05``) have ``value_high``. Every fact's ``display`` is how a person writes it
(``50%``, ``20 of 27 cases``, ``$44 million``, ``Jan 4``; see :mod:`~pipelines.text.facts.display`).

Rules
-----
Every rule a fact can carry is declared once, with a description and an example, in
:mod:`~pipelines.text.facts.rules` (``RULES``); what a number measures is read by
:mod:`~pipelines.text.facts.objects`.
"""
from __future__ import annotations

from pipelines.text.common import lazy_exports
from pipelines.text.facts.rules import RULES
from pipelines.text.lexicon.hedges import HEDGES

__all__ = ["HEDGES", "RULES", "extract_facts"]
__getattr__ = lazy_exports(__name__, {"extract_facts": "extract"})
