"""Persistence and exports: node-link JSON, GraphML, GEXF, CSV and a Neo4j import set.

Every write is atomic: a temporary file in the target folder, then a rename, so a
crash mid-write leaves the previous file intact.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from graph.build import GRAPH_SCHEMA_VERSION
from graph.errors import GraphFileError


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file owner-only; a graph or map is for sharing
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json(G: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(G, edges="edges")
    data["graph"] = {**data.get("graph", {}), "schema_version": GRAPH_SCHEMA_VERSION}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def write_json(G: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph as networkx node-link JSON with its schema version."""
    atomic_write(path, to_json(G))


def read_json(path: Path) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_json`.

    Raises
    ------
    GraphFileError
        When the file is missing, not JSON, not a dealgraph graph, or from a newer version.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GraphFileError(f"{path}: no such graph file (run 'dealgraph build' first)") from None
    except (OSError, ValueError) as exc:
        raise GraphFileError(f"{path}: not a readable graph file ({exc})") from None
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        raise GraphFileError(f"{path}: not a dealgraph graph file (no nodes and edges)")
    version = data.get("graph", {}).get("schema_version")
    if not isinstance(version, int):
        raise GraphFileError(f"{path}: not a dealgraph graph file (no schema_version)")
    if version > GRAPH_SCHEMA_VERSION:
        raise GraphFileError(f"{path}: written by a newer dealgraph (graph schema {version}, "
                             f"this one reads {GRAPH_SCHEMA_VERSION}); upgrade dealgraph")
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def _flat(value):
    """A GraphML/GEXF-safe value: lists and dicts become JSON text, None an empty string."""
    if value is None:
        return ""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flattened(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all str, int, float or bool."""
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items()})
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items()})
    return H


def _fill_missing(H: nx.MultiDiGraph) -> None:
    """GraphML keys have one type; give every node and edge every key, typed as text."""
    node_keys = {k for _, d in H.nodes(data=True) for k in d}
    edge_keys = {k for *_, d in H.edges(data=True) for k in d}
    for _, d in H.nodes(data=True):
        for k in node_keys:
            d[k] = str(d.get(k, ""))
    for *_, d in H.edges(data=True):
        for k in edge_keys:
            d[k] = str(d.get(k, ""))


def export(G: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Export the graph; returns the files written.

    ``graphml`` and ``gexf`` write one file (``out``); ``csv`` writes ``nodes.csv`` and
    ``edges.csv`` in the folder ``out``; ``neo4j`` writes a ``neo4j-admin database
    import`` set (one node file per label, one relationship file per type, with
    header rows) and an equivalent ``import.cypher`` in the folder ``out``.
    """
    out = Path(out)
    if fmt in ("graphml", "gexf"):
        H = flattened(G)
        _fill_missing(H)
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(H, buf)
        atomic_write(out, buf.getvalue().decode("utf-8"))
        return [out]
    if fmt == "csv":
        return [_write_csv(out / "nodes.csv", ["id", *_node_keys(G)],
                           ([n] + [_flat(d.get(k)) for k in _node_keys(G)] for n, d in G.nodes(data=True))),
                _write_csv(out / "edges.csv", ["source", "target", "key", *_edge_keys(G)],
                           ([u, v, k] + [_flat(d.get(a)) for a in _edge_keys(G)]
                            for u, v, k, d in G.edges(keys=True, data=True)))]
    if fmt == "neo4j":
        return _neo4j(G, out)
    raise GraphFileError(f"unknown export format {fmt!r}: use graphml, gexf, csv or neo4j")


def _node_keys(G) -> list[str]:
    return sorted({k for _, d in G.nodes(data=True) for k in d})


def _edge_keys(G) -> list[str]:
    return sorted({k for *_, d in G.edges(data=True) for k in d})


def _write_csv(path: Path, header: list[str], rows) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())
    return path


def _rel_type(d: dict, key: str) -> str:
    name = d.get("relation") if d.get("kind") == "relation" else key
    return str(name).split(":")[0].upper()


def _neo4j(G: nx.MultiDiGraph, out: Path) -> list[Path]:
    written = []
    by_label: dict[str, list] = {}
    for n, d in G.nodes(data=True):
        by_label.setdefault(d.get("type", "Node"), []).append((n, d))
    cypher = ["// Equivalent of the neo4j-admin import set in this folder.",
              "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;"]
    for label, nodes in sorted(by_label.items()):
        keys = sorted({k for _, d in nodes for k in d if k != "type"})
        written.append(_write_csv(out / f"nodes_{label}.csv", ["id:ID", ":LABEL", *keys],
                                  ([n, f"Node;{label}"] + [_flat(d.get(k)) for k in keys] for n, d in nodes)))
        for n, d in nodes:
            props = {"id": n, **{k: _flat(d.get(k)) for k in keys}}
            cypher.append(f"CREATE (:Node:{label} {_cypher_map(props)});")
    by_type: dict[str, list] = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        by_type.setdefault(_rel_type(d, k), []).append((u, v, k, d))
    for rtype, edges in sorted(by_type.items()):
        keys = sorted({a for *_, d in edges for a in d})
        written.append(_write_csv(out / f"relationships_{rtype}.csv", [":START_ID", ":END_ID", ":TYPE", "key", *keys],
                                  ([u, v, rtype, k] + [_flat(d.get(a)) for a in keys] for u, v, k, d in edges)))
        for u, v, k, d in edges:
            props = {"key": k, **{a: _flat(d.get(a)) for a in keys}}
            cypher.append(f"MATCH (a:Node {{id: {json.dumps(u)}}}), (b:Node {{id: {json.dumps(v)}}}) "
                          f"CREATE (a)-[:{rtype} {_cypher_map(props)}]->(b);")
    path = out / "import.cypher"
    atomic_write(path, "\n".join(cypher) + "\n")
    written.append(path)
    return written


def _cypher_map(props: dict) -> str:
    items = []
    for k, v in props.items():
        value = json.dumps(v, ensure_ascii=False) if not isinstance(v, bool) else str(v).lower()
        items.append(f"`{k}`: {value}")
    return "{" + ", ".join(items) + "}"
