"""The extraction output contract: one JSON object per article (GOLD_FORMAT.md shape)."""

from __future__ import annotations

import re

from graph.schema import Entity, Extraction


def article_name(entity: Entity, text: str) -> str:
    """The name the contract gives a company: its canonical name, unless the article never writes it on
    its own and spells the company out more fully ("Taiwan Semiconductor Manufacturing Co." for TSMC,
    "Greylock Partners" for Greylock), the way an annotator names it from the text.

    >>> from graph.schema import Entity
    >>> tsmc = Entity(id="company:tsmc", name="TSMC", type="Company",
    ...               aliases=("Taiwan Semiconductor Manufacturing Co.",), in_kb=True)
    >>> article_name(tsmc, "Chips made by Taiwan Semiconductor Manufacturing Co. ship in May.")
    'Taiwan Semiconductor Manufacturing Co.'
    >>> article_name(tsmc, "TSMC makes them.")
    'TSMC'
    >>> greylock = Entity(id="company:greylock", name="Greylock", type="Company",
    ...                   aliases=("Greylock Partners",), in_kb=True)
    >>> article_name(greylock, "The round was led by Greylock Partners.")
    'Greylock Partners'
    """
    def written(name: str, within: str, flags: int = 0) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", within, flags))

    fuller = sorted((a for a in entity.aliases if len(a) > len(entity.name) and written(a, text)), key=len, reverse=True)
    if entity.type != "Company" or not fuller:
        return entity.name
    # ("Greylock" inside "Greylock Partners" is part of the fuller name, not written on its own)
    rest = re.sub("|".join(re.escape(a) for a in fuller), " ", text)
    if written(entity.name, rest, re.IGNORECASE):
        return entity.name
    return min(fuller, key=text.find)


def to_contract(ex: Extraction) -> dict:
    """The gold-format dict of an extraction, with ids and spans as extra fields."""
    names = {e.id: article_name(e, ex.article.text) for e in ex.entities}
    return {
        "article": ex.article.id,
        "language": ex.article.language,
        "published": ex.article.published.isoformat() if ex.article.published else None,
        "title": ex.article.title,
        "extractor_version": ex.extractor_version,
        "entities": [
            {"id": e.id, "name": names[e.id], "type": e.type,
             "aliases": sorted({*e.aliases, e.name} - {names[e.id]}),
             "parent": names.get(e.parent, e.parent) if e.parent else None, "in_kb": e.in_kb}
            for e in ex.entities
        ],
        "relations": [
            {"head": names.get(r.head, r.head), "relation": r.relation,
             "tail": names.get(r.tail, r.tail) if r.tail else None,
             "amount": r.amount.model_dump() if r.amount else None,
             "status": r.status, "date": r.date, "date_precision": r.date_precision,
             "evidence": r.evidence.sentence,
             "head_id": r.head, "tail_id": r.tail, "deal_id": r.deal_id,
             "span": [r.evidence.start, r.evidence.end], "confidence": r.confidence}
            for r in ex.relations
        ],
        "deals": [d.model_dump(mode="json") for d in ex.deals],
    }
