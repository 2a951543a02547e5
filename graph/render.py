"""The interactive relationship map: one self-contained HTML file, vis-network inlined.

What is drawn
-------------
- ``Company`` and ``Chip`` nodes, and one node per ``Deal`` (a diamond coloured by its
  kind) linked to its parties by its role edges. Role edges are drawn in the direction
  money or goods flow: head party -> deal -> tail party (investor -> deal -> investee,
  provider -> deal -> customer); a one-party deal (a funding round, a valuation) has one
  edge, company -> deal.
- The typed relations that are not deals: ``designs_chip``, ``subsidiary_of``,
  ``partners_with``, ``competes_with`` (relation edges whose ``deal`` is None).
- Not ``Article``, ``Person`` or ``Other`` nodes; a deal party of those types is left out.

A "fact" is a deal or a plain relation edge. The options select facts, and the map
shows the selected facts and the entities they touch (an entity with no fact left is
dropped; the ``focus`` entity is always kept):

- ``since`` / ``until`` (``YYYY[-MM[-DD]]``): the fact's date, else the date of its
  first article (a deal's ``date`` or first source ``published``; an edge's ``date``
  or first evidence ``published``), compared at the precision of the bound, as in
  :func:`graph.queries.deals`. Undated facts are dropped when a bound is given.
- ``relations``: deals whose ``relation`` attribute (invested_in, supplies_compute_to,
  ...) is listed, and plain edges whose relation is listed. Deal kinds (investment,
  compute, ...) are accepted as synonyms.
- ``status``: facts whose status is listed ("unknown" selects facts with no status).
- ``min_amount``: deals whose resolved amount is at least that value (in the deal's own
  currency, as in :func:`graph.queries.deals`); plain edges have no amount and are dropped.
- ``focus`` and ``depth``: the ego graph of an entity named by id, name or alias:
  ``depth`` steps out, where one step goes through one fact (a deal or a plain edge)
  from an entity to its counterparts.
- ``max_nodes``: keep at most that many nodes, favouring the entities with the most
  facts and the largest total deal value, and the most valuable of their deals.

Encoding: shape and colour by node type (company: navy dot, chip: hexagon, deal:
diamond coloured by kind); companies and chips sized by the total deal value they take
part in (log scale, bounded); edges coloured by relation, with arrows, the deal amount
as label ("$38B", "≥$8B") and dashes for deals in talks or expected. A legend, the
filters, a search box, tooltips with every evidence sentence, and click-to-highlight
are plain JavaScript on top of vis-network, whose JS and CSS come from the pyvis
package and are inlined: the file opens from ``file://`` with no network.

Safety: every name and every sentence from an article is HTML-escaped in Python
before it is put into the page, and the embedded JSON has ``<``, ``>``, ``&`` and ``=``
written as ``\\u003c`` and so on, so no article text can close the script element or
become markup.

Positions are computed here (a seeded force layout per connected component, the
components packed side by side) and vis-network's physics is off, so a map of a few
thousand nodes draws in about a second and looks the same every time.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np

from graph.build import DEAL_RELATIONS, KIND_RELATION
from graph.errors import DealGraphError, UsageError
from graph.format import compact_amount, status_text
from graph.io import atomic_write
from graph.queries import find_entity

ENTITY_TYPES = ("Company", "Chip")
PLAIN_RELATIONS = ("designs_chip", "subsidiary_of", "partners_with", "competes_with")
SYMMETRIC = frozenset({"partners_with", "competes_with"})
RELATION_ORDER = tuple(DEAL_RELATIONS) + PLAIN_RELATIONS
RELATION_COLORS = {
    "invested_in": "#3a9d4a",
    "acquired": "#9b59b6",
    "supplies_compute_to": "#2f80ed",
    "supplies_chips_to": "#f2811d",
    "raised": "#16a596",
    "sold_shares": "#8d6e63",
    "commits_spending": "#e04848",
    "valued_at": "#d4a017",
    "designs_chip": "#e377c2",
    "subsidiary_of": "#9aa5b1",
    "partners_with": "#17becf",
    "competes_with": "#a3a31d",
}
STATUS_ORDER = ("completed", "announced", "expected", "in_talks", "ended", "unknown")
DASHED_STATUSES = frozenset({"in_talks", "expected"})
HEAD_ROLES = frozenset(head for _, head, _ in DEAL_RELATIONS.values())
COMPANY_STYLE = {"background": "#34507a", "border": "#1f3350"}
CHIP_STYLE = {"background": "#a9c6e8", "border": "#34507a"}
# Rough rates, only to size nodes by "total deal value"; never shown as converted amounts.
_USD_PER = {"USD": 1.0, "EUR": 1.1, "GBP": 1.27, "JPY": 0.0067, "CNY": 0.14, "VND": 0.00004, "KRW": 0.00072}
_EXTERNAL_REF = re.compile(r"""\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def _relation_label(relation: str) -> str:
    return relation.replace("_", " ")


# --------------------------------------------------------------------------- options


def _parse_relations(relations) -> set[str] | None:
    """The relation names wanted, or None for all (no option, or an empty list)."""
    if not relations:
        return None
    wanted: set[str] = set()
    for item in [relations] if isinstance(relations, str) else relations:
        for word in str(item).split(","):
            word = word.strip().lower().replace("-", "_").replace(" ", "_")
            if not word:
                continue
            word = KIND_RELATION.get(word, word)
            if word not in RELATION_COLORS:
                raise UsageError(f"unknown relation {word!r}: use one of {', '.join(RELATION_ORDER)}")
            wanted.add(word)
    return wanted


def _parse_statuses(status) -> set[str] | None:
    """The statuses wanted ("unknown" for none), or None for all (no option, or an empty list)."""
    if not status:
        return None
    wanted: set[str] = set()
    for item in [status] if isinstance(status, str) else status:
        for word in str(item).split(","):
            word = word.strip().lower().replace("-", "_").replace(" ", "_")
            if not word:
                continue
            word = "unknown" if word in ("none", "no_status", "") else word
            if word not in STATUS_ORDER:
                raise UsageError(f"unknown status {word!r}: use one of {', '.join(STATUS_ORDER)}")
            wanted.add(word)
    return wanted


def _check_bound(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise UsageError(f"--{name} {value!r}: use a date YYYY, YYYY-MM or YYYY-MM-DD")
    return value


# --------------------------------------------------------------------------- selection


@dataclass
class _Fact:
    id: str  # deal node id, or "u|key|v" for a plain edge
    is_deal: bool
    relation: str
    status: str | None
    when: str | None
    amount: dict | None
    parties: list[tuple[str, str]] = field(default_factory=list)  # (role, entity id)
    edge: tuple | None = None  # (u, v, key) of a plain edge

    @property
    def entities(self) -> list[str]:
        return [e for _, e in self.parties]

    @property
    def value(self) -> float:
        return _usd(self.amount)


def _usd(amount: dict | None) -> float:
    if not amount:
        return 0.0
    return float(amount.get("value") or 0.0) * _USD_PER.get(amount.get("currency", "USD"), 0.0)


def _facts(G: nx.MultiDiGraph) -> list[_Fact]:
    facts = []
    for n, d in G.nodes(data=True):
        if d.get("type") != "Deal":
            continue
        parties = sorted(((k, v) for _, v, k, e in G.out_edges(n, keys=True, data=True)
                          if e.get("kind") == "role" and G.nodes[v].get("type") in ENTITY_TYPES),
                         key=lambda p: (p[0] not in HEAD_ROLES, p[0], p[1]))
        if not parties:
            continue
        published = [s.get("published") for s in d.get("sources", []) if s.get("published")]
        facts.append(_Fact(n, True, d.get("relation") or KIND_RELATION.get(d.get("kind"), "invested_in"),
                           d.get("status"), d.get("date") or (min(published) if published else None),
                           d.get("amount"), parties))
    for u, v, k, e in G.edges(keys=True, data=True):
        if e.get("kind") != "relation" or e.get("deal") is not None:
            continue
        if G.nodes[u].get("type") not in ENTITY_TYPES or G.nodes[v].get("type") not in ENTITY_TYPES:
            continue
        published = [x.get("published") for x in e.get("evidence", []) if x.get("published")]
        facts.append(_Fact(f"{u}|{k}|{v}", False, e.get("relation", k), e.get("status"),
                           e.get("date") or (min(published) if published else None), None,
                           [("head", u), ("tail", v)], (u, v, k)))
    facts.sort(key=lambda f: (not f.is_deal, f.id))
    return facts


def _keep(f: _Fact, since, until, relations, statuses, min_amount) -> bool:
    if relations is not None and f.relation not in relations:
        return False
    if statuses is not None and (f.status or "unknown") not in statuses:
        return False
    if since and (f.when is None or f.when[:len(since)] < since):
        return False
    if until and (f.when is None or f.when[:len(until)] > until):
        return False
    return min_amount is None or bool(f.amount and float(f.amount.get("value") or 0) >= min_amount)


def _ego(facts: list[_Fact], focus: str, depth: int) -> list[_Fact]:
    by_entity: dict[str, list[_Fact]] = defaultdict(list)
    for f in facts:
        for e in set(f.entities):
            by_entity[e].append(f)
    seen_entities, seen_facts, frontier = {focus}, {}, [focus]
    for _ in range(depth):
        nxt = []
        for e in frontier:
            for f in by_entity.get(e, ()):
                if f.id in seen_facts:
                    continue
                seen_facts[f.id] = f
                for p in f.entities:
                    if p not in seen_entities:
                        seen_entities.add(p)
                        nxt.append(p)
        frontier = nxt
    return [f for f in facts if f.id in seen_facts]


def _limit(facts: list[_Fact], max_nodes: int, focus: str | None) -> list[_Fact]:
    degree: dict[str, int] = defaultdict(int)
    total: dict[str, float] = defaultdict(float)
    for f in facts:
        for e in set(f.entities):
            degree[e] += 1
            total[e] += f.value
    order = sorted(degree, key=lambda e: (e != focus, -degree[e], -total[e], e))
    rank = {e: i for i, e in enumerate(order)}
    kept_entities = {focus} if focus else set()
    ids: set[str] = set()
    used = len(kept_entities)
    for f in sorted(facts, key=lambda f: (max(rank[e] for e in f.entities), -f.value, not f.is_deal, f.id)):
        new = {e for e in f.entities if e not in kept_entities}
        if used + len(new) + f.is_deal <= max_nodes:
            ids.add(f.id)
            kept_entities |= new
            used += len(new) + f.is_deal
    return [f for f in facts if f.id in ids]


# --------------------------------------------------------------------------- layout


GRAVITY = 0.5
LEAF_STRETCH = 10.0
_BLOCK = 1 << 21  # pairs per numpy block: bounds memory at a few tens of MB


def _blocks(n: int):
    step = max(1, min(n, _BLOCK // max(n, 1)))
    for start in range(0, n, step):
        yield start, min(n, start + step)


def _force(n: int, edges: np.ndarray, seed: int) -> np.ndarray:
    """A force layout: Fruchterman-Reingold forces with the repulsion weighted by degree
    as in ForceAtlas2 (hubs get room for their leaves) and a gentle gravity. Repulsion
    is dense, in float32 row blocks. Returns positions of arbitrary scale."""
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    rng = np.random.default_rng(seed)
    x, y = (rng.uniform(-1.0, 1.0, n).astype(np.float32) for _ in range(2))
    k2 = np.float32(1.0 / n)
    k = math.sqrt(1.0 / n)
    i, j = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    mass = (1.0 + np.bincount(i, minlength=n) + np.bincount(j, minlength=n)).astype(np.float32)
    mass /= mass.mean()
    iterations = 300 if n <= 150 else 150 if n <= 600 else 80
    t = 0.25
    cool = t / (iterations + 1)
    for _ in range(iterations):
        fx = np.empty(n, np.float32)
        fy = np.empty(n, np.float32)
        for a, b in _blocks(n):
            dx = x[a:b, None] - x[None, :]
            dy = y[a:b, None] - y[None, :]
            w = dx * dx
            w += dy * dy
            np.maximum(w, 1e-6, out=w)
            np.divide((k2 * mass[a:b])[:, None] * mass[None, :], w, out=w)
            fx[a:b] = np.einsum("ij,ij->i", dx, w)
            fy[a:b] = np.einsum("ij,ij->i", dy, w)
        if len(i):
            ex, ey = x[i] - x[j], y[i] - y[j]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx -= np.bincount(i, ex * pull, minlength=n).astype(np.float32)
            fx += np.bincount(j, ex * pull, minlength=n).astype(np.float32)
            fy -= np.bincount(i, ey * pull, minlength=n).astype(np.float32)
            fy += np.bincount(j, ey * pull, minlength=n).astype(np.float32)
        fx -= GRAVITY * mass * (x - x.mean())  # keeps chains and leaves in
        fy -= GRAVITY * mass * (y - y.mean())
        length = np.sqrt(fx * fx + fy * fy)
        np.maximum(length, 1e-9, out=length)
        step = np.minimum(length, t) / length
        x += fx * step
        y += fy * step
        t -= cool
    pos = np.stack([x, y], axis=1).astype(np.float64)
    return pos - pos.mean(axis=0)


def _declutter(pos: np.ndarray, radii: np.ndarray, edges: np.ndarray, min_edge: float,
               rounds: int | None = None, drop: np.ndarray | None = None) -> np.ndarray:
    """Push apart nodes whose discs overlap, and the ends of edges shorter than wanted
    (the low-degree end moves most). A node's disc covers it and its label: it has radius
    ``radii`` and its centre is ``drop`` pixels below the node."""
    n = len(pos)
    if n < 2:
        return pos
    rounds = rounds or (40 if n <= 600 else 20)
    x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
    r = radii.astype(np.float32)
    drop = np.zeros(n, np.float32) if drop is None else drop.astype(np.float32)
    i, j = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    deg = 1.0 + np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
    # A leaf hanging off a hub gets a longer edge, so that the hub's leaves and their
    # edge labels spread around it on a wider circle.
    leaf = np.minimum(deg[i], deg[j]) <= 2.0
    wanted = np.where(leaf, np.clip(LEAF_STRETCH * np.maximum(deg[i], deg[j]), min_edge, 3.5 * min_edge), min_edge)
    share_j = deg[i] / (deg[i] + deg[j])
    for _ in range(rounds):
        moved = False
        px = np.zeros(n, np.float32)
        py = np.zeros(n, np.float32)
        yc = y + drop
        for a, b in _blocks(n):
            dx = x[a:b, None] - x[None, :]
            dy = yc[a:b, None] - yc[None, :]
            dist = np.sqrt(dx * dx + dy * dy)
            overlap = r[a:b, None] + r[None, :] - dist
            overlap[np.arange(b - a), np.arange(a, b)] = 0.0
            np.maximum(overlap, 0.0, out=overlap)
            if overlap.any():
                moved = True
                np.maximum(dist, 1e-3, out=dist)
                np.divide(overlap, dist, out=overlap)
                overlap *= 0.5
                px[a:b] = np.einsum("ij,ij->i", dx, overlap)
                py[a:b] = np.einsum("ij,ij->i", dy, overlap)
        if len(i):
            ex, ey = x[j] - x[i], y[j] - y[i]
            length = np.sqrt(ex * ex + ey * ey)
            short = np.maximum(wanted - length, 0.0)
            if short.any():
                moved = True
                ux, uy = ex / np.maximum(length, 1e-3), ey / np.maximum(length, 1e-3)
                px += np.bincount(j, ux * short * share_j, minlength=n).astype(np.float32)
                px -= np.bincount(i, ux * short * (1 - share_j), minlength=n).astype(np.float32)
                py += np.bincount(j, uy * short * share_j, minlength=n).astype(np.float32)
                py -= np.bincount(i, uy * short * (1 - share_j), minlength=n).astype(np.float32)
        if not moved:
            break
        x += px * 0.6
        y += py * 0.6
    return np.stack([x, y], axis=1).astype(np.float64)


def _crossings(pos: np.ndarray, edges: np.ndarray) -> int:
    """How many pairs of edges cross (pairs sharing a node do not count)."""
    if len(edges) < 2:
        return 0
    p, q = pos[edges[:, 0]], pos[edges[:, 1]]

    def side(a, b, c):  # sign of the turn a -> b -> c, for every pair (rows: first edge)
        return np.sign((b[..., 0] - a[..., 0]) * (c[..., 1] - a[..., 1])
                       - (b[..., 1] - a[..., 1]) * (c[..., 0] - a[..., 0]))

    P, Q = p[:, None, :], q[:, None, :]
    R, S = p[None, :, :], q[None, :, :]
    cross = (side(P, Q, R) * side(P, Q, S) < 0) & (side(R, S, P) * side(R, S, Q) < 0)
    shared = ((edges[:, None, 0] == edges[None, :, 0]) | (edges[:, None, 0] == edges[None, :, 1])
              | (edges[:, None, 1] == edges[None, :, 0]) | (edges[:, None, 1] == edges[None, :, 1]))
    return int((cross & ~shared).sum() // 2)


def _component_layout(n: int, es: np.ndarray, radii: np.ndarray, drop: np.ndarray, seed: int,
                      spacing: float) -> np.ndarray:
    """Positions of one component in pixels; small components try a few seeds and keep
    the drawing with the fewest edge crossings."""
    tries = 1 if n <= 3 else 6 if n <= 150 and len(es) <= 400 else 3 if n <= 400 and len(es) <= 900 else 1
    best, best_score = None, None
    for attempt in range(tries):
        pos = _force(n, es, seed + 7919 * attempt)
        if len(es):
            lengths = np.sqrt(((pos[es[:, 0]] - pos[es[:, 1]]) ** 2).sum(axis=1))
            unit = float(np.median(lengths)) or 1.0
        else:
            unit = 1.0
        pos = _declutter(pos * (spacing / unit), radii, es, 0.85 * spacing, drop=drop)
        if tries == 1:
            return pos
        span = pos.max(axis=0) - pos.min(axis=0)
        score = _crossings(pos, es) + 0.02 * math.sqrt(float(span[0] * span[1])) / spacing * n
        if best_score is None or score < best_score:
            best, best_score = pos, score
    return best


def _pack(boxes: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    """Bottom-left skyline packing of boxes (w, h) into a strip of ``width``; top-left corners."""
    skyline = [[0.0, width, 0.0]]  # x, w, y
    out = []
    for w, h in boxes:
        best = None
        for s in range(len(skyline)):
            x = skyline[s][0]
            if x + w > width + 1e-6 and x > 0:
                break
            top, covered, r = 0.0, 0.0, s
            while covered < w - 1e-6 and r < len(skyline):
                top = max(top, skyline[r][2])
                covered = skyline[r][0] + skyline[r][1] - x
                r += 1
            if best is None or top < best[1] - 1e-6:
                best = (x, top)
        x, y = best
        out.append((x, y))
        new = [seg for seg in skyline if seg[0] + seg[1] <= x + 1e-6]
        new.append([x, w, y + h])
        for seg in skyline:
            end = seg[0] + seg[1]
            if end > x + w + 1e-6:
                start = max(seg[0], x + w)
                new.append([start, end - start, seg[2]])
        skyline = sorted(new)
    return out


def layout(nodes: list[str], edges: list[tuple[str, str]], *, radii: dict[str, float] | None = None,
           drops: dict[str, float] | None = None, seed: int = 7,
           spacing: float = 110.0) -> dict[str, tuple[float, float]]:
    """Screen positions (pixels at zoom 1): each connected component laid out by forces,
    scaled to a median edge of ``spacing`` pixels, decluttered (no two discs of ``radii``,
    centred ``drops`` pixels below their nodes, overlap), then the components packed side
    by side, largest first."""
    radii, drops = radii or {}, drops or {}
    U = nx.Graph()
    U.add_nodes_from(nodes)
    U.add_edges_from((u, v) for u, v in edges if u != v)
    comps = sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0]))
    placed = []
    for comp in comps:
        index = {n: i for i, n in enumerate(comp)}
        es = np.array([(index[u], index[v]) for u, v in U.subgraph(comp).edges()], dtype=int).reshape(-1, 2)
        pos = _component_layout(len(comp), es, np.array([radii.get(n, 12.0) for n in comp]),
                                np.array([drops.get(n, 0.0) for n in comp]), seed, spacing)
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        placed.append((comp, pos - lo, hi - lo))
    margin = spacing * 1.1
    boxes = [(float(size[0]) + margin, float(size[1]) + margin) for _, _, size in placed]
    area = sum(w * h for w, h in boxes)
    width = max(max((w for w, _ in boxes), default=1.0), math.sqrt(area * 1.6))
    corners = _pack(boxes, width)
    out: dict[str, tuple[float, float]] = {}
    for (comp, pos, _), (x, y) in zip(placed, corners):
        for n, (px, py) in zip(comp, pos):
            out[n] = (float(px + x), float(py + y))
    if out:
        xs, ys = zip(*out.values())
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        out = {n: (round(x - cx, 1), round(y - cy, 1)) for n, (x, y) in out.items()}
    return out


# --------------------------------------------------------------------------- tooltips


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _kv(pairs) -> str:
    return "".join(f'<div class="dg-kv"><b>{_e(k)}</b> {v}</div>' for k, v in pairs if v)


def _evidence(items: list[dict], with_fact: bool = False) -> str:
    out = []
    for ev in items:
        meta = [ev.get("article") or "?", f"published {ev.get('published') or 'unknown'}"]
        if ev.get("language"):
            meta.append(ev["language"])
        if with_fact:
            reported = " ".join(x for x in (compact_amount(ev.get("amount")), status_text(ev.get("status")),
                                            ev.get("date") and f"dated {ev['date']}") if x)
            if reported:
                meta.append("reports " + reported)
        out.append(f'<blockquote class="dg-ev">{_e(ev.get("sentence"))}'
                   f'<cite>{_e(" · ".join(meta))}</cite></blockquote>')
    return "".join(out)


def _rel_class(relation: str) -> str:
    """A short CSS class per relation: its colour swatch in tooltips (see ``_swatch_css``)."""
    return f"r{RELATION_ORDER.index(relation)}" if relation in RELATION_ORDER else "rx"


def _swatch(relation: str) -> str:
    return f'<i class="dg-sw {_rel_class(relation)}"></i>'


def _swatch_css() -> str:
    return "".join(f".dg-sw.{_rel_class(r)},.dg-list li.{_rel_class(r)}::before{{background:{c}}}"
                   for r, c in RELATION_COLORS.items())


def _deal_tip(G, deal: str, d: dict) -> str:
    amount = compact_amount(d.get("amount"))
    if amount and d.get("conflicting_amounts"):
        amount += " (sources disagree)"
    history = d.get("status_history") or []
    hist = " → ".join(f"{status_text(h['status'])} ({h.get('published') or '?'})" for h in history)
    sources = d.get("sources") or []
    return (f'<div class="dg-h">{_swatch(d.get("relation", ""))}{_e(d.get("name", deal))}</div>'
            + _kv([("Kind", _e(status_text(d.get("kind")))), ("Amount", _e(amount or "not reported")),
                   ("Status", _e(status_text(d.get("status")) or "unknown")),
                   ("History", _e(hist) if len(history) > 1 else ""),
                   ("Date", _e(d.get("date") or "not reported"))])
            + f'<div class="dg-sec">Evidence ({len(sources)} source{"s" if len(sources) != 1 else ""})</div>'
            + _evidence(sources, with_fact=True))


def _plain_tip(G, u: str, v: str, e: dict) -> str:
    relation = e.get("relation", "")
    evidence = e.get("evidence") or []
    return (f'<div class="dg-h">{_swatch(relation)}{_e(G.nodes[u].get("name", u))} '
            f'<span class="dg-rel">{_e(_relation_label(relation))}</span> {_e(G.nodes[v].get("name", v))}</div>'
            + _kv([("Status", _e(status_text(e.get("status")))), ("Date", _e(e.get("date")))])
            + f'<div class="dg-sec">Evidence ({len(evidence)})</div>' + _evidence(evidence))


def _entity_tip(G, n: str, facts: list[_Fact], hidden: int) -> str:
    d = G.nodes[n]
    parent = d.get("parent")
    parent_name = G.nodes[parent].get("name", parent) if parent in G else parent
    lines = []
    for f in facts[:40]:
        if f.is_deal:
            dd = G.nodes[f.id]
            bits = [compact_amount(dd.get("amount")), status_text(dd.get("status")), dd.get("date") or ""]
            lines.append(f"<li class=\"{_rel_class(f.relation)}\">{_e(dd.get('name', f.id))}"
                         f"<span class=\"dg-meta\"> {_e(' · '.join(b for b in bits if b))}</span></li>")
        else:
            u, v, _ = f.edge
            lines.append(f"<li class=\"{_rel_class(f.relation)}\">{_e(G.nodes[u].get('name', u))} "
                         f"{_e(_relation_label(f.relation))} {_e(G.nodes[v].get('name', v))}</li>")
    more = len(facts) - len(lines)
    if more > 0:
        lines.append(f"<li class=\"dg-meta\">… and {more} more</li>")
    deals = sum(1 for f in facts if f.is_deal)
    head = f"Deals and relations ({deals} deal{'s' if deals != 1 else ''}, {len(facts) - deals} other)"
    note = f'<div class="dg-meta">{hidden} more not shown (filters)</div>' if hidden else ""
    return (f'<div class="dg-h">{_e(d.get("name", n))}</div>'
            + _kv([("Type", _e(d.get("type"))), ("Aliases", _e(", ".join(d.get("aliases") or []))),
                   ("Parent", _e(parent_name)), ("Id", _e(n))])
            + f'<div class="dg-sec">{_e(head)}</div><ul class="dg-list">{"".join(lines)}</ul>' + note)


# --------------------------------------------------------------------------- the map data


def _darker(color: str, factor: float = 0.7) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"#{int(r * factor):02x}{int(g * factor):02x}{int(b * factor):02x}"


def _entity_size(value: float) -> float:
    """Radius in pixels: 9 for no deal value, about 17 for $1B, 25 for $100B, at most 30."""
    return round(min(30.0, 9.0 + 4.0 * math.log10(1.0 + value / 1e7)), 1)


def map_data(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, since: str | None = None,
             until: str | None = None, relations: list[str] | None = None, status: list[str] | None = None,
             min_amount: float | None = None, max_nodes: int | None = None) -> dict:
    """The nodes, edges and options the map draws, as vis-network items (no HTML page).

    >>> from graph.queries import example_graph
    >>> data = map_data(example_graph(), focus="Trainium")
    >>> sorted(n["id"] for n in data["nodes"]), [(e["from"], e["to"]) for e in data["edges"]]
    (['chip:trainium', 'company:amazon-web-services'], [('company:amazon-web-services', 'chip:trainium')])
    """
    from pyvis.edge import Edge
    from pyvis.network import Network

    if depth is None or depth < 0:
        raise UsageError("--depth must be 0 or more")
    if max_nodes is not None and max_nodes < 1:
        raise UsageError("--max-nodes must be 1 or more")
    since, until = _check_bound("since", since), _check_bound("until", until)
    rels, statuses = _parse_relations(relations), _parse_statuses(status)
    focus_id = find_entity(G, focus, ENTITY_TYPES) if focus else None

    all_facts = _facts(G)
    facts = [f for f in all_facts if _keep(f, since, until, rels, statuses, min_amount)]
    if focus_id:
        facts = _ego(facts, focus_id, depth)
    if max_nodes is not None:
        facts = _limit(facts, max_nodes, focus_id)

    entity_facts: dict[str, list[_Fact]] = defaultdict(list)
    for f in facts:
        for e in dict.fromkeys(f.entities):
            entity_facts[e].append(f)
    all_counts: dict[str, int] = defaultdict(int)
    all_totals: dict[str, float] = defaultdict(float)  # sizes: every deal of the graph, not only those drawn
    for f in all_facts:
        for e in set(f.entities):
            all_counts[e] += 1
            all_totals[e] += f.value if f.is_deal else 0.0
    entities = sorted(set(entity_facts) | ({focus_id} if focus_id else set()))
    deal_facts = [f for f in facts if f.is_deal]

    totals = {n: all_totals.get(n, 0.0) for n in entities}
    sizes = {n: round(_entity_size(totals[n]) * (0.8 if G.nodes[n].get("type") == "Chip" else 1.0), 1)
             for n in entities}
    sizes.update({f.id: round(min(13.0, 6.0 + 2.0 * math.log10(1.0 + f.value / 1e8)), 1) for f in deal_facts})
    # a disc over each entity and its label (drawn below it), half as wide as the label
    radii = {n: max(sizes[n] + 12.0, min(52.0, 4.4 * len(G.nodes[n].get("name") or n))) for n in entities}
    drops = {n: 11.0 for n in entities}
    radii.update({f.id: sizes[f.id] + 7.0 for f in deal_facts})
    node_ids = entities + [f.id for f in deal_facts]
    link_pairs = [(f.id, e) for f in deal_facts for e in f.entities] + \
                 [(f.edge[0], f.edge[1]) for f in facts if not f.is_deal]
    pos = layout(node_ids, link_pairs, radii=radii, drops=drops)

    # Styles live in vis groups (one per node type, one per deal kind) so that each node
    # carries only what is its own; pyvis holds and serialises the nodes and edges.
    groups = {
        "company": {"shape": "dot", "borderWidth": 1.5,
                    "color": {**COMPANY_STYLE, "highlight": {"background": "#ffb000", "border": COMPANY_STYLE["border"]},
                              "hover": {"background": COMPANY_STYLE["background"], "border": "#ffb000"}},
                    "font": {"size": 17, "color": "#14213d", "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "chip": {"shape": "hexagon", "borderWidth": 1.5,
                 "color": {**CHIP_STYLE, "highlight": {"background": "#ffb000", "border": CHIP_STYLE["border"]},
                           "hover": {"background": CHIP_STYLE["background"], "border": "#ffb000"}},
                 "font": {"size": 14, "color": "#4a5a6a", "strokeWidth": 4, "strokeColor": "#ffffff"}},
    }
    for relation in sorted({f.relation for f in deal_facts}):
        color = RELATION_COLORS.get(relation, "#888888")
        groups[f"deal:{relation}"] = {"shape": "diamond", "borderWidth": 1,
                                      "color": {"background": color, "border": _darker(color),
                                                "highlight": {"background": color, "border": "#14213d"},
                                                "hover": {"background": color, "border": "#14213d"}}}

    net = Network(directed=True, height="100%", width="100%")
    for n in entities:
        d = G.nodes[n]
        fs = sorted(entity_facts.get(n, []), key=lambda f: (-f.value, not f.is_deal, f.when or "", f.id))
        chip = d.get("type") == "Chip"
        x, y = pos[n]
        extra = {"borderWidth": 3} if n == focus_id else {}
        net.add_node(n, label=d.get("name") or n, shape="hexagon" if chip else "dot", x=x, y=y, size=sizes[n],
                     group="chip" if chip else "company", dgtype="chip" if chip else "company",
                     names=list(dict.fromkeys([d.get("name") or n, *(d.get("aliases") or []), n])),
                     value_usd=totals[n], tip=_entity_tip(G, n, fs, max(0, all_counts.get(n, 0) - len(fs))),
                     **extra)
    for f in deal_facts:
        d = G.nodes[f.id]
        x, y = pos[f.id]
        net.add_node(f.id, label=" ", shape="diamond", x=x, y=y, size=sizes[f.id], group=f"deal:{f.relation}",
                     dgtype="deal", kind=d.get("kind"), relation=f.relation, status=f.status,
                     tip=_deal_tip(G, f.id, d))
        net.node_map[f.id]["label"] = ""
    for f in facts:
        common = {"relation": f.relation, "status": f.status, "dashes": f.status in DASHED_STATUSES,
                  "color": RELATION_COLORS.get(f.relation, "#888888")}
        if f.is_deal:
            d = G.nodes[f.id]
            width = round(1.4 + min(3.0, math.log10(1.0 + f.value / 1e9)), 2)
            label_done = False
            for role, e in f.parties:
                head = role in HEAD_ROLES
                label = ""
                if head and not label_done:
                    label, label_done = compact_amount(d.get("amount")), True
                src, dst = (e, f.id) if head else (f.id, e)
                net.edges.append(Edge(src, dst, True, id=f"{f.id}|{role}", label=label, width=width, role=role,
                                      deal=f.id, tip=f'<div class="dg-role">{_e(G.nodes[e].get("name", e))} '
                                                     f'— {_e(role)} in</div>', **common).options)
        else:
            u, v, k = f.edge
            net.edges.append(Edge(u, v, True, id=f.id, label="", width=1.4, role=None, deal=None,
                                  arrows="" if f.relation in SYMMETRIC else "to",
                                  tip=_plain_tip(G, u, v, G.edges[u, v, k]), **common).options)
    _curve_parallel(net.edges)
    nodes, edges, *_ = net.get_network_data()
    big = len(edges) > 1500
    face = "Inter, Segoe UI, Helvetica, Arial, sans-serif"
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "hoverConnectedEdges": False, "tooltipDelay": 80, "multiselect": False,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "keyboard": False, "zoomSpeed": 0.8},
        "groups": groups,
        "nodes": {"borderWidthSelected": 3, "font": {"face": face}, "scaling": {"label": {"drawThreshold": 7}}},
        "edges": {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 1.0,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
                  "font": {"size": 13, "face": face, "color": "#243447", "strokeWidth": 4, "strokeColor": "#ffffff",
                           "align": "horizontal"}},
    }
    present_rel = {f.relation for f in facts}
    present_status = {f.status or "unknown" for f in facts}
    return {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "relations": [r for r in RELATION_ORDER if r in present_rel],
        "relation_counts": {r: sum(1 for f in facts if f.relation == r) for r in present_rel},
        "statuses": [s for s in STATUS_ORDER if s in present_status],
        "status_counts": {s: sum(1 for f in facts if (f.status or "unknown") == s) for s in present_status},
        "focus": focus_id,
    }


def _curve_parallel(edges: list[dict]) -> None:
    """Bend edges that share both ends so that they do not draw on top of each other."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for e in edges:
        groups[tuple(sorted((e["from"], e["to"])))].append(e)
    for group in groups.values():
        if len(group) < 2:
            continue
        for i, e in enumerate(group):
            if i:
                bend = "curvedCW" if i % 2 else "curvedCCW"
                e["smooth"] = {"enabled": True, "type": bend, "roundness": 0.18 * ((i + 1) // 2)}


# --------------------------------------------------------------------------- the page


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis package (the newest copy)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    folders = sorted((p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists()),
                     key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    if not folders:
        raise DealGraphError(f"vis-network not found in the pyvis package ({lib}); reinstall pyvis==0.3.2")
    js = (folders[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folders[-1] / "vis-network.css").read_text(encoding="utf-8")
    # Neither may end the element it is inlined in.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return js, css


def _script_json(value) -> str:
    """JSON for a ``<script type="application/json">`` element: no ``<``, ``>``, ``&`` or ``=`` in it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _legend(data: dict) -> str:
    rel_rows = []
    for r in data["relations"]:
        color = RELATION_COLORS[r]
        kind = DEAL_RELATIONS[r][0] if r in DEAL_RELATIONS else None
        shape = (f'<svg width="26" height="12" aria-hidden="true"><line x1="1" y1="6" x2="17" y2="6" '
                 f'stroke="{color}" stroke-width="2.5"/><polygon points="17,2 25,6 17,10" fill="{color}"/></svg>')
        what = _e(_relation_label(r)) + (f' <span class="dg-meta">({_e(status_text(kind))} deal)</span>' if kind else "")
        rel_rows.append(f'<label class="dg-row"><input type="checkbox" data-relation="{_e(r)}" checked>{shape}'
                        f'<span>{what}</span><span class="dg-count">{data["relation_counts"][r]}</span></label>')
    status_rows = []
    for s in data["statuses"]:
        dash = ' stroke-dasharray="5 4"' if s in DASHED_STATUSES else ""
        line = (f'<svg width="26" height="12" aria-hidden="true"><line x1="1" y1="6" x2="25" y2="6" '
                f'stroke="#556" stroke-width="2"{dash}/></svg>')
        name = "no status" if s == "unknown" else status_text(s)
        status_rows.append(f'<label class="dg-row"><input type="checkbox" data-status="{_e(s)}" checked>{line}'
                           f'<span>{_e(name)}</span><span class="dg-count">{data["status_counts"][s]}</span></label>')
    nodes = (
        f'<div class="dg-row"><svg width="26" height="18" aria-hidden="true"><circle cx="13" cy="9" r="7" '
        f'fill="{COMPANY_STYLE["background"]}" stroke="{COMPANY_STYLE["border"]}"/></svg><span>company '
        f'<span class="dg-meta">(size: total deal value)</span></span></div>'
        f'<div class="dg-row"><svg width="26" height="18" aria-hidden="true"><polygon '
        f'points="7,9 10,3.8 16,3.8 19,9 16,14.2 10,14.2" fill="{CHIP_STYLE["background"]}" '
        f'stroke="{CHIP_STYLE["border"]}"/></svg><span>chip</span></div>'
        f'<div class="dg-row"><svg width="26" height="18" aria-hidden="true"><polygon points="13,2 20,9 13,16 6,9" '
        f'fill="#3a9d4a" stroke="#285"/></svg><span>deal <span class="dg-meta">(colour: kind; '
        f'amount on its edge)</span></span></div>')
    return (f'<section id="dg-legend"><h2>Nodes</h2>{nodes}'
            f'<h2>Relations <button type="button" class="dg-all" data-all="relation">all</button></h2>'
            f'<div id="dg-relations">{"".join(rel_rows) or "<div class=dg-meta>none</div>"}</div>'
            f'<h2>Status <button type="button" class="dg-all" data-all="status">all</button></h2>'
            f'<div id="dg-statuses">{"".join(status_rows) or "<div class=dg-meta>none</div>"}</div>'
            f'<p class="dg-meta">Dashed: in talks or expected. Hover for evidence; click to highlight '
            f'a neighbourhood and pin its details; click the background to reset.</p>'
            f'</section>')


_CSS = """
html, body { margin: 0; height: 100%; overflow: hidden; background: #f7f8fa;
  font: 14px/1.4 Inter, "Segoe UI", Helvetica, Arial, sans-serif; color: #14213d; }
#dg-net { position: absolute; top: 0; left: 0; bottom: 0; right: 300px; }
#dg-side { position: absolute; top: 0; right: 0; bottom: 0; width: 300px; box-sizing: border-box; overflow: auto;
  padding: 14px 16px 10px; background: #fff; border-left: 1px solid #dde2ea; display: flex; flex-direction: column;
  gap: 6px; z-index: 5; font-size: 13px; }
#dg-head h1 { font-size: 20px; margin: 0 0 2px; }
#dg-head .dg-sub { color: #52606d; font-size: 12.5px; margin-bottom: 8px; }
#dg-search { display: flex; gap: 5px; }
#dg-search input { flex: 1; min-width: 0; padding: 5px 8px; border: 1px solid #c5ccd6; border-radius: 6px; font: inherit; }
#dg-search button, .dg-all { padding: 4px 9px; border: 1px solid #c5ccd6; border-radius: 6px; background: #fff;
  font: inherit; cursor: pointer; }
#dg-search button:hover, .dg-all:hover { background: #eef2f7; }
#dg-msg { color: #a33; font-size: 12.5px; margin-top: 4px; }
#dg-msg:empty { display: none; }
#dg-legend h2 { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: #52606d;
  margin: 12px 0 4px; display: flex; justify-content: space-between; align-items: center; }
.dg-all { font-size: 11px; padding: 0 6px; text-transform: none; letter-spacing: 0; }
.dg-row { display: flex; align-items: center; gap: 6px; padding: 1px 0; }
label.dg-row { cursor: pointer; }
.dg-row input { margin: 0; }
.dg-row svg { flex: none; }
.dg-count { margin-left: auto; color: #7b8794; font-size: 11.5px; }
.dg-meta { color: #7b8794; font-size: 12px; }
#dg-legend p.dg-meta { margin: 10px 0 2px; }
#dg-foot { margin-top: auto; padding-top: 8px; border-top: 1px solid #eef1f5; font-size: 11.5px; color: #52606d; }
#dg-tip { position: absolute; z-index: 10; max-width: 460px; max-height: 60vh; overflow: auto; padding: 10px 12px;
  font-size: 13px; pointer-events: none; background: rgba(255,255,255,.97); border: 1px solid #c5ccd6;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(20,33,61,.15); }
#dg-tip.dg-pinned { pointer-events: auto; border-color: #8aa1c1; }
#dg-tip[hidden] { display: none; }
.dg-h { font-weight: 600; font-size: 14px; margin-bottom: 4px; }
.dg-rel { font-weight: 400; color: #52606d; }
.dg-role { color: #52606d; font-size: 12px; margin-bottom: 2px; }
.dg-kv { font-size: 12.5px; } .dg-kv b { color: #52606d; font-weight: 600; }
.dg-sec { margin: 8px 0 4px; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: #52606d; }
.dg-ev { margin: 0 0 6px; padding: 4px 8px; border-left: 3px solid #c5ccd6; background: #f5f7fa; }
.dg-ev cite { display: block; font-style: normal; color: #7b8794; font-size: 11.5px; margin-top: 2px; }
.dg-list { margin: 0; padding-left: 0; list-style: none; } .dg-list li { margin: 1px 0; }
.dg-sw, .dg-list li::before { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px;
  background: #999; content: ""; }
@media (max-width: 760px) {
  #dg-net { right: 0; }
  #dg-side { width: 240px; bottom: auto; max-height: 100%; background: rgba(255,255,255,.95);
    border: 1px solid #dde2ea; border-radius: 0 0 0 10px; }
}
"""

_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("dg-data").textContent);
  var dg = window.dealgraph = {ready: false, timing: {scriptStart: t0}};
  var container = document.getElementById("dg-net");
  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var info = Object.create(null), edgeInfo = Object.create(null);
  DATA.nodes.forEach(function (n) { info[n.id] = n; });
  DATA.edges.forEach(function (e) { edgeInfo[e.id] = e; });

  var relOn = new Set(DATA.relations), statusOn = new Set(DATA.statuses);
  var shownNodes = new Set(DATA.nodes.map(function (n) { return n.id; }));
  var shownEdges = new Set(DATA.edges.map(function (e) { return e.id; }));
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return shownNodes.has(n.id); }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return shownEdges.has(e.id); }});
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, DATA.options);
  Object.assign(dg, {nodes: nodes, edges: edges, network: network, nodeView: nodeView, edgeView: edgeView});

  network.once("afterDrawing", function () {
    dg.timing.firstDraw = performance.now();
    dg.ready = true;
    document.body.setAttribute("data-ready", "1");
  });
  network.on("stabilized", function () { if (!dg.timing.stabilized) dg.timing.stabilized = performance.now(); });

  // ------------------------------------------------------------------ filters
  function factOn(item) { return relOn.has(item.relation) && statusOn.has(item.status || "unknown"); }
  function applyFilters() {
    var t = performance.now();
    shownNodes = new Set(); shownEdges = new Set();
    DATA.edges.forEach(function (e) {
      var on = e.deal ? factOn(info[e.deal]) : factOn(e);
      if (!on) return;
      shownEdges.add(e.id); shownNodes.add(e.from); shownNodes.add(e.to);
    });
    if (DATA.focus) shownNodes.add(DATA.focus);
    reset();
    nodeView.refresh(); edgeView.refresh();
    updateFoot();
    dg.timing.lastFilter = performance.now() - t;
  }
  document.querySelectorAll("#dg-legend input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", function () {
      var set = box.dataset.relation ? relOn : statusOn, key = box.dataset.relation || box.dataset.status;
      if (box.checked) set.add(key); else set.delete(key);
      applyFilters();
    });
  });
  document.querySelectorAll(".dg-all").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var which = btn.dataset.all;
      var boxes = document.querySelectorAll("#dg-legend input[data-" + which + "]");
      var anyOff = Array.prototype.some.call(boxes, function (b) { return !b.checked; });
      boxes.forEach(function (b) {
        b.checked = anyOff;
        var set = which === "relation" ? relOn : statusOn, key = b.dataset[which];
        if (anyOff) set.add(key); else set.delete(key);
      });
      applyFilters();
    });
  });

  // ------------------------------------------------------------------ footnote
  var foot = document.getElementById("dg-foot-counts");
  function updateFoot() {
    var deals = 0, ents = 0;
    shownNodes.forEach(function (id) { if (info[id].dgtype === "deal") deals++; else ents++; });
    foot.textContent = ents + " companies and chips, " + deals + " deals, " + shownEdges.size + " edges shown" +
      (shownEdges.size < DATA.edges.length ? " (of " + DATA.edges.length + ")" : "");
  }
  updateFoot();

  // ------------------------------------------------------------------ highlight
  // Dimming draws a veil over the canvas after each drawing, then draws the highlighted
  // edges and nodes again on top with vis-network's own routines: the cost depends on the
  // size of the neighbourhood, not of the map (no DataSet update of thousands of items).
  var keepNodes = null, keepEdges = null;
  function neighbourhood(id) {
    var keep = new Set([id]);
    network.getConnectedNodes(id).forEach(function (n) {
      keep.add(n);
      if (info[n].dgtype === "deal" && info[id].dgtype !== "deal") {
        network.getConnectedNodes(n).forEach(function (m) { keep.add(m); });
      }
    });
    return keep;
  }
  network.on("afterDrawing", function (ctx) {
    if (!keepNodes) return;
    var w = container.clientWidth, h = container.clientHeight;
    var a = network.DOMtoCanvas({x: 0, y: 0}), b = network.DOMtoCanvas({x: w, y: h});
    ctx.save();
    ctx.fillStyle = "rgba(247, 248, 250, 0.86)";
    ctx.fillRect(a.x, a.y, b.x - a.x, b.y - a.y);
    ctx.restore();
    var body = network.body, labels = [];
    keepEdges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) e.draw(ctx); });
    keepNodes.forEach(function (id) {
      var n = body.nodes[id];
      if (!n) return;
      var r = n.draw(ctx);
      if (r && r.drawExternalLabel) labels.push(r.drawExternalLabel);
    });
    labels.forEach(function (f) { f(); });
    keepEdges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) e.drawArrows(ctx); });
  });
  function highlight(id) {
    var t = performance.now();
    var edge = edgeInfo[id], keep;
    if (edge) {
      keep = new Set([edge.from, edge.to]);
      if (edge.deal) neighbourhood(edge.deal).forEach(function (n) { keep.add(n); });
    } else {
      keep = neighbourhood(id);
    }
    keepNodes = keep;
    keepEdges = new Set();
    shownEdges.forEach(function (eid) {
      var e = edgeInfo[eid];
      if (keep.has(e.from) && keep.has(e.to)) keepEdges.add(eid);
    });
    network.redraw();
    dg.timing.lastHighlight = performance.now() - t;
    return Array.from(keep);
  }
  function reset() {
    if (keepNodes) { keepNodes = keepEdges = null; network.redraw(); }
    hideTip(true);
  }

  // ------------------------------------------------------------------ tooltip
  var tip = document.getElementById("dg-tip"), pinned = false;
  function tipHtml(kind, id) {
    // Every string in DATA.*.tip was built from html.escape()d text in Python.
    if (kind === "node") return info[id] ? info[id].tip : "";
    var e = edgeInfo[id];
    if (!e) return "";
    return e.deal ? e.tip + (info[e.deal] ? info[e.deal].tip : "") : e.tip;
  }
  function showTip(kind, id, x, y, pin) {
    var content = tipHtml(kind, id);
    if (!content) return;
    tip.innerHTML = content;
    tip.hidden = false;
    tip.classList.toggle("dg-pinned", !!pin);
    pinned = !!pin;
    tip.scrollTop = 0;
    var w = tip.offsetWidth, h = tip.offsetHeight, W = container.clientWidth, H = container.clientHeight;
    var left = x + 16, top = y + 16;
    if (left + w > W - 8) left = Math.max(8, x - w - 16);
    if (top + h > H - 8) top = Math.max(8, H - h - 8);
    tip.style.left = left + "px"; tip.style.top = top + "px";
  }
  function hideTip(force) {
    if (pinned && !force) return;
    tip.hidden = true; pinned = false; tip.classList.remove("dg-pinned");
  }
  network.on("hoverNode", function (p) { if (!pinned) showTip("node", p.node, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("blurNode", function () { hideTip(false); });
  network.on("hoverEdge", function (p) { if (!pinned) showTip("edge", p.edge, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("blurEdge", function () { hideTip(false); });
  network.on("dragStart", function () { hideTip(false); });
  network.on("zoom", function () { hideTip(false); });
  network.on("click", function (p) {
    if (p.nodes.length) {
      highlight(p.nodes[0]);
      showTip("node", p.nodes[0], p.pointer.DOM.x, p.pointer.DOM.y, true);
    } else if (p.edges.length) {
      highlight(p.edges[0]);
      showTip("edge", p.edges[0], p.pointer.DOM.x, p.pointer.DOM.y, true);
    } else {
      reset();
      network.unselectAll();
    }
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { reset(); network.unselectAll(); } });

  // ------------------------------------------------------------------ search
  var index = new Map(), list = document.getElementById("dg-names");
  DATA.nodes.forEach(function (n) {
    if (n.dgtype === "deal") return;
    (n.names || []).forEach(function (s) { var k = String(s).toLowerCase(); if (!index.has(k)) index.set(k, n.id); });
    var opt = document.createElement("option");
    opt.value = n.label;
    list.appendChild(opt);
  });
  var msg = document.getElementById("dg-msg");
  function find(query) {
    var q = String(query || "").trim().toLowerCase();
    msg.textContent = "";
    if (!q) return null;
    var id = index.get(q);
    if (!id) {
      for (var entry of index) { if (entry[0].indexOf(q) !== -1) { id = entry[1]; break; } }
    }
    if (!id) { msg.textContent = "No company or chip named \u201c" + query + "\u201d on this map."; return null; }
    if (!shownNodes.has(id)) { msg.textContent = info[id].label + " is hidden by the current filters."; return null; }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, {scale: Math.max(network.getScale(), 1.1), animation: {duration: 450, easingFunction: "easeInOutQuad"}});
    return id;
  }
  document.getElementById("dg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find(document.getElementById("dg-q").value);
  });
  document.getElementById("dg-q").addEventListener("change", function (ev) {
    var v = ev.target.value.trim().toLowerCase();
    if (index.has(v)) find(v);
  });
  document.getElementById("dg-fit").addEventListener("click", function () {
    network.fit({animation: {duration: 400, easingFunction: "easeInOutQuad"}});
  });

  Object.assign(dg, {tip: tip, showTip: showTip, hideTip: hideTip, highlight: highlight, reset: reset, find: find,
                     applyFilters: applyFilters,
                     highlighted: function () { return keepNodes ? Array.from(keepNodes) : []; },
                     highlightedEdges: function () { return keepEdges ? Array.from(keepEdges) : []; },
                     shownNodes: function () { return Array.from(shownNodes); },
                     shownEdges: function () { return Array.from(shownEdges); }});
  dg.timing.constructed = performance.now();
})();
"""


def build_map(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, since: str | None = None,
              until: str | None = None, relations: list[str] | None = None, status: list[str] | None = None,
              min_amount: float | None = None, max_nodes: int | None = None, title: str = "dealgraph") -> str:
    """The map as one self-contained HTML document (see the module docstring for the options).

    The footnote gives ``G.graph["articles"]`` and the build time: ``G.graph["built_at"]``
    when the graph carries one, else the time the map is made (UTC).

    Raises
    ------
    UnknownEntityError
        When ``focus`` names no company or chip of the graph.
    UsageError
        For an unknown relation or status, a malformed date, or a negative depth.
    """
    data = map_data(G, focus=focus, depth=depth, since=since, until=until, relations=relations, status=status,
                    min_amount=min_amount, max_nodes=max_nodes)
    js, css = _vis_assets()
    filters = []
    if data["focus"]:
        filters.append(f"around {G.nodes[data['focus']].get('name', data['focus'])} (depth {depth})")
    if since or until:
        filters.append(f"dated {since or '…'} to {until or '…'}")
    if relations:
        filters.append("relations: " + ", ".join(_relation_label(r) for r in sorted(_parse_relations(relations))))
    if status:
        filters.append("status: " + ", ".join(status_text(s) for s in sorted(_parse_statuses(status))))
    if min_amount is not None:
        filters.append(f"deals of at least {compact_amount({'value': float(min_amount), 'currency': 'USD'})}")
    if max_nodes is not None:
        filters.append(f"at most {max_nodes} nodes")
    subtitle = "AI deals: who invests in, buys from and supplies whom" + (" · " + "; ".join(filters) if filters else "")
    built = G.graph.get("built_at") or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    articles = G.graph.get("articles")
    articles_text = f"{articles} article{'s' if articles != 1 else ''}" if isinstance(articles, int) else "articles: unknown"
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dealgraph">
<title>{_e(title)}</title>
<link rel="icon" href="data:,">
<style>{css}</style>
<style>{_CSS}{_swatch_css()}</style>
</head>
<body>
<div id="dg-net" aria-label="relationship map"></div>
<aside id="dg-side">
<header id="dg-head">
<h1>{_e(title)}</h1>
<div class="dg-sub">{_e(subtitle)}</div>
<form id="dg-search" autocomplete="off" role="search">
<input id="dg-q" list="dg-names" placeholder="Find a company or chip…" aria-label="Find a company or chip">
<button type="submit">Find</button><button type="button" id="dg-fit" title="Show the whole map">Fit</button>
</form>
<datalist id="dg-names"></datalist>
<div id="dg-msg" role="status"></div>
</header>
{_legend(data)}
<footer id="dg-foot">{_e(articles_text)} · graph built {_e(built)}<br><span id="dg-foot-counts"></span></footer>
</aside>
<div id="dg-tip" role="tooltip" hidden></div>
<script type="application/json" id="dg-data">{_script_json(data)}</script>
<script><!--dg:vis-network--></script>
<script>{_JS}</script>
</body>
</html>
"""
    if _EXTERNAL_REF.search(doc):  # a guard: the page must never load anything from the network
        raise DealGraphError("internal error: the map would reference an external resource")
    return doc.replace("<!--dg:vis-network-->", js, 1)


def write_map(G: nx.MultiDiGraph, path: Path, **options) -> Path:
    """Write :func:`build_map` to ``path`` atomically; returns the path."""
    path = Path(path)
    atomic_write(path, build_map(G, **options))
    return path


def show(G: nx.MultiDiGraph, *, height: int = 720, **options):
    """The map for a Jupyter notebook: an ``IPython.display.HTML`` holding an iframe.

    The page goes into the iframe's ``srcdoc`` (HTML-escaped), sandboxed to scripts only.
    """
    try:
        from IPython.display import HTML
    except ImportError:
        raise DealGraphError("show() needs IPython (run it in Jupyter, or pip install ipython); "
                             "write_map() writes the same map to an HTML file") from None
    doc = build_map(G, **options)
    return HTML(f'<div class="dealgraph-map"><iframe srcdoc="{html.escape(doc, quote=True)}" '
                f'style="width:100%;height:{int(height)}px;border:1px solid #dde2ea;border-radius:8px" '
                f'sandbox="allow-scripts" title="dealgraph map"></iframe></div>')
