"""The extraction output contract: one JSON object per article (GOLD_FORMAT.md shape)."""

from __future__ import annotations

from graph.schema import Extraction


def to_contract(ex: Extraction) -> dict:
    """The gold-format dict of an extraction, with ids and spans as extra fields."""
    names = {e.id: e.name for e in ex.entities}
    return {
        "article": ex.article.id,
        "language": ex.article.language,
        "published": ex.article.published.isoformat() if ex.article.published else None,
        "title": ex.article.title,
        "extractor_version": ex.extractor_version,
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
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
