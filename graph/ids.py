"""The one place where node ids are minted.

Ids are deterministic: the same name always gives the same id, in any
process, so graphs built separately can be merged by id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_PREFIX = {"Company": "company", "Chip": "chip", "Person": "person", "Other": "other"}


def slugify(name: str) -> str:
    """Lower-case ASCII slug of a name, diacritics removed.

    >>> slugify("Amazon Web Services")
    'amazon-web-services'
    >>> slugify("Tập đoàn Điện lực")
    'tap-doan-dien-luc'
    >>> slugify("AT&T")
    'at-t'
    """
    text = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def entity_id(entity_type: str, name: str) -> str:
    """Id of an entity from its type and canonical name.

    >>> entity_id("Company", "Amazon Web Services")
    'company:amazon-web-services'
    >>> entity_id("Chip", "Trainium2")
    'chip:trainium2'
    """
    return f"{_PREFIX[entity_type]}:{slugify(name)}"


def deal_id(kind: str, parties: list[tuple[str, str]], date: str | None = None, extra: str = "") -> str:
    """Id of a deal from its kind, its (role, entity id) parties, its date and
    anything else that tells two deals of the same parties apart (``extra``).

    >>> deal_id("investment", [("investor", "company:microsoft"), ("investee", "company:openai")])
    'deal:investment:d83f98d08a'
    """
    key = "|".join([kind, *sorted(f"{r}={e}" for r, e in parties), date or ""] + ([extra] if extra else []))
    return f"deal:{kind}:{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def article_id(path_name: str) -> str:
    """Id of an article node from its file name.

    >>> article_id("vi-2025-12-17-openai-amazon.txt")
    'article:vi-2025-12-17-openai-amazon.txt'
    """
    return f"article:{path_name}"
