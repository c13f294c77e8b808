"""Units of measure read with pint's registry: what a word after a number is, in which dimension.

The registry is built once, lazily, on the first unit looked up (no file or network access
at run time beyond pint's own definitions file), and every written form is resolved once
(cached). :func:`measure_unit` takes the word as written after a number (``hp``, ``kilowatts``,
``GHz``, ``square metres``) and gives the stored unit, its dimension and the factor to the SI
unit of that dimension, or None when the word is no unit news writes with numbers
(:data:`~pipelines.text.lexicon.units.NEWS_UNIT_NAMES`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

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
    import pint                         # imported on first use: the registry takes ~0.3 s to build
    return pint.UnitRegistry()


def _resolved(expr: str, written: str) -> Unit:
    ureg = _registry()
    q = ureg.Quantity(1, expr)
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


@lru_cache(maxsize=4096)
def measure_unit(token: str) -> Unit | None:
    """The unit written as ``token`` after a number (``'hp'``, ``'kilowatts'``, ``'sq m'``), or None."""
    token = " ".join(token.split())
    if token in EXTRA_UNITS:
        expr, written = EXTRA_UNITS[token]
        return _resolved(expr, written) if expr else Unit(written)
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
    pn = _pint_name(token.replace(" ", "_").replace("-", "_"))
    if pn is None:
        return None
    prefix, name = pn
    full = prefix + name
    ureg = _registry()
    written = UNIT_WRITTEN.get(full) or ureg.get_symbol(full)
    return _resolved(full, written)
