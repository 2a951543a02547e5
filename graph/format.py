"""Compact human-readable values for tables, labels and tooltips."""

from __future__ import annotations

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_PREFIX = {"exact": "", "about": "~", "more_than": ">", "at_least": "≥", "up_to": "≤"}


def compact_money(value: float, currency: str = "USD") -> str:
    """``$38B``, ``$1.4T``, ``€600M``, ``VND 5,000B``.

    >>> compact_money(38e9), compact_money(1.4e12), compact_money(6e8, "EUR"), compact_money(5e12, "VND")
    ('$38B', '$1.4T', '€600M', 'VND 5T')
    """
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            number = f"{value / scale:.1f}".rstrip("0").rstrip(".")
            break
    else:
        number, suffix = f"{value:.0f}", ""
    symbol = _SYMBOL.get(currency)
    return f"{symbol}{number}{suffix}" if symbol else f"{currency} {number}{suffix}"


def compact_amount(amount: dict | None) -> str:
    """An amount with its qualifier: ``≥$8B``, ``>$13B``, ``≤$10B``, ``~$17.4B``; empty for None.

    >>> compact_amount({"value": 8e9, "currency": "USD", "qualifier": "at_least"})
    '≥$8B'
    """
    if not amount:
        return ""
    return _PREFIX.get(amount.get("qualifier", "exact"), "") + compact_money(amount["value"], amount.get("currency", "USD"))


def status_text(status: str | None) -> str:
    """``in talks`` for ``in_talks``; empty for None."""
    return (status or "").replace("_", " ")
