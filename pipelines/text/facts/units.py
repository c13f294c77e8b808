"""Units of measure read with pint's registry: what a word after a number is, in which dimension.

Every spelling pint could read as one of the news units (each unit's names, symbols and aliases,
with or without an SI prefix and a plural ``s``, as written and lower-cased) is resolved once per
content of this module, the units lexicon and pint's version, and kept in the disk cache
(:mod:`pipelines.diskcache`): an extracting process then loads that table instead of importing
pint and building its registry (about 1 s, much of it numpy and dask, which pint imports when
installed). Only a mixed-case spelling ("kiloMetres") is read by pint itself. A combination pint
refuses ("mdB", a prefixed offset unit) reads as no unit. :func:`measure_unit` takes the word as
written after a number (``hp``, ``kilowatts``, ``GHz``, ``square metres``) and gives the stored unit, its dimension and the factor to the SI
unit of that dimension, or None when the word is no unit news writes with numbers
(:data:`~pipelines.text.lexicon.units.NEWS_UNIT_NAMES`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from pipelines.diskcache import cached, content_key
from pipelines.text.lexicon import units as _lexicon
from pipelines.text.lexicon.units import (
    EXTRA_UNITS, NEWS_UNIT_NAMES, UNIT_PREFIXES, UNIT_WORD_COLLISIONS, UNIT_WRITTEN,
)

#: Dimensions by pint dimensionality, with the SI unit a measure is converted to.
_DIMENSIONS: dict[frozenset, tuple[str, str, str]] = {
    frozenset({("[length]", 1)}): ("length", "meter", "m"),
    frozenset({("[mass]", 1)}): ("mass", "kilogram", "kg"),
    frozenset({("[length]", 2)}): ("area", "meter**2", "m^2"),
    frozenset({("[length]", 3)}): ("volume", "meter**3", "m^3"),
    frozenset({("[mass]", 1), ("[length]", 2), ("[time]", -3)}): ("power", "watt", "W"),
    frozenset({("[mass]", 1), ("[length]", 2), ("[time]", -2)}): ("energy", "joule", "J"),
    frozenset({("[time]", -1)}): ("frequency", "hertz", "Hz"),
    frozenset({("[length]", 1), ("[time]", -1)}): ("speed", "meter/second", "m/s"),
    frozenset({("[mass]", 1), ("[length]", -1), ("[time]", -2)}): ("pressure", "pascal", "Pa"),
    frozenset({("[mass]", 1), ("[length]", 1), ("[time]", -2)}): ("force", "newton", "N"),
    frozenset({("[current]", 1), ("[time]", 1)}): ("charge", "coulomb", "C"),
    frozenset({("[current]", 1)}): ("current", "ampere", "A"),
    frozenset({("[mass]", 1), ("[length]", 2), ("[time]", -3), ("[current]", -1)}): ("voltage", "volt", "V"),
    frozenset({("[luminosity]", 1), ("[length]", -2)}): ("luminance", "nit", "nit"),
    frozenset({("[length]", 3), ("[time]", -1)}): ("flow", "meter**3/second", "m^3/s"),
}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit as stored, its dimension and the factor to the SI unit ``si`` (None when unknown)."""

    unit: str
    dimension: str | None = None
    si: str | None = None
    factor: float | None = None


@cache
def _registry():
    import pint                         # only to build the table, or for a mixed-case spelling
    return pint.UnitRegistry()


def _resolved(expr: str, written: str) -> Unit:
    ureg = _registry()
    q = ureg.parse_expression(expr)     # "1e6 * british_thermal_unit": a scaled unit is one of it
    base = q.to_base_units()
    if str(base.units) in ("bit", "bit / second"):
        return Unit(written, "data" if str(base.units) == "bit" else "data rate",
                    "bit" if str(base.units) == "bit" else "bit/s", float(base.magnitude))
    dims = frozenset(dict(q.dimensionality).items())
    if dims in _DIMENSIONS:
        dimension, si_expr, si = _DIMENSIONS[dims]
        return Unit(written, dimension, si, float(q.to(si_expr).magnitude))
    return Unit(written, None, None, None)


def _pint_name(token: str) -> tuple[str, str] | None:
    """(prefix, name) pint reads ``token`` as, among the news units; None when it reads none."""
    ureg = _registry()
    for case_sensitive in (True, False):
        try:
            found = ureg.parse_unit_name(token, case_sensitive=case_sensitive)
        except Exception:               # pint raises on malformed names
            return None
        found = [(p, n) for p, n, _ in found if n in NEWS_UNIT_NAMES and (not p or p in UNIT_PREFIXES)]
        found.sort(key=lambda pn: bool(pn[0]))           # "yd" is a yard before a yocto-day
        if found:
            return found[0]
        if token[:1].isupper() or len(token) <= 3:
            return None                 # symbols are case-sensitive: "MW" is not "mW"
    return None


def _read(name: str) -> Unit | None:
    """The news unit pint reads ``name`` as (underscores for spaces), resolved; None when none."""
    pn = _pint_name(name)
    if pn is None:
        return None
    full = pn[0] + pn[1]
    try:
        return _resolved(full, UNIT_WRITTEN.get(full) or _registry().get_symbol(full))
    except Exception:                   # pint refuses some combinations ("mdB": a prefixed offset unit)
        return None


def _extra(written_as: str) -> Unit:
    expr, written = EXTRA_UNITS[written_as]
    return _resolved(expr, written) if expr else Unit(written)


def _build_table() -> tuple[dict[str, Unit], dict[str, Unit | None]]:
    """The extra units resolved, and every spelling pint could read as a news unit with what it reads.

    pint reads a name as prefix + unit + suffix, the prefix matched as written and the unit
    exactly or, in a second pass, ignoring case (:meth:`pint.UnitRegistry.parse_unit_name`),
    so a name outside these spellings and their lower-cased forms reads as no news unit.
    """
    ureg = _registry()
    units = [k for k, v in ureg._units.items() if v.name in NEWS_UNIT_NAMES]     # every name, symbol, alias
    prefixes = [""] + [k for k, v in ureg._prefixes.items() if v.name in UNIT_PREFIXES]
    spellings = {p + u + s for p in prefixes for u in units for s in ureg._suffixes}
    spellings |= {s.lower() for s in spellings}
    return {w: _extra(w) for w in EXTRA_UNITS}, {s: _read(s) for s in sorted(spellings)}


@cache
def _table() -> tuple[dict[str, Unit], dict[str, Unit | None]]:
    key = content_key([Path(__file__), Path(_lexicon.__file__)], packages=("pint",))
    return cached("units", key, _build_table)


def _pint_unit(name: str) -> Unit | None:
    table = _table()[1]
    if name in table:
        return table[name]
    if name[:1].isupper() or len(name) <= 3 or name.lower() not in table:
        return None                     # no spelling of a news unit, in any case pint reads
    return _read(name)                  # a mixed-case spelling: rare, read by pint itself


@lru_cache(maxsize=4096)
def measure_unit(token: str) -> Unit | None:
    """The unit written as ``token`` after a number (``'hp'``, ``'kilowatts'``, ``'sq m'``), or None."""
    token = " ".join(token.split())
    if token in EXTRA_UNITS:
        return _table()[0][token]
    head = token.split(" ")
    lead = head[0].lower().rstrip(".") if len(head) > 1 else ""
    if lead in ("square", "sq", "cubic", "cu"):
        inner = measure_unit(" ".join(head[1:]))
        if inner is None or inner.dimension != "length":
            return None
        power = 2 if lead in ("square", "sq") else 3
        written = f"{inner.unit}^{power}" if len(inner.unit) <= 2 else f"{'sq' if power == 2 else 'cu'} {inner.unit}"
        expr = {v[2]: v[1] for v in _DIMENSIONS.values()}.get(inner.si or "", "meter")
        return Unit(written, "area" if power == 2 else "volume", f"{inner.si}^{power}",
                    None if inner.factor is None else inner.factor ** power) if expr else None
    if token in UNIT_WORD_COLLISIONS or token.lower() in UNIT_WORD_COLLISIONS and len(token) > 2:
        return None
    return _pint_unit(token.replace(" ", "_").replace("-", "_"))
