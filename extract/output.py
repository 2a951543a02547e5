"""The extraction output contract: one JSON object per article (GOLD_FORMAT.md shape)."""

from __future__ import annotations

import re

from graph.schema import Entity, Extraction


def article_name(entity: Entity, text: str, others: tuple[str, ...] = ()) -> str:
    """The name the contract gives a company: its canonical name, unless the article never writes it on
    its own and spells the company out more fully ("Taiwan Semiconductor Manufacturing Co." for TSMC,
    "Greylock Partners" for Greylock) or only by another of its names ("OCI"), the way an annotator
    names it from the text. ``others`` are the names of the article's other companies: "Viettel" inside
    "Viettel IDC" is not written on its own.

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
    >>> oci = Entity(id="company:oracle-cloud-infrastructure", name="Oracle Cloud Infrastructure",
    ...              type="Company", aliases=("OCI",), in_kb=True)
    >>> article_name(oci, "xAI trains Grok on OCI.")
    'OCI'
    >>> viettel = Entity(id="company:viettel", name="Viettel", type="Company",
    ...                  aliases=("Tập đoàn Viettel",), in_kb=True)
    >>> article_name(viettel, "Viettel IDC, đơn vị thuộc Tập đoàn Viettel.", others=("Viettel IDC",))
    'Tập đoàn Viettel'
    """
    def written(name: str, within: str, flags: int = 0) -> bool:
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", within, flags))

    if entity.type != "Company":
        return entity.name
    longer = sorted((o for o in others if o != entity.name and written(entity.name, o)), key=len, reverse=True)
    own = re.sub("|".join(re.escape(o) for o in longer), " ", text) if longer else text
    fuller = sorted((a for a in entity.aliases if len(a) > len(entity.name) and written(a, own)), key=len, reverse=True)
    # ("Greylock" inside "Greylock Partners" is part of the fuller name, not written on its own)
    rest = re.sub("|".join(re.escape(a) for a in fuller), " ", own) if fuller else own
    if written(entity.name, rest, re.IGNORECASE):
        return entity.name
    if fuller:
        return min(fuller, key=text.find)
    other_names = sorted((a for a in entity.aliases if written(a, own)), key=len, reverse=True)
    return other_names[0] if other_names else entity.name


def to_contract(ex: Extraction) -> dict:
    """The gold-format dict of an extraction, with ids and spans as extra fields."""
    companies = tuple(n for e in ex.entities if e.type == "Company" for n in (e.name, *e.aliases))
    names = {e.id: article_name(e, ex.article.text, tuple(n for n in companies if n not in {e.name, *e.aliases}))
             for e in ex.entities}
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
