"""Entity resolution across articles: one node per company, however it is written.

KB ids and aliases come first (AWS = Amazon Web Services); a company outside the
KB is known by its normalised name. Names are never merged for being similar:
"Meta" and "Metaculus" stay apart, and a user who wants two names merged adds an
alias to the KB.
"""

from __future__ import annotations

import re
import unicodedata

from extract.kb import KnowledgeBase
from graph.ids import entity_id
from graph.schema import Entity, Extraction

_LEGAL = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "limited", "company", "incorporated", "jsc"}


def normalise(name: str) -> str:
    """Case-, punctuation- and legal-suffix-insensitive form of a company name.

    >>> normalise("Fjordcompute AS"), normalise("Cadmus Semiconductor, Inc.")
    ('fjordcompute as', 'cadmus semiconductor')
    """
    text = re.sub(r"[\"'’`.,()]", " ", unicodedata.normalize("NFC", name).casefold())
    return " ".join(w for w in text.split() if w not in _LEGAL)


def resolve_entities(extractions: list[Extraction], kb: KnowledgeBase) -> tuple[dict[str, str], dict[str, Entity]]:
    """Map every extracted entity id to its graph id, and give the merged entities.

    An entity outside the KB whose name or alias is a KB alias becomes that KB
    entity; otherwise entities with the same type and normalised name are one.

    Returns
    -------
    mapping : dict
        extracted id -> graph id
    entities : dict
        graph id -> merged :class:`Entity` (aliases united)
    """
    mapping: dict[str, str] = {}
    merged: dict[str, Entity] = {}
    for ex in extractions:
        for e in ex.entities:
            target = e.id
            if not e.in_kb:
                for surface in (e.name, *e.aliases):
                    hit = kb.lookup(surface)
                    if hit is not None and hit.type == e.type:
                        target = hit.id
                        break
                else:
                    target = entity_id(e.type, normalise(e.name) or e.name)
            mapping[e.id] = target
            old = merged.get(target)
            kb_entity = kb.get(target)
            name = kb_entity.name if kb_entity else (old.name if old else e.name)
            aliases = set(old.aliases if old else ()) | set(e.aliases) | ({e.name} - {name})
            merged[target] = Entity(id=target, name=name, type=e.type, aliases=tuple(sorted(aliases)),
                                    parent=(kb_entity.parent_id if kb_entity else None) or (old.parent if old else e.parent),
                                    in_kb=kb_entity is not None)
    return mapping, merged
