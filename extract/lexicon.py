"""Per-language lexicons (``data/lexicon/{en,vi}.yml``) compiled into regexes.

The lexicon holds every cue word and relation pattern; this module only
compiles it. Users may extend a language with ``--lexicon FILE``: its lists
are appended to the bundled ones.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from graph.errors import KnowledgeBaseError

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
# Word characters include Vietnamese letters; boundaries must not split "đầu tư".
WORD = r"[^\W_]"
# A possessive ending, with either apostrophe: "Nvidia's", "Nvidia’s".
POSSESSIVE = r"(?:'s|’s)"
POSSESSIVE_ENDINGS = ("'s", "’s")


def alternation(phrases, *, flexible_space: bool = True) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace.

    >>> alternation(["in talks", "talks"])
    '(?:in\\\\s+talks|talks)'
    """
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    escaped = [re.escape(p) for p in items]
    if flexible_space:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!x)x"


def words_rx(phrases) -> str:
    """Alternation bounded by non-word characters on both sides."""
    return rf"(?<!{WORD}){alternation(phrases)}(?!{WORD})"


@dataclass
class Lexicon:
    language: str
    data: dict
    names: dict
    rx: dict[str, re.Pattern] = field(default_factory=dict)

    def list(self, *keys: str) -> list:
        node = self.data
        for k in keys:
            node = (node or {}).get(k, {})
        return node or []


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        else:
            out[key] = value
    return out


class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that refuses a key given twice in one mapping: PyYAML would silently keep the
    last one, and half of a lexicon section would vanish. (LibYAML's parser where PyYAML has it:
    the lexicons load several times faster.)"""


def _no_duplicates(loader: StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is given twice; merge the two entries", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def load_yaml(path: Path):
    """Read a YAML data file (lexicon or knowledge base), refusing duplicate keys."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=StrictLoader)


def _read(path: Path) -> dict:
    try:
        data = load_yaml(path)
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: no such lexicon file") from None
    except yaml.constructor.ConstructorError as exc:
        raise KnowledgeBaseError(f"{path}: line {exc.problem_mark.line + 1}: {exc.problem}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: not valid UTF-8 YAML ({exc})") from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: a lexicon file is a YAML mapping")
    for where, value in _list_booleans(data):
        raise KnowledgeBaseError(f"{path}: {where} lists {str(value).lower()}, which YAML reads from a bare "
                                 f"yes, no, on or off; quote the word (\"on\")")
    return data


def _list_booleans(data, where: str = ""):
    """The places where a list of words holds a boolean: YAML reads a bare ``on`` or ``no`` as one.

    >>> list(_list_booleans({"dates": {"joiners": ["in", True]}, "relations": {"raised": [{"amount": False}]}}))
    [('dates.joiners', True)]
    """
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _list_booleans(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, bool):
                yield where, item
            else:
                yield from _list_booleans(item, where)


def lexicon_version(extra: tuple[Path, ...] = ()) -> str:
    """A short hash of every bundled lexicon file and the user's extensions."""
    digest = hashlib.sha1()
    for path in sorted(LEXICON_DIR.glob("*.yml")) + [Path(p) for p in extra]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def load_names() -> dict:
    """The language-independent name lists (``names.yml``): places, titles, legal forms ...

    ``places`` includes the ``domestic_places`` (Vietnam's cities and provinces), which are places too.
    """
    names = _read(LEXICON_DIR / "names.yml")
    return {**names, "places": (names.get("places") or []) + (names.get("domestic_places") or [])}


@lru_cache(maxsize=1)
def legal_suffixes() -> frozenset[str]:
    """Legal forms ("Inc.", "GmbH", "JSC"), casefolded."""
    return frozenset(w.casefold() for w in load_names().get("legal_suffixes", []))


@lru_cache(maxsize=8)
def load_lexicon(language: str, extra: tuple[Path, ...] = ()) -> Lexicon:
    """The lexicon of a language, with any user extension files merged in."""
    data = _read(LEXICON_DIR / f"{language}.yml")
    for path in extra:
        data = _merge(data, _read(Path(path)))
    return Lexicon(language, data, load_names())
