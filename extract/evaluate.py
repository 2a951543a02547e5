"""Scoring extractions against gold annotations, by the rules of GOLD_FORMAT.md.

A relation is right when its name, head and tail match a gold relation (either
direction for symmetric ones, tail ignored for one-party ones); a fact is right
when every attribute the gold gives is right too. Micro-averaged P/R/F1.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import GoldError
from graph.schema import ONE_PARTY_RELATIONS, SYMMETRIC_RELATIONS

SCORED_TYPES = {"Company", "Chip"}
_SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "limited", "company", "incorporated"}


def normalise_name(name: str | None) -> str | None:
    """Case-, punctuation- and legal-suffix-insensitive form of a name.

    >>> normalise_name("Nvidia Corp."), normalise_name("Advanced Micro Devices, Inc.")
    ('nvidia', 'advanced micro devices')
    """
    if name is None:
        return None
    text = re.sub(r"[\"'’`.,()]", " ", unicodedata.normalize("NFC", str(name)).casefold())
    return " ".join(w for w in text.split() if w not in _SUFFIXES)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class ArticleScore:
    article: str
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    facts: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _amount_ok(gold: dict, pred) -> bool:
    g = gold.get("amount")
    if g is None:
        return True
    if not isinstance(pred, dict) or pred.get("value") is None:
        return False
    try:
        value = float(pred["value"])
    except (TypeError, ValueError):
        return False
    if abs(value - float(g["value"])) > 0.005 * abs(float(g["value"])):
        return False
    if (pred.get("currency") or "USD").upper() != g.get("currency", "USD").upper():
        return False
    accepted = {g.get("qualifier", "exact"), *(gold.get("accept_qualifiers") or g.get("accept_qualifiers") or [])}
    return (pred.get("qualifier") or "exact") in accepted


def _status_ok(gold: dict, pred: dict) -> bool:
    if gold.get("status") is None:
        return True
    synonyms = {"committed": "announced"}
    accepted = {synonyms.get(s, s) for s in [gold["status"], *gold.get("accept_status", [])]}
    return synonyms.get(pred.get("status"), pred.get("status")) in accepted


def _date_ok(gold: dict, pred: dict) -> bool:
    return gold.get("date") is None or (isinstance(pred.get("date"), str) and pred["date"].startswith(gold["date"]))


def score_article(gold: dict, pred: dict) -> ArticleScore:
    """Score one prediction (extraction contract dict) against one gold dict."""
    result = ArticleScore(gold.get("article", "?"))
    index: dict[str, int] = {}
    for i, e in enumerate(gold["entities"]):
        for n in [e["name"], *e.get("aliases_in_text", []), *e.get("aliases", [])]:
            index.setdefault(normalise_name(n), i)

    def find(*names):
        return next((index[normalise_name(n)] for n in names if n is not None and normalise_name(n) in index), None)

    wanted = {i for i, e in enumerate(gold["entities"]) if e["type"] in SCORED_TYPES and not e.get("optional")}
    got = set()
    for e in pred.get("entities", []):
        if e.get("type") not in SCORED_TYPES:
            continue
        i = find(e.get("name"), *(e.get("aliases") or []))
        if i is None:
            result.entities.fp += 1
            result.extras.append(f"entity {e.get('name')!r}")
        elif i in wanted:
            got.add(i)
    result.entities.tp, result.entities.fn = len(got), len(wanted - got)
    result.misses += [f"entity {gold['entities'][i]['name']!r}" for i in sorted(wanted - got)]

    def key(rel, h, t):
        if rel in SYMMETRIC_RELATIONS and h is not None and t is not None and t < h:
            h, t = t, h
        return rel, h, t

    golds = [(key(g["relation"], find(g["head"]), find(g["tail"]) if g.get("tail") is not None else None), g)
             for g in gold["relations"]]
    preds = [(key(p.get("relation"), find(p.get("head")),
                  None if p.get("relation") in ONE_PARTY_RELATIONS else find(p.get("tail"))), p)
             for p in pred.get("relations", [])]
    used, matched = set(), set()
    for gi, (gk, g) in enumerate(golds):
        candidates = [pi for pi, (pk, _) in enumerate(preds) if pk == gk and pi not in used]
        if not candidates:
            continue
        best = max(candidates, key=lambda pi: (_amount_ok(g, preds[pi][1].get("amount")),
                                               _status_ok(g, preds[pi][1]), _date_ok(g, preds[pi][1])))
        used.add(best)
        matched.add(gi)
        if g.get("optional"):
            continue
        p = preds[best][1]
        checks = {"amount": _amount_ok(g, p.get("amount")), "status": _status_ok(g, p), "date": _date_ok(g, p)}
        result.relations.tp += 1
        if all(checks.values()):
            result.facts.tp += 1
        else:
            bad = ", ".join(k for k, ok in checks.items() if not ok)
            result.wrong.append(f"{g['head']} {g['relation']} {g.get('tail')}: wrong {bad} (gold amount={g.get('amount')} "
                                f"status={g.get('status')} date={g.get('date')}; got amount={p.get('amount')} "
                                f"status={p.get('status')} date={p.get('date')})")
    seen = set()
    for pi, (pk, p) in enumerate(preds):
        if pi in used or any(pk == gk for gk, _ in golds):
            continue
        if pk[0] == "partners_with" and any({gk[1], gk[2]} == {pk[1], pk[2]} for gk, _ in golds):
            continue
        signature = (pk, json.dumps(p.get("amount"), sort_keys=True)) if pk[0] in ONE_PARTY_RELATIONS else pk
        if signature in seen and pk[1] is not None:
            continue
        seen.add(signature)
        result.relations.fp += 1
        result.extras.append(f"relation {p.get('head')} {p.get('relation')} {p.get('tail')}")
    for gi, (gk, g) in enumerate(golds):
        if gi not in matched and not g.get("optional"):
            result.relations.fn += 1
            result.misses.append(f"relation {g['head']} {g['relation']} {g.get('tail')}")
    wrong = result.relations.tp - result.facts.tp
    result.facts.fp, result.facts.fn = result.relations.fp + wrong, result.relations.fn + wrong
    return result


def load_gold(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: not a readable gold JSON file ({exc})") from None
    if not isinstance(data, dict) or "entities" not in data or "relations" not in data:
        raise GoldError(f"{path}: a gold file needs 'entities' and 'relations' (see GOLD_FORMAT.md)")
    return data


def gold_files(gold_dir: Path) -> list[Path]:
    files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no *.gold.json files")
    return files
